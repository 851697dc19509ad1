"""Other clerks' changes appear on their own: a timer asks the database, off the UI thread, whether
anyone else saved something since; if so, every view refreshes (as F5 does). Editors with unsaved work
keep it and say that the record changed (see editors/base.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..errors import SecretariatError
from .context import UiContext
from .workers import Task

INTERVAL_MS = 15_000


class ChangeWatch(QObject):
    def __init__(self, ctx: UiContext, interval_ms: int = INTERVAL_MS):
        super().__init__(ctx)
        self.ctx = ctx
        self._last: int | None = None
        self._app = ctx.app
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        if self._task is not None and not self._task.done:
            return  # the previous question is still out (a slow server): don't pile up
        if self.ctx.app is not self._app:  # another database was opened: start over
            self._app, self._last = self.ctx.app, None
        app = self._app
        self._task = Task(lambda _progress: app.maintenance.others_change_marker(), self)
        self._task.succeeded.connect(self._answered)
        self._task.failed.connect(self._unanswered)
        self._task.start()

    def _answered(self, marker: int) -> None:
        if self.ctx.app is not self._app:
            return
        if self._last is not None and marker > self._last:
            self.ctx.refresh_all()
        self._last = marker

    def _unanswered(self, error: BaseException) -> None:
        # A dropped connection is not worth a dialog every 15 s; the next save or F5 says it clearly.
        if not isinstance(error, SecretariatError):
            raise error
