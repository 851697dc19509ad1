"""User text into ReportLab markup: escaped once, here, and set in fonts that have its glyphs.

ReportLab's Paragraph parses its text as markup: ``x<y`` or ``<b>unclosed`` raise, ``R&D`` and
``&amp;`` are silently changed. :func:`escape` is the one place where user text becomes markup, so
that a pack prints exactly what was typed (newlines kept as line breaks).

ReportLab also draws a character the font lacks as a blank, silently. :class:`Scribe` sets each text
in the font of its language, moves characters that font lacks to the other family when that one has
them (a rare Hanja in Korean text), and records every character no bundled font has: it is printed
as a visible □ and reported with its place, instead of vanishing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from . import typeface

# C0/C1 controls other than tab and newline: they have no glyph and some break the PDF text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
NO_GLYPH = "□"


def escape(text: str) -> str:
    """Plain user text → Paragraph markup that prints exactly that text; newlines become line breaks."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def plain(text: str) -> str:
    """One line of plain text (outline titles, headers): line breaks and controls folded to spaces."""
    return " ".join(_CONTROL.sub(" ", text).split())


@dataclass(frozen=True)
class MissingGlyph:
    char: str
    place: str

    def __str__(self) -> str:
        return (f"{self.place}: the character {self.char!r} (U+{ord(self.char):04X}) is in no bundled font; "
                f"it is printed as {NO_GLYPH}")


class GlyphError(ValueError):
    def __init__(self, missing: list[MissingGlyph]):
        self.missing = missing
        super().__init__("; ".join(str(m) for m in missing[:10]))


@dataclass
class Scribe:
    """Turns (text, language) into markup for one document and keeps the glyph report."""

    strict: bool = False  # raise at once instead of printing □ (tests)
    missing: list[MissingGlyph] = field(default_factory=list)

    def markup(self, text: str, lang: str, place: str, bold: bool = False) -> str:
        primary = typeface.font_name(lang, bold)
        lacking = typeface.lacking(text, primary)
        if not lacking:
            return escape(text)
        alternate = typeface.other_family(primary)
        alt_has = typeface.code_points(alternate)
        runs: list[tuple[str | None, str]] = []  # (font or None for the paragraph's own, text)
        for ch in text:
            if ch not in lacking:
                font: str | None = None
            elif ord(ch) in alt_has:
                font = alternate
            else:
                self._report(ch, place)
                font, ch = None, NO_GLYPH
            if runs and runs[-1][0] == font:
                runs[-1] = (font, runs[-1][1] + ch)
            else:
                runs.append((font, ch))
        return "".join(escape(t) if f is None else f'<font name="{f}">{escape(t)}</font>' for f, t in runs)

    def check_drawn(self, text: str, font: str, place: str | Callable[[], str]) -> None:
        """The last word: a run of text as ReportLab will draw it, in the font it will draw it in.
        Catches text that reached a paragraph of another language without its own font. ``place`` may
        be a function that names it (called only when something is missing)."""
        if font not in typeface.FILES:
            lacking = {ch for ch in text if not ch.isspace()}  # a font that is not ours: never embedded
        else:
            lacking = typeface.lacking(text, font)
        lacking.discard(NO_GLYPH)
        if lacking:
            where = place() if callable(place) else place
            for ch in sorted(lacking):
                self._report(ch, f"{where} (set in {font})")

    def _report(self, ch: str, place: str) -> None:
        found = MissingGlyph(ch, place)
        if found not in self.missing:
            self.missing.append(found)
        if self.strict:
            raise GlyphError([found])
