"""``SECRETARIAT_FIRST_WINDOW_SHOT=out.png``: the app saves a picture of its first window (the main
window once its database is open, or the first start's questions) to that file, prints what it showed
as one JSON line, and ends at once, writing nothing. The packaging smoke tests start an installed wheel
and the desktop bundle this way, and the start-up time is measured with it (docs/packaging.md)."""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMenuBar, QWidget

from . import i18n

ENV = "SECRETARIAT_FIRST_WINDOW_SHOT"
FIRST_WINDOWS = ("mainWindow", "firstStart")


class _Shot(QObject):
    def __init__(self, path: str, parent: QObject):
        super().__init__(parent)
        self.path = path
        self.taken = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.taken and event.type() == QEvent.Type.Show and isinstance(watched, QWidget)
                and watched.isWindow() and watched.objectName() in FIRST_WINDOWS):
            self.taken = True
            QTimer.singleShot(200, lambda: self.take(watched))  # once it has been laid out and painted
        return False

    def take(self, window: QWidget) -> None:
        ctx = getattr(window, "ctx", None)
        if ctx is not None and not ctx.is_open:  # drawn while its database opens: the picture shows it open,
            QTimer.singleShot(50, lambda: self.take(window))  # and nothing is being written when the app ends
            return
        saved = window.grab().save(self.path)
        bar = window.menuBar() if isinstance(window, QMainWindow) else window.findChild(QMenuBar)
        facts = {
            "window": window.objectName(),
            "title": window.windowTitle(),
            "icon": not QApplication.windowIcon().isNull(),
            "language": i18n.current_language(),
            "menus": [action.text() for action in bar.actions()] if bar is not None else [],
            "saved": saved,
        }
        print(json.dumps(facts, ensure_ascii=False), flush=True)
        sys.stderr.flush()
        os._exit(0 if saved else 1)  # at once: nothing of the clerk's is open for writing at this point


def install_if_asked(app: QApplication) -> None:
    path = os.environ.get(ENV)
    if path:
        app.installEventFilter(_Shot(path, app))
