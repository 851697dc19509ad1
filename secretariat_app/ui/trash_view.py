"""The Trash: records moved there, newest first. Restore brings them back (undoable); "Delete for
good" removes them after asking (not undoable; the audit trail keeps their last state)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..errors import SecretariatError
from ..services.changes import Change
from ..services.records import TrashEntry
from . import formatting as fmt
from . import labels
from .clerk_name import who
from .context import UiContext
from .dialogs import ask
from .errors import show_error
from .follows_changes import FollowsChanges
from .operations import operation
from .workers import Task

ENTRY_ROLE = Qt.ItemDataRole.UserRole


class TrashItem(QTreeWidgetItem):
    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column == 2:  # the date column sorts by the moment, not by its localized text
            return str(self.data(2, Qt.ItemDataRole.UserRole)) < str(other.data(2, Qt.ItemDataRole.UserRole))
        return self.text(column).lower() < other.text(column).lower()


class TrashTree(QTreeWidget):
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.selectedItems():
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class TrashView(FollowsChanges, QWidget):
    open_requested = Signal(str, str, str)
    status_message = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("trashView")
        self.entries: list[TrashEntry] = []
        self.count = QLabel(self)
        self.count.setObjectName("count")
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete for &good…"), self)
        self.purge_button.setObjectName("purge")
        self.purge_button.clicked.connect(self.purge_selected)
        self.tree = TrashTree(self)
        self.tree.setObjectName("trash")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setHeaderLabels([self.tr("Title"), self.tr("Kind"), self.tr("Moved to the trash"), self.tr("By")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for col, width in ((1, 120), (2, 160), (3, 120)):
            self.tree.setColumnWidth(col, width)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(self._open)
        self.tree.delete_pressed.connect(self.purge_selected)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.restore_button)
        top.addWidget(self.purge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)
        self._update_buttons()
        self.follow_changes(ctx)

    def show_records(self) -> None:
        try:
            self.entries = self.ctx.records.trash()
        except SecretariatError as exc:
            self.count.setText(str(exc))
            return
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for e in self.entries:
            text, fallback = fmt.lm(e.title, self.ctx.lang)
            item = TrashItem([text or e.record_id, labels.kind_name(e.kind), fmt.instant_text(e.deleted_at),
                                    who(e.deleted_by, e.deleted_by_name)])
            item.setData(0, ENTRY_ROLE, (e.kind, e.record_id))
            item.setData(2, Qt.ItemDataRole.UserRole, e.deleted_at.isoformat())
            item.setToolTip(0, "\n".join(x for x in (text, e.record_id, fmt.fallback_note(fallback, self.ctx.lang)) if x))
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        n = len(self.entries)
        self.count.setText(self.tr("The trash is empty.") if n == 0 else
                           self.tr("%Ln record(s) in the trash", "", n))
        self._update_buttons()

    def selected(self) -> list[tuple[str, str]]:
        return [item.data(0, ENTRY_ROLE) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        has = bool(self.tree.selectedItems())
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def restore_selected(self) -> Task | None:
        items = self.selected()
        if not items:
            return None
        return operation(lambda: self.ctx.records.restore(items, initiator=self), self,
                         lambda _change: self.status_message.emit(
                             self.tr("Restored %n record(s). Undo with Ctrl+Z.", "", len(items))),
                         lambda exc: show_error(self, exc, self.tr("Not restored")))

    def purge_selected(self) -> Task | None:
        items = self.selected()
        if not items:
            return None
        answer = ask(self, self.tr("Delete for good"),
                     self.tr("Delete %n record(s) for good? This cannot be undone.", "", len(items)),
                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return operation(lambda: self.ctx.records.purge(items, initiator=self), self,
                         lambda _change: self.status_message.emit(
                             self.tr("Deleted %n record(s) for good.", "", len(items))),
                         lambda exc: show_error(self, exc, self.tr("Not deleted")))

    def concerns(self, change: Change) -> bool:
        return change.everything or bool({"delete", "restore", "purge"} & set(change.counts))

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, record_id = item.data(0, ENTRY_ROLE)
        self.open_requested.emit(kind, record_id, "")
