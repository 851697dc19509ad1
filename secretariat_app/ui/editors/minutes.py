"""The minutes editor: attendance, notes per agenda item, decisions, action items and statements.

The minutes go draft → circulated → approved by each city → final ("Circulate…", "Record approval…",
"Make final…"); "Reopen" takes them back to draft, the approvals kept. Each step is saved at once, so the
History tab shows who did it; while a city's approval stands the text is read-only (the core refuses
any change to it but reopening).
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
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import minutes_cycle
from ...domain.langmap import text
from ...domain.vocab import ACTION_STATUSES, APPROVING_CITIES, ATTENDANCE
from ..widgets import names
from ..widgets.fields import ChoiceField, DateField, TextField
from ..widgets.form import FieldForm, reveal
from ..widgets.langmap_edit import LangMapEdit
from ..widgets.parts import Column, PartsEditor
from ..widgets.pickers import RecordPicker
from .reviews import ReviewsEditor, add_agreement_fields

LOCKED_STYLE = "QLabel { background: #e6f2e6; border: 1px solid #9cc79c; padding: 4px; }"
DRAFT_STYLE = "QLabel { background: #fff4ce; border: 1px solid #e0c46c; padding: 4px; }"


def new_minutes(participants: list[str]) -> dict[str, Any]:
    return {"status": "draft", "approved_on": None, "circulated_on": None, "circulated_to": None, "approvals": [],
            "recorded_by": None, "guests": [],
            # The roll call starts with everyone invited present: the clerk marks who was not.
            "attendees": [{"person": p, "status": "present", "represented_by": None} for p in participants], "summary": None, "items": [], "decisions": [],
            "actions": [], "statements": [], "reviews": []}


def new_action_id() -> str:
    """Action ids are unique across all meetings: a year and a random part (``act-2026-3f9c1a``)."""
    return f"act-{date.today().year}-{uuid.uuid4().hex[:6]}"


def languages_filled(value: dict[str, Any] | None) -> str:
    return " ".join(k.upper() for k, v in (value or {}).items() if v) or "—"


class RollCall(QWidget):
    """The roll call: each participant (and anyone else recorded) present, absent, excused, or
    represented by someone named. A person with no answer yet is not in the minutes' list."""

    changed = Signal()

    def __init__(self, editor: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.editor = editor
        self._participants: list[str] = []
        self._entries: list[dict[str, Any]] = []  # as recorded, in their order; new answers at the end
        self._read_only = False
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Attendance"), self.tr("Represented by")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.all_button = QPushButton(self.tr("All present"))
        self.all_button.setToolTip(self.tr("Mark everyone listed here present"))
        self.all_button.clicked.connect(lambda: self._set_all("present"))
        self.none_button = QPushButton(self.tr("Clear"))
        self.none_button.clicked.connect(lambda: self._set_all(None))
        self.count = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addStretch(1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)

    def set_participants(self, participants: list[str]) -> None:
        self._participants = list(participants)
        self._render()

    def value(self) -> list[dict[str, Any]]:
        return copy.deepcopy(self._entries)

    def set_value(self, value: Any) -> None:
        entries = []
        for x in value or []:
            if isinstance(x, str):  # an older file's id: present
                x = {"person": x, "status": "present", "represented_by": None}
            if isinstance(x, dict) and x.get("person"):
                entries.append({"person": x["person"], "status": x.get("status") or "present",
                                "represented_by": x.get("represented_by")})
        self._entries = entries
        self._render()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.all_button.setEnabled(not read_only)
        self.none_button.setEnabled(not read_only)
        self._render()

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        lines = []
        for sub, message in problems:
            who = ""
            if sub.startswith("[") and "]" in sub:
                i = int(sub[1:sub.index("]")])
                if i < len(self._entries):
                    who = self.editor.name_of("person", self._entries[i]["person"])
            lines.append(f"{self.tr('Attendance')} {who}: {message}" if who else f"{self.tr('Attendance')}: {message}")
        return lines

    def select(self, index: int) -> None:
        if 0 <= index < len(self._entries):
            person = self._entries[index]["person"]
            rows = self._people()
            if person in rows:
                self.table.setCurrentCell(rows.index(person), 1)
                self.table.cellWidget(rows.index(person), 1).setFocus()

    def _people(self) -> list[str]:
        recorded = [e["person"] for e in self._entries]
        return self._participants + [p for p in recorded if p not in self._participants]

    def _entry(self, person: str) -> dict[str, Any] | None:
        return next((e for e in self._entries if e["person"] == person), None)

    def _render(self) -> None:
        people = self._people()
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            entry = self._entry(person)
            label = self.editor.name_of("person", person)
            if person not in self._participants:
                label += "  " + self.tr("(not listed as a participant)")
            item = QTableWidgetItem(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            choice = QComboBox()
            choice.addItem("—", None)
            for code in ATTENDANCE:
                choice.addItem(names.name(code), code)
            choice.setCurrentIndex(max(choice.findData(entry["status"]) if entry else 0, 0))
            choice.setEnabled(not self._read_only)
            choice.setAccessibleName(self.tr("Attendance of %1").replace("%1", label))
            choice.currentIndexChanged.connect(lambda _i, p=person, c=choice: self._answered(p, c.currentData()))
            self.table.setCellWidget(row, 1, choice)
            deputy = RecordPicker(self.editor.lookup, "person", self.editor.lang)
            deputy.set_value(entry.get("represented_by") if entry else None)
            deputy.set_read_only(self._read_only or not entry or entry["status"] != "represented")
            deputy.setEnabled(bool(entry) and entry["status"] == "represented")  # only a represented one has one
            deputy.changed.connect(lambda p=person, d=deputy: self._deputy(p, d.value()))
            self.table.setCellWidget(row, 2, deputy)
        self._count()

    def _answered(self, person: str, status: str | None) -> None:
        entry = self._entry(person)
        if status is None:
            if entry is not None:
                self._entries.remove(entry)
        elif entry is None:
            self._entries.append({"person": person, "status": status, "represented_by": None})
        else:
            entry["status"] = status
            if status != "represented":
                entry["represented_by"] = None
        row = self._people().index(person)
        deputy = self.table.cellWidget(row, 2)
        deputy.set_read_only(self._read_only or status != "represented")
        deputy.setEnabled(status == "represented")
        if status != "represented":
            deputy.set_value(None)
        self._count()
        self.changed.emit()

    def _deputy(self, person: str, deputy: str | None) -> None:
        entry = self._entry(person)
        if entry is not None and entry.get("represented_by") != deputy:
            entry["represented_by"] = deputy
            self.changed.emit()

    def set_status(self, person: str, status: str | None) -> None:
        """Answer for one person (None: not recorded), as choosing in their row does."""
        choice = self.table.cellWidget(self._people().index(person), 1)
        choice.setCurrentIndex(max(choice.findData(status), 0))

    def _set_all(self, status: str | None) -> None:
        for row in range(self.table.rowCount()):
            choice = self.table.cellWidget(row, 1)
            choice.setCurrentIndex(max(choice.findData(status), 0))

    def _count(self) -> None:
        counts = {code: sum(1 for e in self._entries if e["status"] == code) for code in ATTENDANCE}
        self.count.setText(self.tr("%1 present, %2 absent or excused, %3 represented; %4 not recorded")
                           .replace("%1", str(counts["present"]))
                           .replace("%2", str(counts["absent"] + counts["excused"]))
                           .replace("%3", str(counts["represented"]))
                           .replace("%4", str(len(self._people()) - len(self._entries))))


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
    circulate_requested = Signal()
    approval_requested = Signal()
    lock_requested = Signal()
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
        self.circulate_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_ArrowRight),
                                            self.tr("Circulate…"))
        self.circulate_button.setToolTip(self.tr("Send the draft to the counterpart city for approval; saved at once."))
        self.circulate_button.clicked.connect(self.circulate_requested)
        self.approve_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                          self.tr("Record approval…"))
        self.approve_button.setToolTip(self.tr("Record a city's approval: who approved and when; saved at once."))
        self.approve_button.clicked.connect(self.approval_requested)
        self.lock_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogYesButton),
                                       self.tr("Make final…"))
        self.lock_button.setToolTip(self.tr("Both cities approved: lock the minutes as final; saved at once."))
        self.lock_button.clicked.connect(self.lock_requested)
        self.reopen_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                                         self.tr("Reopen minutes…"))
        self.reopen_button.setToolTip(self.tr("Back to draft for changes; the approvals given stay in the history. "
                                              "Saved at once."))
        self.reopen_button.clicked.connect(self.reopen_requested)
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        for button in (self.circulate_button, self.approve_button, self.lock_button, self.reopen_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.head = FieldForm()
        self.head.add("recorded_by", RecordPicker(lookup, "person", lang), self.tr("Recorded by"))
        self.head.add("summary", LangMapEdit(lines=4), self.tr("Summary"))

        self.attendance = RollCall(editor)
        guest_form = FieldForm()
        guest_form.add("name", TextField(), self.tr("Name"))
        guest_form.add("affiliation", TextField(), self.tr("Organization or title"))
        self.guests = PartsEditor(
            [Column(self.tr("Name"), lambda items, i: items[i].get("name") or "", stretch=True),
             Column(self.tr("Organization or title"), lambda items, i: items[i].get("affiliation") or "", stretch=True)],
            guest_form, lambda: {"name": "", "affiliation": None}, self.tr("guest"))
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
            ("attendees", self.attendance, self.tr("Roll call")),
            ("guests", self.guests, self.tr("Guests")),
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
        """The text is what a city approved (or final): it changes only by reopening the minutes."""
        return minutes_cycle.frozen(self._value)

    def state(self) -> str:
        return minutes_cycle.state(self._value)

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
        state = self.state()
        self.status_label.setText(self.state_text(value, state))
        self.status_label.setStyleSheet(LOCKED_STYLE if state in ("locked", "approved_both") else DRAFT_STYLE)
        self.circulate_button.setVisible(state == "draft")
        self.approve_button.setVisible(state in ("circulated", "approved_seoul", "approved_beijing"))
        self.lock_button.setVisible(state == "approved_both")
        self.reopen_button.setVisible(state not in ("draft", "circulated"))
        for button in (self.circulate_button, self.approve_button, self.lock_button, self.reopen_button):
            button.setEnabled(not self._read_only)

    def state_text(self, value: dict[str, Any], state: str) -> str:
        """Where the minutes stand, and each city's approval (who and when)."""
        when = names.format_date
        if state == "draft":
            head = "<b>" + self.tr("Draft") + "</b> — " + self.tr("circulate the minutes to the counterpart city "
                                                                   "when they are ready.")
            withdrawn = sum(1 for a in value.get("approvals") or [] if a.get("withdrawn_on"))
            if withdrawn:
                head += "<br>" + self.tr("Reopened: %n earlier approval(s) withdrawn and kept in the history.", "",
                                         withdrawn)
            return head
        lines = []
        if state == "locked":
            lines.append("<b>" + self.tr("Final — approved by both cities, locked on %1.")
                         .replace("%1", when(_date(value.get("approved_on")))) + "</b> " +
                         self.tr("Reopen the minutes to change them."))
        elif state == "approved_both":
            lines.append("<b>" + self.tr("Approved by both cities.") + "</b> " +
                         self.tr("Make them final to lock them."))
        else:
            lines.append("<b>" + self.tr("Circulated to %1 on %2.").replace("%1", names.city_name(
                value.get("circulated_to"))).replace("%2", when(_date(value.get("circulated_on")))) + "</b> " +
                self.tr("The text is frozen once a city approves it."))
        standing = minutes_cycle.approved_by(value)
        for city in APPROVING_CITIES:
            a = standing.get(city)
            if a is None:
                lines.append(self.tr("%1: awaiting approval").replace("%1", names.city_name(city)))
            elif a.get("by"):
                lines.append(self.tr("%1: approved by %2 on %3").replace("%1", names.city_name(city))
                             .replace("%2", self.editor.name_of("person", a["by"])).replace("%3", when(_date(a["on"]))))
            else:
                lines.append(self.tr("%1: approved on %2").replace("%1", names.city_name(city))
                             .replace("%2", when(_date(a["on"]))))
        return "<br>".join(lines)


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None
