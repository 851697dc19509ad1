"""Long names kept short where space is short: a record's name can be 500 characters.

:func:`elide` cuts a text to about so many characters with "…" (a Korean or Chinese character counts as
two, as it is about twice as wide): for tab titles. :class:`ElidedLabel` is a label that shows at most a
few lines of its text, wrapped at word boundaries where it can be, the last line cut with "…"; the whole
text is then its tooltip. Editors' headings use it, so a long name cannot push the editor off the screen.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

ELLIPSIS = "…"


def _columns(char: str) -> int:
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def elide(text: str, columns: int = 40) -> str:
    """``text`` if it takes at most ``columns`` columns, else its start and "…" within them (cut at a
    space when one is near the end, so words stay whole)."""
    text = " ".join(text.split())
    if sum(_columns(c) for c in text) <= columns:
        return text
    used, end = 0, 0
    for i, char in enumerate(text):
        used += _columns(char)
        if used > columns - 1:  # room for the "…"
            break
        end = i + 1
    head = text[:end]
    space = head.rfind(" ")
    if space >= end * 2 // 3:
        head = head[:space]
    return head.rstrip(" ,;:·-—") + ELLIPSIS


def _utf16_slice(text: str, start: int, length: int) -> str:
    """``text``'s part at Qt's positions (UTF-16 code units, as QTextLayout counts)."""
    raw = text.encode("utf-16-le")
    return raw[2 * start: 2 * (start + length)].decode("utf-16-le", errors="ignore")


class ElidedLabel(QLabel):
    """A label of at most ``lines`` lines; a longer text ends in "…" and is whole in the tooltip.

    ``setText`` takes the whole text and :meth:`full_text` gives it back; ``text()`` is what shows. The
    label takes the width its layout gives it (its text does not widen the window) and asks for the
    height of the lines it shows."""

    def __init__(self, text: str = "", lines: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""
        self._lines = max(1, lines)
        self.setWordWrap(False)  # the lines are made here, at most ``lines`` of them
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        self._fit()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        shown, cut = self._shown(self.contentsRect().width() - 2 * self.margin())
        if shown != super().text():
            super().setText(shown)
        self.setToolTip(self._full if cut else "")

    def _shown(self, width: int) -> tuple[str, bool]:
        """The lines that fit ``width``, and whether the text had to be cut."""
        text = " ".join(self._full.split())
        cut = False
        if not text:
            return "", cut
        if width <= 0:  # not laid out yet: about 60 characters a line until it is
            width = QFontMetrics(self.font()).averageCharWidth() * 60
        metrics = QFontMetrics(self.font())
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout = QTextLayout(text, self.font())
        layout.setTextOption(option)
        shown: list[str] = []
        layout.beginLayout()
        try:
            while len(shown) < self._lines:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                if len(shown) == self._lines - 1:  # the last line shown: the rest of the text, cut
                    rest = _utf16_slice(text, line.textStart(), len(text.encode("utf-16-le"))).strip()
                    shown.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
                    cut = shown[-1] != rest
                    break
                shown.append(_utf16_slice(text, line.textStart(), line.textLength()).rstrip())
        finally:
            layout.endLayout()
        return "\n".join(shown), cut
