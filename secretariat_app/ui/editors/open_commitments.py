""""Add open commitments…" on a meeting's agenda: the commitments earlier meetings raised that still stand
open (late ones first), each with a check box; the chosen ones become agenda items that name their
agreement, for this meeting to review them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.commitments import Commitment, Register
from .. import formatting as fmt
from ..widgets import names

ID_ROLE = Qt.ItemDataRole.UserRole


class OpenCommitmentsDialog(QDialog):
    def __init__(self, register: Register, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openCommitmentsDialog")
        self.setWindowTitle(self.tr("Add open commitments"))
        self.resize(760, 460)
        self.register, self.lang = register, lang
        rows = sorted(register.rows, key=lambda c: (c.standing != "late", c.starts_at))
        intro = QLabel(self.tr("Commitments raised at earlier meetings that are still open. The ones checked "
                               "are added to the agenda, each naming its agreement, for this meeting to "
                               "review."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("commitments")
        self.list.setAccessibleName(self.tr("Open commitments"))
        for c in rows:
            item = QListWidgetItem(self._label(c), self.list)
            item.setData(ID_ROLE, c.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(self._owners(c))
        if rows:
            self.list.setCurrentRow(0)
        none = QLabel(self.tr("No commitment of an earlier meeting is open."), self)
        none.setVisible(not rows)
        all_button = QPushButton(self.tr("Check &all"), self)
        all_button.clicked.connect(lambda: self._check_all(True))
        clear_button = QPushButton(self.tr("C&lear"), self)
        clear_button.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the agenda"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(all_button)
        row.addWidget(clear_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(none)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.setFocus()  # Space checks and unchecks, Enter adds

    def _label(self, c: Commitment) -> str:
        text = fmt.lm_text(c.text, self.lang) or c.id
        due = fmt.date_text(c.due_on) if c.due_on else "—"
        meeting = fmt.lm_text(self.register.names.meetings.get(c.meeting_id, {}).get("title"), self.lang)
        return f"{text}  [{names.name(c.standing)}, {due}]  — {meeting}"

    def _owners(self, c: Commitment) -> str:
        people = self.register.names.people

        def who(person: str | None) -> str:
            return fmt.lm_text(people.get(person or ""), self.lang) or "—"

        return (self.tr("Owner in Seoul: %1").replace("%1", who(c.owner_seoul)) + "\n" +
                self.tr("Owner in Beijing: %1").replace("%1", who(c.owner_beijing)))

    def _check_all(self, checked: bool) -> None:
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Commitment]:
        """The checked commitments, in the list's order (late ones first)."""
        by_id = {c.id: c for c in self.register.rows}
        items = (self.list.item(i) for i in range(self.list.count()))
        return [by_id[i.data(ID_ROLE)] for i in items if i.checkState() == Qt.CheckState.Checked]


def add_open_commitments(editor: Any, before: datetime | None, exec_dialog: bool = True) -> OpenCommitmentsDialog | None:
    """Ask which open commitments to add (``exec_dialog`` False: return the dialog unasked, for tests)."""
    if before is None:
        return None
    app = editor.ctx.app
    register = app.commitments.open_before(before, date.today(), editor.record_id)
    dialog = OpenCommitmentsDialog(register, editor.lang, editor)
    if not exec_dialog:
        return dialog
    if dialog.exec() == QDialog.DialogCode.Accepted:
        take_into_agenda(editor, dialog)
    return dialog


def take_into_agenda(editor: Any, dialog: OpenCommitmentsDialog) -> int:
    """Add the dialog's chosen commitments to the editor's agenda; how many were added."""
    chosen = dialog.chosen()
    agenda = editor.agenda
    items = editor.ctx.app.commitments.agenda_items(chosen, dialog.register.names, len(agenda.value()) + 1)
    for item in items:
        item.pop("position")
        item["duration_minutes"] = 10
        agenda.parts.add(item)
    return len(items)
