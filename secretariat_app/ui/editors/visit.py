"""The visit editor: the delegation, the itinerary on the destination's clock, the meetings and
agreements it concerns, talking points, and the "Briefing pack…" button."""

from __future__ import annotations

import importlib
from datetime import date, datetime, timedelta, timezone
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton

from ...domain.documents import Doc
from ...domain.langmap import text
from ..widgets import names
from ..widgets.fields import CityField, DateField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor
from ..widgets.pickers import RecordListEdit, RecordPicker
from ..widgets.zoned_time import ZonedDateTimeEdit, offset_of
from .agenda import clock
from .base import RecordEditor
from .people import scrolled
from .team import language_map_list

BRIEFING_MODULE = "secretariat_app.ui.briefing_dialog"


class VisitEditor(RecordEditor):
    def build(self) -> None:
        general = self.add_form(FieldForm())
        general.add("title", LangMapEdit(lines=2), self.tr("Title"))
        general.add("head", RecordPicker(self.lookup, "person", self.lang), self.tr("Head of delegation"))
        self.destination = general.add("destination_city", CityField(), self.tr("Destination"))
        general.add("starts_on", DateField(optional=False), self.tr("From"))
        general.add("ends_on", DateField(optional=False), self.tr("To"))
        general.field("ends_on").set_reference(lambda: general.field("starts_on").value())
        general.add("purpose", LangMapEdit(lines=3), self.tr("Purpose"))
        general.add("delegation", RecordListEdit(self.lookup, "person", self.lang, rows=6), self.tr("Delegation"))
        self.add_tab("general", self.tr("Visit"), scrolled(general))

        self.item_time = ZonedDateTimeEdit()
        item_form = FieldForm()
        item_form.add("starts_at", self.item_time, self.tr("When"))
        item_form.add("title", LangMapEdit(), self.tr("What"))
        item_form.add("venue", LangMapEdit(), self.tr("Where"))
        item_form.add("counterparts", RecordListEdit(self.lookup, "person", self.lang, rows=2), self.tr("Meeting with"))
        item_form.add("notes", LangMapEdit(lines=2), self.tr("Notes"))
        self.itinerary = PartsEditor(
            [Column(self.tr("Day"), lambda items, i: self._day(items[i].get("starts_at"))),
             Column(self.tr("Time"), lambda items, i: clock(_parse(items[i].get("starts_at")))),
             Column(self.tr("What"), lambda items, i: text(items[i].get("title"), self.lang), stretch=True),
             Column(self.tr("Where"), lambda items, i: text(items[i].get("venue"), self.lang))],
            item_form, self._new_item, self.tr("stop"))
        itinerary = self.add_form(FieldForm())
        itinerary.add("itinerary", self.itinerary, "")
        self.add_tab("itinerary", self.tr("Itinerary"), itinerary)

        related = self.add_form(FieldForm())
        related.add("meetings", RecordListEdit(self.lookup, "meeting", self.lang, rows=4), self.tr("Meetings"))
        related.add("agreements", RecordListEdit(self.lookup, "agreement", self.lang, rows=4), self.tr("Agreements"))
        self.add_tab("related", self.tr("Meetings and agreements"), scrolled(related))

        points = self.add_form(FieldForm())
        points.add("talking_points", language_map_list(self, self.tr("talking point"), self.tr("Talking point")), "")
        self.add_tab("talking_points", self.tr("Talking points"), points)

        self.briefing_button = QPushButton(self.tr("Briefing pack…"))
        self.briefing_button.setToolTip(self.tr("Make the briefing pack (PDF) for this visit"))
        self.briefing_button.clicked.connect(self.open_briefing)
        self.extra_buttons.addWidget(self.briefing_button)
        self.calendar_button = self.add_calendar_button(
            self.tr("Save the visit and its itinerary as a calendar file (.ics) for a calendar program"))
        self.destination.changed.connect(self._zone_changed)

    def new_doc(self) -> Doc:
        today = date.today().isoformat()
        return {"id": "", "title": None, "head": None, "delegation": [], "destination_city": "beijing",
                "starts_on": today, "ends_on": today, "purpose": None, "itinerary": [], "meetings": [],
                "agreements": [], "talking_points": []}

    def id_hint(self, doc: Doc) -> tuple[Any, str]:
        return None, "-".join(x for x in ((doc.get("starts_on") or "")[:4], doc.get("destination_city") or "") if x)

    def after_fill(self, doc: Doc) -> None:
        self._zone_changed()

    def adjust(self, doc: Doc) -> None:
        # Itinerary times are typed on the destination's clock: keep them on it if the destination changes.
        zone = self.item_time.offset()
        for item in doc.get("itinerary") or []:
            at = _parse(item.get("starts_at"))
            if at is not None and self._known_zone():
                minutes = at.utcoffset().total_seconds() // 60  # type: ignore[union-attr]
                if minutes != zone:
                    item["starts_at"] = _with_offset(at, zone)

    def _known_zone(self) -> bool:
        return offset_of(self.destination.value()) is not None

    def _zone_changed(self) -> None:
        first = next((x.get("starts_at") for x in self.itinerary.items if x.get("starts_at")), None)
        fallback = None
        if first and _parse(first) is not None:
            fallback = int(_parse(first).utcoffset().total_seconds() // 60)  # type: ignore[union-attr]
        self.item_time.set_city(self.destination.value(), fallback)
        self.itinerary.refresh()

    def _new_item(self) -> dict[str, Any]:
        last = _parse(self.itinerary.items[-1].get("starts_at")) if self.itinerary.items else None
        if last is None:
            start = (self.collect().get("starts_on") if self.forms else None) or date.today().isoformat()
            at = datetime.fromisoformat(f"{start}T09:00:00")
        else:
            at = last.replace(tzinfo=None).replace(hour=min(last.hour + 2, 23))
        return {"starts_at": _with_offset(at, self.item_time.offset()), "title": None, "venue": None,
                "counterparts": [], "notes": None}

    def _day(self, value: str | None) -> str:
        at = _parse(value)
        return names.format_date(at.date()) if at else ""

    # --- the briefing pack -------------------------------------------------------------------------

    def open_briefing(self) -> None:
        if self.record_id is None or self.stored() is None:
            QMessageBox.information(self, self.tr("Briefing pack"),
                                    self.tr("Save the visit first: the briefing pack is made from the saved record."))
            return
        if self.is_dirty():
            QMessageBox.information(self, self.tr("Briefing pack"),
                                    self.tr("The briefing pack is made from the saved visit; your unsaved changes "
                                            "will not be in it. Save them first to include them."))
        try:
            module = importlib.import_module(BRIEFING_MODULE)
            opener = module.open_briefing_dialog
        except (ImportError, AttributeError):
            QMessageBox.warning(self, self.tr("Briefing pack"),
                                self.tr("Briefing packs are not available in this version of Secretariat."))
            return
        opener(self.ctx, self.record_id, self)


def _parse(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


def _with_offset(at: datetime, minutes: int) -> str:
    return at.replace(tzinfo=timezone(timedelta(minutes=minutes))).isoformat(timespec="seconds")
