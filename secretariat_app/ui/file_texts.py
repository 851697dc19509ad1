"""Whether an attached file's text was read for search, in the clerk's language: "Text read", "OCR, 94 %
confidence", "No text: protected by a password", "Waiting to be read…".

The reasons are codes of ``extraction.result.REASONS``; ``english.FILE_REASONS`` holds their English
templates for the command line, and the same templates are listed here for Qt's translator (context
"FileTexts"; a test keeps both lists equal).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..services.extraction import FileState

REASONS: dict[str, str] = {
    "password": QT_TRANSLATE_NOOP("FileTexts", "protected by a password"),
    "drm": QT_TRANSLATE_NOOP("FileTexts", "protected by DRM (rights management)"),
    "unsupported": QT_TRANSLATE_NOOP("FileTexts", "a format whose text is not read ({format})"),
    "damaged": QT_TRANSLATE_NOOP("FileTexts", "damaged, or not the kind of file its name says"),
    "zip_bomb": QT_TRANSLATE_NOOP("FileTexts", "would unpack to {megabytes} MB, far more than a document "
                                  "(refused as a zip bomb)"),
    "image_too_large": QT_TRANSLATE_NOOP("FileTexts", "an image of {width} × {height} pixels, too large to read"),
    "time_limit": QT_TRANSLATE_NOOP("FileTexts", "stopped at the time limit"),
    "memory_limit": QT_TRANSLATE_NOOP("FileTexts", "stopped at the memory limit"),
    "page_limit": QT_TRANSLATE_NOOP("FileTexts", "only the first {read} of {pages} pages were read"),
    "no_ocr": QT_TRANSLATE_NOOP("FileTexts", "a scan, and Tesseract OCR ({languages}) is not installed"),
    "empty": QT_TRANSLATE_NOOP("FileTexts", "no text in it"),
}
PAGES_READ = {"some": QT_TRANSLATE_NOOP("FileTexts", "{read} pages were read"),
              "of": QT_TRANSLATE_NOOP("FileTexts", "the first {read} of {pages} pages were read")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileTexts", text)


def _fill(template: str, detail: Mapping[str, Any]) -> str:
    out = _tr(template)
    for name, value in detail.items():
        shown = QLocale().toString(value) if isinstance(value, int) and name != "format" else str(value)
        out = out.replace("{" + name + "}", shown)
    return out


def reason_text(code: str, detail: Mapping[str, Any] | None = None) -> str:
    detail = {"format": "?", "languages": "kor, chi_sim", **dict(detail or {})}
    out = _fill(REASONS[code], detail) if code in REASONS else code
    if code in ("time_limit", "memory_limit") and detail.get("read"):
        out += QCoreApplication.translate("FileTexts", "; ") + _fill(PAGES_READ["of" if detail.get("pages") else "some"], detail)
    return out


def state_text(state: FileState) -> str:
    """The short line of the attachment list's column."""
    if state.state == "waiting":
        return QCoreApplication.translate("FileTexts", "Waiting to be read…")
    if state.state == "missing":
        return QCoreApplication.translate("FileTexts", "Not in this database")
    if state.state == "none":
        return QCoreApplication.translate("FileTexts", "No text: %1").replace("%1", reason_text(state.reason or "empty", state.detail))
    if state.state == "ocr":
        line = QCoreApplication.translate("FileTexts", "OCR, %1 confidence").replace("%1", percent(state.confidence)) if state.confidence is not None \
            else QCoreApplication.translate("FileTexts", "OCR")
    else:
        line = QCoreApplication.translate("FileTexts", "Text read")
    if state.reason:
        line += QCoreApplication.translate("FileTexts", "; ") + reason_text(state.reason, state.detail)
    return line


def state_tooltip(state: FileState) -> str:
    """The longer account in the tooltip: pages, pages read by OCR."""
    if state.state in ("text", "ocr"):
        lines = [QCoreApplication.translate("FileTexts", "%n page(s) read for search", None, state.pages)]
        if state.ocr_pages:
            lines.append(QCoreApplication.translate("FileTexts", "%n page(s) read by OCR (a scan)", None,
                                                    state.ocr_pages))
        return "\n".join(lines)
    if state.state == "waiting":
        return QCoreApplication.translate("FileTexts", "Its text is read in the background for search; the list shows it when it is done.")
    if state.state == "missing":
        return QCoreApplication.translate("FileTexts", "The record lists the file, but this database has not its bytes (it came from a .json export).")
    return QCoreApplication.translate("FileTexts", "The file is kept and opens as usual; only search does not find its words.")


def percent(value: float | None) -> str:
    return f"{round(value or 0)}%"  # written so in Korean, Chinese and English alike
