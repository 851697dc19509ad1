"""File → Import contacts…: a contact sheet (.xlsx, .csv) in three steps. The clerk confirms which
column holds what (the app proposes it from the headers, and remembers what she chose for sheets of the
same layout), sees what would be added and updated, decides each duplicate (merge, keep both, skip),
then imports: all or nothing, every refused cell named by its row and column.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.langmap import pick
from ..errors import SecretariatError
from ..services.contact_sheets import FIELDS, IGNORE, ContactTable
from ..services.contacts import CHOICES, ContactSheetRefused, Plan, RowProblem
from .context import UiContext
from .errors import message_box, show_error
from .fact_text import problem_message
from .file_dialogs import open_file_name
from .operations import operation
from .workers import Task

SAMPLES = 3  # first values shown beside each column
MAPPING_SETTING = "contacts/mapping/"


# lupdate reads translate("<context>", "<text>") calls: the context is written at every call.
translate = QCoreApplication.translate


def field_names() -> dict[str, str]:
    return {
        IGNORE: translate("ContactImport", "(not imported)"),
        "person.name.ko": translate("ContactImport", "Name (Korean)"), "person.name.zh": translate("ContactImport", "Name (Chinese)"),
        "person.name.en": translate("ContactImport", "Name (English)"), "person.position.ko": translate("ContactImport", "Position (Korean)"),
        "person.position.zh": translate("ContactImport", "Position (Chinese)"), "person.position.en": translate("ContactImport", "Position (English)"),
        "person.email": translate("ContactImport", "E-mail"), "person.phone": translate("ContactImport", "Phone"), "person.notes": translate("ContactImport", "Notes"),
        "person.id": translate("ContactImport", "Record id (updates that person)"),
        "organization.name.ko": translate("ContactImport", "Organization (Korean)"), "organization.name.zh": translate("ContactImport", "Organization (Chinese)"),
        "organization.name.en": translate("ContactImport", "Organization (English)"), "organization.city": translate("ContactImport", "Organization's city"),
    }


def row_problem_text(p: RowProblem) -> str:
    where = (translate("ContactImport", "Row %1, column “%2”").replace("%2", p.column) if p.column
             else translate("ContactImport", "Row %1")).replace("%1", str(p.row))
    return f"{where}: {problem_message(p.problem)}"


class ContactImportDialog(QDialog):
    def __init__(self, ctx: UiContext, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.settings = ctx, settings
        self.table: ContactTable | None = None
        self.plan: Plan | None = None
        self.path: Path | None = None
        self.setObjectName("contactImportDialog")
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(980, 640)
        self.pages = QStackedWidget(self)

        # 1: which column holds what
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("columns")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                self.tr("Import as")])
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        first = QWidget(self)
        first_layout = QVBoxLayout(first)
        first_layout.addWidget(self.file_label)
        hint = QLabel(self.tr("Check which column holds what. Columns left “not imported” are left out; the "
                              "choice is remembered for sheets with the same columns."), self)
        hint.setWordWrap(True)
        first_layout.addWidget(hint)
        first_layout.addWidget(self.columns, 1)
        self.pages.addWidget(first)

        # 2: what would happen
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.preview = QTableWidget(0, 6, self)
        self.preview.setObjectName("preview")
        self.preview.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Will be"), self.tr("Name"),
                                                self.tr("E-mail"), self.tr("Already kept as"), self.tr("Decision")])
        self.preview.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview.verticalHeader().setVisible(False)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems = QListWidget(self)
        self.problems.setObjectName("problems")
        self.problems.setVisible(False)
        second = QWidget(self)
        second_layout = QVBoxLayout(second)
        second_layout.addWidget(self.summary)
        second_layout.addWidget(self.preview, 3)
        second_layout.addWidget(self.problems, 1)
        self.pages.addWidget(second)

        self.back_button = QPushButton(self.tr("< Columns"), self)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button = QPushButton(self.tr("Preview >"), self)
        self.next_button.setObjectName("previewButton")
        self.next_button.clicked.connect(self.make_plan)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.run_import)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for b in (self.next_button, self.import_button, cancel):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self._show_page(0)

    # --- step 1 ---------------------------------------------------------------------------------------

    def load(self, path: Path) -> Task:
        self.path = path
        self.file_label.setText(self.tr("Reading %1…").replace("%1", path.name))
        contacts = self.ctx.app.contacts
        task = Task(lambda _progress: contacts.read(path), self)
        task.succeeded.connect(self._read)
        task.failed.connect(lambda exc: self._refused(exc, self.tr("The file cannot be imported")))
        return task.start()

    def _read(self, table: ContactTable) -> None:
        self.table = table
        what = self.tr("%1: %n row(s)", "", len(table.rows)).replace("%1", self.path.name if self.path else "")
        if table.encoding:
            what += " · " + self.tr("read as %1").replace("%1", table.encoding.upper())
        self.file_label.setText(what)
        remembered = self.settings.value(MAPPING_SETTING + table.layout)
        mapping = self.ctx.app.contacts.guess_mapping(table)
        if remembered:
            try:
                saved = json.loads(str(remembered))
                mapping = {h: f for h, f in saved.items() if h in table.headers and f in FIELDS}
            except (ValueError, AttributeError):
                pass
        names = field_names()
        self.columns.setRowCount(len(table.headers))
        for i, header in enumerate(table.headers):
            self.columns.setItem(i, 0, QTableWidgetItem(header or self.tr("(no header)")))
            samples = [cells[i].text for _, cells in table.rows[:SAMPLES] if i < len(cells) and cells[i].text]
            self.columns.setItem(i, 1, QTableWidgetItem(" · ".join(samples)))
            box = QComboBox(self.columns)
            for key, name in names.items():
                box.addItem(name, key)
            box.setCurrentIndex(max(0, box.findData(mapping.get(header, IGNORE))))
            self.columns.setCellWidget(i, 2, box)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 260)
        self.next_button.setEnabled(True)

    def mapping(self) -> dict[str, str]:
        out = {}
        if self.table is None:
            return out
        for i, header in enumerate(self.table.headers):
            box = self.columns.cellWidget(i, 2)
            if isinstance(box, QComboBox) and box.currentData():
                out[header] = box.currentData()
        return out

    def set_field(self, header: str, field: str) -> None:
        assert self.table is not None
        box = self.columns.cellWidget(self.table.headers.index(header), 2)
        box.setCurrentIndex(box.findData(field))  # type: ignore[union-attr]

    # --- step 2 ---------------------------------------------------------------------------------------

    def make_plan(self) -> Task | None:
        if self.table is None:
            return None
        mapping, table = self.mapping(), self.table
        self.settings.setValue(MAPPING_SETTING + table.layout, json.dumps(mapping, ensure_ascii=False))
        contacts = self.ctx.app.contacts
        task = Task(lambda _progress: contacts.plan(table, mapping), self)
        task.succeeded.connect(self._planned)
        task.failed.connect(lambda exc: self._refused(exc, self.tr("The file cannot be imported")))
        return task.start()

    def _planned(self, plan: Plan) -> None:
        self.plan = plan
        lang = self.ctx.lang
        what = {"add": self.tr("added"), "update": self.tr("updated"), "unchanged": self.tr("unchanged"),
                "duplicate": self.tr("a duplicate")}
        kinds = {"person": self.tr("Person"), "organization": self.tr("Organization")}
        choices = {"merge": self.tr("Merge into the kept record"), "keep": self.tr("Keep both"),
                   "skip": self.tr("Skip this row")}
        self.preview.setRowCount(len(plan.steps))
        for i, step in enumerate(plan.steps):
            name = pick(step.doc.get("name"), lang)[0]
            self.preview.setItem(i, 0, QTableWidgetItem(str(step.row)))
            self.preview.setItem(i, 1, QTableWidgetItem(f"{kinds[step.kind]} · {what[step.action]}"))
            self.preview.setItem(i, 2, QTableWidgetItem(name))
            self.preview.setItem(i, 3, QTableWidgetItem(step.doc.get("email") or ""))
            if step.existing is not None and step.action == "duplicate":
                why = {"email": self.tr("same e-mail"), "name": self.tr("same name")}
                kept = pick(step.existing.get("name"), lang)[0]
                reasons = ", ".join(why[r] for r in step.reasons)
                self.preview.setItem(i, 4, QTableWidgetItem(f"{kept} ({reasons})"))
                box = QComboBox(self.preview)
                box.setObjectName(f"decision-{step.key}")
                for key in CHOICES:
                    box.addItem(choices[key], key)
                box.setCurrentIndex(box.findData(step.choice))
                box.currentIndexChanged.connect(lambda _i, s=step, b=box: self._decided(s.key, b.currentData()))
                self.preview.setCellWidget(i, 5, box)
        self.preview.resizeColumnToContents(1)
        self.preview.resizeColumnToContents(3)
        self.preview.setColumnWidth(4, 240)
        self.preview.setColumnWidth(5, 220)
        self._show_problems([row_problem_text(p) for p in plan.problems])
        self._summarize()
        self._show_page(1)

    def _decided(self, key: str, choice: str) -> None:
        if self.plan is not None:
            self.plan.decide({key: choice})
            self._summarize()

    def decide(self, key: str, choice: str) -> None:
        box = self.preview.findChild(QComboBox, f"decision-{key}")
        box.setCurrentIndex(box.findData(choice))  # type: ignore[union-attr]

    def _summarize(self) -> None:
        if self.plan is None:
            return
        c = self.plan.counts()
        text = self.tr("Would add %1, update %2, leave %3 as they are and skip %4. Duplicates of records "
                       "already kept: %5.").replace("%1", str(c["add"])).replace("%2", str(c["update"])) \
            .replace("%3", str(c["unchanged"])).replace("%4", str(c["skip"])).replace("%5", str(len(self.plan.duplicates)))
        if self.plan.problems:
            text = self.tr("Nothing can be imported until these problems are fixed in the file:")
        self.summary.setText(text)
        self.import_button.setEnabled(not self.plan.problems and not self.ctx.app.read_only)

    def _show_problems(self, lines: list[str]) -> None:
        self.problems.clear()
        self.problems.addItems(lines)
        self.problems.setVisible(bool(lines))

    # --- step 3 ---------------------------------------------------------------------------------------

    def run_import(self) -> Task | None:
        if self.plan is None:
            return None
        plan, contacts = self.plan, self.ctx.app.contacts
        self.import_button.setEnabled(False)

        def done(result: Any) -> None:
            c = result.counts
            # Said over the window: this dialog closes now, and a message box of its own would go with it.
            message_box(self.parentWidget() or self, QMessageBox.Icon.Information, self.tr("Import finished"),
                        self.tr("Added %1 and updated %2 records; %3 unchanged, %4 skipped.")
                        .replace("%1", str(c["add"])).replace("%2", str(c["update"]))
                        .replace("%3", str(c["unchanged"])).replace("%4", str(c["skip"])))
            self.accept()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ContactSheetRefused):
                self.summary.setText(self.tr("Refused; nothing was changed. Fix these in the file:"))
                self._show_problems([row_problem_text(p) for p in exc.row_problems])
                return
            self._refused(exc, self.tr("Not imported"))

        return operation(lambda: contacts.import_plan(plan, initiator=self), self, done, failed)

    # --- either -----------------------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0)
        self.next_button.setEnabled(self.table is not None)
        self.import_button.setVisible(index == 1)

    def _refused(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, SecretariatError):
            self.file_label.setText(str(exc))
        show_error(self, exc, title)


def open_contact_import(ctx: UiContext, settings: QSettings, parent: QWidget | None = None,
                        path: Path | None = None) -> ContactImportDialog | None:
    if path is None:
        name, _ = open_file_name(parent, translate("ContactImport", "Import contacts"),
                                 translate("ContactImport", "Contact sheets (*.xlsx *.csv)"))
        if not name:
            return None
        path = Path(name)
    dialog = ContactImportDialog(ctx, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    dialog.load(path)
    return dialog
