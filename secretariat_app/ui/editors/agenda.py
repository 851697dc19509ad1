"""The agenda editor: ordered items (drag and drop, or move up/down), each with a duration; the start of
every item and the end of the agenda follow from the meeting's start, on the venue's clock."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.langmap import text
from ..widgets import names
from ..widgets.fields import NumberField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor, PartsField
from ..widgets.pickers import RecordPicker


def start_times(start: datetime | None, items: list[dict[str, Any]]) -> list[datetime | None]:
    """When each item starts: the meeting's start plus the durations before it (unknown after a gap)."""
    out: list[datetime | None] = []
    at = start
    for item in items:
        out.append(at)
        minutes = item.get("duration_minutes")
        at = at + timedelta(minutes=minutes) if at is not None and isinstance(minutes, int) else None
    return out


def agenda_end(start: datetime | None, items: list[dict[str, Any]]) -> datetime | None:
    if start is None:
        return None
    total = 0
    for item in items:
        if not isinstance(item.get("duration_minutes"), int):
            return None
        total += item["duration_minutes"]
    return start + timedelta(minutes=total)


def clock(at: datetime | None) -> str:
    return QTime(at.hour, at.minute).toString(names.time_format()) if at is not None else "—"


class AgendaEditor(PartsField):
    reordered = Signal(object)  # {old position: new position or None (removed)}
    end_wanted = Signal(object)  # the agenda's end (a datetime), when the clerk asks to use it
    commitments_wanted = Signal()  # "Add open commitments…": earlier meetings' open actions as items

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._start: datetime | None = None
        self._end: datetime | None = None
        self._read_only = self._locked = False
        lookup, lang = editor.lookup, editor.lang
        form = FieldForm()
        form.add("title", LangMapEdit(), self.tr("Title"))
        form.add("duration_minutes", NumberField(0, 1440, self.tr(" min")), self.tr("Duration"))
        form.add("presenter", RecordPicker(lookup, "person", lang), self.tr("Presenter"))
        form.add("presenter_role", LangMapEdit(), self.tr("Presenter's role"),
                 self.tr("Who presents, by role (from a template), until a person is named."))
        form.add("agreement", RecordPicker(lookup, "agreement", lang), self.tr("Agreement"),
                 self.tr("The agreement this item is about (signing, report, renewal)."))
        form.add("description", LangMapEdit(lines=2), self.tr("Description"))
        self.form = form
        self.parts = PartsEditor(
            [
                Column("#", lambda items, i: str(i + 1)),
                Column(self.tr("Starts"), lambda items, i: clock(self._starts(items)[i])),
                Column(self.tr("Minutes"), lambda items, i: str(items[i].get("duration_minutes") or "—")),
                Column(self.tr("Item"), lambda items, i: text(items[i].get("title"), lang), stretch=True),
                Column(self.tr("Presenter"), lambda items, i: self._presenter(items[i])),
                Column(self.tr("Agreement"), lambda items, i: self._agreement(items[i].get("agreement"))),
            ],
            form, lambda: {"title": None, "presenter": None, "presenter_role": None, "duration_minutes": 10,
                           "description": None, "agreement": None},
            self.tr("item"))
        self.parts.changed.connect(self._parts_changed)
        self.parts.moved.connect(self._moved)
        self.parts.removed.connect(self._removed)
        self.timing = QLabel()
        self.timing.setWordWrap(True)
        self.end_button = QPushButton(self.tr("Set the meeting's end to the agenda's end"))
        self.end_button.clicked.connect(lambda: self.end_wanted.emit(agenda_end(self._start, self.parts.items)))
        self.commitments_button = QPushButton(self.tr("Add open &commitments…"))
        self.commitments_button.setObjectName("addOpenCommitments")
        self.commitments_button.setToolTip(self.tr("Put the commitments of earlier meetings that are still open "
                                                   "on this agenda"))
        self.commitments_button.clicked.connect(self.commitments_wanted)
        row = QHBoxLayout()
        row.addWidget(self.timing, 1)
        row.addWidget(self.end_button)
        row.addWidget(self.commitments_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.locked_note = QLabel(self.tr("The minutes are approved: reopen them to add, remove or reorder "
                                          "agenda items (the minutes refer to the items by their number)."))
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet("color: #a15c00;")
        self.locked_note.setVisible(False)
        # The items first (the page's first stop for Tab and Insert), the timing under them.
        layout.addWidget(self.locked_note)
        layout.addWidget(self.parts, 1)
        layout.addLayout(row)
        self._update_timing()

    # --- value -----------------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        items = self.parts.value()
        for position, item in enumerate(items, 1):
            item["position"] = position
        return items

    def set_value(self, value: Any) -> None:
        items = sorted(value or [], key=lambda x: x.get("position") or 0)
        self.parts.set_value([{k: v for k, v in x.items() if k != "position"} for x in items])
        self._update_timing()

    def set_read_only(self, read_only: bool) -> None:
        self.parts.set_read_only(read_only)
        self.end_button.setEnabled(not read_only)
        self._read_only = read_only
        self.commitments_button.setEnabled(not read_only and not self._locked)

    def set_structure_locked(self, locked: bool) -> None:
        self.parts.set_structure_locked(locked)
        self._locked = locked
        self.commitments_button.setEnabled(not locked and not self._read_only)
        self.locked_note.setVisible(locked)

    # --- timing ----------------------------------------------------------------------------------

    def set_times(self, start: datetime | None, end: datetime | None, city: str | None) -> None:
        """The meeting's start and end on the venue's clock (start times are shown on that clock)."""
        self._start, self._end, self._city = start, end, city
        self.parts.refresh()
        self._update_timing()

    def starts(self) -> list[datetime | None]:
        return self._starts(self.parts.items)

    def _starts(self, items: list[dict[str, Any]]) -> list[datetime | None]:
        return start_times(self._start, items)

    def _update_timing(self) -> None:
        items = self.parts.items
        end = agenda_end(self._start, items)
        total = sum(x.get("duration_minutes") or 0 for x in items)
        parts = [self.tr("%n item(s), %1 min in all", "", len(items)).replace("%1", str(total))]
        if self._start is not None:
            where = names.city_name(getattr(self, "_city", None)) or self.tr("venue")
            parts.append(self.tr("starts %1 (%2 time)").replace("%1", clock(self._start)).replace("%2", where))
        if end is not None:
            parts.append(self.tr("agenda ends %1").replace("%1", clock(end)))
        if self._end is not None:
            parts.append(self.tr("meeting scheduled to end %1").replace("%1", clock(self._end)))
        message = " · ".join(parts)
        over = end is not None and self._end is not None and end > self._end
        if over:
            minutes = int((end - self._end).total_seconds() // 60)
            message += " — " + self.tr("the agenda runs %n minute(s) over", "", minutes)
        self.timing.setText(message)
        self.timing.setStyleSheet("color: #b00020;" if over else "")
        self.end_button.setVisible(end is not None and end != self._end)

    def _presenter(self, item: dict[str, Any]) -> str:
        """The person presenting; until one is named, the role from the template, in brackets."""
        if item.get("presenter"):
            return self.editor.name_of("person", item["presenter"])
        role = text(item.get("presenter_role"), self.editor.lang)
        return f"({role})" if role else ""

    def _agreement(self, record_id: str | None) -> str:
        if not record_id:
            return ""
        choice = self.editor.choice_of("agreement", record_id)
        return (choice.detail or choice.label) if choice else record_id

    # --- keeping the minutes' references to agenda items right -----------------------------------

    def _parts_changed(self) -> None:
        self._update_timing()
        self.changed.emit()

    def _moved(self, row: int, to: int) -> None:
        order = list(range(len(self.parts.items)))
        order.insert(to, order.pop(row))  # order[new index] = old index
        self.reordered.emit({old + 1: new + 1 for new, old in enumerate(order)})

    def _removed(self, row: int) -> None:
        count = len(self.parts.items) + 1
        mapping: dict[int, int | None] = {}
        for old in range(count):
            mapping[old + 1] = None if old == row else (old + 1 if old < row else old)
        self.reordered.emit(mapping)
