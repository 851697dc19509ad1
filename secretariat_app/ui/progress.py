"""Long work with a progress dialog and Cancel: the window stays responsive, the dialog shows how far
the task is, and Cancel stops it at its next progress report (nothing half-done is kept)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from .errors import show_error
from .workers import Cancelled, Progress, Task, write_pool


class ProgressDialog(QDialog):
    cancel_requested = Signal()

    def __init__(self, title: str, text: str, cancellable: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progressDialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the first report
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.request_cancel)
        self.buttons.setVisible(cancellable)
        self.cancellable = cancellable
        self._finished = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def request_cancel(self) -> None:
        if not self.cancellable or self._finished:
            return
        self.label.setText(self.tr("Cancelling… (the work stops at its next step; nothing half-done is kept)"))
        self.buttons.setEnabled(False)
        self.cancel_requested.emit()

    def finish(self) -> None:
        self._finished = True
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:  # Esc or the window's close button: cancel, and wait for the task to stop
        if self._finished:
            super().reject()
        else:
            self.request_cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            super().closeEvent(event)
        else:
            event.ignore()
            self.request_cancel()


def run_with_progress(parent: QWidget, title: str, text: str, work: Callable[[Progress], Any],
                      on_success: Callable[[Any], None], cancellable: bool = True,
                      on_cancelled: Callable[[], None] | None = None,
                      on_failure: Callable[[BaseException], None] | None = None, writes: bool = False) -> Task:
    """Run ``work`` on a worker thread behind a window-modal progress dialog (``writes``: on the write
    thread, after the writes asked for before it)."""
    dialog = ProgressDialog(title, text, cancellable, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    task = Task(work, pool=write_pool() if writes else None)
    task.progressed.connect(dialog.set_progress)
    dialog.cancel_requested.connect(task.cancel)

    def ended(exc: BaseException | None) -> None:
        dialog.finish()
        if exc is None:
            on_success(task.result)
        elif isinstance(exc, Cancelled):
            if on_cancelled:
                on_cancelled()
        elif on_failure is not None:
            on_failure(exc)
        else:
            show_error(parent, exc, title)

    task.succeeded.connect(lambda _result: ended(None))
    task.failed.connect(ended)
    task.dialog = dialog  # type: ignore[attr-defined]  # for tests: the dialog of a running task
    dialog.open()
    task.start()
    return task
