"""The minutes editor: attendance, notes per agenda item, decisions, action items and statements.

"Approve minutes" locks them (the core refuses any change to approved minutes but reopening them);
"Reopen" unlocks them. Both are saved at once, so the History tab shows who approved or reopened.
"""

from __future__ import annotations

import copy
import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.langmap import text
from ...domain.vocab import ACTION_STATUSES
from ..widgets import names
from ..widgets.fields import ChoiceField, DateField
from ..widgets.form import FieldForm, reveal
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor
from ..widgets.pickers import ID_ROLE, RecordPicker
from .reviews import ReviewsEditor, add_agreement_fields

LOCKED_STYLE = "QLabel { background: #e6f2e6; border: 1px solid #9cc79c; padding: 4px; }"
DRAFT_STYLE = "QLabel { background: #fff4ce; border: 1px solid #e0c46c; padding: 4px; }"


def new_minutes(participants: list[str]) -> dict[str, Any]:
    return {"status": "draft", "approved_on": None, "recorded_by": None, "attendees": list(participants),
            "summary": None, "items": [], "decisions": [], "actions": [], "statements": [], "reviews": []}


def new_action_id() -> str:
    """Action ids are unique across all meetings: a year and a random part (``act-2026-3f9c1a``)."""
    return f"act-{date.today().year}-{uuid.uuid4().hex[:6]}"


def languages_filled(value: dict[str, Any] | None) -> str:
    return " ".join(k.upper() for k, v in (value or {}).items() if v) or "—"


