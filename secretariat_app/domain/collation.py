"""Sort keys for names as a Chinese reader orders them (pinyin), without Qt or ICU at run time.

The database sorts text by code point: right for Hangul (its code points are in 가나다 order) and for
Latin after lower-casing, wrong for Chinese (上海 before 北京). Every record therefore stores
``sort_zh``, the key of its name or title in Chinese (falling back like the display), and the lists sort
by it when records are shown in Chinese. The order of the Han characters comes from ICU, taken once by
``scripts/build_zh_order.py`` into ``resources/collation/zh-han-order.txt``.
"""

from __future__ import annotations

from functools import lru_cache

from ..shipped import RESOURCES

ORDER_FILE = RESOURCES / "collation" / "zh-han-order.txt"
KEY_LENGTH = 200  # long enough to order any two real names; keeps the column small
_HAN_BASE = 0xF0000  # supplementary private use: Han characters rank after every other character


@lru_cache(maxsize=1)
def _ranks() -> dict[str, str]:
    order = ORDER_FILE.read_text(encoding="utf-8").strip()
    return {ch: chr(_HAN_BASE + i) for i, ch in enumerate(order)}


def zh_sort_key(text: str) -> str:
    """A string whose code-point order is the pinyin order of ``text`` (other characters lower-cased)."""
    ranks = _ranks()
    return "".join(ranks.get(ch) or ch.lower() for ch in text[:KEY_LENGTH])
