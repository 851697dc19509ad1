"""Start-up: the first window is drawn before the database layer (SQLAlchemy, the models) is imported,
while a worker opens the database; then it loads only what it shows (no Alembic, ReportLab or exchange
format while the schema is current), and the dashboard is read on a worker, not on the UI thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from secretariat_app.ui.context import UiContext
from secretariat_app.ui.dashboard import DashboardView

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import argparse, json, sys
from PySide6.QtWidgets import QApplication
from secretariat_app.ui.app import start_gui
qapp, window = start_gui(argparse.Namespace(db=sys.argv[1], database_url=None))
window.repaint()  # the first frame: drawn before the database is open
first = {"open": window.ctx.is_open, "page": window.stack.currentWidget().objectName(), "views": sorted(window.views),
         "import_enabled": window.act_import.isEnabled(), "title": window.windowTitle()}
while not (window.ctx.is_open and "dashboard" in window.views):
    QApplication.processEvents()
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"alembic", "reportlab", "PIL"})
loaded += sorted(m for m in sys.modules if m.startswith(("secretariat_app.exchange", "secretariat_app.reports")))
print(json.dumps({"first": first, "loaded": loaded, "dashboard_reading": window.views["dashboard"].busy,
                  "import_enabled": window.act_import.isEnabled()}))
window.close()
"""


def test_the_first_window_loads_only_what_it_shows(sqlite_demo_app, tmp_path):
    db = Path(sqlite_demo_app.settings.sqlite_path)  # type: ignore[arg-type]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECRETARIAT_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", CHILD, str(db)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    # Drawn at once, with its name, while a worker opens the database; what needs records waits for it.
    assert found["first"] == {"open": False, "page": "openingPage", "views": [], "import_enabled": False,
                              "title": db.name}
    assert found["loaded"] == []
    assert found["dashboard_reading"] is True  # open, and its first reading still on its way
    assert found["import_enabled"] is True


# The first window's modules, and the window itself drawn on a context whose database is not open yet
# (no worker started): nothing of the database layer may be imported for it.
WINDOW_CHILD = """
import json, sys
from PySide6.QtCore import QSettings
from secretariat_app import settings
from secretariat_app.ui import app as ui_app
from secretariat_app.ui.context import UiContext
qapp = ui_app.application()
where = settings.resolve(db=sys.argv[1])
window = ui_app.MainWindow(UiContext.opening(where, "ko", qapp), QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
window.repaint()
layer = ("sqlalchemy", "alembic", "secretariat_app.storage.database", "secretariat_app.storage.engine",
         "secretariat_app.domain.models", "secretariat_app.services.store", "secretariat_app.app")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(layer))))
"""


def test_the_first_window_is_drawn_without_the_database_layer(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECRETARIAT_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", WINDOW_CHILD, str(tmp_path / "council.sqlite3"),
                           str(tmp_path / "window.ini")], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []
    assert not (tmp_path / "council.sqlite3").exists()  # nothing was opened, so nothing was made


def test_the_dashboard_is_read_on_a_worker(qtbot, sqlite_demo_app):
    view = DashboardView(UiContext(sqlite_demo_app, "en"), today=lambda: date(2018, 9, 1))
    qtbot.addWidget(view)
    view.show()  # asks for the reading; its result can only arrive through the UI thread's event loop
    assert view.busy and view.data is None and view.expiring.tree.topLevelItemCount() == 0
    assert view.heading.text().startswith("Today, ")  # the heading needs no database
    with qtbot.waitSignal(view.loaded, timeout=30_000):
        pass
    assert not view.busy and view.data is not None
    assert view.entries(view.expiring)[0].text(0).startswith("MOU on the Establishment of the Environment Team")


def test_a_database_named_by_url_is_opened_behind_the_drawn_window(qtbot, database_url, tmp_path, monkeypatch):
    """Both backends: the window is drawn with the database's name, then the worker's App arrives."""
    import argparse
    import threading

    from secretariat_app.settings import resolve
    from secretariat_app.ui import app as gui

    from .conftest import preset_clerk_name
    from .shell_helpers import settle, wait_open

    monkeypatch.setenv("SECRETARIAT_HOME", str(tmp_path / "home"))
    preset_clerk_name(tmp_path / "home")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    _qapp, window = gui.start_gui(argparse.Namespace(db=None, database_url=database_url))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert not window.ctx.is_open and window.stack.currentWidget().objectName() == "openingPage"
        assert window.windowTitle() == resolve(database_url=database_url).display_name
        wait_open(qtbot, window)
        assert window.ctx.app.db.dialect == ("sqlite" if database_url.startswith("sqlite") else "postgresql")
        assert window.stack.currentWidget() is window.views["dashboard"] and window.act_new.isEnabled()
    finally:
        window.close()
        settle()
        if window.ctx.is_open:
            window.ctx.app.close()


def test_the_opening_page_counts_a_search_index_rebuild(qtbot):
    from secretariat_app.ui.opening import OpeningPage

    page = OpeningPage("council.sqlite3")
    qtbot.addWidget(page)
    page.show()
    assert page.label.text() == "Opening council.sqlite3…" and not page.bar.isVisible()  # no busy animation
    page.indexing(2500, 100000)
    assert page.label.text() == "Opening council.sqlite3…\nBuilding the search index: 2,500 of 100,000 records"
    assert page.bar.isVisible() and (page.bar.value(), page.bar.maximum()) == (2500, 100000)
