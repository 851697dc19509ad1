"""Editors for organizations and people."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from ...domain.documents import Doc
from ...domain.vocab import ORGANIZATION_KINDS
from ..widgets.fields import ChoiceField, CityField, NotesField, TextField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.pickers import ID_ROLE, RecordPicker, describe
from .base import RecordEditor


def scrolled(widget: QWidget) -> QScrollArea:
    """A tab page that scrolls when the window is small."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the page around them
    return area


class LinkedList(QListWidget):
    """Records that refer to this one (read only); double-click opens one."""

    def __init__(self, editor: RecordEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self.itemActivated.connect(self._open)

    def load(self) -> None:
        self.clear()
        if self.editor.record_id is None or self.editor.stored() is None:
            return
        for choice in self.editor.lookup.linked(self.editor.kind, self.editor.record_id, self.editor.lang):
            from ..widgets import names

            item = QListWidgetItem(f"{names.kind_name(choice.kind)}: {describe(choice)}")
            item.setData(ID_ROLE, (choice.kind, choice.id))
            self.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        kind, record_id = item.data(ID_ROLE)
        self.editor.open_record.emit(kind, record_id)


class OrganizationEditor(RecordEditor):
    def build(self) -> None:
        form = self.add_form(FieldForm())
        form.add("name", LangMapEdit(), self.tr("Name"))
        form.add("short_name", LangMapEdit(), self.tr("Short name"))
        form.add("city", CityField(), self.tr("City"))
        form.add("kind", ChoiceField(ORGANIZATION_KINDS), self.tr("Kind"))
        form.add("parent", RecordPicker(self.lookup, "organization", self.lang,
                                        exclude=lambda: [self.record_id or ""]), self.tr("Part of"),
                 self.tr("The organization this one belongs to (its place in the organization tree)."))
        self.linked = LinkedList(self)
        form.add_row(self.tr("Referred to by"), self.linked)
        self.add_tab("general", self.tr("Organization"), scrolled(form))

    def new_doc(self) -> Doc:
        return {"id": "", "name": None, "short_name": None, "city": "seoul", "kind": "department", "parent": None}

    def after_fill(self, doc: Doc) -> None:
        self.linked.load()


class PersonEditor(RecordEditor):
    def build(self) -> None:
        form = self.add_form(FieldForm())
        form.add("name", LangMapEdit(), self.tr("Name"))
        form.add("position", LangMapEdit(), self.tr("Position"))
        form.add("organization", RecordPicker(self.lookup, "organization", self.lang), self.tr("Organization"))
        form.add("email", TextField("name@example.org"), self.tr("Email"))
        form.add("phone", TextField(), self.tr("Phone"))
        form.add("notes", NotesField(), self.tr("Notes"))
        self.linked = LinkedList(self)
        form.add_row(self.tr("Appears in"), self.linked)
        page = QWidget()
        QVBoxLayout(page).addWidget(form)
        self.add_tab("general", self.tr("Person"), scrolled(page))

    def new_doc(self) -> Doc:
        return {"id": "", "name": None, "position": None, "organization": None, "email": None, "phone": None,
                "notes": None}

    def after_fill(self, doc: Doc) -> None:
        self.linked.load()
