"""Writes off the UI thread (the Anki ``CollectionOp`` pattern).

Every write the clerk starts — save, delete, restore, purge, undo, redo, import — runs as an
:func:`operation` on a pool of its own with one thread, so writes happen one after another in the order
the clerk asked for them while reads (lists, search) keep the general pool. The window stays
responsive meanwhile, however slow the database server is. The core tells :class:`UiContext` of the
:class:`~secretariat_app.services.changes.Change` (every view decides on it once); the caller hears of
success or failure on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject

from .workers import Task, write_pool


def operation(work: Callable[[], Any], owner: QObject | None = None,
              succeeded: Callable[[Any], None] | None = None,
              failed: Callable[[BaseException], None] | None = None) -> Task:
    """Run ``work`` (a use case of the façade) on the write thread; report back on the UI thread to
    ``owner``'s callbacks. A write outlives its owner (a tab closed while it saves): it finishes, and a
    failure nobody is left to show is shown on its own."""
    task = Task(lambda _progress: work(), QCoreApplication.instance(), pool=write_pool())

    def done(result: Any) -> None:
        if succeeded is not None and (owner is None or shiboken6.isValid(owner)):
            succeeded(result)

    def refused(exc: BaseException) -> None:
        if failed is not None and (owner is None or shiboken6.isValid(owner)):
            failed(exc)
        else:
            from .errors import show_error

            show_error(None, exc)

    task.succeeded.connect(done)
    task.failed.connect(refused)
    task.finished.connect(task.deleteLater)  # its parent is the application: free it once it has spoken
    return task.start()


def wait(task: Task) -> None:
    """Wait for a task while the window goes on painting (for the rare path that needs an answer
    before it can go on: Save in the "unsaved changes" question when a tab closes)."""
    if task.done:
        return
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()


def wait_for_writes(msecs: int = 30_000) -> bool:
    return write_pool().waitForDone(msecs)
