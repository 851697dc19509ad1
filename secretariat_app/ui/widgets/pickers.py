"""Pickers for linked records: type a few letters of a name in any language, choose from the list.

The look-up runs a short moment after the last key press, on a worker thread (so typing never waits
for the database), and shows each record with what tells similar names apart (position, city, date, reference) and its
names in the other languages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.lookup import Choice, Lookup
from ..collation import sorted_by
from . import names

NAMED_KINDS = ("organization", "person", "team", "template")

ID_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2
TYPING_PAUSE_MS = 180

# Look-ups run off the UI thread: on a large archive a name that matches little scans many rows
# (~150 ms for 50,000 meetings), and typing must never wait for that. One worker is enough: only the
# latest look-up of each picker is shown, older ones are cancelled or dropped.
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="picker-lookup")


class _Relay(QObject):
    """Carries results from the worker thread to the UI thread (a queued signal)."""

    done = Signal(object, object, object)  # picker key, look-up number, list[Choice] (or the exception)


_relay: _Relay | None = None


def _results_relay() -> _Relay:
    global _relay
    if _relay is None:  # made on the UI thread, by the first picker, and kept for the app's life
        _relay = _Relay()
    return _relay


def describe(choice: Choice) -> str:
    """"Park Won Soon — Mayor of Seoul, SMG · 박원순 · 朴元淳" for a picker's list."""
    facts = [choice.detail, names.city_name(choice.city), names.name(choice.status),
             names.format_date(choice.when)]
    text = choice.label
    shown = [f for f in facts if f]
    if shown:
        text += " — " + ", ".join(shown)
    if choice.other_names:
        text += " · " + " · ".join(choice.other_names)
    return text


