"""The team editor: names, lead organizations per city, members with roles, focus areas, and the
agreements and meetings that refer to the team."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...domain.documents import Doc
from ...domain.langmap import text
from ...domain.vocab import TEAM_STATUSES
from ..widgets.fields import ChoiceField, DateField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor, ValueForm
from ..widgets.pickers import RecordListEdit, RecordPicker
from .base import RecordEditor
from .people import LinkedList, scrolled


def language_map_list(editor: RecordEditor, noun: str, caption: str) -> PartsEditor:
    """A list of short texts in three languages (areas, focus areas, talking points)."""
    return PartsEditor(
        [Column(caption, lambda items, i: text(items[i], editor.lang), stretch=True)],
        ValueForm(LangMapEdit(lines=2)), lambda: {}, noun)


class TeamEditor(RecordEditor):
    def build(self) -> None:
        general = self.add_form(FieldForm())
        # What a new team needs first (its name, who leads it, since when), the long description last.
        general.add("name", LangMapEdit(), self.tr("Name"))
        general.add("lead_organizations", RecordListEdit(self.lookup, "organization", self.lang, rows=2),
                    self.tr("Lead organizations"), self.tr("Normally one organization per city."))
        general.add("established_on", DateField(), self.tr("Established on"))
        general.add("established_by", RecordPicker(self.lookup, "agreement", self.lang), self.tr("Established by"),
                    self.tr("The agreement that set up the team."))
        general.add("status", ChoiceField(TEAM_STATUSES), self.tr("Status"))
        general.add("description", LangMapEdit(lines=4), self.tr("Description"))
        self.add_tab("general", self.tr("Team"), scrolled(general))

        members_form = FieldForm()
        members_form.add("person", RecordPicker(self.lookup, "person", self.lang), self.tr("Person"))
        members_form.add("role", LangMapEdit(), self.tr("Role"))
        self.members = PartsEditor(
            [Column(self.tr("Person"), lambda items, i: self.name_of("person", items[i].get("person")), True),
             Column(self.tr("Role"), lambda items, i: text(items[i].get("role"), self.lang), True)],
            members_form, lambda: {"person": None, "role": None}, self.tr("member"))
        members = self.add_form(FieldForm())
        members.add("members", self.members, "")
        self.add_tab("members", self.tr("Members"), members)

        areas = self.add_form(FieldForm())
        areas.add("focus_areas", language_map_list(self, self.tr("focus area"), self.tr("Focus area")), "")
        self.add_tab("focus_areas", self.tr("Focus areas"), areas)

        linked_page = QWidget()
        self.linked = LinkedList(self)
        row = QHBoxLayout()
        row.addWidget(self.linked)
        QVBoxLayout(linked_page).addLayout(row)
        self.add_tab("linked", self.tr("Agreements and meetings"), linked_page)

    def new_doc(self) -> Doc:
        return {"id": "", "name": None, "description": None, "status": "active", "established_on": None,
                "established_by": None, "lead_organizations": [], "members": [], "focus_areas": []}

    def after_fill(self, doc: Doc) -> None:
        self.linked.load()
