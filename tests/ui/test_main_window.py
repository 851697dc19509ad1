"""The main window with real widgets on a real database file: sections, menus, editors in tabs,
delete / undo / redo / restore through the menus, the unsaved-changes prompt, remembered layout."""

from __future__ import annotations

import argparse
import sys
import threading

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTreeWidget

from secretariat_app.settings import Settings, sqlite_url
from secretariat_app.ui import errors as ui_errors
from secretariat_app.ui.about_dialog import AboutDialog
from secretariat_app.ui.main_window import SECTIONS, MainWindow
from secretariat_app.ui.trash_view import TrashView

from .conftest import preset_clerk_name
from .editor_helpers import click_standard_button_in_next_dialog
from .shell_helpers import (
    column_texts,
    empty_window,
    list_view,
    make_window,
    settle,
    wait_loaded,
    wait_open,
    window,
)

__all__ = ["window", "empty_window"]  # fixtures
Button = QMessageBox.StandardButton


def menu_texts(window: MainWindow, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_title_sidebar_and_menus(window: MainWindow) -> None:
    assert window.windowTitle() == "ui.sqlite3"  # Qt adds " — Secretariat" (the display name)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == ["Dashboard", "Teams", "Agreements", "Meetings", "Visits", "People & Organizations",
                       "Meeting templates", "Commitments", "Trash"]
    file_menu = menu_texts(window, "File")
    for wanted in ("New record", "New meeting from…", "Import…", "Export…", "Backup…", "Open database…", "Print…",
                   "Quit"):
        assert wanted in file_menu
    assert any(t.startswith("Restore") for t in file_menu)
    edit_menu = menu_texts(window, "Edit")
    assert edit_menu[:2] == ["Undo", "Redo"] and "Filter list" in edit_menu and "Search records" in edit_menu
    assert "Keyboard shortcuts" in menu_texts(window, "Help") and "About Secretariat" in menu_texts(window, "Help")
    assert window.toolbar.isVisible() and window.statusBar().isVisible()
    assert "ui.sqlite3" in window.database_label.text()
    # The first run opens on the dashboard.
    assert window.section == "dashboard" and window.tabs.tabText(0) == "Dashboard"


def test_sections_by_sidebar_and_keyboard(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentRow(2)
    assert window.section == "agreement" and window.tabs.tabText(0) == "Agreements"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.section == "meeting" and window.sidebar.currentRow() == 3
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.tabText(0) == "People && Organizations"  # shown as "People & Organizations"
    for i, key in enumerate(SECTIONS):
        window.section_actions[key].trigger()
        assert window.stack.currentWidget() is window.views[key] and window.sidebar.currentRow() == i


def test_enter_opens_an_editor_tab_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "agreement")
    wait_loaded(qtbot, view)
    row = view.model.row_of("agr-2015-env-mou")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = window.tabs.current_editor()
    assert editor is not None and (editor.kind, editor.record_id) == ("agreement", "agr-2015-env-mou")
    assert window.tabs.count() == 2 and "Environment Team" in window.tabs.tabToolTip(1)  # the tab itself: ~40 characters
    window.show_section("agreement")
    where = view.table.visualRect(view.model.index(row, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's first press
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.tabs.count() == 2 and window.tabs.current_editor() is editor  # focused, not opened twice
    assert window.act_print.isEnabled()
    window.act_close_tab.trigger()
    assert window.tabs.count() == 1


def test_delete_undo_redo_restore_through_the_menus(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    records = window.ctx.records
    view = list_view(window, "visit")
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 1 and not window.act_delete.isEnabled()
    view.table.setFocus()
    view.table.selectRow(0)
    assert window.act_delete.isEnabled()
    asked: list[str] = []
    click_standard_button_in_next_dialog(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # the Delete key asks first, naming the record...
    assert asked == ["Move Visit “Official visit of Seoul Mayor Park Won Soon to Beijing” to the trash?\n\n"
                     "You can restore them from the trash, or undo with Ctrl+Z."]
    assert view.model.rowCount() == 1 and not window.act_undo.isEnabled()  # ...and Cancel keeps it
    click_standard_button_in_next_dialog(QMessageBox.StandardButton.Yes)
    window.act_delete.trigger()  # (the offscreen window lost the keyboard with the dialog: Edit → Move to trash)
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)
    assert records.get("visit", "visit-2015-beijing", include_trash=True).deleted_at is not None
    named = "visit “Official visit of Seoul Mayor Park Won…”"
    qtbot.waitUntil(lambda: window.act_undo.text() == f"&Undo Delete {named}")
    assert window.act_undo.isEnabled() and "trash" in window.statusBar().currentMessage()

    window.act_undo.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.act_redo.text() == f"&Redo Delete {named}")
    assert not window.act_undo.isEnabled()
    editor = window.tabs.current_editor()  # the record undone is shown, whatever was on screen
    assert editor is not None and (editor.kind, editor.record_id) == ("visit", "visit-2015-beijing")
    assert window.tabs.close_current()
    window.act_redo.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)

    window.show_section("trash")
    trash = window.views["trash"]
    assert isinstance(trash, TrashView)
    assert [trash.tree.topLevelItem(i).text(0) for i in range(trash.tree.topLevelItemCount())] == [
        "Official visit of Seoul Mayor Park Won Soon to Beijing"]
    trash.tree.topLevelItem(0).setSelected(True)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: trash.tree.topLevelItemCount() == 0)  # the restore runs off the UI thread
    assert trash.count.text() == "The trash is empty."
    assert records.get("visit", "visit-2015-beijing").deleted_at is None
    qtbot.waitUntil(lambda: window.act_undo.text() == f"&Undo Restore {named}")
    window.activateWindow()  # (offscreen, the window does not get the keyboard back after a dialog by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    qtbot.waitUntil(lambda: trash.tree.topLevelItemCount() == 1)
    window.show_section("visit")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0)


