"""Text as the clerk typed it: markup printed literally, missing translations marked, characters
without a glyph caught, and endless strings kept inside the margins."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from secretariat_app import bootstrap
from secretariat_app.reports.data import PackOptions
from secretariat_app.reports.document import Rendered
from secretariat_app.reports.markup import NO_GLYPH, GlyphError
from secretariat_app.reports.pack import build_pack
from secretariat_app.reports.styles import MARGIN_X
from secretariat_app.services import briefing

from . import pdftools
from .conftest import AS_OF, VISIT, open_demo

TRICKY = ["x<y", "<b>unclosed", "<font name=x>", "R&D", "&amp;", "a > b", "&lt;tag&gt;"]
LONG_KO = "뷁" * 20_000
LONG_ZH = "北京首尔环境合作" * 2_500
LONG_URL = "https://example.org/" + "0123456789abcdef" * 1_250  # 20,020 characters, no space


def _edit(app: bootstrap.App, kind: str, record_id: str, **changes: Any) -> None:
    loaded = app.records.get(kind, record_id)
    app.records.update(kind, {**loaded.doc, **changes}, loaded.version)


@pytest.fixture(scope="module")
def tricky_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bootstrap.App]:
    """The demo visit with typed markup, missing translations, an emoji and endless strings."""
    app = open_demo(tmp_path_factory)
    app.records.create("person", {"id": "person-only-zh", "name": {"zh": "赵敏"},
                                  "position": {"zh": "处长 R&D <b>"}})
    visit = app.records.get("visit", VISIT).doc
    itinerary = visit["itinerary"]
    itinerary[0] = {**itinerary[0], "title": {"en": "Arrival x<y <b>unclosed R&D &amp;", "ko": "도착 x<y R&D"},
                    "counterparts": ["person-only-zh"]}
    _edit(app, "visit", VISIT, itinerary=itinerary,
          purpose={"en": "First line <font name=x>\nSecond line a > b &lt;tag&gt;", "ko": LONG_KO, "zh": LONG_ZH},
          talking_points=[*visit["talking_points"],
                          {"ko": "한국어로만 적은 요점"},
                          {"en": "Smile 😀 please", "ko": "웃음 😀", "zh": "微笑 😀"},
                          {"ko": "한자 섞인 문장 们", "en": "A Hanja-free line"}])
    agreement = app.records.get("agreement", "agr-2015-env-mou").doc
    _edit(app, "agreement", "agr-2015-env-mou",
          text={**agreement["text"], "en": agreement["text"]["en"] + "\n" + LONG_URL,
                "ko": agreement["text"]["ko"] + "\n" + LONG_KO})
    yield app
    app.close()


def _pack(app: bootstrap.App, strict: bool = False, **options: Any) -> Rendered:
    opts = PackOptions(**{"reproducible": True, **options})
    return build_pack(briefing.pack_data(app.db, VISIT, AS_OF, opts.sections), opts, strict_glyphs=strict)


@pytest.fixture(scope="module")
def en_pack(tricky_db: bootstrap.App) -> Rendered:
    return _pack(tricky_db, lang="en")


def test_typed_markup_is_printed_literally(en_pack: Rendered) -> None:
    text = pdftools.text(en_pack.pdf)
    assert "Arrival x<y <b>unclosed R&D &amp;" in text
    assert "First line <font name=x>" in text
    assert "Second line a > b &lt;tag&gt;" in text


def test_newlines_are_line_breaks(en_pack: Rendered) -> None:
    overview = pdftools.text(en_pack.pdf, page=3)
    lines = [line.strip() for line in overview.splitlines()]
    first = next(i for i, x in enumerate(lines) if x.endswith("First line <font name=x>"))
    assert lines[first + 1] == "Second line a > b &lt;tag&gt;"


def test_bookmarks_and_contents_show_typed_text_exactly(tricky_db: bootstrap.App) -> None:
    _edit(tricky_db, "person", "person-li-ming", name={"en": "Li <b>Ming & Co &amp;", "zh": "李明"})
    try:
        pack = _pack(tricky_db, lang="en", sections=("counterparts",))
    finally:
        _edit(tricky_db, "person", "person-li-ming", name={"ko": "리밍", "zh": "李明", "en": "Li Ming"})
    titles = [e.title for e in pdftools.outline(pack.pdf)]
    assert "Li <b>Ming & Co &amp;" in titles
    contents = pdftools.pages(pack.pdf)[1]
    assert "Li <b>Ming & Co &amp;" in contents
    assert "赵敏 [ZH]" in titles  # a name with no English: shown in Chinese, marked


def test_missing_translations_are_marked_and_explained(en_pack: Rendered) -> None:
    text = pdftools.text(en_pack.pdf)
    assert "한국어로만 적은 요점 [KO]" in text
    assert "赵敏 [ZH]" in text
    assert "处长 R&D <b> [ZH]" in text
    contents = pdftools.pages(en_pack.pdf)[1]
    assert "[KO], [ZH], [EN]: no English translation is recorded" in contents


def test_fully_translated_pack_has_no_marks_or_legend(demo_pack: Any) -> None:
    text = pdftools.text(demo_pack(lang="en").pdf)
    assert "[KO]" not in text and "[ZH]" not in text and "no English translation" not in text


def test_a_character_without_a_glyph_is_reported_and_printed_visibly(en_pack: Rendered) -> None:
    assert [(m.char, m.place) for m in en_pack.missing] == [("😀", "talking_points[5]")]
    assert "is in no bundled font" in str(en_pack.missing[0])
    assert f"Smile {NO_GLYPH} please" in pdftools.text(en_pack.pdf)


def test_the_glyph_check_fails_strict_builds(tricky_db: bootstrap.App) -> None:
    with pytest.raises(GlyphError) as caught:
        _pack(tricky_db, strict=True, lang="zh", sections=("talking_points",))
    assert caught.value.missing[0].char == "😀"
    assert "talking_points[5]" in str(caught.value)


def test_the_glyph_check_sees_text_set_in_the_wrong_font() -> None:
    """The check reads every run as ReportLab will draw it: Hangul forced into the Chinese font fails."""
    from reportlab.platypus import Paragraph

    from secretariat_app.reports.document import Document, Meta
    from secretariat_app.reports.styles import style

    doc = Document(Meta(title="t", title_lang="en", lang="en"), strict_glyphs=True)
    doc.add(Paragraph("北京 환경", style("body", "zh")))
    with pytest.raises(GlyphError) as caught:
        doc.render()
    assert caught.value.missing[0].char in "환경"
    assert "NotoSansSC" in str(caught.value)


def test_hanja_the_korean_font_lacks_is_set_in_the_chinese_font(tricky_db: bootstrap.App) -> None:
    pack = _pack(tricky_db, strict=False, lang="ko", sections=("talking_points",))
    assert [m.char for m in pack.missing] == ["😀"]
    assert "한자 섞인 문장 们" in pdftools.text(pack.pdf)
    assert any("NotoSansSC" in f.name for f in pdftools.fonts(pack.pdf))


def _assert_inside_margins(rendered: Rendered) -> None:
    words, width, _ = pdftools.words(rendered.pdf)
    assert words
    outside = [w for w in words if w.x_min < MARGIN_X - 1 or w.x_max > width - MARGIN_X + 1]
    assert outside == []


@pytest.mark.parametrize(("lang", "long_text"), [("ko", LONG_KO), ("zh", LONG_ZH)])
def test_a_20000_character_string_wraps_inside_the_margins(tricky_db: bootstrap.App, lang: str,
                                                          long_text: str) -> None:
    pack = _pack(tricky_db, lang=lang, sections=("overview",))
    _assert_inside_margins(pack)
    pages = pdftools.pages(pack.pdf, layout=False)
    assert len(pages) > 4  # the purpose runs over several pages
    text = "".join(pages)
    assert text.count(long_text[0]) >= long_text.count(long_text[0])  # nothing was dropped


def test_endless_strings_wrap_in_the_appendix_and_side_by_side(tricky_db: bootstrap.App) -> None:
    single = _pack(tricky_db, lang="en", sections=("appendix",))
    _assert_inside_margins(single)
    assert pdftools.squeeze(LONG_URL) in pdftools.squeeze("".join(
        line for page in pdftools.pages(single.pdf, layout=False) for line in page.splitlines()
        if "0123456789abcdef" in line or line.startswith("https://")))
    both = _pack(tricky_db, lang="en", bilingual=("ko", "en"), sections=("appendix",))
    _assert_inside_margins(both)
    assert "".join(pdftools.pages(both.pdf)).count("뷁") == 20_000


def test_tricky_text_never_raises_in_any_language(tricky_db: bootstrap.App) -> None:
    for lang in ("ko", "zh", "en"):
        rendered = _pack(tricky_db, lang=lang, sections=("itinerary", "counterparts", "talking_points"))
        assert rendered.pages >= 4
        assert {m.char for m in rendered.missing} == {"😀"}


def test_as_of_date_is_what_the_cover_prints(tricky_db: bootstrap.App) -> None:
    opts = PackOptions(lang="en", sections=("overview",), reproducible=True)
    pdf = build_pack(briefing.pack_data(tricky_db.db, VISIT, date(2016, 2, 29), opts.sections), opts).pdf
    assert "Prepared on: 29 Feb 2016" in pdftools.pages(pdf)[0]
