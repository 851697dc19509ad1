"""Import, export, backup and restore from the File menu: on a worker, behind a progress dialog with
Cancel; the window keeps working; Cancel leaves nothing half-done."""

from __future__ import annotations

import json
import sqlite3

import shiboken6
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from secretariat_app.bootstrap import DEMO_FILE
from secretariat_app.ui.progress import ProgressDialog

from .shell_helpers import empty_window, list_view, settle, wait_loaded, window

__all__ = ["window", "empty_window"]


def test_export_writes_the_file_behind_a_progress_dialog(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out" / "records.json"
    with qtbot.waitSignal(window.tasks.task_done, timeout=20_000) as done:
        task = window.tasks.export_file(target)
        assert isinstance(task.dialog, ProgressDialog) and task.dialog.isVisible()
        assert task.dialog.windowTitle() == "Export"
    assert done.args == ["export", True]
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert len(exported["agreements"]) == 2 and len(exported["people"]) == 14
    assert "Exported 37 records" in window.statusBar().currentMessage()
    assert not shiboken6.isValid(task.dialog) or not task.dialog.isVisible()  # closed (and let go)


def test_import_fills_an_empty_database_and_the_lists_follow(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    view = list_view(empty_window, "agreement")
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 0
    with qtbot.waitSignal(empty_window.tasks.task_done, timeout=30_000) as done:
        task = empty_window.tasks.import_file(DEMO_FILE)
        assert task.dialog.isVisible() and "all or nothing" in task.dialog.label.text()
    assert done.args == ["import", True]
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 and not view.model.busy)
    report = empty_window.findChild(QMessageBox, "messageDialog")
    assert report is not None and report.windowTitle() == "Import finished" and "Added 37" in report.text()
    report.close()


def test_cancelled_import_changes_nothing(qtbot, empty_window) -> None:  # type: ignore[no-untyped-def]
    db_path = empty_window.ctx.app.settings.sqlite_path
    # Another program holds the write lock: the import waits for it, so Cancel surely comes first.
    blocker = sqlite3.connect(db_path, timeout=1)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with qtbot.waitSignal(empty_window.tasks.task_started) as started:
            empty_window.tasks.import_file(DEMO_FILE)
        task = started.args[0]
        dialog = task.dialog
        qtbot.waitUntil(dialog.isVisible)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        assert empty_window.tasks.busy
        with qtbot.waitSignal(empty_window.tasks.task_done, timeout=30_000) as done:
            cancel.click()
            assert "Cancelling" in dialog.label.text() and not cancel.isEnabled()
            blocker.rollback()
    finally:
        blocker.close()
    assert done.args == ["import", False]
    assert empty_window.statusBar().currentMessage() == "Cancelled; nothing was changed."
    view = list_view(empty_window, "agreement")
    wait_loaded(qtbot, view)
    assert view.model.rowCount() == 0 and view.model.result.total == 0


def test_a_refused_import_names_the_problem(qtbot, empty_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "secretariat-exchange", "version": 1,
                               "teams": [{"id": "team-x", "name": {"en": "X"}, "status": "sleeping"}]}))
    with qtbot.waitSignal(empty_window.tasks.task_done, timeout=20_000) as done:
        empty_window.tasks.import_file(bad)
    assert done.args == ["import", False]
    box = empty_window.findChild(QMessageBox, "errorDialog")
    assert box is not None and "teams[0].status" in box.detailedText()
    assert "Traceback" not in box.text() + box.detailedText()
    box.close()


def test_backup_then_restore(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    backup = tmp_path / "copy.sqlite3"
    with qtbot.waitSignal(window.tasks.task_done, timeout=20_000) as done:
        window.tasks.backup(backup)
    assert done.args == ["backup", True]
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM agreements").fetchone()[0] == 2

    window.ctx.records.delete([("visit", "visit-2015-beijing")])
    view = list_view(window, "visit")
    qtbot.waitUntil(lambda: view.model.rowCount() == 0 and not view.model.busy)
    with qtbot.waitSignal(window.tasks.task_done, timeout=30_000) as done:
        window.tasks.restore(backup, confirm=False)
    assert done.args == ["restore", True]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and not view.model.busy)
    assert window.ctx.records.next_undo is None  # the undo history spoke of the records before the restore
    message = window.findChild(QMessageBox, "messageDialog")
    assert message is not None and "previous content was kept" in message.text()
    message.close()
    settle()
