"""Briefing packs and printed documents in the app: choose, generate off the UI thread, preview, print, save.

``open_briefing_dialog(ctx, visit_id, parent)`` is the visit editor's "Briefing pack…": the clerk picks
the sections, the language and an optional bilingual pair, then generates. ``open_print_preview(ctx,
kind, record_id, parent)`` is "Print…" on agendas, minutes and agreements: it generates at once.
``open_progress_report(ctx, since, parent)`` is the commitments register's "Progress report…": since the
general conference chosen, in a language or two side by side; it generates at once too.

The PDF is made by the same code as ``secretariat brief`` / ``secretariat print`` on a worker thread
(progress and Cancel in the dialog), shown with QtPdf, printed page by page through QPrinter, or saved
atomically. Widgets are only touched on the UI thread: results come back by signal.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QRect, QSize, Qt, QTemporaryDir, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..app import printing
from ..app.office import WORD_DOCUMENTS
from ..domain.vocab import LANGUAGES
from ..errors import SecretariatError
from ..reports.data import (
    BILINGUAL_SECTIONS,
    DOCUMENT_KINDS,
    SECTIONS,
    PackOptions,
    ProgressOptions,
    SheetOptions,
)
from .context import UiContext
from .errors import show_error
from .file_dialogs import save_file_name
from .workers import Cancelled, Progress, Task

if TYPE_CHECKING:  # ReportLab loads when a document is made, not with the dialog
    from ..reports.document import Rendered

LANGUAGE_NAMES = {"ko": "한국어 (Korean)", "zh": "中文 (Chinese)", "en": "English"}
SECTION_NAMES = {
    "overview": QT_TRANSLATE_NOOP("DocumentDialog", "Visit overview and purpose"),
    "itinerary": QT_TRANSLATE_NOOP("DocumentDialog", "Itinerary, day by day"),
    "delegation": QT_TRANSLATE_NOOP("DocumentDialog", "Delegation"),
    "counterparts": QT_TRANSLATE_NOOP("DocumentDialog", "People to be met"),
    "council": QT_TRANSLATE_NOOP("DocumentDialog", "The council and its teams"),
    "agreements": QT_TRANSLATE_NOOP("DocumentDialog", "Agreements with the destination city"),
    "meetings": QT_TRANSLATE_NOOP("DocumentDialog", "Recent meetings and decisions"),
    "actions": QT_TRANSLATE_NOOP("DocumentDialog", "Open action items"),
    "talking_points": QT_TRANSLATE_NOOP("DocumentDialog", "Talking points"),
    "appendix": QT_TRANSLATE_NOOP("DocumentDialog", "Appendix: full text of the visit's agreements"),
}
DOCUMENT_NAMES = {
    "agenda": QT_TRANSLATE_NOOP("DocumentDialog", "Agenda"),
    "minutes": QT_TRANSLATE_NOOP("DocumentDialog", "Minutes"),
    "agreement": QT_TRANSLATE_NOOP("DocumentDialog", "Agreement summary"),
    "progress": QT_TRANSLATE_NOOP("DocumentDialog", "Progress report"),
}


def open_briefing_dialog(ctx: UiContext, visit_id: str, parent: QWidget | None = None) -> DocumentDialog:
    """The visit's briefing pack: choose sections and language, generate, preview, print or save."""
    dialog = DocumentDialog(ctx, "pack", visit_id, parent)
    dialog.show()
    return dialog


def open_print_preview(ctx: UiContext, kind: str, record_id: str, parent: QWidget | None = None) -> DocumentDialog:
    """A meeting's agenda or minutes, or an agreement's summary sheet: generated at once, then previewed."""
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"no printed document for {kind!r}")
    dialog = DocumentDialog(ctx, kind, record_id, parent)
    dialog.show()
    dialog.generate()
    return dialog


def open_progress_report(ctx: UiContext, since: str, parent: QWidget | None = None) -> DocumentDialog:
    """The progress report on the commitments since a general conference (its meeting id), made at once."""
    dialog = DocumentDialog(ctx, "progress", since, parent)
    dialog.show()
    dialog.generate()
    return dialog


