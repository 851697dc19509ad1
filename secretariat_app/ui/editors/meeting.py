"""The meeting editor: when and where (on the venue's clock, with the other city's time beside it),
participants, the agenda and the minutes. Moving the start moves the end with it: the meeting keeps its
length (two hours for a new one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from ...domain import minutes_cycle
from ...domain.documents import Doc
from ...domain.meeting_cycle import other_city
from ...domain.vocab import APPROVING_CITIES, MEETING_KINDS
from ...errors import Problem
from ..fact_text import problem_message
from ..meeting_dialogs import ApprovalDialog, CirculateDialog, new_meeting_from
from ..widgets import names
from ..widgets.fields import ChoiceField, CityField, NumberField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.pickers import RecordListEdit, RecordPicker
from ..widgets.zoned_time import ZonedDateTimeEdit, offset_of
from .agenda import AgendaEditor
from .base import RecordEditor
from .minutes import MinutesEditor
from .people import scrolled

DEFAULT_LENGTH = timedelta(hours=2)


class MeetingEditor(RecordEditor):
    def build(self) -> None:
        general = self.add_form(FieldForm())
        general.add("title", LangMapEdit(lines=2), self.tr("Title"))
        general.add("kind", ChoiceField(MEETING_KINDS), self.tr("Kind"))
        general.add("number", NumberField(1, 10_000), self.tr("Number"),
                    self.tr("The meeting's number in its series (the 2nd general conference…)."))
        general.add("team", RecordPicker(self.lookup, "team", self.lang), self.tr("Team"))
        self.starts = general.add("starts_at", ZonedDateTimeEdit(), self.tr("Starts"))
        self.ends = general.add("ends_at", ZonedDateTimeEdit(optional=True), self.tr("Ends"))
        self.city = general.add("city", CityField(), self.tr("City"))
        general.add("venue", LangMapEdit(), self.tr("Venue"))
        general.add("host_organization", RecordPicker(self.lookup, "organization", self.lang), self.tr("Host"))
        self.ends.set_reference(lambda: self.starts.local().date().isoformat() if self.starts.local() else None)
        self._start_seen: datetime | None = None  # the start the end's length is counted from
        self.add_tab("general", self.tr("Meeting"), scrolled(general))

        people = self.add_form(FieldForm())
        self.participants = people.add("participants", RecordListEdit(self.lookup, "person", self.lang, rows=12),
                                       self.tr("Participants"))
        self.add_tab("participants", self.tr("Participants"), people)

        agenda = self.add_form(FieldForm())
        self.agenda = agenda.add("agenda", AgendaEditor(self), "")
        self.add_tab("agenda", self.tr("Agenda"), agenda)

        minutes = self.add_form(FieldForm())
        self.minutes = minutes.add("minutes", MinutesEditor(self), "")
        self.add_tab("minutes", self.tr("Minutes"), minutes)

        self.new_from_button = QPushButton(self.tr("New meeting from this…"))
        self.new_from_button.setObjectName("newMeetingFrom")
        self.new_from_button.setToolTip(self.tr("The next meeting: this one's agenda and participants on another "
                                                "day, its number up by one (Ctrl+Shift+N)"))
        self.new_from_button.clicked.connect(self.new_meeting_from)
        self.extra_buttons.addWidget(self.new_from_button)
        self.calendar_button = self.add_calendar_button(
            self.tr("Save the meeting and its action items' due dates as a calendar file (.ics) for a calendar program"))
        self.city.changed.connect(self._zone_changed)
        self.starts.changed.connect(self._start_moved)
        self.ends.changed.connect(self._times_changed)
        self.participants.changed.connect(self._context_changed)
        self.agenda.changed.connect(self._context_changed)
        self.agenda.reordered.connect(self.minutes.remap)
        self.agenda.end_wanted.connect(self._use_agenda_end)
        self.minutes.circulate_requested.connect(self.circulate_minutes)
        self.minutes.approval_requested.connect(self.record_approval)
        self.minutes.lock_requested.connect(self.lock_minutes)
        self.agenda.commitments_wanted.connect(self.add_open_commitments)
        self.minutes.reopen_requested.connect(self.reopen_minutes)
        self.agenda.parts.confirm_remove = self._may_remove_agenda_item

    def new_doc(self) -> Doc:
        return {"id": "", "kind": "team_meeting", "number": None, "title": None, "team": None,
                "starts_at": f"{date.today().isoformat()}T10:00:00+09:00",  # 10:00 in Seoul, the default city
                "ends_at": f"{date.today().isoformat()}T12:00:00+09:00", "city": "seoul", "venue": None, "host_organization": None, "participants": [],
                "agenda": [], "minutes": None}

    def id_hint(self, doc: Doc) -> tuple[Any, str]:
        return doc.get("title"), (doc.get("starts_at") or "")[:10]

    # --- dependent fields ------------------------------------------------------------------------

    def after_fill(self, doc: Doc) -> None:
        # Times are shown on the venue's clock: set the zone first, then the values again.
        self._set_zone(doc.get("city"), doc.get("starts_at"))
        for widget, key in ((self.starts, "starts_at"), (self.ends, "ends_at")):
            widget.blockSignals(True)
            widget.set_value(doc.get(key))
            widget.blockSignals(False)
        self._start_seen = self.starts.local()
        self._context_changed()
        self._times_changed()

    def _set_zone(self, city: str | None, starts_at: str | None) -> None:
        fallback = None
        if starts_at:
            try:
                offset = datetime.fromisoformat(starts_at).utcoffset()
                fallback = int(offset.total_seconds() // 60) if offset is not None else None
            except ValueError:
                fallback = None
        for widget in (self.starts, self.ends):
            widget.set_city(city, fallback if offset_of(city) is None else None)

    def _zone_changed(self) -> None:
        # A new venue city: the wall-clock times stay as typed, on the new city's clock.
        self._set_zone(self.city.value(), self.starts.value())
        self._start_seen = self.starts.local()  # the same wall clock in another zone: the length stays
        self._times_changed()

    def _start_moved(self) -> None:
        """The end keeps the meeting's length (an end before the start, or none, is left to the clerk)."""
        start, before, end = self.starts.local(), self._start_seen, self.ends.local()
        if start is None:
            return  # half typed: wait until it reads as a time
        self._start_seen = start
        if before is not None and end is not None and end > before and start != before:
            self.ends.set_local(start + (end - before))
        self._times_changed()

    def _times_changed(self) -> None:
        self.agenda.set_times(self.starts.local(), self.ends.local(), self.city.value())

    def _context_changed(self) -> None:
        self.minutes.set_context(self.participants.value(), self.agenda.value())
        self.agenda.set_structure_locked(self.minutes.is_locked())

    def add_open_commitments(self) -> Any:
        """Earlier meetings' open commitments, chosen in a dialog, become agenda items naming their agreement."""
        from .open_commitments import add_open_commitments

        start = self.starts.value()
        return add_open_commitments(self, datetime.fromisoformat(start) if start else None)

    def _use_agenda_end(self, end: datetime | None) -> None:
        if end is not None:
            self.ends.set_local(end)

    def _may_remove_agenda_item(self, row: int) -> bool:
        """Removing an agenda item drops the minutes' notes on it and unlinks its decisions: ask first."""
        minutes = self.minutes.value() or {}
        position = row + 1
        notes = [x for x in minutes.get("items") or [] if x.get("agenda_item") == position]
        decisions = [x for x in minutes.get("decisions") or [] if x.get("agenda_item") == position]
        if not notes and not decisions:
            return True
        answer = QMessageBox.question(
            self, self.tr("Remove agenda item"),
            self.tr("The minutes have notes or decisions on item %1. Remove the item? Its notes are removed "
                    "too and its decisions are no longer linked to an agenda item.").replace("%1", str(position)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def new_meeting_from(self) -> Any:
        """"New meeting from this…": the next one after the saved meeting (or from a template)."""
        stored = self.record_id if self.record_id and self.stored() is not None else None
        return new_meeting_from(self, self.ctx, stored, lambda kind, rid: self.open_record.emit(kind, rid))

    # --- the minutes' way to final: circulated, approved by each city, locked; reopened --------------

    def _step(self, make: Callable[[Doc], Doc], done_text: str) -> bool:
        """Apply one step of the minutes' cycle to what is on screen and save it at once."""
        try:
            doc = make(self.collect())
        except minutes_cycle.StepRefused as refused:
            QMessageBox.information(self, self.tr("Minutes"), problem_message(
                Problem("minutes", refused.code, refused.values)))
            return False
        return self.save_doc(doc, done_text) is not None

    def circulate_minutes(self) -> bool:
        dialog = CirculateDialog(self.display_name(), other_city(self.city.value()), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        on, to = dialog.values()
        return self._step(lambda d: minutes_cycle.circulated(d, on, to),
                          self.tr("Minutes circulated to %1.").replace("%1", names.city_name(to)))

    def record_approval(self) -> bool:
        waiting = [c for c in APPROVING_CITIES if c not in minutes_cycle.approved_by(self.minutes.value())]
        dialog = ApprovalDialog(self.lookup, self.lang, self.display_name(), waiting, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        city, by, on = dialog.values()
        return self._step(lambda d: minutes_cycle.approved(d, city, by, on),
                          self.tr("Approval of %1 recorded.").replace("%1", names.city_name(city)))

    def lock_minutes(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Make minutes final"),
            self.tr("Both cities approved the minutes of %1. Make them final and lock them? They are saved now; "
                    "to change them later, reopen them.").replace("%1", self.display_name()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._step(lambda d: minutes_cycle.locked(d, date.today()), self.tr("Minutes final and locked."))

    def reopen_minutes(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Reopen minutes"),
            self.tr("Reopen the minutes of %1 for changes? The approvals given are withdrawn and kept in the "
                    "history; the minutes must be circulated and approved again. This is saved now.")
            .replace("%1", self.display_name()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._step(lambda d: minutes_cycle.reopened(d, date.today()),
                          self.tr("Minutes reopened: they can be changed again."))
