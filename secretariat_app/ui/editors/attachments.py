"""An agreement's attachments: add a file, open it with the system's viewer, save a copy, remove.

The bytes go into the database when the file is added (kept once per content, by SHA-256); the
agreement lists the file when it is saved. The list speaks the clerk's words: the file's name, what kind
of document it is ("PDF document", "Hangul document"…), its size ("1.2 MB"), the day it was added
(from the record's history; today for a file added since it was last saved), and whether its text was
read for search ("Text read", "OCR, 94% confidence", "No text: protected by a password"; the background
worker reads it after the save, and the list follows). The SHA-256 shows only in a tooltip, as the
file's fingerprint. A search hit in a file's text opens here, the file selected, with the snippet and
its page.
"""

from __future__ import annotations

import atexit
import html
import shutil
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...app.attachments import Attachments
from ...domain import filenames
from ...errors import SecretariatError
from ...storage.files import atomic_output
from ..errors import show_error
from ..file_dialogs import open_file_name, save_file_name
from ..file_texts import state_text, state_tooltip
from ..formatting import date_text
from ..operations import operation
from ..workers import Task

_viewer_dir: Path | None = None

def kind_text(kind: str) -> str:
    """A kind of file (services.attachments.FILE_KINDS) in the UI language."""
    words = {
        "pdf": QCoreApplication.translate("AttachmentsEditor", "PDF document"),
        "word": QCoreApplication.translate("AttachmentsEditor", "Word document"),
        "hangul": QCoreApplication.translate("AttachmentsEditor", "Hangul document"),
        "excel": QCoreApplication.translate("AttachmentsEditor", "Excel spreadsheet"),
        "image": QCoreApplication.translate("AttachmentsEditor", "Image"),
        "text": QCoreApplication.translate("AttachmentsEditor", "Text"),
    }
    return words.get(kind) or QCoreApplication.translate("AttachmentsEditor", "File")


