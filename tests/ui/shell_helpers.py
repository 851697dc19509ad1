"""What the main-window tests share: a real window on a real database file, and waiting for its workers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from secretariat_app import bootstrap
from secretariat_app.ui import workers
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.list_view import RecordListView
from secretariat_app.ui.main_window import MainWindow


def settle() -> None:
    """Let every worker finish and deliver its result (the teardown of a Vorta-style test)."""
    assert workers.wait_for_all(30_000), "a worker did not finish"
    QApplication.processEvents()


def wait_open(qtbot: Any, window: MainWindow) -> MainWindow:
    """A started app's window is drawn before its database is open (a worker opens it): wait for that."""
    qtbot.waitUntil(lambda: window.ctx.is_open, timeout=30_000)
    return window


def make_window(qtbot: Any, app: bootstrap.App, settings_path: Any, lang: str = "en",
                resize: bool = True) -> MainWindow:
    ctx = UiContext(app, lang)
    window = MainWindow(ctx, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window._test_ctx = ctx  # type: ignore[attr-defined]  # the window is the context's only owner here
    qtbot.addWidget(window)
    if resize:
        window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # window-wide shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: Any, sqlite_demo_app: bootstrap.App, tmp_path: Any) -> Iterator[MainWindow]:
    win = make_window(qtbot, sqlite_demo_app, tmp_path / "window.ini")
    yield win
    settle()


@pytest.fixture
def empty_window(qtbot: Any, sqlite_app: bootstrap.App, tmp_path: Any) -> Iterator[MainWindow]:
    win = make_window(qtbot, sqlite_app, tmp_path / "window.ini")
    yield win
    settle()


def list_view(window: MainWindow, kind: str) -> RecordListView:
    window.show_section(kind)
    view = window.views[kind]
    assert isinstance(view, RecordListView)
    return view


def wait_loaded(qtbot: Any, view: RecordListView) -> None:
    qtbot.waitUntil(lambda: not view.model.busy and view.model.result is not None, timeout=5000)


def column_texts(view: RecordListView, column: int = 0) -> list[str]:
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]
