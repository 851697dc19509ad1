"""Starting the desktop app: ``secretariat`` without a command ends up in :func:`run_gui`.

Settings come from the command line (``--db``, ``--database-url``) or the environment; the default
database lives in the data folder and, the first time (empty), gets the demo records. The bundled
fonts are loaded before the first window, and an unexpected error anywhere is logged and shown in a
dialog while the app keeps running.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from .. import bootstrap, settings
from ..errors import SecretariatError
from . import workers
from .change_watch import ChangeWatch
from .clerk_name import ask_at_start
from .context import UiContext
from .errors import install_excepthook, log_exception
from .main_window import MainWindow
from .startup import apply_record_font, install_translations, record_language, window_settings

SLOW_OPEN_MS = 600


def _is_default_database(args: argparse.Namespace) -> bool:
    return not (getattr(args, "db", None) or getattr(args, "database_url", None)
                or os.environ.get("SECRETARIAT_DB") or os.environ.get("SECRETARIAT_DATABASE_URL"))


def application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName("Secretariat")
    QCoreApplication.setApplicationName("Secretariat")
    created = QApplication(sys.argv[:1])
    created.setApplicationDisplayName("Secretariat")
    # Every QSettings() of the app (dialogs too) is a file in the data folder, not the system registry.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings.data_dir()))
    return created


def open_database(where: settings.Settings, demo_if_empty: bool) -> bootstrap.App:
    """Open the database on a worker; if that takes a while (a first start, an upgrade that rebuilds the
    search index of a large archive) a small window says so instead of nothing happening."""

    def work(progress: workers.Progress) -> bootstrap.App:
        app = bootstrap.open_app(where, progress)
        if demo_if_empty and app.is_empty():
            bootstrap.load_demo(app)  # the first run shows the council's demo records
        return app

    task = workers.Task(work)
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    waiting = QProgressDialog(QCoreApplication.translate("App", "Opening {name}…").format(name=where.display_name),
                              "", 0, 0)
    waiting.setWindowTitle(QCoreApplication.translate("App", "Secretariat"))
    waiting.setCancelButton(None)  # type: ignore[arg-type]
    waiting.setMinimumDuration(SLOW_OPEN_MS)
    waiting.setValue(0)  # starts its "show if slow" timer

    def indexing(done: int, total: int) -> None:  # a new version rebuilding the search index
        waiting.setLabelText(QCoreApplication.translate(
            "App", "Opening {name}…\nBuilding the search index: {done} of {total} records")
            .format(name=where.display_name, done=f"{done:,}", total=f"{total:,}"))
        waiting.setMaximum(max(total, 1))
        waiting.setValue(min(done, total))

    task.progressed.connect(indexing)
    task.start()
    if not task.done:
        loop.exec()
    waiting.close()
    if task.error is not None:
        raise task.error
    return task.result  # type: ignore[no-any-return]


def confirm_new_database(path: Path) -> bool:
    """The file named on the command line does not exist: a typo, or a new database? The clerk says."""
    answer = QMessageBox.question(
        None, QCoreApplication.translate("App", "Secretariat"),
        QCoreApplication.translate("App", "There is no database at {path}.\n\nCreate a new, empty database there?")
        .format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def start_gui(args: argparse.Namespace) -> tuple[QApplication, MainWindow | None]:
    """Everything up to a shown, usable main window (None if the database could not be opened)."""
    qapp = application()
    install_translations(qapp)
    install_excepthook()
    where = settings.resolve(db=getattr(args, "db", None), database_url=getattr(args, "database_url", None))
    named = None if getattr(args, "database_url", None) else settings.named_file(getattr(args, "db", None))
    if named is not None and not named.exists() and not confirm_new_database(named):
        return qapp, None
    try:
        app = open_database(where, demo_if_empty=_is_default_database(args))
    except SecretariatError as exc:
        QMessageBox.critical(None, QCoreApplication.translate("App", "Secretariat"),
                             QCoreApplication.translate("App", "The database cannot be opened:\n\n{error}")
                             .format(error=exc))
        return qapp, None
    stored = window_settings()
    lang = record_language(stored)
    apply_record_font(lang)
    ctx = UiContext(app, lang, qapp)
    ChangeWatch(ctx)  # other clerks' changes show up without F5
    ctx.start_reading_files()  # the text of attached files, for search, in the background
    window = MainWindow(ctx, stored)
    window.show()
    ask_at_start(window, stored)  # no display name yet: asked once, over the window, never blocking it
    return qapp, window


def no_display() -> bool:
    """On Linux without a screen (no X11 or Wayland display, no platform chosen), Qt aborts with a
    message about xcb-cursor0 that says nothing useful."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    if no_display():
        print("secretariat: there is no display to show the window on (no DISPLAY or WAYLAND_DISPLAY); run it "
              "on the desktop, or use a command: secretariat --help", file=sys.stderr)
        return 1
    qapp, window = start_gui(args)
    if window is None:
        return 2
    try:
        code = qapp.exec()
    finally:
        workers.wait_for_all()
        try:
            window.ctx.app.close()
        except Exception as exc:  # noqa: BLE001 - closing must not hide the exit code
            log_exception(exc)
    return int(code)
