"""A text in Korean, Chinese and English: side by side for names and short texts, tabs for long ones.

Each language's label says whether it is filled ("KO ✓" / "ZH —"), so a missing translation shows at a
glance. The value is a language map with blank languages dropped, or None when all are blank.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import langmap
from ...domain.vocab import LANGUAGES
from . import lang_fonts, names

FILLED, EMPTY = "✓", "—"


class _Line(QLineEdit):
    def text_value(self) -> str:
        return self.text()

    def set_text_value(self, text: str) -> None:
        self.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class _Block(QPlainTextEdit):
    def __init__(self, lines: int, grow: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab moves to the next language, as in a line edit
        height = self.fontMetrics().lineSpacing() * lines + 12
        if grow:  # a long text takes the room there is
            self.setMinimumHeight(height)
        else:  # a short one keeps its size, so that a form does not spread out
            self.setFixedHeight(height)

    def text_value(self) -> str:
        return self.toPlainText()

    def set_text_value(self, text: str) -> None:
        self.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


_Editor = _Line | _Block


def _make_editor(lang: str, lines: int, grow: bool) -> _Editor:
    editor: _Editor = _Line() if lines <= 1 else _Block(lines, grow)
    editor.setFont(lang_fonts.font_for(lang, editor.font()))
    editor.setPlaceholderText(names.language_name(lang))
    editor.setAccessibleName(names.language_name(lang))
    return editor


class _LangMapBase(QWidget):
    changed = Signal()

    def __init__(self, lines: int, grow: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        lang_fonts.install()
        self.editors: dict[str, _Editor] = {lang: _make_editor(lang, lines, grow) for lang in LANGUAGES}
        self._extra: dict[str, Any] = {}  # unknown keys from a file, kept so that the rules can name them
        for editor in self.editors.values():
            editor.textChanged.connect(self._edited)

    def value(self) -> dict[str, Any] | None:
        raw: dict[str, Any] = {lang: e.text_value() for lang, e in self.editors.items()}
        return langmap.clean({**raw, **self._extra})

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self._extra = {k: v for k, v in value.items() if k not in LANGUAGES}
        for lang, editor in self.editors.items():
            text = value.get(lang)
            editor.blockSignals(True)
            editor.set_text_value(text if isinstance(text, str) else "")
            editor.blockSignals(False)
        self._update_marks()

    def set_read_only(self, read_only: bool) -> None:
        for editor in self.editors.values():
            editor.set_read_only(read_only)

    def filled(self) -> list[str]:
        return [lang for lang, e in self.editors.items() if e.text_value().strip()]

    def _edited(self) -> None:
        self._update_marks()
        self.changed.emit()

    def _update_marks(self) -> None:
        raise NotImplementedError


class LangMapEdit(_LangMapBase):
    """ko / zh / en side by side, each under a label that shows whether it is filled."""

    def __init__(self, lines: int = 1, parent: QWidget | None = None):
        super().__init__(lines, parent=parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(1)
        self.marks: dict[str, QLabel] = {}
        for column, (lang, editor) in enumerate(self.editors.items()):
            mark = QLabel()
            mark.setBuddy(editor)
            self.marks[lang] = mark
            grid.addWidget(mark, 0, column)
            grid.addWidget(editor, 1, column)
            grid.setColumnStretch(column, 1)
        self.setFocusProxy(self.editors[LANGUAGES[0]])
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._update_marks()

    def _update_marks(self) -> None:
        filled = set(self.filled())
        for lang, mark in self.marks.items():
            ok = lang in filled
            mark.setText(f"{lang.upper()} {FILLED if ok else EMPTY}")
            mark.setToolTip(self.tr("%1: filled").replace("%1", names.language_name(lang)) if ok
                            else self.tr("%1: not translated").replace("%1", names.language_name(lang)))
            mark.setStyleSheet("color: palette(text); font-size: small;" if ok
                               else "color: #a15c00; font-size: small;")


class LangTabsEdit(_LangMapBase):
    """One tab per language for long texts (an agreement's full text); tab titles show what is filled."""

    def __init__(self, lines: int = 12, parent: QWidget | None = None):
        super().__init__(lines, grow=True, parent=parent)
        self.tabs = QTabWidget()
        for lang, editor in self.editors.items():
            self.tabs.addTab(editor, names.language_name(lang))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        self._update_marks()

    def _update_marks(self) -> None:
        filled = set(self.filled())
        for index, lang in enumerate(self.editors):
            mark = FILLED if lang in filled else EMPTY
            self.tabs.setTabText(index, f"{names.language_name(lang)} {mark}")
