"""Work off the UI thread: a :class:`Task` runs a plain function on a thread pool and reports back by
signals, which Qt delivers on the UI thread. Only the UI thread touches widgets.

The function gets a ``progress(done, total)`` callback; once the clerk cancels, that callback raises
:class:`Cancelled`, so the work stops at its next report and its unit of work rolls back (imports are
all-or-nothing, exports and backups write their files atomically).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The clerk cancelled the task."""


_pool: QThreadPool | None = None
_writes: QThreadPool | None = None
_running: set[Task] = set()  # tasks stay alive until their last signal was delivered


def pool() -> QThreadPool:
    """The app's own pool (not the global one), so tests and shutdown can wait for exactly our work."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(3)  # long tasks (import, PDF) leave a thread for list queries
    return _pool


def write_pool() -> QThreadPool:
    """The pool of writes (ui/operations.py): one thread, so writes happen in the order they were asked
    for, and reads never wait behind them for a thread."""
    global _writes
    if _writes is None:
        _writes = QThreadPool()
        _writes.setMaxThreadCount(1)
    return _writes


def wait_for_all(msecs: int = 30_000) -> bool:
    """Wait for every running task, writes too (window close, test teardown)."""
    return write_pool().waitForDone(msecs) and pool().waitForDone(msecs)


class Task(QObject):
    """Public signals are emitted on the UI thread, so any slot (a lambda too) runs there."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception (Cancelled when cancelled)
    finished = Signal()  # after succeeded or failed

    # Emitted by the worker; queued to this object's (the UI) thread, where they become the public ones.
    _reported = Signal(int, int)
    _ended = Signal()

    def __init__(self, work: Callable[[Progress], Any], parent: QObject | None = None,
                 pool: QThreadPool | None = None):
        super().__init__(parent)
        self._work = work
        self._pool = pool
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._reported.connect(self._on_reported)
        self._ended.connect(self._on_ended)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self) -> Task:
        _running.add(self)
        (self._pool or pool()).start(_Runner(self))
        return self

    def _progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        try:
            self._reported.emit(done, total)
        except RuntimeError:  # gone at shutdown
            raise Cancelled() from None

    def _run(self) -> None:  # on the worker thread: no widgets, one signal at the end
        try:
            if self._cancel.is_set():
                raise Cancelled()
            self.result = self._work(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            self.error = exc
        try:
            self._ended.emit()
        except RuntimeError:  # the app is shutting down and took the task with it: nobody to tell
            pass

    def _on_reported(self, done: int, total: int) -> None:
        if not self.done:
            self.progressed.emit(done, total)

    def _on_ended(self) -> None:
        self.done = True
        _running.discard(self)
        if self.error is None:
            self.succeeded.emit(self.result)
        else:
            self.failed.emit(self.error)
        self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task._run()
