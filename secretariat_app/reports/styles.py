"""The one set of paragraph styles, colours and page measures for every document.

Each style exists per text language: Korean and English in Noto Sans KR wrapping at spaces, Chinese
in Noto Sans SC with CJK wrapping (Chinese has no spaces; Korean must not be broken inside words).
Long unbroken strings are split by ReportLab (``splitLongWords``) so they stay inside the margins.
"""

from __future__ import annotations

import functools

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import paragraph as _rl_paragraph

from . import typeface

PAGE = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

# ReportLab's CJK wrapping keeps Japanese closing marks off the start of a line but not Chinese
# full-width ones (，；：！？》”…): without these a line could begin with a comma.
_CHINESE_CANNOT_START = "，；：！？》〉」』】〕）”’…·"
_rl_paragraph.ALL_CANNOT_START += "".join(c for c in _CHINESE_CANNOT_START
                                          if c not in _rl_paragraph.ALL_CANNOT_START)

INK = colors.HexColor("#1b1f24")
NAVY = colors.HexColor("#1f3a5f")
MUTED = colors.HexColor("#5b6670")
RULE = colors.HexColor("#c9d1d9")
BAND = colors.HexColor("#eef2f6")
HIGHLIGHT = colors.HexColor("#fff1c2")  # expiring agreements, overdue actions
ALERT = colors.HexColor("#9b1c1c")
# Solid (no transparency: the watermark is a form object, and ReportLab's forms carry no alpha state);
# it is drawn before the page's content, so text and tables stay on top of it.
WATERMARK = colors.HexColor("#f6dede")

# key -> (size, leading, bold, colour, alignment, space before, space after)
_SPECS: dict[str, tuple[float, float, bool, colors.Color, int, float, float]] = {
    "cover_council": (13, 18, True, NAVY, TA_LEFT, 0, 6),
    "cover_title": (24, 32, True, INK, TA_LEFT, 0, 10),
    "cover_line": (12, 18, False, INK, TA_LEFT, 0, 2),
    "cover_small": (9.5, 14, False, MUTED, TA_LEFT, 0, 2),
    "cover_marking": (12, 16, True, ALERT, TA_LEFT, 0, 0),
    "doc_title": (17, 23, True, INK, TA_LEFT, 0, 6),
    "h1": (16, 22, True, NAVY, TA_LEFT, 0, 10),
    "h2": (12, 17, True, NAVY, TA_LEFT, 10, 5),
    "h3": (10, 14, True, INK, TA_LEFT, 6, 3),
    "body": (9.5, 14.5, False, INK, TA_LEFT, 0, 5),
    "cell": (8.5, 12, False, INK, TA_LEFT, 0, 0),
    "cell_bold": (8.5, 12, True, INK, TA_LEFT, 0, 0),
    "cell_head": (8, 11, True, NAVY, TA_LEFT, 0, 0),
    "cell_right": (8.5, 12, False, INK, TA_RIGHT, 0, 0),
    "small": (8, 11, False, MUTED, TA_LEFT, 0, 1),
    "note": (8, 11.5, False, MUTED, TA_LEFT, 3, 4),
    "toc1": (10.5, 15, True, INK, TA_LEFT, 0, 0),
    "toc2": (9, 12.5, False, INK, TA_LEFT, 0, 0),
    "header": (7.5, 9.5, False, MUTED, TA_LEFT, 0, 0),
    "center_small": (8, 11, False, MUTED, TA_CENTER, 0, 0),
}


@functools.cache
def style(key: str, lang: str) -> ParagraphStyle:
    """The style ``key`` for text in ``lang`` (its font and its way of wrapping)."""
    size, leading, bold, colour, align, before, after = _SPECS[key]
    base = "zh" if lang == "zh" else "ko"
    return ParagraphStyle(
        f"{key}-{base}",
        fontName=typeface.font_name(base, bold),
        fontSize=size,
        leading=leading,
        textColor=colour,
        alignment=align,
        spaceBefore=before,
        spaceAfter=after,
        wordWrap="CJK" if base == "zh" else None,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )


def is_bold(key: str) -> bool:
    return _SPECS[key][2]