def test_refused_delete_names_the_records_in_the_way(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "team")
    wait_loaded(qtbot, view)
    view.select_id("team-environment")
    click_standard_button_in_next_dialog(QMessageBox.StandardButton.Yes)
    window.act_delete.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorDialog") is not None)
    box = window.findChild(QMessageBox, "errorDialog")
    assert "cannot go to the trash" in box.text() and "agreement" in box.text()
    box.close()
    assert window.ctx.records.get("team", "team-environment").deleted_at is None


def _reference_field(editor) -> QLineEdit:  # type: ignore[no-untyped-def]
    return next(e for e in editor.findChildren(QLineEdit) if e.text() == "SBIC-2015-001")


def test_unsaved_changes_prompt_when_closing_a_tab_and_the_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.open_record("agreement", "agr-2015-env-mou")
    field = _reference_field(editor)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "SBIC-2015-009")
    assert editor.is_dirty()

    seen: list[str] = []
    click_standard_button_in_next_dialog(Button.Cancel, seen)
    assert not window.tabs.close_current()
    assert window.tabs.count() == 2 and seen and "Save your changes" in seen[0]

    click_standard_button_in_next_dialog(Button.Cancel)
    window.close()  # the window asks too, and stays open on Cancel
    assert window.isVisible()

    click_standard_button_in_next_dialog(Button.Discard)
    assert window.tabs.close_current()
    assert window.tabs.count() == 1
    assert window.ctx.records.get("agreement", "agr-2015-env-mou").doc["reference"] == "SBIC-2015-001"


def test_save_from_the_window_then_undo(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.open_record("agreement", "agr-2015-env-mou")
    field = _reference_field(editor)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "SBIC-2015-777")
    with qtbot.waitSignal(editor.saved):
        window.act_save.trigger()  # File → Save saves the current editor
    assert window.ctx.records.get("agreement", "agr-2015-env-mou").doc["reference"] == "SBIC-2015-777"
    assert window.act_undo.text() == "&Undo Edit agreement “MOU on the Establishment of the Environ…”"
    window.act_undo.trigger()  # off the UI thread: the open editor follows when it is done
    qtbot.waitUntil(lambda: field.text() == "SBIC-2015-001")
    assert window.ctx.records.get("agreement", "agr-2015-env-mou").doc["reference"] == "SBIC-2015-001"


def test_ctrl_n_starts_a_record_of_the_kind_in_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    list_view(window, "meeting")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.tabs.current_editor()
    assert editor is not None and editor.kind == "meeting" and editor.record_id is None
    window.tabs.close_current()
    window.new_actions["organization"].trigger()
    assert window.tabs.current_editor().kind == "organization"
    window.tabs.close_current()


def test_find_and_search_keys_focus_their_boxes(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "agreement")
    view.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filter
    assert not window.search.dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # the search panel, in its dock
    assert window.search.dock.isVisible() and QApplication.focusWidget() is window.search.panel.box
    with qtbot.waitSignal(window.search.panel.results_shown, timeout=10_000):
        window.search.panel.box.setText("환경팀")
    qtbot.keyClick(window.search.panel.box, Qt.Key.Key_Return)  # opens the first result in a tab
    editor = window.tabs.current_editor()
    assert editor is not None and editor.record_id is not None
    assert window.search.dock.isVisible()  # the results stay beside the record