def size_text(size: int) -> str:
    """A size in the units people use (1 kB = 1000 bytes, as file managers show them): "1.2 MB", with the
    UI locale's decimal sign."""
    return QLocale().formattedDataSize(max(int(size), 0), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def viewer_dir() -> Path:
    """A private folder for the copies handed to the system's viewer, removed when the app quits."""
    global _viewer_dir
    if _viewer_dir is None:
        _viewer_dir = Path(tempfile.mkdtemp(prefix="secretariat-open-"))
        atexit.register(shutil.rmtree, _viewer_dir, True)
    return _viewer_dir


class AttachmentsEditor(QWidget):
    changed = Signal()

    def __init__(self, files: Attachments, record_id: Callable[[], str | None] = lambda: None,
                 parent: QWidget | None = None, file_read: SignalInstance | None = None):
        super().__init__(parent)
        self.files = files
        self.record_id = record_id  # the agreement's id (None while it is new): its history says when
        self.items: list[dict[str, Any]] = []
        self.added: dict[str, datetime] = {}  # SHA-256 → when the agreement came to list the file
        self.states: dict[str, Any] = {}  # SHA-256 → whether its text was read for search (FileState)
        self._read_only = False
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("Added"),
                                   self.tr("Text for search")])
        if file_read is not None:  # the background worker read a file: this list shows it when it is one of ours
            file_read.connect(lambda sha, _reason: sha in self._shas() and self._render())
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.tree.itemActivated.connect(lambda *_: self.open_current())
        style = self.style()
        self.add_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("Add file…"))
        self.add_button.clicked.connect(self._choose_file)
        self.open_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open with the system's viewer"))
        self.open_button.clicked.connect(self.open_current)
        self.copy_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton),
                                       self.tr("Save a copy…"))
        self.copy_button.clicked.connect(self._choose_copy_target)
        self.remove_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton),
                                         self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        self.note = QLabel(self.tr("Each file is kept in the database; a removed file stays in the record's "
                                   "history."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        self.found = QLabel()  # a search hit in a file's text: where, and the snippet
        self.found.setObjectName("attachmentHit")
        self.found.setTextFormat(Qt.TextFormat.RichText)
        self.found.setWordWrap(True)
        self.found.setStyleSheet("QLabel { background: #fffbe0; border: 1px solid #e8dc9a; padding: 6px; }")
        self.found.hide()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.copy_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.found)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self._update_buttons()

    # --- value -----------------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        return [dict(x) for x in self.items]

    def set_value(self, value: Any) -> None:
        self.items = [dict(x) for x in value or []]
        self.found.hide()
        record_id = self.record_id()
        try:
            stored = self.files.added_at(record_id) if record_id and self.items else {}
        except SecretariatError:  # the history cannot be read now (a server gone): no days, the files show
            stored = {}
        # Files added since the last save keep the moment they were added until the history has them.
        self.added = {**{sha: at for sha, at in self.added.items() if sha in self._shas()}, **stored}
        self._render()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_buttons()

    def show_problems(self, problems: list[tuple[str, str]]) -> list[str]:
        return [f"{self.tr('File')} {sub}: {message}" for sub, message in problems]

    # --- actions ---------------------------------------------------------------------------------

    def add_file(self, path: Path | str) -> Task:
        """Keep the file's bytes in the database (a write, off the UI thread: a file can be large) and
        list it when they are kept; a file that cannot be read is refused with a message."""
        files = self.files
        return operation(lambda: files.store_file(path), self, self._added,
                         lambda exc: show_error(self, exc, self.tr("File not added")))

    def _added(self, entry: dict[str, Any]) -> None:
        self.added.setdefault(entry["sha256"], datetime.now(UTC))
        self.items.append(entry)
        self._render()
        self.tree.setCurrentItem(self.tree.topLevelItem(len(self.items) - 1))
        self.changed.emit()

    def open_current(self) -> Path | None:
        """Hand a copy of the selected file to the system's viewer; returns the copy's path."""
        entry = self._current()
        if entry is None:
            return None
        if filenames.runnable(entry["name"]) or filenames.problem(entry["name"]):
            # Opened, it would run as a program (minutes.pdf.exe, a .desktop launcher…): only ever saved.
            QMessageBox.warning(self, self.tr("Not opened"), self.tr(
                "%1 would run as a program on this computer, so it is not opened from here. Use Save a "
                "copy… if you need the file.").replace("%1", entry["name"]))
            return None
        data = self._bytes(entry)
        if data is None:
            return None
        folder = viewer_dir() / entry["sha256"][:16]
        folder.mkdir(exist_ok=True)
        target = folder / Path(entry["name"]).name
        target.write_bytes(data)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
            QMessageBox.information(self, self.tr("Cannot open the file"), self.tr(
                "No program on this computer opens %1. Use Save a copy… and open it from there.")
                .replace("%1", entry["name"]))
        return target

    def save_copy(self, entry: dict[str, Any], target: Path | str) -> bool:
        data = self._bytes(entry)
        if data is None:
            return False
        try:
            with atomic_output(Path(target)) as out:
                out.write(data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Copy not saved"), f"{target}: {exc.strerror or exc}")
            return False
        return True

    def remove_current(self) -> None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        if self._read_only or row < 0:
            return
        del self.items[row]
        self._render()
        self.changed.emit()

    def _choose_file(self) -> None:
        path, _ = open_file_name(self, self.tr("Add a file to the agreement"))
        if path:
            self.add_file(path)

    def _choose_copy_target(self) -> None:
        entry = self._current()
        if entry is None:
            return
        path, _ = save_file_name(self, self.tr("Save a copy"), entry["name"])
        if path:
            self.save_copy(entry, path)

    def _bytes(self, entry: dict[str, Any]) -> bytes | None:
        try:
            return self.files.read_bytes(entry["sha256"], entry["name"])
        except SecretariatError as exc:
            QMessageBox.warning(self, self.tr("File not available"), str(exc))
            return None

    def _current(self) -> dict[str, Any] | None:
        item = self.tree.currentItem()
        row = self.tree.indexOfTopLevelItem(item) if item is not None else -1
        return self.items[row] if 0 <= row < len(self.items) else None

    def _shas(self) -> set[str]:
        return {str(x.get("sha256", "")) for x in self.items}

    def show_hit(self, row: int, page: int | None, snippet: str, highlights: tuple[tuple[int, int], ...] = ()) -> None:
        """A search hit in the text of the file at ``row`` (0-based): select it, and show where and what."""
        if not 0 <= row < len(self.items):
            return
        self.tree.setCurrentItem(self.tree.topLevelItem(row))
        parts, last = [], 0
        for start, end in highlights:
            parts += [html.escape(snippet[last:start]), f"<b style='background:#fff3a8'>"
                      f"{html.escape(snippet[start:end])}</b>"]
            last = end
        parts.append(html.escape(snippet[last:]))
        name = html.escape(str(self.items[row].get("name", "")))
        where = (self.tr("Found in %1, page %2:").replace("%2", QLocale().toString(page)) if page
                 else self.tr("Found in %1:")).replace("%1", f"<b>{name}</b>")
        self.found.setText(f"{where}<br>{''.join(parts)}")
        self.found.show()

    def _render(self) -> None:
        current = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() else -1
        self.tree.clear()
        try:
            self.states = self.files.text_states(list(self._shas())) if self.items else {}
        except SecretariatError:  # the server is gone for a moment: the list shows without the column
            self.states = {}
        for x in self.items:
            name = str(x.get("name", ""))
            sha = str(x.get("sha256", ""))
            at = self.added.get(sha)
            state = self.states.get(sha)
            item = QTreeWidgetItem([name, kind_text(self.files.kind(name, x.get("media_type"))),
                                    size_text(int(x.get("size") or 0)),
                                    date_text(at.astimezone().date()) if at is not None else "",
                                    state_text(state) if state is not None else ""])
            tip = "\n".join([name, self.tr("Fingerprint (SHA-256): %1").replace("%1", sha)])
            for column in range(self.tree.columnCount() - 1):
                item.setToolTip(column, tip)
            if state is not None:
                item.setToolTip(4, "\n".join([state_text(state), state_tooltip(state)]))
            self.tree.addTopLevelItem(item)
        for col in range(5):
            self.tree.resizeColumnToContents(col)
        if 0 <= current < len(self.items):
            self.tree.setCurrentItem(self.tree.topLevelItem(current))
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        has = self._current() is not None
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only and has)
        self.open_button.setEnabled(has)
        self.copy_button.setEnabled(has)
