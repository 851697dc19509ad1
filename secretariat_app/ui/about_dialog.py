"""Help → About: the version, what the app is, its licence and the bundled fonts' licence, Qt's, the
database in use and the data folder (with a button that opens it in the file manager)."""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..settings import data_dir


class AboutDialog(QDialog):
    def __init__(self, database: str, folder: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Secretariat"))
        self.folder = folder if folder is not None else data_dir()

        logo = QLabel()
        logo.setPixmap(QApplication.windowIcon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        version = self.tr("Version %1").replace("%1", __version__)
        heading = QLabel(f"<h2>Secretariat</h2><p>{html.escape(version)}</p>")
        heading.setObjectName("aboutVersion")
        top = QHBoxLayout()
        top.addWidget(logo)
        top.addWidget(heading, 1)

        self.text = QLabel(self._text(database))
        self.text.setObjectName("aboutText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.folder_label = QLabel(str(self.folder))
        self.folder_label.setObjectName("dataFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("&Open the data folder"))
        self.open_button.setObjectName("openDataFolder")
        self.open_button.clicked.connect(self.open_folder)
        self.message = QLabel()
        self.message.setObjectName("aboutMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        folder_box = QGridLayout()
        folder_box.addWidget(QLabel(self.tr("Data folder:")), 0, 0, Qt.AlignmentFlag.AlignTop)
        folder_box.addWidget(self.folder_label, 0, 1)
        folder_box.addWidget(self.open_button, 1, 1, Qt.AlignmentFlag.AlignLeft)
        folder_box.setColumnStretch(1, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        about_qt = buttons.addButton(self.tr("About &Qt"), QDialogButtonBox.ButtonRole.HelpRole)
        about_qt.clicked.connect(lambda: QApplication.aboutQt())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addLayout(folder_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _text(self, database: str) -> str:
        parts = [
            self.tr("Records, briefing packs and search for the secretariat of the Seoul–Beijing Integration "
                    "Council: teams, agreements, meetings, visits, people and organizations, in Korean, Chinese "
                    "and English."),
            self.tr("Database: %1").replace("%1", html.escape(database)),
            self.tr("Secretariat is free software under the MIT licence."),
            self.tr("Korean and Chinese text is set in Noto Sans KR and Noto Sans SC, bundled with the app "
                    "under the SIL Open Font License 1.1."),
            self.tr("Built with Qt %1 (Qt for Python), under the GNU Lesser General Public License v3.")
            .replace("%1", qVersion()),
        ]
        return "".join(f"<p>{part}</p>" for part in parts)

    def open_folder(self) -> bool:
        """Show the data folder in the system's file manager; if none can be started, say so (the path
        above can still be selected and copied)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with system_libraries():
            opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
        self.message.setVisible(not opened)
        if not opened:
            self.message.setText(self.tr("No file manager could be started to show the folder. Its path is "
                                         "above: select it to copy it."))
        return opened


@contextmanager
def system_libraries() -> Iterator[None]:
    """While a program of the system is started (the file manager): the desktop bundle points the library
    path at its own folder (PyInstaller keeps the original in LD_LIBRARY_PATH_ORIG), and a file manager
    loading the bundle's GLib or Qt instead of its own may not start; it gets the original back."""
    if not getattr(sys, "frozen", False) or "LD_LIBRARY_PATH" not in os.environ:
        yield
        return
    bundled = os.environ["LD_LIBRARY_PATH"]
    original = os.environ.get("LD_LIBRARY_PATH_ORIG")
    if original is None:
        del os.environ["LD_LIBRARY_PATH"]
    else:
        os.environ["LD_LIBRARY_PATH"] = original
    try:
        yield
    finally:
        os.environ["LD_LIBRARY_PATH"] = bundled


def show_about(parent: QWidget | None, database: str) -> AboutDialog:
    dialog = AboutDialog(database, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.open()
    return dialog