def test_without_the_search_panel_ctrl_k_filters_the_list(qtbot, sqlite_demo_app, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(sys.modules, "secretariat_app.ui.search_panel", None)  # as if not installed
    window = make_window(qtbot, sqlite_demo_app, tmp_path / "w.ini")
    assert window.search.panel is None and window.search.box is not None
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search.box
    window.search.box.setText("환경")
    qtbot.keyClick(window.search.box, Qt.Key.Key_Return)
    view = window.views["agreement"]
    assert window.section == "agreement" and view.filter.text() == "환경"
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.busy)
    window.close()
    settle()


def test_record_language_switch_shows_korean(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "team")
    wait_loaded(qtbot, view)
    window.language_actions["ko"].trigger()
    qtbot.waitUntil(lambda: "환경팀" in column_texts(view))
    assert window.language_label.text() == "Records in 한국어"
    assert window.settings.value("view/lang") == "ko"
    # The bundled fonts carry the Hangul: the app font falls back to Noto Sans KR.
    assert "Noto Sans KR" in QApplication.font().families()


def test_shortcuts_dialog_and_about(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    dialog = window.show_shortcuts()
    shortcuts = dialog.findChild(QTreeWidget, "shortcuts")
    rows = {shortcuts.topLevelItem(i).text(0).strip(): shortcuts.topLevelItem(i).text(1)
            for i in range(shortcuts.topLevelItemCount())}
    assert rows["New record"] == "Ctrl+N" and rows["Undo"] == "Ctrl+Z" and rows["Refresh"] == "F5"
    assert rows["Search records"] == "Ctrl+K" and rows["Filter list"] == "Ctrl+F" and rows["Print"] == "Ctrl+P"
    assert "Ctrl+Shift+Z" in rows["Redo"] and rows["Move to trash"] == "Del"
    dialog.close()
    window.act_about.trigger()
    about = window.findChild(AboutDialog, "aboutDialog")
    assert about is not None and "Noto Sans" in about.text.text() and "ui.sqlite3" in about.text.text()
    about.close()


def test_layout_and_section_are_remembered(qtbot, sqlite_demo_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "remember.ini"
    first = make_window(qtbot, sqlite_demo_app, path)
    first.resize(720, 560)  # within the offscreen screen, which restoreGeometry keeps windows inside
    first.show_section("meeting")
    first.toolbar.toggleViewAction().trigger()
    assert first.close()
    settle()
    second = make_window(qtbot, sqlite_demo_app, path, resize=False)
    assert second.section == "meeting" and (second.width(), second.height()) == (720, 560)
    assert not second.toolbar.isVisible()
    assert QSettings(str(path), QSettings.Format.IniFormat).value("window/section") == "meeting"
    second.close()
    settle()


def test_unexpected_error_is_logged_and_shown(qtbot, window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    ui_errors.install_excepthook()
    try:
        raise ZeroDivisionError("a slip in a slot")
    except ZeroDivisionError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.objectName() == "errorDialog"
                                for w in QApplication.topLevelWidgets() if w.isVisible()))
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
               and w.objectName() == "errorDialog")
    assert "ZeroDivisionError" in box.text() and "secretariat.log" in box.text()
    assert "Traceback" not in box.text()
    log = ui_errors.log_path().read_text(encoding="utf-8")
    assert "a slip in a slot" in log and "Traceback" in log
    box.close()
    assert window.isVisible()  # the app keeps running


