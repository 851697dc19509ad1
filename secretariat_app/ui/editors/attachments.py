"""An agreement's attachments: add a file, open it with the system's viewer, save a copy, remove.

The bytes go into the database when the file is added (kept once per content, by SHA-256); the
agreement lists the file when it is saved.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
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
from ..operations import operation
from ..workers import Task

_viewer_dir: Path | None = None


def viewer_dir() -> Path:
    """A private folder for the copies handed to the system's viewer, removed when the app quits."""
    global _viewer_dir
    if _viewer_dir is None:
        _viewer_dir = Path(tempfile.mkdtemp(prefix="secretariat-open-"))
        atexit.register(shutil.rmtree, _viewer_dir, True)
    return _viewer_dir


class AttachmentsEditor(QWidget):
    changed = Signal()

    def __init__(self, files: Attachments, parent: QWidget | None = None):
        super().__init__(parent)
        self.files = files
        self.items: list[dict[str, Any]] = []
        self._read_only = False
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Type"), self.tr("Size"), self.tr("SHA-256")])
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
        self.note = QLabel(self.tr("Files are kept in the database with their SHA-256; a removed file stays in "
                                   "the record's history."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        for b in (self.add_button, self.open_button, self.copy_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        self._update_buttons()

    # --- value -----------------------------------------------------------------------------------

    def value(self) -> list[dict[str, Any]]:
        return [dict(x) for x in self.items]

    def set_value(self, value: Any) -> None:
        self.items = [dict(x) for x in value or []]
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
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Add a file to the agreement"))
        if path:
            self.add_file(path)

    def _choose_copy_target(self) -> None:
        entry = self._current()
        if entry is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), entry["name"])
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

    def _render(self) -> None:
        self.tree.clear()
        for x in self.items:
            item = QTreeWidgetItem([x.get("name", ""), x.get("media_type", ""),
                                    QLocale().formattedDataSize(int(x.get("size") or 0)),
                                    str(x.get("sha256", ""))[:16] + "…"])
            item.setToolTip(3, str(x.get("sha256", "")))
            self.tree.addTopLevelItem(item)
        for col in range(4):
            self.tree.resizeColumnToContents(col)
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        has = self._current() is not None
        self.add_button.setEnabled(not self._read_only)
        self.remove_button.setEnabled(not self._read_only and has)
        self.open_button.setEnabled(has)
        self.copy_button.setEnabled(has)