class RecordPicker(QWidget):
    """One linked record (or none). ``value()`` is its id."""

    changed = Signal()

    def __init__(self, lookup: Lookup, kind: str, lang: str, placeholder: str = "",
                 exclude: Callable[[], Iterable[str]] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.lookup, self.kind, self.lang = lookup, kind, lang
        self._exclude = exclude or (lambda: ())
        self._id: str | None = None
        self._label = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder or self.tr("Type to search…"))
        self.edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCompletionRole(LABEL_ROLE)
        self.completer.setMaxVisibleItems(12)
        self.edit.setCompleter(self.completer)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._search_in_background)
        self._searches = 0
        self._pending: Future[list[Choice]] | None = None
        _results_relay().done.connect(self._arrived)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)

    # --- value -----------------------------------------------------------------------------------

    def value(self) -> str | None:
        return self._id

    def set_value(self, value: Any) -> None:
        self._id = value or None
        choice = self.lookup.choice(self.kind, value, self.lang) if value else None
        self._label = choice.label if choice else (value or "")
        self.edit.setText(self._label)
        self.edit.setToolTip(describe(choice) if choice else (value or ""))
        self.edit.setCursorPosition(0)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)

    # --- typing ----------------------------------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._searches += 1  # a look-up still on its way answers text that is no longer there: drop it
        if not text.strip():
            self._timer.stop()
            if self._id is not None:
                self._id, self._label = None, ""
                self.changed.emit()
            return
        self._timer.start()

    def _search_in_background(self) -> None:
        if self._pending is not None:
            self._pending.cancel()  # not started yet: never mind it
        self._searches += 1
        number, key = self._searches, id(self)
        future = _executor.submit(self.lookup.search, self.kind, self.edit.text(), self.lang,
                                  exclude=list(self._exclude()))

        def deliver(f: Future[list[Choice]]) -> None:
            if not f.cancelled():
                _results_relay().done.emit(key, number, f.exception() or f.result())

        future.add_done_callback(deliver)
        self._pending = future

    def _arrived(self, key: int, number: int, found: object) -> None:
        if key != id(self) or number != self._searches:
            return  # another picker's, or an older look-up than the latest
        self._pending = None
        self._show(found if isinstance(found, list) else [])
        if isinstance(found, Exception):
            self.edit.setToolTip(str(found))

    def _show(self, found: list[Choice]) -> None:
        self.model.clear()
        if self.kind in NAMED_KINDS:  # by name in the language's order; dated records stay newest first
            found = sorted_by(found, lambda c: c.label, self.lang)
        # What starts with the typed words comes first ("Seoul Metropolitan" → the SMG before its
        # departments whose names only mention it); the first entry is ready for Enter.
        typed = self.edit.text().strip().casefold()
        found = sorted(found, key=lambda c: not any(n.casefold().startswith(typed)
                                                    for n in (c.label, *c.other_names)))
        for choice in found:
            item = QStandardItem(describe(choice))
            item.setData(choice.id, ID_ROLE)
            item.setData(choice.label, LABEL_ROLE)
            item.setToolTip(choice.id)
            self.model.appendRow(item)
        if found and self.edit.hasFocus():
            self.completer.complete()
            self.completer.popup().setCurrentIndex(self.completer.completionModel().index(0, 0))

    def choose(self, row: int) -> None:
        """Take the ``row``-th entry of the list (as a click or Enter on it does)."""
        self._chosen(self.model.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if not record_id:
            return
        self._id, self._label = record_id, index.data(LABEL_ROLE)
        self.edit.setText(self._label)
        self.edit.setToolTip(index.data(Qt.ItemDataRole.DisplayRole))
        self.changed.emit()
        self.picked(record_id)

    def picked(self, record_id: str) -> None:
        """Hook for :class:`RecordListEdit`, which adds the pick to its list."""

    def _finished(self) -> None:
        # Text typed but nothing chosen: show the linked record again rather than a half-typed name.
        if self.edit.text().strip() and self.edit.text() != self._label and not self.completer.popup().isVisible():
            self.edit.setText(self._label)


class _AddPicker(RecordPicker):
    def __init__(self, owner: RecordListEdit, *args: Any, **kw: Any):
        super().__init__(*args, **kw)
        self._owner = owner

    def picked(self, record_id: str) -> None:
        self._id, self._label = None, ""
        QTimer.singleShot(0, self.edit.clear)
        self._owner.add(record_id)


class RecordListEdit(QWidget):
    """An ordered list of linked records (parties, participants, delegation…): add by typing, remove,
    move up and down. ``value()`` is the list of ids."""

    changed = Signal()

    def __init__(self, lookup: Lookup, kind: str, lang: str, placeholder: str = "", rows: int = 4,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.lookup, self.kind, self.lang = lookup, kind, lang
        self._ids: list[str] = []
        self._marks: dict[int, str] = {}
        self.list = QListWidget()
        self._rows = rows
        self.list.currentRowChanged.connect(self._update_buttons)
        self.picker = _AddPicker(self, lookup, kind, lang, placeholder or self.tr("Type to add…"),
                                 exclude=lambda: self._ids)
        style = self.style()
        self.remove_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
                                          self.tr("Remove from the list (Delete)"), self.remove_current)
        self.up_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
                                      self.tr("Move up (Alt+Up)"), lambda: self._move(-1))
        self.down_button = self._button(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                        self.tr("Move down (Alt+Down)"), lambda: self._move(1))
        below = QHBoxLayout()
        below.addWidget(self.picker, 1)
        for b in (self.up_button, self.down_button, self.remove_button):
            below.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addLayout(below)
        self.list.installEventFilter(self)
        # Tab comes to the box to type in first (adding is what a clerk does most), then to the list.
        self.setFocusProxy(self.picker)
        QWidget.setTabOrder(self.picker.edit, self.list)
        self._read_only = False
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._update_buttons()

    def _button(self, icon: Any, tip: str, slot: Callable[[], None]) -> QToolButton:
        b = QToolButton()
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the list's keys do it: Delete, Alt+Up, Alt+Down
        b.setIcon(icon)
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.clicked.connect(slot)
        return b

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent

        if watched is self.list and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete:
            self.remove_current()
            return True
        if watched is self.list and event.type() == QEvent.Type.KeyPress and \
                event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    # --- value -----------------------------------------------------------------------------------

    def value(self) -> list[str]:
        return list(self._ids)

    def set_value(self, value: Any) -> None:
        self._ids = [str(v) for v in value or []]
        self._marks = {}
        self._render()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.picker.setVisible(not read_only)
        for b in (self.up_button, self.down_button, self.remove_button):
            b.setVisible(not read_only)
        self._update_buttons()

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        """Mark the rows the rules complain about (``[1]`` → the second row); return lines naming them."""
        self._marks = {}
        lines = []
        for sub, message in problems:
            row = None
            if sub.startswith("[") and "]" in sub:
                try:
                    row = int(sub[1:sub.index("]")])
                except ValueError:
                    row = None
            if row is not None and 0 <= row < len(self._ids):
                self._marks[row] = message
                choice = self.lookup.choice(self.kind, self._ids[row], self.lang)
                lines.append(f"{choice.label if choice else self._ids[row]}: {message}")
            else:
                lines.append(message)
        self._render()
        return lines

    # --- editing ---------------------------------------------------------------------------------

    def add(self, record_id: str) -> None:
        if record_id in self._ids:
            return
        self._ids.append(record_id)
        self._render()
        self.list.setCurrentRow(len(self._ids) - 1)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if self._read_only or not 0 <= row < len(self._ids):
            return
        del self._ids[row]
        self._render()
        self.list.setCurrentRow(min(row, len(self._ids) - 1))
        self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        new = row + step
        if self._read_only or not (0 <= row < len(self._ids) and 0 <= new < len(self._ids)):
            return
        self._ids[row], self._ids[new] = self._ids[new], self._ids[row]
        self._render()
        self.list.setCurrentRow(new)
        self.changed.emit()

    def _render(self) -> None:
        current = self.list.currentRow()
        self.list.clear()
        found = self.lookup.choices(self.kind, self._ids, self.lang)
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for i, record_id in enumerate(self._ids):
            choice = found.get(record_id)
            item = QListWidgetItem(describe(choice) if choice else record_id)
            item.setData(ID_ROLE, record_id)
            item.setToolTip(record_id)
            if i in self._marks:
                item.setIcon(warn)
                item.setToolTip(self._marks[i])
            self.list.addItem(item)
        if 0 <= current < len(self._ids):
            self.list.setCurrentRow(current)
        # As tall as its entries (one spare line), between the rows asked for and a few more.
        line = self.list.fontMetrics().lineSpacing() + 2
        shown = min(max(self._rows, len(self._ids) + 1), self._rows + 6)
        self.list.setFixedHeight(line * shown + 8)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        editable = not self._read_only
        self.remove_button.setEnabled(editable and row >= 0)
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < len(self._ids) - 1)
