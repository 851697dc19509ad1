"""The bundled TrueType fonts registered with ReportLab, and which one sets which language.

Korean and English are set in Noto Sans KR (it has Latin), Chinese in Noto Sans SC: Han characters
differ in shape between the two, so the field's language picks the font. ReportLab's built-in CID
fonts are never used: they are not embedded and draw Hangul wrongly.
"""

from __future__ import annotations

import functools
import threading

from reportlab.pdfbase import pdfmetrics

from .. import fonts
from . import font_cache

KR, KR_BOLD, SC, SC_BOLD = "NotoSansKR", "NotoSansKR-Bold", "NotoSansSC", "NotoSansSC-Bold"
FILES = {KR: fonts.KR_REGULAR, KR_BOLD: fonts.KR_BOLD, SC: fonts.SC_REGULAR, SC_BOLD: fonts.SC_BOLD}
FAMILY = {"ko": (KR, KR_BOLD), "en": (KR, KR_BOLD), "zh": (SC, SC_BOLD)}

_lock = threading.Lock()
_registered: set[str] = set()


def ensure(name: str) -> str:
    """Register one font with ReportLab the first time it is needed (reading a CJK font takes ~0.1 s, or
    ~0.03 s from the cache; an English or Korean document never pays for the Chinese one); returns the name."""
    if name in _registered:
        return name
    with _lock:
        for regular, bold in (FAMILY["ko"], FAMILY["zh"]):
            if name in (regular, bold) and name not in _registered:
                # A family comes as a pair: <b> inside a paragraph switches to the bold face.
                for face in (regular, bold):
                    pdfmetrics.registerFont(font_cache.font(face, FILES[face]))
                pdfmetrics.registerFontFamily(regular, normal=regular, bold=bold, italic=regular, boldItalic=bold)
                _registered.update((regular, bold))
    return name


def register() -> None:
    """Register all four fonts (for callers that draw without going through :func:`font_name`)."""
    for name in FILES:
        ensure(name)


def font_name(lang: str, bold: bool = False) -> str:
    """The font for text in ``lang``, registered and ready."""
    regular, heavy = FAMILY.get(lang, FAMILY["en"])
    return ensure(heavy if bold else regular)


def other_family(name: str) -> str:
    """The font of the other family in the same weight (Korean ⇄ Chinese)."""
    return ensure({KR: SC, KR_BOLD: SC_BOLD, SC: KR, SC_BOLD: KR_BOLD}[name])


@functools.cache
def code_points(name: str) -> frozenset[int]:
    """The code points the font has a glyph for, from the character map ReportLab already read."""
    face = pdfmetrics.getFont(ensure(name)).face
    return frozenset(cp for cp, glyph in face.charToGlyph.items() if glyph != 0)


@functools.cache
def _characters(name: str) -> frozenset[str]:
    """:func:`code_points` as characters: a set difference with a text's characters is then one C call."""
    return frozenset(map(chr, code_points(name)))


def lacking(text: str, name: str) -> set[str]:
    """The characters of ``text`` the font ``name`` has no glyph for (white space and controls need none).
    Fast for the usual case, where the font has them all."""
    # (the same rule as fonts.missing_glyphs, without reading the font file a second time)
    return {ch for ch in set(text).difference(_characters(name)) if not fonts._needs_no_glyph(ch)}
