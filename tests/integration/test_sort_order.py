"""Lists sort names as each language expects: pinyin for Chinese, 가나다 for Korean (every backend)."""

from secretariat_app.domain.collation import zh_sort_key
from secretariat_app.services import lists
from secretariat_app.services.lists import ListQuery


def _names(app, lang):
    with app.db.reading() as uow:
        ids = lists.ids(uow.session, ListQuery(kind="person", lang=lang))
    return [app.records.get("person", i).doc["name"][lang] for i in ids]


def test_key_orders_han_by_pinyin():
    cities = ["上海", "重庆", "北京", "广州"]  # code points: 上 < 北 < 广 < 重
    assert sorted(cities, key=zh_sort_key) == ["北京", "广州", "上海", "重庆"]  # bei, guang, shang, zhong


def test_chinese_list_in_pinyin_order(demo_app):
    names = _names(demo_app, "zh")
    assert names[:3] == ["陈静", "崔有真", "姜道贤"]  # chen, cui, jiang
    assert names == sorted(names, key=zh_sort_key)
    assert names != sorted(names)  # code-point order would differ


def test_korean_list_in_hangul_order(demo_app):
    names = _names(demo_app, "ko")
    assert names == sorted(names)


def test_key_follows_a_renamed_record(demo_app):
    loaded = demo_app.records.get("person", "person-park-won-soon")
    doc = dict(loaded.doc, name={**loaded.doc["name"], "zh": "阿朴"})  # "a" sorts first in pinyin
    demo_app.records.update("person", doc, loaded.version)
    assert _names(demo_app, "zh")[0] == "阿朴"
