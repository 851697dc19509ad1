"""Errors in front of a clerk: a clear dialog, never a traceback.

A refusal (:class:`SecretariatError`) is shown as its message, which names the problem and the place.
Anything else is unexpected: it is logged with its traceback to ``secretariat.log`` in the data folder
and reported in a dialog that says where the details are; the app keeps running.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import settings
from ..errors import ConflictError, PackageError, SecretariatError, ValidationError
from .fact_text import problem_line, problem_message

log = logging.getLogger("secretariat.ui")
LOG_NAME = "secretariat.log"
ERROR = "errorDialog"  # the object name of error dialogs (tests and screen readers find them by it)


# lupdate reads translate("<context>", "<text>") calls: the context is written at every call.
translate = QCoreApplication.translate


def log_path() -> Path:
    return settings.data_dir() / LOG_NAME


def log_exception(exc: BaseException) -> Path:
    """Write the exception with its traceback to the log file in the data folder; return the file."""
    path = log_path()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    log.addHandler(handler)
    try:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    finally:
        log.removeHandler(handler)
        handler.close()
    return path


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                details: str = "", name: str = "messageDialog") -> QMessageBox:
    """A message box shown without blocking (the app, and tests, keep running); deleted when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.open()
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QMessageBox:
    """Tell the clerk what went wrong: a refusal as it is, anything else as unexpected (and logged)."""
    if isinstance(exc, ValidationError):
        count = len(exc.problems)
        head = QCoreApplication.translate("Errors", "Nothing was saved: %n problem(s) must be fixed first.", None,
                                          count)
        details = "\n".join(problem_line(p) for p in exc.problems[:50])  # in the UI language
        return message_box(parent, QMessageBox.Icon.Warning, title or translate("Errors", "Not saved"), head,
                           details, ERROR)
    if isinstance(exc, PackageError):  # a package refused for its signature: said in the UI language
        return message_box(parent, QMessageBox.Icon.Warning, title or translate("Errors", "Not imported"),
                           problem_message(exc.problem), exc.problem.place, ERROR)
    if isinstance(exc, ConflictError):
        return message_box(parent, QMessageBox.Icon.Warning, title or translate("Errors", "Changed by someone else"),
                           str(exc), name=ERROR)
    if isinstance(exc, SecretariatError):
        return message_box(parent, QMessageBox.Icon.Warning, title or translate("Errors", "Secretariat"), str(exc),
                           name=ERROR)
    path = log_exception(exc)
    text = translate("Errors", "Something unexpected went wrong: {what}.\n\nYour records are safe; the app keeps "
                     "running. The details were written to {path}.").format(what=type(exc).__name__, path=path)
    return message_box(parent, QMessageBox.Icon.Critical, title or translate("Errors", "Unexpected error"), text, name=ERROR)


class _Reporter(QObject):
    """Shows the dialog on the UI thread, whichever thread the exception came from."""

    def report(self, exc: BaseException) -> None:
        show_error(QApplication.activeWindow(), exc)


_reporter: _Reporter | None = None


def handle_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    app = QApplication.instance()
    if app is None or _reporter is None:
        log_exception(exc)
        return
    if QThread.currentThread() is app.thread():
        _reporter.report(exc)
    else:
        QTimer.singleShot(0, _reporter, lambda: _reporter.report(exc) if _reporter else None)


def install_excepthook() -> None:
    """Route uncaught exceptions (in slots and event handlers too) to the log and a dialog."""
    global _reporter
    _reporter = _Reporter(QApplication.instance())
    sys.excepthook = handle_uncaught
    threading.excepthook = lambda args: handle_uncaught(args.exc_type, args.exc_value or args.exc_type(),
                                                        args.exc_traceback)
