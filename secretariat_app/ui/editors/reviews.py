"""The minutes' review of earlier meetings' actions (the commitments register follows them): which action,
what the meeting found (a note), and where it stands now (open, done, dropped).

Kept apart from the minutes editor, which only adds this page (and the agreement fields of its decisions
and actions): the choice of action lists the commitments
raised at meetings before this one, the open ones first.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ...domain.documents import parse_datetime
from ...domain.langmap import text
from ...domain.vocab import ACTION_STATUSES
from ...errors import SecretariatError
from ...services.commitments import Commitment
from ..widgets import names
from ..widgets.fields import ChoiceField, TextField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor, PartsField
from ..widgets.pickers import RecordPicker


def add_agreement_fields(form: FieldForm, lookup: Any, lang: str) -> None:
    """A decision's or an action's agreement and article (the register and the progress report group by them)."""
    form.add("agreement", RecordPicker(lookup, "agreement", lang), QCoreApplication.translate("Reviews", "Agreement"),
             QCoreApplication.translate("Reviews", "The agreement this carries out"))
    form.add("article", TextField(QCoreApplication.translate("Reviews", "e.g. Art. 3")),
             QCoreApplication.translate("Reviews", "Article"))


class ActionChoice(QComboBox):
    """An action of an earlier meeting, by its text (the register's standing and due date beside it)."""

    changed = Signal()

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._texts: dict[str, str] = {}
        self._loaded_for: str | None = None  # the meeting start the choices were read for
        self._closed: dict[str, str] = {}  # reviewed here, no longer open: named, not offered
        self._filling = False
        self.currentIndexChanged.connect(lambda: None if self._filling else self.changed.emit())

    def load(self) -> None:
        """The commitments raised before this meeting starts (the meeting's start as on screen) that still
        stand open: what a review is for. Read once per start (each row's form fills the choice again)."""
        start = self.editor.field("starts_at").value()
        if start == self._loaded_for:
            return
        self._texts, self._loaded_for = {}, start
        try:
            before = parse_datetime(start) if start else None
        except ValueError:
            before = None
        if before is None:
            return
        try:
            found = self.editor.ctx.app.commitments.open_before(before, date.today(), self.editor.record_id)
        except SecretariatError:
            return
        self._texts = {c.id: self._label(c) for c in sorted(found.rows, key=lambda c: c.starts_at)}

    def _label(self, c: Commitment) -> str:
        due = names.format_date(c.due_on) if c.due_on else "—"
        return f"{text(c.text, self.editor.lang) or c.id} — {names.name(c.standing)}, {due}"

    def know(self, actions: list[str]) -> None:
        """The texts of actions already reviewed here that no longer stand open (closed since, by this
        review or a later one): read by their ids, not with every closed action of the archive."""
        wanted = [a for a in actions if a and a not in self._texts and a not in self._closed]
        if not wanted:
            return
        try:
            found = self.editor.ctx.app.commitments.of_actions(wanted, date.today())
        except SecretariatError:
            return
        self._closed.update({c.id: self._label(c) for c in found.rows})

    def text_of(self, action: str | None) -> str:
        if not action:
            return "—"
        self.load()
        return self._texts.get(action) or self._closed.get(action) or action

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._filling = True
        self.load()
        self.clear()
        self.addItem("—", None)
        for action, label in self._texts.items():
            self.addItem(label, action)
        if isinstance(value, str) and self.findData(value) < 0:  # closed since, or not an earlier action
            self.addItem(self._closed.get(value) or self.tr("%1 (not an earlier meeting's action)").replace(
                "%1", value), value)
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)
        self._filling = False

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ReviewsEditor(PartsField):
    """The list of reviews in the minutes (the key ``reviews``)."""

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        form = FieldForm()
        self.action = form.add("action", ActionChoice(editor), self.tr("Action"),
                               self.tr("An action decided at an earlier meeting"))
        form.add("status", ChoiceField(ACTION_STATUSES), self.tr("Now stands"),
                 self.tr("Where the action stands after this meeting's review"))
        form.add("note", LangMapEdit(lines=3), self.tr("Note"))
        self.parts = PartsEditor(
            [Column(self.tr("Action"), lambda items, i: self.action.text_of(items[i].get("action")), stretch=True),
             Column(self.tr("Now stands"), lambda items, i: names.name(items[i].get("status")))],
            form, lambda: {"action": None, "note": None, "status": "open"}, self.tr("review"), reorderable=False)
        self.parts.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)

    def set_value(self, value: Any) -> None:
        self.action.know([x.get("action") for x in value or [] if isinstance(x, dict)])
        super().set_value(value)
