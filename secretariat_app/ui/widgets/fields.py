"""Plain field widgets that speak the document's values: text or None, a vocabulary value, a number or
None, an ISO date or None. Each has ``value()``, ``set_value()``, ``changed`` and ``set_read_only()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ...domain.vocab import KNOWN_CITIES
from . import names


class TextField(QLineEdit):
    """One line of plain text; blank means None."""

    changed = Signal()

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class NotesField(QPlainTextEdit):
    """Several lines of plain text; blank means None."""

    changed = Signal()

    def __init__(self, lines: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self.setPlainText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class ChoiceField(QComboBox):
    """One of a fixed vocabulary, shown in the interface's words; optionally "none"."""

    changed = Signal()

    def __init__(self, values: Sequence[str], optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        if optional:
            self.addItem("—", None)
        for v in values:
            self.addItem(names.name(v), v)
        self.setMaximumWidth(max(self.sizeHint().width(), 220))
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value is not None:  # a value outside the vocabulary: show it, let the rules name it
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class CityField(QComboBox):
    """Seoul, Beijing, or any other city's name typed in."""

    changed = Signal()

    def __init__(self, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if optional:
            self.addItem("", None)
        for code in KNOWN_CITIES:
            self.addItem(names.city_name(code), code)
        self.lineEdit().setPlaceholderText(self.tr("Seoul, Beijing or another city"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.lineEdit().placeholderText()) + 50)
        self.setMaximumWidth(self.minimumWidth() + 80)
        self.currentTextChanged.connect(self.changed)

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text)
        return self.itemData(index) if index >= 0 and self.itemData(index) else text

    def set_value(self, value: Any) -> None:
        index = self.findData(value) if value else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(value or "")

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class NumberField(QSpinBox):
    """A whole number, or None (shown as "—", the spin box's lowest value)."""

    changed = Signal()

    def __init__(self, lo: int, hi: int, suffix: str = "", optional: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = optional
        self.setRange(lo - 1 if optional else lo, hi)
        if optional:
            self.setSpecialValueText("—")
        self.setSuffix(suffix)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000 min") + 40)  # a number, not a line
        self.valueChanged.connect(self.changed)

    def value(self) -> int | None:  # type: ignore[override]
        v = super().value()
        return None if self._optional and v == self.minimum() else v

    def set_value(self, value: Any) -> None:
        self.setValue(self.minimum() if value is None else int(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class TabbingDateEdit(QDateEdit):
    """Tab leaves the field (QDateEdit's own Tab walks day → month → year, and never leaves an empty one)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt's names
        return QWidget.focusNextPrevChild(self, next)


class DateField(QWidget):
    """An optional date: a locale-formatted date box with a calendar, and a button that clears it."""

    changed = Signal()
    _NONE = QDate(1800, 1, 1)

    def __init__(self, optional: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = optional
        self.edit = TabbingDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(names.date_format())
        self.edit.setMinimumDate(self._NONE)
        self.edit.setMaximumDate(QDate(2199, 12, 31))
        if optional:
            self.edit.setSpecialValueText(self.tr("(none)"))
        self.edit.dateChanged.connect(self.changed)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        self.clear_button.setVisible(optional)
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.edit.setDate(QDate.currentDate()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000-00-00") + 60)
        row.addWidget(self.edit)
        row.addWidget(self.today_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)

    def value(self) -> str | None:
        d = self.edit.date()
        if self._optional and d == self._NONE:
            return None
        return date(d.year(), d.month(), d.day()).isoformat()

    def set_value(self, value: Any) -> None:
        if not value:
            self.edit.setDate(self._NONE if self._optional else QDate.currentDate())
            return
        try:
            parsed = date.fromisoformat(str(value))
        except ValueError:
            return
        self.edit.setDate(QDate(parsed.year, parsed.month, parsed.day))

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setCalendarPopup(not read_only)
        self.clear_button.setEnabled(not read_only)
        self.today_button.setEnabled(not read_only)
