"""File → Open database…: a file or a server; the password lives in the keyring, never in settings."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from secretariat_app import bootstrap
from secretariat_app.services.connections import ServerAddress, stored_password
from secretariat_app.ui.connect_dialog import ConnectDialog

from ..conftest import POSTGRES_URL, _postgres_database


class MemoryKeyring(KeyringBackend):
    """Stands in for the desktop's keyring service, which a headless test machine does not run."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def settings_file(tmp_path, qapp):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield tmp_path
    QSettings().clear()


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def test_local_file(qtbot, tmp_path, settings_file):
    dialog = ConnectDialog("kim")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(0)
    dialog.path_edit.setText(str(tmp_path / "other.sqlite3"))
    dialog._accept()
    assert dialog.result_settings is not None
    assert dialog.result_settings.sqlite_path == (tmp_path / "other.sqlite3").resolve()


def test_server_fields_are_required(qtbot, settings_file):
    dialog = ConnectDialog("kim")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.host_edit.setText("")
    dialog._accept()
    assert dialog.result_settings is None
    assert "host" in dialog.message.text()


def test_password_goes_to_keyring_not_settings(qtbot, settings_file, memory_keyring):
    dialog = ConnectDialog("kim")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.host_edit.setText("db.example.internal")
    dialog.port_spin.setValue(6543)
    dialog.database_edit.setText("council")
    dialog.user_edit.setText("kim_clerk")
    dialog.password_edit.setText("s3cret-비밀")
    dialog._accept()
    url = make_url(dialog.result_settings.database_url)
    assert (url.host, url.port, url.database, url.username, url.password) == (
        "db.example.internal", 6543, "council", "kim_clerk", "s3cret-비밀")
    assert stored_password(ServerAddress("db.example.internal", 6543, "council", "kim_clerk")) == "s3cret-비밀"
    QSettings().sync()
    written = "".join(p.read_text(encoding="utf-8", errors="replace") for p in settings_file.rglob("*.ini"))
    assert "db.example.internal" in written and "s3cret" not in written
    # Next time the fields are remembered and the password comes from the keyring.
    again = ConnectDialog("kim")
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1 and again.host_edit.text() == "db.example.internal"
    again._accept()
    assert make_url(again.result_settings.database_url).password == "s3cret-비밀"


@pytest.mark.skipif(not POSTGRES_URL, reason="needs SECRETARIAT_TEST_POSTGRES_URL (PostgreSQL)")
def test_connects_to_a_real_server(qtbot, settings_file, memory_keyring):
    databases = _postgres_database()
    server = make_url(next(databases))
    dialog = ConnectDialog("kim")
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.host_edit.setText(server.host)
    dialog.port_spin.setValue(server.port)
    dialog.database_edit.setText(server.database)
    dialog.user_edit.setText(server.username)
    dialog.password_edit.setText(server.password or "")
    dialog._accept()
    app = bootstrap.open_app(dialog.result_settings)
    try:
        assert app.db.dialect == "postgresql"
        assert app.settings.display_name == f"{server.username}@{server.host}/{server.database}"
    finally:
        app.close()
        databases.close()
