"""File → Open database…: a local file, or a shared PostgreSQL server (host, port, database, user).

The password is taken from the system keyring, or typed and then kept there; it is never written to the
settings file. The dialog only builds the connection settings; the main window opens them. The server's
fields are a widget of their own: the first start (first_start.py) shows them too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.connections import ServerAddress, remember_password, stored_password
from ..settings import Settings, sqlite_url
from .file_dialogs import save_file_name

SETTINGS_GROUP = "connection"


class ServerFields(QWidget):
    """Host, port, database, user and password of a shared server, remembered between runs (the
    password only in the system keyring). File → Open database… and the first start show them."""

    def __init__(self, user: str, parent: QWidget | None = None):
        super().__init__(parent)
        saved = QSettings()
        self.host_edit = QLineEdit(str(saved.value(f"{SETTINGS_GROUP}/host", "")))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(int(saved.value(f"{SETTINGS_GROUP}/port", 5432)))
        self.database_edit = QLineEdit(str(saved.value(f"{SETTINGS_GROUP}/database", "secretariat")))
        self.user_edit = QLineEdit(str(saved.value(f"{SETTINGS_GROUP}/user", user)))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("from the system keyring if stored there"))
        self.remember_check = QCheckBox(self.tr("Keep the password in the system keyring"))
        self.remember_check.setChecked(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Host:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.remember_check)

    def address(self) -> ServerAddress:
        return ServerAddress(self.host_edit.text().strip(), self.port_spin.value(),
                             self.database_edit.text().strip(), self.user_edit.text().strip())

    def take(self) -> tuple[Settings | None, str]:
        """The connection settings (None while a field is missing) and what to tell the clerk. The
        address is remembered for the next time, the password kept in the keyring if asked."""
        address = self.address()
        missing = [name for name, value in ((self.tr("host"), address.host), (self.tr("database"), address.database),
                                            (self.tr("user"), address.user)) if not value]
        if missing:
            return None, self.tr("Fill in: %1").replace("%1", ", ".join(missing))
        note = ""
        password = self.password_edit.text() or stored_password(address)
        if self.password_edit.text() and self.remember_check.isChecked() and not remember_password(address, password or ""):
            note = self.tr("No system keyring is available: the password will be asked next time.")
        saved = QSettings()
        for key, value in (("host", address.host), ("port", address.port), ("database", address.database),
                           ("user", address.user), ("last", "server")):
            saved.setValue(f"{SETTINGS_GROUP}/{key}", value)
        return Settings(address.url(password), address.user), note


def remembered_server() -> ServerAddress | None:
    """The server last connected to (its address; the password is in the keyring, if anywhere)."""
    saved = QSettings()
    host, database, user = (str(saved.value(f"{SETTINGS_GROUP}/{key}", "") or "") for key in ("host", "database", "user"))
    if not (host and database and user):
        return None
    try:
        port = int(saved.value(f"{SETTINGS_GROUP}/port", 5432))
    except (TypeError, ValueError):
        port = 5432
    return ServerAddress(host, port, database, user)


class ConnectDialog(QDialog):
    def __init__(self, user: str, current: Settings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open database"))
        self._user = user
        self.result_settings: Settings | None = None
        self.tabs = QTabWidget()
        self.tabs.addTab(self._file_tab(current), self.tr("Local file"))
        self.server = ServerFields(user)
        self.tabs.addTab(self.server, self.tr("Shared server"))
        self.host_edit, self.port_spin, self.database_edit = (self.server.host_edit, self.server.port_spin,
                                                              self.server.database_edit)
        self.user_edit, self.password_edit = self.server.user_edit, self.server.password_edit
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if QSettings().value(f"{SETTINGS_GROUP}/last", "file") == "server":
            self.tabs.setCurrentIndex(1)

    # --- tabs ----------------------------------------------------------------------------------------

    def _file_tab(self, current: Settings | None) -> QWidget:
        page = QWidget()
        self._current_path = str(current.sqlite_path) if current and current.sqlite_path else ""
        self.path_edit = QLineEdit(self._current_path)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        form = QFormLayout(page)
        form.addRow(self.tr("Database file:"), row)
        form.addRow(QLabel(self.tr("A new file is created if it does not exist.")))
        return page

    def _browse(self) -> None:
        typed = self.path_edit.text().strip()  # a path the clerk typed: the dialog starts there
        path, _ = save_file_name(self, self.tr("Open or create a database file"),
                                 filter=self.tr("Secretariat database (*.sqlite3 *.db);;All files (*)"),
                                 options=QFileDialog.Option.DontConfirmOverwrite,
                                 at=typed if typed and typed != self._current_path else None)
        if path:
            self.path_edit.setText(path)

    # --- result --------------------------------------------------------------------------------------

    def address(self) -> ServerAddress:
        return self.server.address()

    def _accept(self) -> None:
        if self.tabs.currentIndex() == 0:
            path = self.path_edit.text().strip()
            if not path:
                self.message.setText(self.tr("Choose a database file."))
                return
            self.result_settings = Settings(sqlite_url(Path(path).expanduser()), self._user)
            QSettings().setValue(f"{SETTINGS_GROUP}/last", "file")
            self.accept()
            return
        result, note = self.server.take()
        self.message.setText(note)
        if result is not None:
            self.result_settings = result
            self.accept()


def ask_database(user: str, current: Settings | None = None, parent: QWidget | None = None) -> Settings | None:
    dialog = ConnectDialog(user, current, parent)
    return dialog.result_settings if dialog.exec() == QDialog.DialogCode.Accepted else None
