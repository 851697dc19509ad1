"""The first start from the launcher: no database in the data folder yet. One window asks where the records
live (the demo records, an empty database, the shared server) and the clerk's name; the choice is made
once, and the next start opens what was chosen without asking again.

Screenshots of its two pages in ko, zh and en:

    SECRETARIAT_SCREENSHOTS=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python -m pytest tests/ui/test_first_start.py -k screenshot
"""

from __future__ import annotations

import argparse
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QWizard

from secretariat_app import bootstrap, settings
from secretariat_app.settings import Settings, sqlite_url
from secretariat_app.ui import clerk_name, first_start
from secretariat_app.ui.clerk_name import ClerkNameDialog
from secretariat_app.ui.first_start import (
    SITE_NAMES,
    ClerkNameStep,
    DatabaseStep,
    FirstStart,
    FirstStartWizard,
    SiteStep,
)

from .conftest import preset_clerk_name
from .shell_helpers import settle, wait_open

MINJI = {"ko": "김민지", "zh": "金敏智", "en": "Kim Minji"}


@pytest.fixture
def new_home(tmp_path, monkeypatch) -> Iterator[Path]:  # type: ignore[no-untyped-def]
    """A data folder that is not there yet, as on a new computer; the app's QSettings() in it."""
    home = tmp_path / "new-home"
    monkeypatch.setenv("SECRETARIAT_HOME", str(home))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home))
    clerk_name.forget_asking()
    yield home
    QSettings().clear()
    clerk_name.forget_asking()


class _Clerk:
    """When the first start's window shows, plays the clerk's part (once); ``seen`` lists the pages it
    was on when its part began."""

    def __init__(self, part: Callable[[FirstStartWizard], None]):
        self.part = part
        self.seen: list[str] = []
        self.done = False
        QTimer.singleShot(0, self.play)

    def play(self) -> None:
        wizard = QApplication.activeModalWidget()
        if self.done:
            return
        if not isinstance(wizard, FirstStartWizard):
            QTimer.singleShot(20, self.play)
            return
        self.done = True
        self.seen.append(wizard.currentPage().objectName())
        try:
            self.part(wizard)
        except BaseException:
            wizard.reject()  # a failed step ends the window (the test then fails) instead of waiting forever
            raise


def _start(qtbot: Any) -> Any:
    from secretariat_app.ui import app as gui

    _qapp, window = gui.start_gui(argparse.Namespace(db=None, database_url=None))
    if window is not None:
        qtbot.addWidget(window)
        wait_open(qtbot, window)
    return window


def _close(window: Any) -> None:
    window.close()
    settle()
    window.ctx.app.close()


def _asking_name(window: Any) -> bool:
    return any(d.isVisible() for d in window.findChildren(ClerkNameDialog))