class AttendanceList(QWidget):
    """Who attended: a checklist of the meeting's participants (and anyone recorded as present)."""

    changed = Signal()

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._participants: list[str] = []
        self._attendees: list[str] = []
        self.list = QListWidget()
        self.list.itemChanged.connect(self._toggled)
        self.all_button = QPushButton(self.tr("All present"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton(self.tr("Clear"))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.count = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self._read_only = False

    def set_participants(self, participants: list[str]) -> None:
        self._participants = list(participants)
        self._render()

    def value(self) -> list[str]:
        return list(self._attendees)

    def set_value(self, value: Any) -> None:
        self._attendees = [str(x) for x in value or []]
        self._render()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.all_button.setEnabled(not read_only)
        self.none_button.setEnabled(not read_only)
        self._render()

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        return [f"{self.tr('Attendee')} {sub}: {message}" for sub, message in problems]

    def _people(self) -> list[str]:
        return self._participants + [p for p in self._attendees if p not in self._participants]

    def _render(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        flags = Qt.ItemFlag.ItemIsEnabled | (Qt.ItemFlag.NoItemFlags if self._read_only
                                             else Qt.ItemFlag.ItemIsUserCheckable)
        for person in self._people():
            label = self.editor.name_of("person", person)
            if person not in self._participants:
                label += "  " + self.tr("(not listed as a participant)")
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, person)
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if person in self._attendees else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.count.setText(self.tr("%1 of %2 present").replace("%1", str(len(self._attendees)))
                           .replace("%2", str(len(self._people()))))

    def _toggled(self, item: QListWidgetItem) -> None:
        person = item.data(ID_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and person not in self._attendees:
            self._attendees.append(person)  # new ones at the end: the recorded order stays as it was
        elif not checked and person in self._attendees:
            self._attendees.remove(person)
        self.count.setText(self.tr("%1 of %2 present").replace("%1", str(len(self._attendees)))
                           .replace("%2", str(len(self._people()))))
        self.changed.emit()

    def set_present(self, person: str, present: bool) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ID_ROLE) == person:
                item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)

    def _check_all(self, present: bool) -> None:
        for person in self._people():
            self.set_present(person, present)


class AgendaItemChoice(QComboBox):
    """Which agenda item a decision belongs to (by its position), or none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._agenda: list[dict[str, Any]] = []
        self._lang = "en"
        self._filling = False
        self.currentIndexChanged.connect(lambda: None if self._filling else self.changed.emit())

    def set_agenda(self, agenda: list[dict[str, Any]], lang: str) -> None:
        current = self.value()
        self._agenda, self._lang = agenda, lang
        self.set_value(current)

    def value(self) -> int | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._filling = True
        self.clear()
        self.addItem("—", None)
        for i, item in enumerate(self._agenda, 1):
            self.addItem(f"{i}. {text(item.get('title'), self._lang)}", i)
        if isinstance(value, int) and self.findData(value) < 0:
            self.addItem(self.tr("item %1 (not on the agenda)").replace("%1", str(value)), value)
        self.setCurrentIndex(max(self.findData(value), 0) if value is not None else 0)
        self._filling = False

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class NotesPerItem(QWidget):
    """The minutes' notes on each agenda item: one row per item of the agenda as it is now."""

    changed = Signal()

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._agenda: list[dict[str, Any]] = []
        self._stray: list[dict[str, Any]] = []  # notes on items no longer on the agenda: kept, the rules say so
        form = FieldForm()
        form.add("notes", LangMapEdit(lines=4), self.tr("Notes"))
        self.parts = PartsEditor(
            [Column("#", lambda items, i: str(items[i]["agenda_item"])),
             Column(self.tr("Agenda item"), lambda items, i: self._title(items[i]["agenda_item"]), stretch=True),
             Column(self.tr("Notes in"), lambda items, i: languages_filled(items[i].get("notes")))],
            form, lambda: {"agenda_item": 0, "notes": None}, self.tr("note"), reorderable=False)
        self.parts.set_structure_locked(True)
        self.parts.add_button.setVisible(False)
        self.parts.remove_button.setVisible(False)
        self.parts.changed.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.parts)
        self._rows_of_value: list[int] = []

    def _title(self, position: int) -> str:
        if 1 <= position <= len(self._agenda):
            return text(self._agenda[position - 1].get("title"), self.editor.lang)
        return self.tr("(not on the agenda)")

    def set_agenda(self, agenda: list[dict[str, Any]]) -> None:
        notes = self.value()
        self._agenda = agenda
        self.set_value(notes)

    def value(self) -> list[dict[str, Any]]:
        out, self._rows_of_value = [], []
        for row, x in enumerate(self.parts.items):
            if x.get("notes"):
                out.append({"agenda_item": x["agenda_item"], "notes": x["notes"]})
                self._rows_of_value.append(row)
        return out + copy.deepcopy(self._stray)

    def set_value(self, value: Any) -> None:
        by_item = {x.get("agenda_item"): x for x in value or []}
        rows = [{"agenda_item": i, "notes": (by_item.get(i) or {}).get("notes")} for i in range(1, len(self._agenda) + 1)]
        self._stray = [x for x in value or [] if not (isinstance(x.get("agenda_item"), int)
                                                      and 1 <= x["agenda_item"] <= len(self._agenda))]
        current = self.parts.current()
        self.parts.set_value(rows)
        self.parts.select(current if 0 <= current < len(rows) else 0)

    def remap(self, mapping: dict[int, int | None]) -> None:
        """The agenda changed order: notes follow their item (a removed item's notes go with it)."""
        moved = []
        for x in self.value():
            new = mapping.get(x["agenda_item"], x["agenda_item"])
            if new is not None:
                moved.append({**x, "agenda_item": new})
        self.set_value(moved)

    def set_read_only(self, read_only: bool) -> None:
        self.parts.set_read_only(read_only)

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        self.value()  # refresh the map from value indexes to rows
        translated = []
        for sub, message in problems:
            if sub.startswith("[") and "]" in sub:
                i = int(sub[1:sub.index("]")])
                if i < len(self._rows_of_value):
                    sub = f"[{self._rows_of_value[i]}]{sub[sub.index(']') + 1:]}"
            translated.append((sub, message))
        return self.parts.show_problems(translated)


