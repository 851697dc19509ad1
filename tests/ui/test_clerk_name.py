"""The clerk's display name in the desktop app: Preferences keep it (and the command line reads what they
keep), a name over the limit is refused with a message in the clerk's language, the first start asks for
it once (Later: not again this session; asked again next start while still empty), and the dashboard's
"Recently changed", the History tab and the editor's "last changed by" show it in the UI language (the
login where an old row has no name).

Screenshots of the dialogs (as the other screenshots are made):

    SECRETARIAT_SCREENSHOTS=/tmp/shots QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \\
        .venv/bin/python -m pytest tests/ui/test_clerk_name.py -k screenshot
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from secretariat_app import bootstrap, settings
from secretariat_app.settings import Settings, sqlite_url
from secretariat_app.ui import clerk_name
from secretariat_app.ui.clerk_name import ClerkNameDialog
from secretariat_app.ui.preferences_dialog import PreferencesDialog, edit_preferences

from .conftest import CLERK
from .editor_helpers import open_editor
from .shell_helpers import make_window, settle, wait_open

MINJI = {"ko": "김민지", "zh": "金敏智", "en": "Kim Minji"}
ENV_MOU = "agr-2015-env-mou"


@pytest.fixture
def minji_app(tmp_path: Path, demo_template: Path) -> Iterator[bootstrap.App]:
    """The demo records (saved by "tester", before names were kept) opened by Kim Minji, login root."""
    path = tmp_path / "ui.sqlite3"
    shutil.copyfile(demo_template, path)
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="root", names=MINJI))
    yield app
    app.close()


def ini(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / settings.UI_SETTINGS_FILE), QSettings.Format.IniFormat)


# --- Preferences ------------------------------------------------------------------------------------


def test_preferences_keep_the_name_and_the_command_line_reads_it(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stored = ini(tmp_path)
    heard: list[dict[str, str]] = []

    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, fill_and_accept)
            return
        assert all(field.text() == "" for field in dialog.name_fields.fields.values())
        for lang, field in dialog.name_fields.fields.items():
            field.setText({"ko": " 김민지 ", "zh": "金敏智", "en": 'Kim "Minji", secretariat'}[lang])
        dialog.accept()

    QTimer.singleShot(0, fill_and_accept)
    assert edit_preferences(None, stored, record_lang="en", names_changed=heard.append) is None  # same language
    wanted = {"ko": "김민지", "zh": "金敏智", "en": 'Kim "Minji", secretariat'}
    assert heard == [wanted]
    assert clerk_name.stored_names(ini(tmp_path)) == wanted
    assert settings.clerk_names(tmp_path / settings.UI_SETTINGS_FILE) == wanted  # read without Qt, as the CLI does
    again = PreferencesDialog(ini(tmp_path))
    qtbot.addWidget(again)
    assert again.names() == wanted and again.name_fields.fields["ko"].text() == "김민지"

    def clear_english() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, clear_english)
            return
        dialog.name_fields.fields["en"].clear()
        dialog.accept()

    QTimer.singleShot(0, clear_english)
    edit_preferences(None, stored, record_lang="en", names_changed=heard.append)
    assert heard[-1] == {"ko": "김민지", "zh": "金敏智"}
    assert settings.clerk_names(tmp_path / settings.UI_SETTINGS_FILE) == {"ko": "김민지", "zh": "金敏智"}


def test_preferences_in_the_window_apply_the_name_to_the_next_save(qtbot, minji_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, minji_app, tmp_path / "window.ini")

    def rename() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PreferencesDialog):
            QTimer.singleShot(20, rename)
            return
        dialog.name_fields.set_value({"en": "Minji Kim"})
        dialog.accept()

    QTimer.singleShot(0, rename)
    window.edit_preferences()
    assert window.ctx.app.clerk_names == {"en": "Minji Kim"}
    assert "Minji Kim (root)" in window.database_label.text()
    loaded = window.ctx.records.get("person", "person-li-ming")
    window.ctx.records.update("person", {**loaded.doc, "notes": "renamed"}, loaded.version)
    assert window.ctx.records.history("person", "person-li-ming")[-1].user_name == {"en": "Minji Kim"}
    window.close()
    settle()


@pytest.mark.parametrize(("lang", "message"), [
    ("en", "Your name in Korean is 501 characters long; at most 500 characters are allowed."),
    ("ko", "한국어 이름이 501자입니다. 최대 500자까지 입력할 수 있습니다."),
    ("zh", "您的韩文姓名有 501 个字符，最多只能有 500 个字符。"),
])
def test_a_name_over_the_limit_is_refused_in_the_clerks_language(qtbot, ui_language, tmp_path, lang, message) -> None:  # type: ignore[no-untyped-def]
    ui_language(lang)
    dialog = PreferencesDialog(ini(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_fields.fields["ko"].setText("김" * 501)
    dialog.name_fields.fields["en"].setText("Kim Minji")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted  # kept open
    assert dialog.name_fields.message.isVisible() and dialog.name_fields.message.text() == message
    assert clerk_name.stored_names(ini(tmp_path)) == {}  # nothing kept
    qtbot.keyClick(dialog.name_fields.fields["ko"], Qt.Key.Key_Backspace)  # 500: the message goes at once
    assert not dialog.name_fields.message.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialog.names()["ko"]) == 500


# --- the first start --------------------------------------------------------------------------------


def _start(qtbot: Any, home: Path) -> Any:
    """Start the desktop app on ``home`` as a clerk does; the window (and its question, if any)."""
    from secretariat_app.ui import app as gui

    _qapp, window = gui.start_gui(argparse.Namespace(db=str(home / "council.sqlite3"), database_url=None))
    assert window is not None
    qtbot.addWidget(window)
    return wait_open(qtbot, window)  # the name is asked once the database is open


def _asking(window: Any) -> ClerkNameDialog | None:
    shown = [d for d in window.findChildren(ClerkNameDialog) if d.isVisible()]
    assert len(shown) <= 1
    return shown[0] if shown else None


def _close(window: Any) -> None:
    window.close()
    settle()
    window.ctx.app.close()


@pytest.fixture
def fresh_home(tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """A data folder with no settings yet (the first start), and a database file the clerk named."""
    home = tmp_path / "home"
    monkeypatch.setenv("SECRETARIAT_HOME", str(home))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app = bootstrap.open_app(Settings(database_url=sqlite_url(home / "council.sqlite3"), user="root"))
    bootstrap.load_demo(app)
    app.close()
    clerk_name.forget_asking()
    return home


def test_the_first_start_asks_once_and_later_asks_again_next_start(qtbot, fresh_home) -> None:  # type: ignore[no-untyped-def]
    window = _start(qtbot, fresh_home)
    dialog = _asking(window)
    assert dialog is not None and window.isVisible()  # over the window, which is already there
    assert dialog.isModal() and QApplication.activeModalWidget() is dialog
    assert "Your login (root) is kept beside it." in dialog.login_note.text()
    dialog.later_button.click()
    assert _asking(window) is None and clerk_name.stored_names(ini(fresh_home)) == {}
    assert window.ctx.app.clerk_names == {}
    assert clerk_name.ask_at_start(window, ini(fresh_home)) is None  # not again while the app runs
    _close(window)

    clerk_name.forget_asking()  # the next start: still no name, so asked again
    window = _start(qtbot, fresh_home)
    dialog = _asking(window)
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc (or closing it) is Later too
    assert _asking(window) is None
    _close(window)


def test_the_first_start_keeps_the_name_given_and_does_not_ask_again(qtbot, fresh_home) -> None:  # type: ignore[no-untyped-def]
    window = _start(qtbot, fresh_home)
    dialog = _asking(window)
    assert dialog is not None
    dialog.fields.set_value({"ko": "김민지", "en": " Kim Minji "})
    dialog.save_button.click()
    assert _asking(window) is None
    assert clerk_name.stored_names(ini(fresh_home)) == {"ko": "김민지", "en": "Kim Minji"}
    assert window.ctx.app.clerk_names == {"ko": "김민지", "en": "Kim Minji"}  # the next save carries it
    loaded = window.ctx.records.get("person", "person-li-ming")
    window.ctx.records.update("person", {**loaded.doc, "notes": "first day"}, loaded.version)
    assert window.ctx.records.get("person", "person-li-ming").updated_by_name == {"ko": "김민지", "en": "Kim Minji"}
    _close(window)

    clerk_name.forget_asking()
    window = _start(qtbot, fresh_home)  # the next start: the name is there, nothing is asked
    assert _asking(window) is None and window.ctx.app.clerk_names == {"ko": "김민지", "en": "Kim Minji"}
    _close(window)


def test_save_with_every_field_empty_is_later_and_a_long_name_stays_asked(qtbot, fresh_home) -> None:  # type: ignore[no-untyped-def]
    window = _start(qtbot, fresh_home)
    dialog = _asking(window)
    assert dialog is not None
    dialog.fields.fields["zh"].setText("金" * 501)
    dialog.save_button.click()
    assert _asking(window) is dialog and "501" in dialog.fields.message.text()  # still asking, the limit said
    dialog.fields.fields["zh"].setText("   ")
    dialog.save_button.click()
    assert _asking(window) is None and clerk_name.stored_names(ini(fresh_home)) == {}
    _close(window)


def test_ui_tests_start_with_a_name_so_nothing_is_asked(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The fixture every UI test has: a name is kept in the data folder, so a start asks nothing."""
    assert clerk_name.stored_names(QSettings(str(settings.ui_settings_path()), QSettings.Format.IniFormat)) == CLERK
    assert settings.resolve().names == CLERK


