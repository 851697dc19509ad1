"""The tabbed document area: the browsing page first (dashboard, lists...), then one tab per open record.

Opening a record that is already open focuses its tab. Closing a tab, the window, or switching the
database asks each editor first (``maybe_close``: Save / Discard / Cancel when it has unsaved changes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from ..errors import SecretariatError
from . import labels
from .context import UiContext
from .errors import show_error
from .widgets.elided import elide

EditorFactory = Callable[..., Any]
TAB_TITLE_COLUMNS = 40  # a tab shows about this many characters of a title (a name can have 500)


def editor_factory() -> EditorFactory:
    """The record editors' ``editor_for``; a read-only view where that package is not installed."""
    try:
        from .editors import editor_for
    except ImportError:  # not installed in this build: show records read-only
        pass
    else:
        return editor_for  # type: ignore[no-any-return]

    def read_only(kind: str, ctx: UiContext, record_id: str | None, parent: QWidget | None = None) -> Any:
        from .record_view import RecordView

        return RecordView(kind, ctx, record_id, parent)

    return read_only


class EditorTabs(QTabWidget):
    record_saved = Signal(object)  # a Change, from any editor
    editors_changed = Signal()  # a tab was opened or closed

    def __init__(self, ctx: UiContext, browse_page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("documents")
        self.setDocumentMode(True)
        self.setTabsClosable(True)
        self.setMovable(True)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self.setStyleSheet("QTabBar::tab { max-width: 400px; }")
        self.addTab(browse_page, "")
        self.browse_page = browse_page
        # The browsing page is always there: no close button on it.
        self.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)  # type: ignore[arg-type]
        self.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)  # type: ignore[arg-type]
        self.tabCloseRequested.connect(self.close_tab)
        self.tabBar().tabMoved.connect(self._keep_browse_first)
        self._factory: EditorFactory | None = None

    @property
    def factory(self) -> EditorFactory:
        if self._factory is None:
            self._factory = editor_factory()
        return self._factory

    # --- editors -----------------------------------------------------------------------------------

    def editors(self) -> list[Any]:
        return [self.widget(i) for i in range(self.count()) if self.widget(i) is not self.browse_page]

    def current_editor(self) -> Any | None:
        widget = self.currentWidget()
        return None if widget is self.browse_page else widget

    def find(self, kind: str, record_id: str) -> Any | None:
        for editor in self.editors():
            if editor.kind == kind and editor.record_id == record_id:
                return editor
        return None

    def open_record(self, kind: str, record_id: str, part: str = "") -> Any | None:
        editor = self.find(kind, record_id)
        if editor is None:
            try:
                editor = self.factory(kind, self.ctx, record_id, self)
            except SecretariatError as exc:
                show_error(self, exc)
                return None
            self._add(editor)
        self.setCurrentWidget(editor)
        if part:
            editor.focus_part(part)
        else:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def new_record(self, kind: str) -> Any | None:
        try:
            editor = self.factory(kind, self.ctx, None, self)
        except SecretariatError as exc:
            show_error(self, exc)
            return None
        self._add(editor, self.tr("New %1").replace("%1", labels.kind_name(kind).lower()))
        self.setCurrentWidget(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return editor

    def _add(self, editor: Any, title: str = "") -> None:
        title_of = getattr(editor, "title", None)  # the editors say what they show (and whether it is saved)
        self.addTab(editor, "")
        self._retitle(editor, title_of() if callable(title_of) else (title or labels.kind_name(editor.kind)))
        editor.title_changed.connect(lambda text, e=editor: self._retitle(e, text))
        editor.saved.connect(self.record_saved)
        if hasattr(editor, "open_record"):  # a linked record, asked for from inside an editor
            editor.open_record.connect(lambda kind, record_id: self.open_record(kind, record_id))
        self.editors_changed.emit()

    def _retitle(self, editor: Any, text: str) -> None:
        """The tab shows the title cut to about 40 characters (the " *" of unsaved changes kept); its
        tooltip has the whole title."""
        index = self.indexOf(editor)
        if index >= 0:
            mark = " *" if text.endswith(" *") else ""
            short = elide(text[: len(text) - len(mark)], TAB_TITLE_COLUMNS) + mark
            self.setTabText(index, short.replace("&", "&&"))  # R&D is a title, not a mnemonic
            self.setTabToolTip(index, text)

    # --- closing -------------------------------------------------------------------------------------

    def close_tab(self, index: int) -> bool:
        widget = self.widget(index)
        if widget is None or widget is self.browse_page:
            return False
        if not widget.maybe_close():
            return False
        self.removeTab(self.indexOf(widget))
        widget.deleteLater()
        self.editors_changed.emit()
        return True

    def close_current(self) -> bool:
        return self.close_tab(self.currentIndex())

    def close_all(self) -> bool:
        """Close every editor. The ones with unsaved changes are asked about first (Save / Discard /
        Cancel) while every tab is still open: a Cancel leaves all of them as they were. False then."""
        editors = self.editors()
        for editor in editors:
            if editor.is_dirty():
                self.setCurrentWidget(editor)
                if not editor.maybe_close():
                    return False
        for editor in editors:  # all answered: nothing asks again
            if not self.close_tab(self.indexOf(editor)):
                return False
        return True

    def _keep_browse_first(self, _from: int, _to: int) -> None:
        if self.indexOf(self.browse_page) != 0:
            self.tabBar().blockSignals(True)
            self.tabBar().moveTab(self.indexOf(self.browse_page), 0)
            self.tabBar().blockSignals(False)
