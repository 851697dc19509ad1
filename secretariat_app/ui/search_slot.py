"""Search (Ctrl+K): the search panel (``ui/search_panel.py``) in a dock beside the records, so results
open in tabs while the list of results stays in view.

Where the panel is not installed, a box in the toolbar filters the list in view (or the agreements)
by the words typed, so Ctrl+K is never a dead key.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QLineEdit, QMainWindow, QToolBar

from .context import UiContext


class SearchSlot(QObject):
    open_requested = Signal(str, str, str)  # kind, id, part
    hit_opened = Signal(object)  # the search result just opened
    filter_requested = Signal(str)  # the fallback: filter the current list by these words

    def __init__(self, ctx: UiContext, window: QMainWindow):
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.panel: Any | None = None
        self.dock: QDockWidget | None = None
        self.box: QLineEdit | None = None
        try:
            from .search_panel import SearchPanel
        except ImportError:
            self._make_box()
        else:
            self.panel = SearchPanel(ctx, window)
            self.panel.open_requested.connect(self.open_requested)
            self.panel.hit_opened.connect(self.hit_opened)
            self.dock = QDockWidget(self.tr("Search"), window)
            self.dock.setObjectName("searchDock")
            self.dock.setWidget(self.panel)
            self.dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
            window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            window.resizeDocks([self.dock], [420], Qt.Orientation.Horizontal)
            self.dock.hide()  # until the clerk searches (its place and size are remembered)

    def _make_box(self) -> None:
        self.box = QLineEdit(self.window)
        self.box.setObjectName("searchBox")
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Filter the list (Ctrl+K)"))
        self.box.setAccessibleName(self.tr("Filter the list"))
        self.box.setMinimumWidth(260)
        self.box.setMaximumWidth(420)
        self.box.returnPressed.connect(self._filter)

    def add_to(self, toolbar: QToolBar) -> None:
        """The toolbar's entry: the dock's show/hide button, or the fallback box."""
        if self.dock is not None:
            toggle = self.dock.toggleViewAction()
            toggle.setText(self.tr("Search"))
            toggle.setToolTip(self.tr("Search every record (Ctrl+K)"))
            toolbar.addAction(toggle)
        elif self.box is not None:
            toolbar.addWidget(self.box)

    @property
    def field(self) -> QLineEdit:
        """Where the clerk types a search."""
        if self.panel is not None:
            return self.panel.box  # type: ignore[no-any-return]
        assert self.box is not None
        return self.box

    def focus(self) -> None:
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _filter(self) -> None:
        assert self.box is not None
        text = self.box.text().strip()
        if text:
            self.filter_requested.emit(text)