class _Meter:
    """How far the worker is, read by a timer on the UI thread. A pack reports after each of its
    thousands of flowables; signalling each report to the UI thread would flood it (and every
    ``emit()`` from Python costs PySide 6.12 a reference to ``True`` on Python 3.11), so the worker
    only writes two numbers here and checks for Cancel."""

    def __init__(self) -> None:
        self.done, self.total = 0, 0
        self.stop = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled()
        self.done, self.total = done, total


class DocumentDialog(QDialog):
    """One document of one record; ``kind`` is "pack" (a visit) or one of agenda, minutes, agreement."""

    def __init__(self, ctx: UiContext, kind: str, record_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind, self.record_id = ctx, kind, record_id
        self.setObjectName("briefingDialog" if kind == "pack" else "printPreviewDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        what = self.tr("Briefing pack") if kind == "pack" else self.tr(DOCUMENT_NAMES[kind])
        self.setWindowTitle(what if kind == "progress" else f"{what} — {record_id}")
        self.resize(1100, 780)
        self.task: Task | None = None
        self.pdf: bytes | None = None
        self.pages = 0
        self._files = QTemporaryDir()
        self._shown = 0  # the preview file's number (a new file each time: QtPdf keeps its file open)
        self.document = QPdfDocument(self)
        self.meter = _Meter()
        self.timer = QTimer(self)  # shows the worker's progress
        self.timer.setInterval(100)
        self.timer.timeout.connect(self._show_progress)
        self._build()

    # --- layout ------------------------------------------------------------------------------------------

    def _build(self) -> None:
        choices = QWidget(self)
        column = QVBoxLayout(choices)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # the choices stay together at the top
        self.language = QComboBox(choices)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(self.ctx.lang) if self.ctx.lang in LANGUAGES else 2)
        form.addRow(self.tr("Language"), self.language)
        self.as_of = QDateEdit(QDate.currentDate(), choices)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setToolTip(self.tr("Printed as the preparation date; decides what is overdue or expiring"))
        form.addRow(self.tr("Prepared on"), self.as_of)
        self.bilingual = QCheckBox(self.tr("Two languages side by side"), choices)
        self.first_language, self.second_language = QComboBox(choices), QComboBox(choices)
        for box, default in ((self.first_language, "ko"), (self.second_language, "zh")):
            for code in LANGUAGES:
                box.addItem(LANGUAGE_NAMES[code], code)
            box.setCurrentIndex(LANGUAGES.index(default))
            box.setEnabled(False)
        self.bilingual.toggled.connect(self.first_language.setEnabled)
        self.bilingual.toggled.connect(self.second_language.setEnabled)
        self.sections = QListWidget(choices)
        self.sections.setObjectName("sections")
        for name in SECTIONS:
            item = QListWidgetItem(self.tr(SECTION_NAMES[name]), self.sections)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        rows = self.sections.sizeHintForRow(0) * self.sections.count() + 2 * self.sections.frameWidth() + 4
        self.sections.setMaximumHeight(max(rows, 120))
        if self.kind in ("pack", "progress"):  # both have the bilingual layout
            pair = QHBoxLayout()
            pair.addWidget(self.first_language)
            pair.addWidget(QLabel("|", choices))
            pair.addWidget(self.second_language)
            form.addRow(self.bilingual)
            form.addRow(self.tr("Pair"), pair)
        if self.kind == "pack":
            self.bilingual.setToolTip(self.tr("For: ") + ", ".join(self.tr(SECTION_NAMES[s])
                                                                    for s in BILINGUAL_SECTIONS))
            form.addRow(QLabel(self.tr("Sections"), choices))
            form.addRow(self.sections)
        elif self.kind == "progress":
            self.since = QComboBox(choices)
            self.since.setObjectName("since")
            for c in self.ctx.app.printing.conferences():
                title = c.title.get(self.ctx.lang) or next(iter(c.title.values()), c.id)
                self.since.addItem(f"{title} ({c.starts_at[:10]})", c.id)
            self.since.setCurrentIndex(max(self.since.findData(self.record_id), 0))
            form.insertRow(0, self.tr("Since"), self.since)
            self.bilingual.setToolTip(self.tr("The actions' texts in both languages, side by side"))
            self.sections.hide()
        else:
            for widget in (self.bilingual, self.first_language, self.second_language, self.sections):
                widget.hide()

        self.generate_button = QPushButton(self.tr("Generate"), choices)
        self.generate_button.setObjectName("generate")
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.progress = QProgressBar(choices)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), choices)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.status = QLabel(choices)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.generate_button)
        form.addRow(self.progress)
        form.addRow(self.cancel_button)
        form.addRow(self.status)

        self.view = QPdfView(self)
        self.view.setObjectName("preview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        splitter = QSplitter(self)
        splitter.addWidget(choices)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 770])

        self.print_button = QPushButton(self.tr("Print…"), self)
        self.save_button = QPushButton(self.tr("Save as PDF…"), self)
        close = QPushButton(self.tr("Close"), self)
        self.word_button = QPushButton(self.tr("Save as Word…"), self)
        self.word_button.setObjectName("saveWord")
        self.word_button.setToolTip(self.tr("An editable Word document (.docx) with the same content"))
        self.word_button.setVisible(self.kind in WORD_DOCUMENTS)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)
        self.word_button.clicked.connect(self.save_word_dialog)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.word_button, self.print_button, self.save_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._set_ready(False)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # --- choices -----------------------------------------------------------------------------------------

    def chosen_sections(self) -> tuple[str, ...]:
        items = (self.sections.item(i) for i in range(self.sections.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_sections(self, names: tuple[str, ...]) -> None:
        for i in range(self.sections.count()):
            item = self.sections.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in names
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def set_language(self, lang: str) -> None:
        self.language.setCurrentIndex(LANGUAGES.index(lang))

    def set_bilingual(self, pair: tuple[str, str] | None) -> None:
        self.bilingual.setChecked(pair is not None)
        if pair:
            self.first_language.setCurrentIndex(LANGUAGES.index(pair[0]))
            self.second_language.setCurrentIndex(LANGUAGES.index(pair[1]))

    def _work(self) -> Any:
        """The job for the worker thread, made of plain values read from the widgets now."""
        printer = self.ctx.app.printing  # "prepared by": the clerk's display name, else their login
        meter = self.meter = _Meter()
        lang = self.language.currentData()
        qd = self.as_of.date()
        as_of = date(qd.year(), qd.month(), qd.day())
        record_id = self.record_id
        if self.kind == "pack":
            sections = self.chosen_sections()
            if not sections:
                raise SecretariatError(self.tr("Choose at least one section."))
            options = PackOptions(lang=lang, bilingual=self._pair(), sections=sections)

            def pack(progress: Progress) -> Rendered:
                progress(0, 1)  # (cancelled before it started?)
                return printer.pack(record_id, options, as_of, progress=meter.report)

            return pack
        if self.kind == "progress":
            since = self.since.currentData() or record_id
            pair = self._pair()
            progress_options = ProgressOptions(lang=lang, bilingual=pair)

            def report(progress: Progress) -> Rendered:
                progress(0, 1)
                return printer.progress(since, progress_options, as_of, progress=meter.report)

            return report
        kind, sheet = self.kind, SheetOptions(lang=lang)

        def one_sheet(progress: Progress) -> Rendered:
            progress(0, 1)
            return printer.sheet(kind, record_id, sheet, as_of, progress=meter.report)

        return one_sheet

    def _pair(self) -> tuple[str, str] | None:
        if not self.bilingual.isChecked():
            return None
        pair = (self.first_language.currentData(), self.second_language.currentData())
        if pair[0] == pair[1]:
            raise SecretariatError(self.tr("Choose two different languages for the side-by-side layout."))
        return pair

    # --- generating ---------------------------------------------------------------------------------------

    def generate(self) -> Task | None:
        if self.task is not None:
            return self.task
        try:
            work = self._work()
        except SecretariatError as exc:
            self.status.setText(str(exc))
            return None
        self.status.setText(self.tr("Generating…"))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.cancel_button.setEnabled(True)
        self.generate_button.setEnabled(False)
        task = Task(work)
        self.timer.start()
        task.succeeded.connect(self._on_done)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self.task = task.start()
        return task

    def cancel(self) -> None:
        if self.task is not None:
            self.meter.stop.set()
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _show_progress(self) -> None:
        done, total = self.meter.done, self.meter.total
        if total > 1:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _on_done(self, rendered: Rendered) -> None:
        self.pdf, self.pages = rendered.pdf, rendered.pages
        self._shown += 1
        path = Path(self._files.path()) / f"preview-{self._shown}.pdf"
        path.write_bytes(rendered.pdf)
        self.document.close()
        self.document.load(str(path))
        text = self.tr("%n page(s).", "", rendered.pages)
        if rendered.missing:
            lines = "\n".join(f"• {m}" for m in rendered.missing[:8])
            more = len(rendered.missing) - 8
            text += "\n" + self.tr("Characters without a glyph in the bundled fonts (printed as □):") + "\n" + lines
            if more > 0:
                text += "\n" + self.tr("… and {n} more").format(n=more)
        self.status.setText(text)
        self._set_ready(True)

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was made."))
            return
        self.status.setText(str(exc) if isinstance(exc, SecretariatError) else self.tr("Not made: unexpected error."))
        show_error(self, exc, self.tr("The document was not made"))

    def _on_finished(self) -> None:
        self.timer.stop()
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.generate_button.setEnabled(True)

    # --- printing and saving ------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        lang = self.language.currentData()
        if self.kind == "progress":
            return f"progress-since-{self.since.currentData() or self.record_id}-{lang}.pdf"
        what = "briefing" if self.kind == "pack" else self.kind
        return f"{self.record_id}-{what}-{lang}.pdf"

    def save_dialog(self) -> None:
        path, _ = save_file_name(self, self.tr("Save as PDF"), self.default_file_name(),
                                 self.tr("PDF documents (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_word_dialog(self) -> Task | None:
        name = self.default_file_name()[:-len(".pdf")] + ".docx"
        path, _ = save_file_name(self, self.tr("Save as Word"), name, self.tr("Word documents (*.docx)"))
        if not path:
            return None
        return self.save_word(Path(path if path.lower().endswith(".docx") else path + ".docx"))

    def save_word(self, path: Path) -> Task:
        """The same document as an editable .docx, made on a worker from the saved record."""
        office, kind, record_id = self.ctx.app.office, self.kind, self.record_id
        qd = self.as_of.date()
        as_of = date(qd.year(), qd.month(), qd.day())
        options = SheetOptions(lang=self.language.currentData())
        task = Task(lambda _progress: office.write_word(path, kind, record_id, options, as_of), self)
        task.succeeded.connect(lambda _none: self.status.setText(self.tr("Saved to {path}").format(path=path)))
        task.failed.connect(lambda exc: show_error(self, exc, self.tr("Not saved")))
        return task.start()

    def save_to(self, path: Path) -> bool:
        if self.pdf is None:
            return False
        try:
            printing.write_pdf(path, self.pdf)
        except SecretariatError as exc:
            show_error(self, exc, self.tr("Not saved"))
            return False
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        return True

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name())
        printer.setFromTo(1, max(self.pages, 1))
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.pages, 1))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw the pages (or the chosen range) on ``printer``; returns how many were printed."""
        if self.document.pageCount() == 0:
            return 0
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:  # no range chosen: every page
            first, last = 1, self.document.pageCount()
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, SecretariatError(self.tr("The printer could not be started.")))
            return 0
        dpi = printer.resolution()
        printed = 0
        try:
            for index in range(first - 1, min(last, self.document.pageCount())):
                if printed:
                    printer.newPage()
                area = printer.pageLayout().paintRectPixels(dpi)
                size = self.document.pagePointSize(index)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QSize(int(size.width() * scale), int(size.height() * scale))
                image = self.document.render(index, target)
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                printed += 1
        finally:
            painter.end()
        return printed

    def closeEvent(self, event: Any) -> None:
        if self.task is not None:
            self.meter.stop.set()  # it stops at its next report; nothing is kept
            self.task.cancel()
        self.document.close()
        super().closeEvent(event)
