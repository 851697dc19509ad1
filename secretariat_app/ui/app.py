"""Starting the desktop app: ``secretariat`` without a command ends up in :func:`run_gui`.

Settings come from the command line (``--db``, ``--database-url``) or the environment; else the app
opens the default database in the data folder, or the shared server chosen at the first start. With
neither there yet, the first start asks where the records live and who the clerk is (first_start.py).
The bundled fonts are loaded before the first window, and an unexpected error anywhere is logged and
shown in a dialog while the app keeps running.

On a usual start the main window is drawn first and the database is opened on a worker meanwhile
(``opening.OpeningInBackground``): the window's modules do not import the database layer (SQLAlchemy,
the models), which takes longer to load than the window takes to draw.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import bootstrap, settings
from ..errors import SecretariatError
from ..launcher import APP_ID
from . import first_start, first_window_shot, workers
from .change_watch import ChangeWatch
from .clerk_name import ask_at_start
from .context import UiContext
from .errors import install_excepthook, log_exception, show_error
from .main_window import MainWindow
from .opening import OpeningInBackground
from .startup import (
    app_icon,
    apply_record_font,
    install_translations,
    record_language,
    window_settings,
)


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


def confirm_new_database(path: Path) -> bool:
    """The file named on the command line does not exist: a typo, or a new database? The clerk says."""
    answer = QMessageBox.question(
        None, QCoreApplication.translate("App", "Secretariat"),
        QCoreApplication.translate("App", "There is no database at {path}.\n\nCreate a new, empty database there?")
        .format(path=path),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Yes


def open_at_start(args: argparse.Namespace, where: settings.Settings,
                  stored: QSettings) -> bootstrap.App | settings.Settings | None:
    """The database this start opens: open already (the first start's questions, a server's password
    asked), or the settings of one to open behind the drawn window; None: the clerk chose none, and the
    app ends."""
    named = None if getattr(args, "database_url", None) else settings.named_file(getattr(args, "db", None))
    if named is not None and not named.exists() and not confirm_new_database(named):
        return None
    if not _is_default_database(args):
        return where
    server = first_start.server_at_start()
    if server is not None:
        return first_start.open_server(server, where)
    if first_start.needed(where):
        return first_start.run(first_start.FirstStart(where, stored))
    return where


def cannot_open(exc: BaseException) -> None:
    if isinstance(exc, SecretariatError):
        QMessageBox.critical(None, QCoreApplication.translate("App", "Secretariat"),
                             QCoreApplication.translate("App", "The database cannot be opened:\n\n{error}")
                             .format(error=exc))
    else:  # a slip of ours: logged, and said as unexpected
        show_error(None, exc)


def start_gui(args: argparse.Namespace) -> tuple[QApplication, MainWindow | None]:
    """Everything up to a shown, usable main window (None if no database was opened)."""
    qapp = application()
    qapp.setWindowIcon(app_icon())
    qapp.setDesktopFileName(APP_ID)  # Wayland matches the window to the launcher's icon by it
    install_translations(qapp)
    install_excepthook()
    stored = window_settings()
    lang = record_language(stored)
    apply_record_font(lang)
    where = settings.resolve(db=getattr(args, "db", None), database_url=getattr(args, "database_url", None))
    try:
        app = open_at_start(args, where, stored)
    except SecretariatError as exc:
        cannot_open(exc)
        return qapp, None
    if app is None:
        return qapp, None
    ctx = UiContext(app, lang, qapp) if not isinstance(app, settings.Settings) else UiContext.opening(app, lang, qapp)
    ctx.start_reading_files()  # the text of attached files, for search, in the background (once open)
    window = MainWindow(ctx, stored)
    window.show()

    def opened() -> None:
        ChangeWatch(ctx)  # other clerks' changes show up without F5
        ask_at_start(window, stored)  # no display name yet: asked once, over the window, never blocking it

    if ctx.is_open:
        opened()
    else:
        window.opening = OpeningInBackground(ctx, window, opened)
        window.opening.failed.connect(lambda exc: failed_to_open(window, exc))
        window.opening.start()
    return qapp, window


def failed_to_open(window: MainWindow, exc: BaseException) -> None:
    """The database the window was drawn for cannot be opened: said, and the window closes, which ends
    the app (run_gui gives exit code 2, as when no database was opened)."""
    cannot_open(exc)
    window.close()


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
    first_window_shot.install_if_asked(application())
    qapp, window = start_gui(args)
    if window is None:
        return 2
    try:
        code = qapp.exec()
    finally:
        if window.opening is not None:
            if window.opening.task.error is not None and not window.opening.abandoned:
                code = 2  # it could not be opened (said already)
            window.opening.abandon()  # closed before the database was open: what it opens is closed
        workers.wait_for_all()
        try:
            if window.ctx.is_open:
                window.ctx.app.close()
        except Exception as exc:  # noqa: BLE001 - closing must not hide the exit code
            log_exception(exc)
    return int(code)
