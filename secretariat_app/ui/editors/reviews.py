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
from ..widgets import names
from ..widgets.fields import ChoiceField, TextField
from ..widgets.form import FieldForm
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor
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
        self._filling = False
        self.currentIndexChanged.connect(lambda: None if self._filling else self.changed.emit())

    def load(self) -> None:
        """The commitments raised before this meeting starts (the meeting's start as on screen)."""
        self._texts = {}
        start = self.editor.field("starts_at").value()
        try:
            before = parse_datetime(start) if start else None
        except ValueError:
            before = None
        if before is None:
            return
        try:
            found = self.editor.ctx.app.commitments.open_before(before, date.today(), self.editor.record_id,
                                                                only_open=False)
        except SecretariatError:
            return
        rows = sorted(found.rows, key=lambda c: (c.standing not in ("late", "open"), c.starts_at))
        lang = self.editor.lang
        for c in rows:
            due = names.format_date(c.due_on) if c.due_on else "—"
            self._texts[c.id] = f"{text(c.text, lang) or c.id} — {names.name(c.standing)}, {due}"

    def text_of(self, action: str | None) -> str:
        if not action:
            return "—"
        if not self._texts:
            self.load()
        return self._texts.get(action, action)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._filling = True
        self.load()
        self.clear()
        self.addItem("—", None)
        for action, label in self._texts.items():
            self.addItem(label, action)
        if isinstance(value, str) and self.findData(value) < 0:
            self.addItem(self.tr("%1 (not an earlier meeting's action)").replace("%1", value), value)
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)
        self._filling = False

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ReviewsEditor(QWidget):
    """The list of reviews in the minutes (the key ``reviews``)."""

    changed = Signal()

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

    def value(self) -> list[dict[str, Any]]:
        return self.parts.value()

    def set_value(self, value: Any) -> None:
        self.parts.set_value(value or [])

    def set_read_only(self, read_only: bool) -> None:
        self.parts.set_read_only(read_only)

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        return self.parts.show_problems(problems)

    def focus_sub(self, rest: str) -> None:
        if rest.startswith("[") and "]" in rest:
            self.parts.select(int(rest[1:rest.index("]")]))
