"""The bundled fonts: Noto Sans KR and Noto Sans SC, as glyf-outline TrueType files.

The files live in ``resources/fonts/`` (at the repository's top, or inside the installed package:
``shipped.py``); ``resources/fonts/README.md`` says where they come from and what they cover. Both ReportLab (which
accepts only glyf-outline TrueType, not CFF/OTF) and Qt can load them.

This module imports no Qt: PDF code and the GUI can both use it. Reading a font's character map uses
ReportLab's own TrueType parser, so fontTools is not needed at run time.
"""

from __future__ import annotations

import functools
import os
import unicodedata
from pathlib import Path

from .shipped import RESOURCES

FONTS_DIR = RESOURCES / "fonts"

KR_REGULAR = FONTS_DIR / "NotoSansKR-Regular.ttf"
KR_BOLD = FONTS_DIR / "NotoSansKR-Bold.ttf"
SC_REGULAR = FONTS_DIR / "NotoSansSC-Regular.ttf"
SC_BOLD = FONTS_DIR / "NotoSansSC-Bold.ttf"

ALL_FONTS: tuple[Path, ...] = (KR_REGULAR, KR_BOLD, SC_REGULAR, SC_BOLD)

# (language, bold) -> file. Korean and English use Noto Sans KR (it has Latin); Chinese uses Noto Sans SC,
# which also has the Traditional characters of the CJK Unified Ideographs block (e.g. 環境).
_BY_LANGUAGE: dict[tuple[str, bool], Path] = {
    ("ko", False): KR_REGULAR,
    ("ko", True): KR_BOLD,
    ("zh", False): SC_REGULAR,
    ("zh", True): SC_BOLD,
}


def font_for_language(lang: str, bold: bool = False) -> Path:
    """The font file for texts in ``lang``: 'ko' -> Noto Sans KR, 'zh' -> Noto Sans SC, anything else -> KR.

    Region or script suffixes are ignored ('zh-Hant', 'zh_TW' and 'ko-KR' work); case does not matter.
    """
    base = (lang or "").strip().replace("_", "-").split("-", 1)[0].lower()
    return _BY_LANGUAGE.get((base, bool(bold)), KR_BOLD if bold else KR_REGULAR)


@functools.lru_cache(maxsize=16)
def _code_points(path: str) -> frozenset[int]:
    """The code points that the font at ``path`` maps to a real glyph (not .notdef)."""
    if not os.path.isfile(path):
        raise FileNotFoundError(f"font file not found: {path}")
    from reportlab.pdfbase.ttfonts import TTFontFile  # ReportLab only when a PDF or a glyph check needs it

    parsed = TTFontFile(path)
    return frozenset(cp for cp, glyph in parsed.charToGlyph.items() if glyph != 0)


def code_points(font_path: Path | str) -> frozenset[int]:
    """All code points that the font has a glyph for, read from its cmap (cached per path)."""
    return _code_points(os.fspath(Path(font_path).resolve()))


def _needs_no_glyph(ch: str) -> bool:
    """Whitespace, control and format characters, and variation selectors: nothing to draw for them."""
    if ch.isspace():
        return True
    cp = ord(ch)
    if 0xFE00 <= cp <= 0xFE0F or 0xE0100 <= cp <= 0xE01EF:
        return True
    return unicodedata.category(ch) in ("Cc", "Cf")


def missing_glyphs(text: str, font_path: Path) -> set[str]:
    """The characters of ``text`` that the font has no glyph for.

    Whitespace (space, newline, tab, no-break space...), control and format characters (e.g. zero-width
    joiner, byte-order mark) and variation selectors are not reported.
    """
    have = code_points(font_path)
    return {ch for ch in set(text) if ord(ch) not in have and not _needs_no_glyph(ch)}
