"""Start-up: the first window loads only what it shows (no Alembic, ReportLab or exchange format while
the schema is current), and the dashboard is read on a worker, not on the UI thread."""

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
from PySide6.QtCore import QTimer
from secretariat_app.ui.app import start_gui
qapp, window = start_gui(argparse.Namespace(db=sys.argv[1], database_url=None))
loaded = sorted({m.split(".")[0] for m in sys.modules} & {"alembic", "reportlab", "PIL"})
loaded += sorted(m for m in sys.modules if m.startswith(("secretariat_app.exchange", "secretariat_app.reports")))
print(json.dumps({"loaded": loaded, "dashboard_reading": window.views["dashboard"].busy}))
window.close()
"""


def test_the_first_window_loads_only_what_it_shows(sqlite_demo_app, tmp_path):
    db = Path(sqlite_demo_app.settings.sqlite_path)  # type: ignore[arg-type]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SECRETARIAT_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", CHILD, str(db)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["loaded"] == []
    assert found["dashboard_reading"] is True  # the window is shown before its first reading arrives


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