# --- shown where the login was ------------------------------------------------------------------------


def _recent(window: Any) -> list[str]:
    view = window.views["dashboard"]
    return [f"{i.text(0)} | {i.text(1)}" for i in view.entries(view.recent)]


def test_dashboard_history_and_editor_show_the_name_in_the_ui_language(qtbot, ui_language, minji_app, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, minji_app, tmp_path / "window.ini")
    records = window.ctx.records
    loaded = records.get("agreement", ENV_MOU)
    records.update("agreement", {**loaded.doc, "reference": "SBIC-2015-001-R"}, loaded.version)
    qtbot.waitUntil(lambda: "Kim Minji" in (_recent(window) or [""])[0])
    recent = _recent(window)
    assert recent[0].startswith("MOU on the Establishment of the Environment Team") and recent[0].endswith("· Kim Minji")
    assert all(line.endswith("· tester") for line in recent[1:])  # the demo's rows: the login only
    assert "root" not in " ".join(recent)

    editor = open_editor(qtbot, window.ctx, "agreement", ENV_MOU)
    assert "last changed by Kim Minji on" in editor.meta.text() and "root" not in editor.meta.text()
    editor.tabs.setCurrentWidget(editor.history)
    who = [editor.history.tree.topLevelItem(i).text(1) for i in range(editor.history.tree.topLevelItemCount())]
    assert who[0] == "Kim Minji" and set(who[1:]) == {"tester"}
    assert editor.history.tree.topLevelItem(0).toolTip(1) == "Login: root"
    assert "Kim Minji" in editor.history.detail.toPlainText()
    editor.close()

    for lang, name in (("ko", "김민지"), ("zh", "金敏智")):
        ui_language(lang)
        window.ctx.refresh_all()
        qtbot.waitUntil(lambda n=name: (_recent(window) or [""])[0].endswith(f"· {n}"))
        editor = open_editor(qtbot, window.ctx, "agreement", ENV_MOU)
        assert name in editor.meta.text(), editor.meta.text()
        editor.tabs.setCurrentWidget(editor.history)
        assert editor.history.tree.topLevelItem(0).text(1) == name
        editor.close()
    window.close()
    settle()


