"""The search box in the toolbar (Ctrl+K).

The search panel (``ui/search_panel.py``) is embedded here when it is installed; without it, the box
filters the list in view (or the agreements) by the words typed, so Ctrl+K is never a dead key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from .context import UiContext


class SearchSlot(QObject):
    open_requested = Signal(str, str, str)  # kind, id, part
    filter_requested = Signal(str)  # the fallback: filter the current list by these words

    def __init__(self, ctx: UiContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.panel: Any | None = None
        self.box = QLineEdit(parent)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Search records (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Search records"))
        self.box.setMinimumWidth(260)
        self.box.setMaximumWidth(420)
        self.box.returnPressed.connect(self._search)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def _search(self) -> None:
        text = self.box.text().strip()
        if text:
            self.filter_requested.emit(text)