class MinutesEditor(QWidget):
    changed = Signal()
    approve_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        lookup, lang = editor.lookup, editor.lang
        self._value: dict[str, Any] | None = None
        self._participants: list[str] = []
        self._agenda: list[dict[str, Any]] = []
        self._filling = False

        # No minutes yet
        empty = QWidget()
        self.start_button = QPushButton(self.tr("Start the minutes"))
        self.start_button.clicked.connect(self.start)
        note = QLabel(self.tr("No minutes have been taken for this meeting yet."))
        empty_layout = QVBoxLayout(empty)
        empty_layout.addWidget(note)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        # The minutes
        page = QWidget()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        style = self.style()
        self.approve_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                          self.tr("Approve minutes…"))
        self.approve_button.setToolTip(self.tr("Approve the minutes and lock them; they are saved at once."))
        self.approve_button.clicked.connect(self.approve_requested)
        self.reopen_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                         self.tr("Reopen minutes…"))
        self.reopen_button.setToolTip(self.tr("Unlock approved minutes for changes; saved at once."))
        self.reopen_button.clicked.connect(self.reopen_requested)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.approve_button)
        top.addWidget(self.reopen_button)

        self.head = FieldForm()
        self.head.add("recorded_by", RecordPicker(lookup, "person", lang), self.tr("Recorded by"))
        self.head.add("summary", LangMapEdit(lines=4), self.tr("Summary"))

        self.attendance = AttendanceList(editor)
        self.notes = NotesPerItem(editor)
        decision_form = FieldForm()
        decision_form.add("text", LangMapEdit(lines=3), self.tr("Decision"))
        self.decision_item = decision_form.add("agenda_item", AgendaItemChoice(), self.tr("On agenda item"))
        add_agreement_fields(decision_form, lookup, lang)
        self.decisions = PartsEditor(
            [Column("#", lambda items, i: str(i + 1)),
             Column(self.tr("Decision"), lambda items, i: text(items[i].get("text"), lang), stretch=True),
             Column(self.tr("Agenda item"), lambda items, i: str(items[i].get("agenda_item") or "—"))],
            decision_form, lambda: {"text": None, "agenda_item": None}, self.tr("decision"))
        action_form = FieldForm()
        action_form.add("text", LangMapEdit(lines=2), self.tr("Action"))
        action_form.add("owner", RecordPicker(lookup, "person", lang), self.tr("Owner"))
        action_form.add("counterpart_owner", RecordPicker(lookup, "person", lang), self.tr("Owner in the other city"),
                        self.tr("The council's commitments are carried by one owner in Seoul and one in Beijing"))
        action_form.add("due_on", DateField(), self.tr("Due on"))
        action_form.add("status", ChoiceField(ACTION_STATUSES), self.tr("Status"))
        add_agreement_fields(action_form, lookup, lang)
        self.actions = PartsEditor(
            [Column(self.tr("Action"), lambda items, i: text(items[i].get("text"), lang), stretch=True),
             Column(self.tr("Owner"), lambda items, i: editor.name_of("person", items[i].get("owner"))),
             Column(self.tr("Due"), lambda items, i: names.format_date(_date(items[i].get("due_on")))),
             Column(self.tr("Status"), lambda items, i: names.name(items[i].get("status")))],
            action_form, lambda: {"id": new_action_id(), "text": None, "owner": self._default_owner(),
                                  "counterpart_owner": None, "due_on": None, "status": "open", "agreement": None,
                                  "article": None},
            self.tr("action"))
        statement_form = FieldForm()
        statement_form.add("speaker", RecordPicker(lookup, "person", lang), self.tr("Speaker"))
        statement_form.add("text", LangMapEdit(lines=3), self.tr("Statement"))
        self.statements = PartsEditor(
            [Column(self.tr("Speaker"), lambda items, i: editor.name_of("person", items[i].get("speaker"))),
             Column(self.tr("Statement"), lambda items, i: text(items[i].get("text"), lang), stretch=True)],
            statement_form, lambda: {"speaker": None, "text": None}, self.tr("statement"))

        # One form per inner tab; the keys are relative to the minutes.
        self.forms: list[FieldForm] = [self.head]
        self.inner = QTabWidget()
        for key, widget, title in (
            ("attendees", self.attendance, self.tr("Attendance")),
            ("items", self.notes, self.tr("Notes per agenda item")),
            ("decisions", self.decisions, self.tr("Decisions")),
            ("actions", self.actions, self.tr("Action items")),
            ("statements", self.statements, self.tr("Statements")),
            ("reviews", ReviewsEditor(editor), self.tr("Earlier actions reviewed")),
        ):
            form = FieldForm()
            form.add(key, widget, "")
            self.forms.append(form)
            self.inner.addTab(form, title)
        for form in self.forms:
            form.changed.connect(self._edited)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addLayout(top)
        page_layout.addWidget(self.head)
        page_layout.addWidget(self.inner, 1)

        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._read_only = False
        self.set_value(None)

    # --- value -----------------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return bool(self._value) and self._value.get("status") == "approved"  # type: ignore[union-attr]

    def value(self) -> dict[str, Any] | None:
        if self._value is None:
            return None
        if self.is_locked():  # approved minutes are what was approved, whatever the widgets hold
            return copy.deepcopy(self._value)
        out = copy.deepcopy(self._value)
        for form in self.forms:
            form.collect(out)
        return out

    def set_value(self, value: Any) -> None:
        self._value = copy.deepcopy(value) if isinstance(value, dict) else None
        self._filling = True
        try:
            self.stack.setCurrentIndex(1 if self._value is not None else 0)
            if self._value is not None:
                for form in self.forms:
                    form.fill(self._value)
            self._update_state()
        finally:
            self._filling = False

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_state()

    def _default_owner(self) -> str | None:
        """A new action is the meeting's team's to carry out until the clerk names someone else."""
        try:
            team = self.editor.field("team").value()
        except KeyError:  # not a meeting's minutes
            return None
        return self.editor.lookup.first_member(team) if team else None

    def set_context(self, participants: list[str], agenda: list[dict[str, Any]]) -> None:
        """The meeting's participants and agenda as they are on screen now."""
        self._participants, self._agenda = list(participants), agenda
        self.attendance.set_participants(participants)
        self.notes.set_agenda(agenda)
        self.decision_item.set_agenda(agenda, self.editor.lang)
        self.decisions.refresh()

    def remap(self, mapping: dict[int, int | None]) -> None:
        """Agenda items moved or went: notes and decisions keep pointing at the same items."""
        if self._value is None or self.is_locked():
            return
        self.notes.remap(mapping)
        items = self.decisions.value()
        for d in items:
            if d.get("agenda_item") is not None:
                d["agenda_item"] = mapping.get(d["agenda_item"], d["agenda_item"])
        current = self.decisions.current()
        self.decisions.set_value(items)
        self.decisions.select(current)

    def start(self) -> None:
        self._value = new_minutes(self._participants)
        self.set_value(self._value)
        self.changed.emit()
        # The button that was pressed is gone: the cursor goes to the minutes' pages (Ctrl+Tab turns them).
        self.inner.currentWidget().setFocus()

    # --- problems and focus ------------------------------------------------------------------------

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        stray: list[str] = []
        per_form: dict[int, list[tuple[str, str]]] = {id(f): [] for f in self.forms}
        for place, message in problems:
            best = max(((f.claim(place), f) for f in self.forms if f.claim(place)), key=lambda x: x[0][0],
                       default=None)
            if best is None:
                stray.append(f"{place}: {message}" if place else message)
            else:
                per_form[id(best[1])].append((place, message))
        for index, form in enumerate(self.forms):
            lines = form.show_problems(per_form[id(form)])
            stray += lines
            if index > 0:
                warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self.inner.setTabIcon(index - 1, warn if per_form[id(form)] else QIcon())
        return stray

    def focus_sub(self, rest: str) -> None:
        key = rest.split("[", 1)[0].split(".", 1)[0]
        for form in self.forms:
            if key in form.bindings:
                widget = form.field(key)
                reveal(widget)
                row = rest[len(key):]
                if row.startswith("[") and hasattr(widget, "select"):
                    widget.select(int(row[1:row.index("]")]))
                return

    # --- state -----------------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._filling:
            self.changed.emit()

    def _update_state(self) -> None:
        value = self._value
        locked = self.is_locked()
        editable = not (self._read_only or locked)
        for form in self.forms:
            form.set_read_only(not editable)
        self.start_button.setEnabled(not self._read_only)
        if value is None:
            return
        if locked:
            when = names.format_date(_date(value.get("approved_on")))
            self.status_label.setText("<b>" + self.tr("Approved on %1 — locked.").replace("%1", when) + "</b> " +
                                      self.tr("Reopen the minutes to change them."))
            self.status_label.setStyleSheet(LOCKED_STYLE)
        else:
            self.status_label.setText("<b>" + self.tr("Draft") + "</b> — " +
                                      self.tr("approve the minutes when the meeting has agreed them."))
            self.status_label.setStyleSheet(DRAFT_STYLE)
        self.approve_button.setVisible(not locked)
        self.reopen_button.setVisible(locked)
        self.approve_button.setEnabled(not self._read_only)
        self.reopen_button.setEnabled(not self._read_only)


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
