"""Small dialogs of the main window: a question, the keyboard shortcuts (About is about_dialog.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def ask(parent: QWidget | None, title: str, text: str, buttons: QMessageBox.StandardButton,
        default: QMessageBox.StandardButton) -> QMessageBox.StandardButton:
    """A question that waits for the answer (a real dialog: tests answer it by clicking its button)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setObjectName("question")
    box.setDefaultButton(default)
    box.exec()
    clicked = box.clickedButton()
    return box.standardButton(clicked) if clicked is not None else QMessageBox.StandardButton.Cancel


class ShortcutsDialog(QDialog):
    """Every action that has a shortcut, read from the actions themselves (so the list is never stale)."""

    def __init__(self, actions: list[tuple[str, list[QAction]]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        tree = QTreeWidget(self)
        tree.setObjectName("shortcuts")
        tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        tree.setRootIsDecorated(False)
        tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for group, group_actions in actions:
            head = QTreeWidgetItem([group, ""])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            tree.addTopLevelItem(head)
            for action in group_actions:
                keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
                if keys:
                    tree.addTopLevelItem(QTreeWidgetItem(["    " + action.text().replace("&", "").rstrip("…."), keys]))
        for action_text, keys in self.extra_keys():
            tree.addTopLevelItem(QTreeWidgetItem(["    " + action_text, keys]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tree)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def extra_keys(self) -> list[tuple[str, str]]:
        """Keys handled by the widgets themselves, not by menu actions."""
        return [
            (self.tr("Open the selected record (in a list or the dashboard)"), self.tr("Enter")),
            (self.tr("Move between the sidebar, filters and lists"), self.tr("Tab, Shift+Tab")),
        ]
