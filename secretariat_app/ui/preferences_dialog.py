"""Edit → Preferences…: the clerk's display name and the language of the interface.

The name (Korean, Chinese, English; see ui/clerk_name.py) applies at once to what is saved and printed
from then on. A new language applies after a restart (every window, menu and Qt dialog is built in it
then); the dialog offers to restart at once, which quits through the usual unsaved-changes questions first.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QProcess, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..launcher import start_command
from . import i18n
from .clerk_name import ClerkNameFields, save_names, stored_names
from .dialogs import ask
from .formatting import LANGUAGE_NAMES
from .office_tasks import FEED_SETTING


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.settings = settings
        self.language = QComboBox()
        self.language.setObjectName("uiLanguage")
        for lang in i18n.LANGUAGES:  # each language named in itself, so anyone can find their own
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        note = QLabel(self.tr("The interface changes language when the app restarts."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        self.name_fields = ClerkNameFields(stored_names(settings), self)
        name_note = QLabel(self.tr("Shown instead of your login in the history of each record, on the dashboard "
                                   "and on the briefing packs you print."))
        name_note.setWordWrap(True)
        name_box = QGroupBox(self.tr("Your name"))
        name_layout = QVBoxLayout(name_box)
        name_layout.addWidget(self.name_fields)
        name_layout.addWidget(name_note)
        self.calendar_path = QLineEdit(str(settings.value(FEED_SETTING, "") or ""))
        self.calendar_path.setObjectName("calendarPath")
        self.calendar_path.setClearButtonEnabled(True)
        self.calendar_path.setPlaceholderText(self.tr("No calendar file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_calendar)
        calendar_row = QHBoxLayout()
        calendar_row.addWidget(self.calendar_path, 1)
        calendar_row.addWidget(browse)
        calendar_note = QLabel(self.tr("Meetings, visits, due dates and expiry dates are written to this .ics file "
                                       "after every save; a calendar program that subscribes to it shows them."))
        calendar_note.setWordWrap(True)
        calendar_box = QGroupBox(self.tr("Calendar kept up to date"))
        calendar_layout = QVBoxLayout(calendar_box)
        calendar_layout.addLayout(calendar_row)
        calendar_layout.addWidget(calendar_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(name_box)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(calendar_box)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def chosen(self) -> str:
        return str(self.language.currentData())

    def names(self) -> dict[str, str]:
        return self.name_fields.value()

    def _choose_calendar(self) -> None:
        from .file_dialogs import save_file_name

        path, _ = save_file_name(self, self.tr("Calendar file"), "council-calendar.ics",
                                 self.tr("Calendar files (*.ics)"), at=self.calendar_path.text() or None)
        if path:
            self.calendar_path.setText(path if path.lower().endswith(".ics") else path + ".ics")

    def calendar_file(self) -> str:
        text = self.calendar_path.text().strip()
        return text if not text or text.lower().endswith(".ics") else text + ".ics"

    def accept(self) -> None:
        if self.name_fields.check():  # a name over the limit keeps the dialog open, the message beside it
            super().accept()


def restart(window: QWidget) -> bool:
    """Close the main window (which asks about unsaved changes) and start the app again with the same
    command. False if the clerk kept the window open."""
    if not window.close():
        return False
    program, arguments = restart_command()
    QProcess.startDetached(program, arguments)
    QApplication.quit()
    return True


def restart_command(argv: list[str] | None = None) -> tuple[str, list[str]]:
    """The command that starts this app again with the same options, however it was started: as a
    bundle (the executable itself), or with ``python -m secretariat_app``, the ``secretariat`` command or
    scripts/run (launcher.start_command)."""
    argv = sys.argv if argv is None else argv
    program, *arguments = start_command()
    return program, [*arguments, *argv[1:]]


def edit_preferences(window: QWidget, settings: QSettings, record_lang: str,
                     names_changed: Callable[[dict[str, str]], None] | None = None) -> str | None:
    """Show the dialog; returns the new UI language if it changed (already saved), else None. A changed
    display name is saved, and ``names_changed`` hears of it."""
    dialog = PreferencesDialog(settings, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    settings.setValue(FEED_SETTING, dialog.calendar_file())
    if dialog.names() != stored_names(settings):
        kept = save_names(settings, dialog.names())
        if names_changed is not None:
            names_changed(kept)
    if dialog.chosen() == i18n.current_language():
        return None
    new = dialog.chosen()
    if record_lang == i18n.current_language():  # records followed the interface: they keep following it
        settings.setValue("view/lang", new)
    i18n.save_language(settings, new)
    answer = ask(window, QCoreApplication.translate("PreferencesDialog", "Restart"),
                 QCoreApplication.translate("PreferencesDialog", "The new language applies after a restart. Restart now?"),
                 QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    if answer == QMessageBox.StandardButton.Yes:
        restart(window)
    return new
