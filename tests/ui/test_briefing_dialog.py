"""The briefing pack dialog and the print preview: generated on a worker thread, previewed with QtPdf,
printed through QPrinter, saved atomically (real widgets, offscreen)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from secretariat_app import bootstrap
from secretariat_app.ui import briefing_dialog, workers
from secretariat_app.ui.briefing_dialog import DocumentDialog, open_briefing_dialog, open_print_preview
from secretariat_app.ui.context import UiContext

VISIT = "visit-2015-beijing"


@pytest.fixture
def ctx(sqlite_demo_app: bootstrap.App) -> Iterator[UiContext]:
    yield UiContext(sqlite_demo_app, "en")
    assert workers.wait_for_all(60_000)
    QApplication.processEvents()


def _generated(qtbot: Any, dialog: DocumentDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None and dialog.document.pageCount() > 0, timeout=60_000)


def test_generates_the_demo_pack_and_previews_it(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_briefing_dialog(ctx, VISIT, None)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 0 and not dialog.save_button.isEnabled()
    dialog.set_language("ko")
    dialog.generate_button.click()
    assert dialog.task is not None  # off the UI thread: the click returned at once
    _generated(qtbot, dialog)
    assert dialog.document.pageCount() == dialog.pages >= 10
    assert dialog.document.pageLabel(0) == "1"
    text = dialog.document.getAllText(2).text()  # the overview page, read back by QtPdf
    assert "방문 개요" in text
    assert "14 pages." in dialog.status.text() or f"{dialog.pages} pages." in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()


def test_progress_bar_follows_the_worker(qtbot: Any, ctx: UiContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bar shows what the worker reports. The worker is held after its first reports until the bar
    has shown them, so the test does not depend on how busy the machine is (a fast build on a loaded
    machine used to finish before the timer first looked)."""
    shown = threading.Event()
    report = briefing_dialog._Meter.report

    def held_report(meter: Any, done: int, total: int) -> None:
        report(meter, done, total)
        if total > 1 and done >= 5:
            assert shown.wait(60), "the progress bar never showed the worker's report"

    monkeypatch.setattr(briefing_dialog._Meter, "report", held_report)
    dialog = open_briefing_dialog(ctx, VISIT, None)
    qtbot.addWidget(dialog)
    dialog.set_bilingual(("ko", "zh"))
    dialog.generate()
    assert dialog.progress.isVisible() and dialog.cancel_button.isVisible()
    try:
        # The worker is held at its fifth report: the bar must come to show it (read by a timer).
        qtbot.waitUntil(lambda: dialog.progress.maximum() > 1 and dialog.progress.value() >= 5, timeout=60_000)
        assert dialog.progress.maximum() == dialog.meter.total
    finally:
        shown.set()
    _generated(qtbot, dialog)
    assert not dialog.progress.isVisible() and not dialog.timer.isActive()


def test_chosen_sections_language_pair_are_what_is_made(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_briefing_dialog(ctx, VISIT, None)
    qtbot.addWidget(dialog)
    dialog.set_sections(("itinerary", "talking_points"))
    dialog.set_bilingual(("ko", "zh"))
    dialog.generate()
    _generated(qtbot, dialog)
    assert dialog.pdf is not None
    reader = pypdf.PdfReader(__import__("io").BytesIO(dialog.pdf))
    assert [e.title for e in reader.outline if not isinstance(e, list)] == ["Contents", "Itinerary", "Talking points"]
    assert "Korean" in dialog.document.getAllText(dialog.pages - 1).text()  # the side-by-side heading


def test_nothing_chosen_or_same_pair_is_refused_in_the_dialog(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_briefing_dialog(ctx, VISIT, None)
    qtbot.addWidget(dialog)
    dialog.set_sections(())
    assert dialog.generate() is None and "at least one section" in dialog.status.text()
    dialog.set_sections(("overview",))
    dialog.set_bilingual(("zh", "zh"))
    assert dialog.generate() is None and "two different languages" in dialog.status.text()


def test_cancel_stops_the_work_and_keeps_nothing(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_briefing_dialog(ctx, VISIT, None)
    qtbot.addWidget(dialog)
    task = dialog.generate()
    assert task is not None
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=60_000)
    assert isinstance(task.error, workers.Cancelled)
    assert dialog.pdf is None and dialog.document.pageCount() == 0
    assert "Cancelled" in dialog.status.text()
    assert dialog.generate_button.isEnabled()


def test_save_writes_the_pdf(qtbot: Any, ctx: UiContext, tmp_path: Path) -> None:
    dialog = open_briefing_dialog(ctx, VISIT, None)
    qtbot.addWidget(dialog)
    dialog.set_sections(("overview",))
    dialog.generate()
    _generated(qtbot, dialog)
    out = tmp_path / "pack.pdf"
    assert dialog.save_to(out)
    assert out.read_bytes() == dialog.pdf
    assert dialog.default_file_name() == "visit-2015-beijing-briefing-en.pdf"


def test_print_draws_every_page_on_the_printer(qtbot: Any, ctx: UiContext, tmp_path: Path) -> None:
    dialog = open_print_preview(ctx, "minutes", "mtg-env-1", None)
    qtbot.addWidget(dialog)
    _generated(qtbot, dialog)
    assert dialog.document.pageCount() == 2
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == 2
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == 2


@pytest.mark.parametrize(("kind", "record", "words"), [
    ("agenda", "mtg-gc-2", "Opening remarks"),
    ("minutes", "mtg-gc-2", "Notes by agenda item"),
    ("agreement", "agr-2015-env-mou", "SBIC-2015-001"),
])
def test_print_preview_of_each_document(qtbot: Any, ctx: UiContext, kind: str, record: str, words: str) -> None:
    dialog = open_print_preview(ctx, kind, record, None)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "printPreviewDialog" and not dialog.sections.isVisible()
    _generated(qtbot, dialog)
    assert words in "".join(dialog.document.getAllText(i).text() for i in range(dialog.document.pageCount()))


def test_a_missing_record_is_explained_not_raised(qtbot: Any, ctx: UiContext) -> None:
    dialog = open_print_preview(ctx, "agenda", "mtg-nope", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=30_000)
    assert "There is no meeting 'mtg-nope'" in dialog.status.text()
    assert dialog.document.pageCount() == 0
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "errorDialog":
            box.close()
