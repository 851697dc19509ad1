"""The bundled TrueType fonts registered with ReportLab, and which one sets which language.

Korean and English are set in Noto Sans KR (it has Latin), Chinese in Noto Sans SC: Han characters
differ in shape between the two, so the field's language picks the font. ReportLab's built-in CID
fonts are never used: they are not embedded and draw Hangul wrongly.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import fonts

KR, KR_BOLD, SC, SC_BOLD = "NotoSansKR", "NotoSansKR-Bold", "NotoSansSC", "NotoSansSC-Bold"
FILES = {KR: fonts.KR_REGULAR, KR_BOLD: fonts.KR_BOLD, SC: fonts.SC_REGULAR, SC_BOLD: fonts.SC_BOLD}
FAMILY = {"ko": (KR, KR_BOLD), "en": (KR, KR_BOLD), "zh": (SC, SC_BOLD)}

_lock = threading.Lock()
_registered = False


def register() -> None:
    """Register the four fonts and their bold pairs once per process (parsing them takes ~1 s)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, path in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # <b> inside a paragraph switches to the family's bold face.
        pdfmetrics.registerFontFamily(KR, normal=KR, bold=KR_BOLD, italic=KR, boldItalic=KR_BOLD)
        pdfmetrics.registerFontFamily(SC, normal=SC, bold=SC_BOLD, italic=SC, boldItalic=SC_BOLD)
        _registered = True


def font_name(lang: str, bold: bool = False) -> str:
    regular, heavy = FAMILY.get(lang, FAMILY["en"])
    return heavy if bold else regular


def other_family(name: str) -> str:
    """The font of the other family in the same weight (Korean ⇄ Chinese)."""
    return {KR: SC, KR_BOLD: SC_BOLD, SC: KR, SC_BOLD: KR_BOLD}[name]


def code_points(name: str) -> frozenset[int]:
    return fonts.code_points(FILES[name])
