"""Opening a database at the start of the desktop app, with a small window when it takes a while."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QProgressDialog

from .. import bootstrap, settings
from . import workers

SLOW_OPEN_MS = 600


def open_database(where: settings.Settings, demo_if_empty: bool = False) -> bootstrap.App:
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
