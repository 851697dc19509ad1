"""The bundled Noto Sans KR / SC fonts for Korean and Chinese fields.

Registering them is idempotent, so an editor opened in a test (or before the main window has loaded
them) still draws Hangul and Hanzi instead of boxes. A Korean field gets the Korean font and a Chinese
field the Chinese one: the same Han character is drawn differently in the two traditions.
"""

from __future__ import annotations

import functools

from PySide6.QtGui import QFont, QFontDatabase

from ... import fonts


@functools.cache
def _families() -> dict[str, str]:
    """Language → font family of the registered bundled font ("" when a file is missing)."""
    out: dict[str, str] = {}
    for lang in ("ko", "zh"):
        for bold in (False, True):
            font_id = QFontDatabase.addApplicationFont(str(fonts.font_for_language(lang, bold)))
            names = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if names and not bold:
                out[lang] = names[0]
    return out


def install() -> None:
    _families()


def font_for(lang: str, base: QFont | None = None) -> QFont:
    """``base`` (the widget's font) in the family that suits ``lang``; English keeps the base family."""
    font = QFont(base) if base is not None else QFont()
    family = _families().get(lang)
    if family:
        font.setFamilies([family, *font.families()])
    return font