def test_the_demo_records_and_a_name_then_the_next_start_asks_nothing(qtbot, new_home, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pages: list[str] = []

    def clerk(wizard: FirstStartWizard) -> None:
        pages.append(wizard.currentPage().objectName())
        database = wizard.currentPage()
        assert isinstance(database, DatabaseStep) and database.choice() == "demo"  # chosen for her
        assert str(new_home / "secretariat.sqlite3") in database.folder.text()
        wizard.next()  # Continue: the database is made, with the demo records
        site = wizard.currentPage()
        assert isinstance(site, SiteStep) and site.name() == SITE_NAMES[0]  # Seoul's, chosen for her
        pages.append(site.objectName())
        assert wizard.button(QWizard.WizardButton.BackButton).isHidden() or \
            not wizard.button(QWizard.WizardButton.BackButton).isEnabled()  # the database is made: no way back
        site.other.setText("Seoul International Relations Division")
        site.other.textEdited.emit(site.other.text())  # as typed: "Another name" is chosen with it
        wizard.next()
        name = wizard.currentPage()
        assert isinstance(name, ClerkNameStep)
        pages.append(name.objectName())
        name.form.fields.set_value(MINJI)
        wizard.accept()  # Finish

    _Clerk(clerk)
    window = _start(qtbot)
    assert window is not None and pages == ["databaseStep", "siteStep", "clerkNameStep"]
    assert window.ctx.app.exchange.sites()[0].name == "Seoul International Relations Division"
    assert new_home.is_dir() and (new_home / "secretariat.sqlite3").is_file()
    assert window.ctx.records.get("agreement", "agr-2015-env-mou").doc["status"] == "in_force"
    assert window.ctx.app.clerk_names == MINJI and settings.clerk_names() == MINJI
    assert not _asking_name(window)  # asked in the first start's window: not again over the main window
    assert not QApplication.windowIcon().isNull()
    assert {"Noto Sans KR", "Noto Sans SC"} <= set(QFontDatabase.families())
    _close(window)

    clerk_name.forget_asking()
    monkeypatch.setattr(first_start, "run", lambda state: pytest.fail("the first start's questions again"))
    window = _start(qtbot)  # the next start: the same database, nothing asked
    assert window is not None and not window.ctx.app.is_empty()
    assert not _asking_name(window)
    _close(window)


def test_an_empty_database_stays_empty_and_a_name_left_out_is_asked_next_start(qtbot, new_home) -> None:  # type: ignore[no-untyped-def]
    def clerk(wizard: FirstStartWizard) -> None:
        wizard.currentPage().choose("empty")
        wizard.next()
        wizard.next()  # the site as suggested
        assert isinstance(wizard.currentPage(), ClerkNameStep)
        wizard.accept()  # no name given: Finish all the same

    _Clerk(clerk)
    window = _start(qtbot)
    assert window is not None and window.ctx.app.is_empty()
    assert not _asking_name(window)  # asked a moment ago
    _close(window)

    clerk_name.forget_asking()
    window = _start(qtbot)  # the next start: still empty (no demo records pushed in), and the name is asked
    assert window is not None and window.ctx.app.is_empty()
    assert _asking_name(window)
    for dialog in window.findChildren(ClerkNameDialog):
        dialog.reject()
    _close(window)


def test_cancel_makes_nothing_and_the_app_ends(qtbot, new_home) -> None:  # type: ignore[no-untyped-def]
    _Clerk(lambda wizard: wizard.reject())
    assert _start(qtbot) is None
    assert not (new_home / "secretariat.sqlite3").exists()


def test_with_a_name_kept_already_only_the_database_and_the_site_are_asked(qtbot, new_home) -> None:  # type: ignore[no-untyped-def]
    preset_clerk_name(new_home, MINJI)  # the database file was lost; the settings stayed

    def clerk(wizard: FirstStartWizard) -> None:
        wizard.currentPage().choose("empty")
        wizard.next()
        assert isinstance(wizard.currentPage(), SiteStep) and wizard.nextId() == -1  # the site is the last one
        wizard.currentPage().radios[1].setChecked(True)
        wizard.accept()

    _Clerk(clerk)
    window = _start(qtbot)
    assert window is not None and window.ctx.app.clerk_names == MINJI
    assert window.ctx.app.exchange.sites()[0].name == SITE_NAMES[1]
    _close(window)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nothing listens there once the socket is closed


def test_a_server_that_cannot_be_reached_is_said_on_the_page(qtbot, new_home) -> None:  # type: ignore[no-untyped-def]
    state = FirstStart(settings.resolve(), QSettings(str(new_home / settings.UI_SETTINGS_FILE),
                                                     QSettings.Format.IniFormat))
    wizard = FirstStartWizard(state)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.currentPage()
    assert isinstance(page, DatabaseStep)
    assert not page.server.isEnabled()
    page.choose("server")
    assert page.server.isEnabled()
    page.server.host_edit.clear()
    wizard.next()
    assert wizard.currentPage() is page and "host" in page.message.text()  # a field left out, said
    page.server.host_edit.setText("127.0.0.1")
    page.server.port_spin.setValue(_closed_port())
    page.server.password_edit.setText("secret")
    page.server.remember_check.setChecked(False)
    wizard.next()
    assert wizard.currentPage() is page and state.app is None
    assert page.message.text().startswith("The database cannot be opened:")
    assert first_start.server_at_start() is None  # not chosen until it could be opened
    page.choose("demo")
    assert page.message.text() == ""  # another choice: the old message goes
    wizard.reject()


@pytest.mark.skipif(not os.environ.get("SECRETARIAT_TEST_POSTGRES_URL"),
                    reason="needs SECRETARIAT_TEST_POSTGRES_URL (PostgreSQL)")
def test_the_shared_server_is_what_every_later_start_opens(qtbot, new_home, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from sqlalchemy.engine import make_url

    from ..conftest import _postgres_database
    from .test_connect_dialog import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    databases = _postgres_database()
    server = make_url(next(databases))
    try:
        def clerk(wizard: FirstStartWizard) -> None:
            page = wizard.currentPage()
            page.choose("server")
            fields = page.server
            fields.host_edit.setText(server.host)
            fields.port_spin.setValue(server.port)
            fields.database_edit.setText(server.database)
            fields.user_edit.setText(server.username)
            fields.password_edit.setText(server.password or "")
            wizard.next()
            wizard.accept()

        _Clerk(clerk)
        window = _start(qtbot)
        assert window is not None and window.ctx.app.db.dialect == "postgresql"
        _close(window)
        assert first_start.server_at_start() is not None
        clerk_name.forget_asking()
        window = _start(qtbot)  # no question: the server again, the password from the keyring
        assert window is not None and window.ctx.app.db.dialect == "postgresql"
        for dialog in window.findChildren(ClerkNameDialog):
            dialog.reject()
        _close(window)
    finally:
        keyring.set_keyring(previous)
        databases.close()


# --- screenshots ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "ko", "zh"])
def test_first_start_screenshot(qtbot, ui_language, new_home, lang) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui.startup import app_icon, apply_record_font

    ui_language(lang)
    apply_record_font(lang)
    QApplication.setWindowIcon(app_icon())
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or new_home)
    folder.mkdir(parents=True, exist_ok=True)
    state = FirstStart(Settings(sqlite_url(new_home / "secretariat.sqlite3"), "root"),
                       QSettings(str(new_home / settings.UI_SETTINGS_FILE), QSettings.Format.IniFormat))
    wizard = FirstStartWizard(state)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.grab().save(str(folder / f"first-start-database-{lang}.png"))
    wizard.next()
    assert isinstance(wizard.currentPage(), SiteStep) and state.app is not None
    assert wizard.grab().save(str(folder / f"first-start-site-{lang}.png"))
    wizard.next()
    assert isinstance(wizard.currentPage(), ClerkNameStep)
    wizard.currentPage().form.fields.set_value(MINJI)
    qtbot.wait(50)
    assert wizard.grab().save(str(folder / f"first-start-name-{lang}.png"))
    wizard.reject()
    state.app.close()


def test_a_database_made_by_the_command_line_is_no_first_start(qtbot, new_home) -> None:  # type: ignore[no-untyped-def]
    made = bootstrap.open_app(settings.resolve())  # `secretariat init`: the default file, empty
    made.close()
    preset_clerk_name(new_home, MINJI)
    window = _start(qtbot)
    assert window is not None and window.ctx.app.is_empty()  # opened as it is: no question, no demo records
    _close(window)
