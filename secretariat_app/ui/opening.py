"""Opening a database at the start of the desktop app.

The usual start (:class:`OpeningInBackground`): the main window is drawn at once — its frame, sidebar,
menus and an "Opening …" page — while a worker imports the database layer and opens the database; the
window fills in when it is open. A first start and a new connection to a server open in front
(:func:`open_database`), with a small window when that takes a while.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QVBoxLayout, QWidget

from .. import bootstrap, settings
from . import workers

if TYPE_CHECKING:
    from .context import UiContext

SLOW_OPEN_MS = 600


def _opening_text(name: str) -> str:
    return QCoreApplication.translate("App", "Opening {name}…").format(name=name)


def _indexing_text(name: str, done: int, total: int) -> str:
    return QCoreApplication.translate("App", "Opening {name}…\nBuilding the search index: {done} of {total} records") \
        .format(name=name, done=f"{done:,}", total=f"{total:,}")


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
    waiting = QProgressDialog(_opening_text(where.display_name), "", 0, 0)
    waiting.setWindowTitle(QCoreApplication.translate("App", "Secretariat"))
    waiting.setCancelButton(None)  # type: ignore[arg-type]
    waiting.setMinimumDuration(SLOW_OPEN_MS)
    waiting.setValue(0)  # starts its "show if slow" timer

    def indexing(done: int, total: int) -> None:  # a new version rebuilding the search index
        waiting.setLabelText(_indexing_text(where.display_name, done, total))
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


class OpeningPage(QWidget):
    """What the main window shows where its section will be while the database opens: its name, and
    how far a search index rebuild (after an upgrade) has got."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("openingPage")
        self.name = name
        self.label = QLabel(_opening_text(name), self)
        self.label.setObjectName("openingLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(360)
        # Shown when there is something to count: a busy bar's animation, repainted the whole second or
        # so an opening takes, cost ~0.07 s CPU of a start-up that is all about CPU.
        self.bar.hide()
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def indexing(self, done: int, total: int) -> None:
        self.label.setText(_indexing_text(self.name, done, total))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))
        self.bar.show()


class OpeningInBackground(QObject):
    """Opens the context's database on a worker. Once open, the context hears it (``ctx.open``); a
    failure goes to ``failed``. An App opened after the window was closed is closed here."""

    failed = Signal(object)  # the exception

    def __init__(self, ctx: UiContext, window: QWidget, on_open: Callable[[], None] | None = None):
        super().__init__(ctx)
        self.ctx = ctx
        self.window = window
        self.on_open = on_open
        self.abandoned = False  # the window was closed first: the App is closed as it arrives
        self.task = workers.Task(lambda progress: bootstrap.open_app(ctx.settings, progress), self)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._opened)
        self.task.failed.connect(self._failed)

    def start(self) -> OpeningInBackground:
        self.task.start()
        return self

    def _progressed(self, done: int, total: int) -> None:
        page = self.window.findChild(OpeningPage)
        if page is not None:
            page.indexing(done, total)

    def _opened(self, app: bootstrap.App) -> None:
        if self.abandoned or self.ctx.is_open:
            app.close()
            return
        self.ctx.open(app)
        if self.on_open is not None:
            self.on_open()

    def _failed(self, exc: BaseException) -> None:
        if not self.abandoned:  # else the app is ending: nobody is left to tell
            self.failed.emit(exc)

    def abandon(self) -> None:
        """The app ends: wait for the opening to end, and close what it opened if nobody took it."""
        self.abandoned = True
        self.task.cancel()  # a search index rebuild stops at its next report and rolls back
        workers.wait_for_all()
        if self.task.done or self.task.error is not None:
            return
        app = self.task.result  # finished on the worker, its signal not delivered (the loop ended)
        if app is not None and not self.ctx.is_open:
            self.task.succeeded.disconnect(self._opened)  # closed here, not again if it is delivered later
            app.close()
