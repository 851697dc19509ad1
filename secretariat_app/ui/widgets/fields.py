"""Plain field widgets that speak the document's values: text or None, a vocabulary value, a number or
None, an ISO date or None. Each has ``value()``, ``set_value()``, ``changed`` and ``set_read_only()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...domain.vocab import KNOWN_CITIES
from ..date_text import NotADate, parse_date
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

    def __init__(self, values: Sequence[str], optional: bool = False, parent: QWidget | None = None,
                 namer: Callable[[str], str] | None = None):
        super().__init__(parent)
        if optional:
            self.addItem("—", None)
        for v in values:
            self.addItem((namer or names.name)(v), v)
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


class CheckField(QCheckBox):
    """Yes or no (never None)."""

    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ListChoice(QComboBox):
    """One of a list that changes as the record is edited (an agreement's parties, its files), or none;
    a value no longer in the list is still shown (the rules then say what is wrong with it)."""

    changed = Signal()

    def __init__(self, label_of: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.label_of = label_of
        self._options: list[str] = []
        self._filling = False
        self.currentIndexChanged.connect(self._picked)

    def set_options(self, options: Sequence[str]) -> None:
        current = self.value()
        self._options = list(options)
        self._fill(current)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._fill(value)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)

    def _fill(self, current: str | None) -> None:
        self._filling = True
        self.clear()
        self.addItem("—", None)
        for option in self._options:
            self.addItem(self.label_of(option), option)
        if current and current not in self._options:
            self.addItem(self.label_of(current), current)
        self.setCurrentIndex(max(self.findData(current), 0))
        self._filling = False

    def _picked(self) -> None:
        if not self._filling:
            self.changed.emit()


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


def date_order() -> str:
    """How the UI locale orders a short date: "ymd" (2014. 7. 24.), "dmy" (24/07/2014) or "mdy"."""
    fmt = names.date_format()
    positions = {k: fmt.find(k) for k in ("y", "M", "d")}
    return "".join(k.lower() for k, _ in sorted(positions.items(), key=lambda kv: kv[1]))


class DateField(QWidget):
    """A date typed as the clerk writes it (``2014-07-24``, ``2014. 7. 24.``, ``24/07/2014``, ``today``, a
    partial date), or picked from a calendar; shown in the locale's form once the clerk leaves the box.
    Empty is a state of its own (select all, Delete). What cannot be read is kept as typed and said in
    words by the rules ("is not a date"), next to the field, when the record is checked."""

    changed = Signal()

    def __init__(self, optional: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self._optional = optional
        self._reference: Any = None  # () -> ISO date the calendar and partial dates start from
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. %1 or today").replace(
            "%1", QDate(2014, 7, 24).toString(names.date_format())))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("0000. 00. 00.") + 40)
        self.edit.editingFinished.connect(self._finished)
        # Every edit counts at once (a part's form copies its fields on each change, and Ctrl+S may come
        # before the clerk leaves the box); the locale's form is shown when the clerk leaves it.
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")  # "▾" says it
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)  # Enter on a day
        menu = QMenu(self.calendar_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._open_calendar)
        self.calendar_button.setMenu(menu)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("Clear the date"))
        self.clear_button.clicked.connect(lambda: self._set_and_tell(None))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self._set_and_tell(date.today().isoformat()))
        # Tab goes from box to box, not through these buttons: "today" can be typed, the calendar opens
        # with Alt+Down or F4, and select-all + Delete empties the box.
        for button in (self.calendar_button, self.clear_button, self.today_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for key in ("Alt+Down", "F4"):
            shortcut = QShortcut(QKeySequence(key), self.edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.calendar_button.showMenu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.calendar_button)
        row.addWidget(self.today_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        # Only once it has a parent: shown before, a button would open as a window of its own for a moment
        # (and take the keyboard from the clerk's window).
        self.clear_button.setVisible(optional)
        self.setFocusProxy(self.edit)

    def set_reference(self, reference: Any) -> None:
        """Where the calendar opens and partial dates are completed from when the field is empty (an
        expiry date opens near the signing date): a function returning an ISO date or None."""
        self._reference = reference

    def _reference_date(self) -> date:
        value = self._reference() if self._reference else None
        try:
            return date.fromisoformat(value) if value else date.today()
        except ValueError:
            return date.today()

    def value(self) -> str | None:
        """The ISO date, None when empty, or the text as typed when it is not a date (the rules say so)."""
        text = self.edit.text()
        if not text.strip():
            return None
        try:
            parsed = parse_date(text, date_order(), self._reference_date())
        except NotADate:
            return text.strip()
        return parsed.isoformat() if parsed else None

    def set_value(self, value: Any) -> None:
        if not value:
            self.edit.setText("")
        else:
            try:
                parsed = date.fromisoformat(str(value))
            except ValueError:
                self.edit.setText(str(value))
            else:
                self.edit.setText(QDate(parsed.year, parsed.month, parsed.day).toString(names.date_format()))

    def _set_and_tell(self, value: str | None) -> None:
        self.set_value(value)
        self.changed.emit()

    def _finished(self) -> None:
        """The clerk left the box (or pressed Enter): show the date in the locale's form."""
        value = self.value()
        try:
            shown = value is None or bool(date.fromisoformat(value))
        except ValueError:
            shown = False  # not a date: kept as typed, the rules say so
        if shown:
            self.set_value(value)  # the text changes, the value does not: no second "changed"

    def _open_calendar(self) -> None:
        value = self.value()
        try:
            at = date.fromisoformat(value) if value else self._reference_date()
        except ValueError:
            at = self._reference_date()
        self.calendar.setSelectedDate(QDate(at.year, at.month, at.day))
        QTimer.singleShot(0, self.calendar.setFocus)  # the arrow keys walk the days at once

    def _picked(self, day: QDate) -> None:
        self.calendar_button.menu().close()
        self._set_and_tell(date(day.year(), day.month(), day.day()).isoformat())
        self.edit.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)
        self.clear_button.setEnabled(not read_only)
        self.today_button.setEnabled(not read_only)
