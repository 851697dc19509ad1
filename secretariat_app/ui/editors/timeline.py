"""An agreement's timeline: its events (signed, entered into force, extended …), each with its date, the
meeting that decided it, the file that records it, a note and its effect. Added, changed and removed by
keyboard like any list of parts (Insert, Delete, Alt+↑/↓); the fields that follow from it are shown by
the editor, read-only (domain/lifecycle.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain import lifecycle
from ...domain.langmap import text
from ...domain.vocab import AGREEMENT_STATUSES
from .. import formatting as fmt
from ..widgets import names
from ..widgets.fields import ChoiceField, DateField, ListChoice
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor, PartsField
from ..widgets.pickers import RecordPicker


def _day(value: str | None) -> str:
    try:
        return fmt.date_text(date.fromisoformat(value)) if value else "—"
    except ValueError:
        return value or "—"


class TimelineEditor(PartsField):

    def __init__(self, editor: Any, files: Callable[[], list[dict[str, Any]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._files = files  # the agreement's attachments as now edited
        lookup, lang = editor.lookup, editor.lang
        form = FieldForm()
        form.add("kind", ChoiceField(lifecycle.EVENT_KINDS, namer=names.event_name), self.tr("Event"))
        form.add("date", DateField(optional=False), self.tr("Date"))
        form.add("meeting", RecordPicker(lookup, "meeting", lang), self.tr("Decided at"),
                 self.tr("The meeting where it was decided or signed."))
        self.document = ListChoice(self._file_name)
        form.add("document", self.document, self.tr("Document"),
                 self.tr("One of the agreement's attached files (the signed text, the exchange of letters …)."))
        form.add("expires_on", DateField(), self.tr("New expiry date"),
                 self.tr("Required for an extension or a renewal."))
        form.add("status", ChoiceField(AGREEMENT_STATUSES, optional=True), self.tr("Leaves it"),
                 self.tr("The status after the event, when not the event's own (— : as the event says)."))
        form.add("note", LangMapEdit(lines=2), self.tr("Note"))
        form.field("expires_on").set_reference(lambda: form.field("date").value())
        self.form = form
        self.parts = PartsEditor(
            [
                Column(self.tr("Date"), lambda items, i: _day(items[i].get("date"))),
                Column(self.tr("Event"), lambda items, i: names.event_name(items[i].get("kind"))),
                Column(self.tr("Effect"), lambda items, i: self.effect(items[i])),
                Column(self.tr("Decided at"), lambda items, i: self._meeting(items[i].get("meeting"))),
                Column(self.tr("Note"), lambda items, i: text(items[i].get("note"), lang), stretch=True),
            ],
            form, lambda: {"kind": "amended", "date": date.today().isoformat(), "meeting": None, "document": None,
                           "note": None, "status": None, "expires_on": None},
            self.tr("event"))
        self.parts.changed.connect(self.changed)
        self.parts.current_changed.connect(lambda _row: self.refresh_files())
        note = QLabel(self.tr("The agreement's status, expiry date, signing date and date of entry into force "
                              "follow from these events (in date order); events of one day count in the order "
                              "listed."))
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts, 1)
        layout.addWidget(note)

    def effect(self, event: dict[str, Any]) -> str:
        """What the event did, in words: the status it left, and the new expiry date."""
        out = []
        status = lifecycle.status_of(event)
        if event.get("status") or status and status != event.get("kind"):
            out.append(names.name(status))
        if event.get("expires_on"):
            out.append(self.tr("until %1").replace("%1", _day(event["expires_on"])))
        return ", ".join(out)

    def _meeting(self, record_id: str | None) -> str:
        return self.editor.name_of("meeting", record_id) if record_id else ""

    def refresh_files(self) -> None:
        """The files to choose from: the agreement's, as now edited (a file just attached is offered)."""
        self.document.set_options([f["sha256"] for f in self._files() if f.get("sha256")])

    def _file_name(self, sha256: str) -> str:
        return next((f["name"] for f in self._files() if f.get("sha256") == sha256), sha256[:12] + "…")

    def set_value(self, value: Any) -> None:
        self.refresh_files()
        super().set_value(value)