def test_start_gui_does_not_fill_a_named_database(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui import app as gui

    monkeypatch.setenv("SECRETARIAT_HOME", str(tmp_path / "home"))
    preset_clerk_name(tmp_path / "home")  # no first-start question over this test
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    asked: list[str] = []

    def answer(parent, title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Cancel if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    named = tmp_path / "mine.sqlite3"
    _qapp, none = gui.start_gui(argparse.Namespace(db=str(named), database_url=None))
    assert none is None and not named.exists()  # a typo in --db: Cancel, and nothing was made
    assert "There is no database at" in asked[0]
    _qapp, window = gui.start_gui(argparse.Namespace(db=str(named), database_url=None))  # Yes: a new one
    qtbot.addWidget(window)
    wait_open(qtbot, window)
    try:
        assert window.windowTitle() == "mine.sqlite3" and window.ctx.app.is_empty()
        view = list_view(window, "agreement")
        assert view.model.rowCount() == 0 and "no agreements yet" in view.table.empty_text
    finally:
        window.close()
        settle()
        window.ctx.app.close()


def test_a_database_that_cannot_be_opened_is_said_after_the_window_is_drawn(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from secretariat_app.ui import app as gui

    monkeypatch.setenv("SECRETARIAT_HOME", str(tmp_path / "home"))
    preset_clerk_name(tmp_path / "home")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:  # another program's database
        conn.execute("CREATE TABLE notes (body TEXT)")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text, *a: said.append(text)))
    _qapp, window = gui.start_gui(argparse.Namespace(db=str(other), database_url=None))
    qtbot.addWidget(window)
    assert not window.ctx.is_open and window.stack.currentWidget().objectName() == "openingPage"
    qtbot.waitUntil(lambda: bool(said), timeout=30_000)
    assert said[0].startswith("The database cannot be opened:") and "other.sqlite3" in said[0]
    qtbot.waitUntil(lambda: not window.isVisible())
    assert not window.ctx.is_open and window.views == {}
    with sqlite3.connect(other) as conn:  # left as it was
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["notes"]


def test_a_window_closed_while_its_database_opens_closes_what_was_opened(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.app.facade import App
    from secretariat_app.ui import app as gui

    monkeypatch.setenv("SECRETARIAT_HOME", str(tmp_path / "home"))
    preset_clerk_name(tmp_path / "home")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    closed: list[App] = []
    real_close = App.close
    monkeypatch.setattr(App, "close", lambda self: (closed.append(self), real_close(self))[1])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    _qapp, window = gui.start_gui(argparse.Namespace(db=str(tmp_path / "new.sqlite3"), database_url=None))
    qtbot.addWidget(window)
    window.close()  # before the worker's App arrived
    assert window.opening is not None
    window.opening.abandon()  # what run_gui does once the app's loop ended
    QApplication.processEvents()
    assert not window.ctx.is_open and len(closed) == 1


def test_open_database_switches_the_window(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = list_view(window, "agreement")
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 2
    other = Settings(sqlite_url(tmp_path / "other.sqlite3"), "tester")
    with qtbot.waitSignal(window.tasks.task_done, timeout=20_000) as done:
        window.tasks.open_database(other)
    assert done.args == ["open", True]
    assert window.windowTitle() == "other.sqlite3"
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and not view.model.busy)
    assert window.ctx.records.next_undo is None
    window.ctx.app.close()


def test_editor_text_keeps_its_own_delete_key(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    editor = window.open_record("agreement", "agr-2015-env-mou")
    field = _reference_field(editor)
    field.setFocus()
    field.setCursorPosition(0)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.text() == "BIC-2015-001"  # a character went, not the agreement
    assert window.ctx.records.get("agreement", "agr-2015-env-mou").deleted_at is None
    click_standard_button_in_next_dialog(Button.Discard)
    window.tabs.close_current()


def test_print_key_previews_the_record_in_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui.briefing_dialog import DocumentDialog

    window.open_record("agreement", "agr-2015-env-mou")
    assert window.act_print.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    dialog = window.findChild(DocumentDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.document.pageCount() > 0, timeout=60_000)
    dialog.close()

    view = list_view(window, "meeting")
    wait_loaded(qtbot, view)
    view.select_id("mtg-gc-2")
    view.table.setCurrentIndex(view.model.index(view.model.row_of("mtg-gc-2"), 0))
    window.act_print.trigger()  # a meeting: agenda or minutes
    menu = window.print_menu
    assert [a.text() for a in menu.actions()] == ["Agenda", "Minutes"] and menu.actions()[1].isEnabled()
    menu.actions()[1].trigger()
    sheets = [d for d in window.findChildren(DocumentDialog) if d is not dialog]
    assert sheets and sheets[-1].isVisible()
    qtbot.waitUntil(lambda: sheets[-1].task is None, timeout=60_000)
    sheets[-1].close()
    window.show_section("team")
    assert not window.act_print.isEnabled() or window._current_record() is None


def test_closing_the_window_asks_before_it_closes_any_tab(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Closing the window with one unsaved editor among saved ones closed the saved tabs first; Cancel
    then left the clerk without them."""
    window.open_record("visit", "visit-2015-beijing")
    window.open_record("team", "team-environment")
    dirty = window.open_record("agreement", "agr-2015-env-mou")
    field = _reference_field(dirty)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "SBIC-2015-010")
    window.tabs.setCurrentIndex(1)  # the clerk is looking at another tab
    before = window.tabs.count()
    click_standard_button_in_next_dialog(Button.Cancel)
    window.close()
    assert window.isVisible() and window.tabs.count() == before  # nothing was closed
    assert window.tabs.current_editor() is dirty  # the question was asked where the changes are
    click_standard_button_in_next_dialog(Button.Discard)
    window.close()
    assert not window.isVisible()


def test_opening_an_editor_shows_no_window_of_its_own(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A widget shown before it has a parent flashes as a window of its own and takes the keyboard from
    the clerk's window: no editor may do that."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    shown: list[str] = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                    and obj is not window and not obj.inherits("QMenu"):
                shown.append(type(obj).__name__)
            return False

    spy = Spy()
    QApplication.instance().installEventFilter(spy)
    try:
        for kind in ("team", "agreement", "meeting", "visit", "person", "organization"):
            window.new_actions[kind].trigger()
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert shown == [] and QApplication.activeWindow() is window