def test_a_name_in_another_language_is_shown_before_the_login(qtbot, tmp_path, demo_template) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ui.sqlite3"
    shutil.copyfile(demo_template, path)
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="root", names={"zh": "金敏智"}))
    try:
        loaded = app.records.get("agreement", ENV_MOU)
        app.records.update("agreement", {**loaded.doc, "reference": "SBIC-2015-001-R"}, loaded.version)
        window = make_window(qtbot, app, tmp_path / "window.ini")
        qtbot.waitUntil(lambda: (_recent(window) or [""])[0].endswith("· 金敏智"))  # an English UI, a Chinese name only (the dashboard fills in after the window shows)
        window.close()
        settle()
    finally:
        app.close()


# --- screenshots ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_name_dialogs_screenshot(qtbot, ui_language, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui.startup import apply_record_font

    ui_language(lang)
    apply_record_font(lang)
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    first = ClerkNameDialog("root")
    qtbot.addWidget(first)
    first.fields.set_value(MINJI)
    first.show()
    qtbot.waitExposed(first)
    assert first.grab().save(str(folder / f"clerk-name-first-start-{lang}.png"))
    stored = ini(tmp_path)
    clerk_name.save_names(stored, MINJI)
    prefs = PreferencesDialog(stored)
    qtbot.addWidget(prefs)
    prefs.name_fields.fields["en"].setText("K" * 501)
    prefs.show()
    qtbot.waitExposed(prefs)
    prefs.accept()  # the limit's message, as the clerk sees it
    qtbot.wait(50)
    assert prefs.isVisible() and prefs.grab().save(str(folder / f"clerk-name-preferences-{lang}.png"))
