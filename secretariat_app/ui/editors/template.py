"""The meeting template editor: a kind of meeting's standing agenda — items with their durations and
the presenters' roles (not people: a role is filled by whoever holds it at the next meeting)."""

from __future__ import annotations

from ...domain.documents import Doc
from ...domain.langmap import text
from ...domain.vocab import MEETING_KINDS
from ..widgets.fields import ChoiceField, CityField, NumberField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor
from ..widgets.pickers import RecordPicker
from .base import RecordEditor
from .people import scrolled


class TemplateEditor(RecordEditor):
    def build(self) -> None:
        general = self.add_form(FieldForm())
        general.add("name", LangMapEdit(), self.tr("Name"))
        general.add("kind", ChoiceField(MEETING_KINDS), self.tr("Kind of meeting"))
        general.add("title", LangMapEdit(lines=2), self.tr("Title of its meetings"),
                    self.tr("A new meeting made from the template gets this title."))
        general.add("team", RecordPicker(self.lookup, "team", self.lang), self.tr("Team"))
        general.add("city", CityField(optional=True), self.tr("Usual city"))
        general.add("notes", LangMapEdit(lines=3), self.tr("Notes"))
        self.add_tab("general", self.tr("Template"), scrolled(general))

        item_form = FieldForm()
        item_form.add("title", LangMapEdit(), self.tr("Title"))
        item_form.add("duration_minutes", NumberField(0, 1440, self.tr(" min")), self.tr("Duration"))
        item_form.add("presenter_role", LangMapEdit(), self.tr("Presenter's role"),
                      self.tr("Who presents, by role: “Host city co-chair”, “Team leads”."))
        item_form.add("description", LangMapEdit(lines=2), self.tr("Description"))
        self.items = PartsEditor(
            [Column("#", lambda items, i: str(i + 1)),
             Column(self.tr("Minutes"), lambda items, i: str(items[i].get("duration_minutes") or "—")),
             Column(self.tr("Item"), lambda items, i: text(items[i].get("title"), self.lang), stretch=True),
             Column(self.tr("Presenter's role"), lambda items, i: text(items[i].get("presenter_role"), self.lang))],
            item_form, lambda: {"title": None, "duration_minutes": 10, "presenter_role": None, "description": None},
            self.tr("item"))
        items = self.add_form(FieldForm())
        items.add("items", self.items, "")
        self.add_tab("items", self.tr("Standing items"), items)

    def new_doc(self) -> Doc:
        return {"id": "", "name": None, "kind": "team_meeting", "title": None, "team": None, "city": None,
                "notes": None, "items": []}
