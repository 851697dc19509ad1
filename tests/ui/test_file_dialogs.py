"""Where the open and save dialogs start: the clerk's Documents folder the first time (the home folder
where there is none), then the folder last chosen in any of them, kept in the UI settings across a
restart; each save dialog keeps its default file name in that folder.

Qt's dialog class is left as it is: the static functions are replaced only to see the folder they are
given and to answer them, except in the last test, which answers the real (non-native) dialogs."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from secretariat_app.ui import file_dialogs
from secretariat_app.ui.briefing_dialog import open_briefing_dialog
from secretariat_app.ui.connect_dialog import ConnectDialog
from secretariat_app.ui.context import UiContext
from secretariat_app.ui.startup import SETTINGS_FILE

from .editor_helpers import open_editor
from .shell_helpers import settle, window

__all__ = ["window"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own (Qt reads $HOME each time) and a data folder of its own (the UI
    settings file lives there)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.delenv("XDG_CONFIG_HOME", raising=False)  # no user-dirs.dirs: Documents is ~/Documents
    monkeypatch.setenv("SECRETARIAT_HOME", str(tmp_path / "data"))
    return folder


class Dialogs:
    """Stands in for QFileDialog's static functions: notes what each is given, answers in turn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch):
        self.calls: list[dict[str, Any]] = []
        self.answers: list[str] = []
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._asker(name)))

    def _asker(self, which: str) -> Any:
        def ask(parent: Any = None, caption: str = "", dir: str = "", filter: str = "", selectedFilter: str = "",
                options: Any = None) -> tuple[str, str]:
            self.calls.append({"which": which, "caption": caption, "dir": dir, "filter": filter})
            return (self.answers.pop(0) if self.answers else ""), ""
        return ask

    @property
    def last_dir(self) -> str:
        return self.calls[-1]["dir"]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def ctx(sqlite_demo_app: Any, qapp: QApplication) -> UiContext:
    return UiContext(sqlite_demo_app, "en")


def saved_folder() -> str | None:
    settings = QSettings(str(file_dialogs._settings().fileName()), QSettings.Format.IniFormat)
    value = settings.value(file_dialogs.SETTING)
    return None if value is None else str(value)


def test_the_first_dialog_starts_in_documents_or_else_home(home, dialogs, window) -> None:  # type: ignore[no-untyped-def]
    window.tasks.export_file()  # no Documents folder on this machine: the home folder
    assert dialogs.last_dir == str(home / "secretariat-export.zip")
    (home / "Documents").mkdir()
    window.tasks.import_file()
    assert dialogs.calls[-1]["which"] == "getOpenFileName" and dialogs.last_dir == str(home / "Documents")
    window.tasks.backup()  # the default name (database and time) is kept, in Documents
    name = Path(dialogs.last_dir)
    assert name.parent == home / "Documents" and name.name.startswith("ui-") and name.suffix == ".sqlite3"
    window.tasks.restore()
    assert dialogs.last_dir == str(home / "Documents")
    assert saved_folder() is None  # every dialog was cancelled: nothing to remember


def test_the_next_dialog_starts_where_the_clerk_last_chose(qtbot, home, dialogs, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (home / "Documents").mkdir()
    source = tmp_path / "scans" / "signed.pdf"
    source.parent.mkdir()
    source.write_bytes(b"%PDF-1.4 signed copy")
    editor = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
    files = editor.attachments
    dialogs.answers = [str(source)]
    files._choose_file()
    assert dialogs.calls[0]["which"] == "getOpenFileName" and dialogs.last_dir == str(home / "Documents")
    settle()
    assert [x["name"] for x in files.items][-1] == "signed.pdf"
    assert saved_folder() == str(source.parent)  # kept in secretariat-ui.ini in the data folder
    assert (Path(file_dialogs._settings().fileName()).parent / SETTINGS_FILE).is_file()

    files.tree.setCurrentItem(files.tree.topLevelItem(files.tree.topLevelItemCount() - 1))
    target = tmp_path / "out" / "copy.pdf"
    target.parent.mkdir()
    dialogs.answers = [str(target)]
    files._choose_copy_target()  # another dialog: starts where the last one ended, with the file's name
    assert dialogs.last_dir == str(source.parent / "signed.pdf")
    assert target.read_bytes() == source.read_bytes() and saved_folder() == str(target.parent)

    dialog = open_briefing_dialog(ctx, "visit-2015-beijing", None)
    qtbot.addWidget(dialog)
    dialog.save_dialog()  # the briefing pack's name, in the folder of the last copy
    assert dialogs.last_dir == str(target.parent / dialog.default_file_name())
    assert dialog.default_file_name().startswith("visit-2015-beijing-briefing-")

    connect = ConnectDialog("kim", ctx.app.settings)
    qtbot.addWidget(connect)
    connect._browse()  # the current database's path is in the field: the dialog starts in the last folder
    assert dialogs.last_dir == str(target.parent)
    typed = tmp_path / "shared" / "council.sqlite3"
    connect.path_edit.setText(str(typed))
    connect._browse()  # a path the clerk typed: there
    assert dialogs.last_dir == str(typed)

    target.unlink()
    target.parent.rmdir()  # the last folder is gone (a USB stick taken out): Documents again
    dialog.save_dialog()
    assert dialogs.last_dir == str(home / "Documents" / dialog.default_file_name())
    settle()


def _answer_next_file_dialog(seen: list[str], answer: Path) -> None:
    """When Qt's own file dialog opens, note the folder it shows and the name in it, then answer it."""

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, respond)
            return
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.append(str(Path(dialog.directory().absolutePath()) / (name.text() if name is not None else "")))
        dialog.selectFile(str(answer))
        dialog.accept()

    QTimer.singleShot(0, respond)


def test_the_real_dialogs_start_there(qtbot, home, ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Qt's own dialog (what the static functions show where the system has no native one), answered as a
    clerk would: the first opens in Documents, the next in the folder chosen in the first."""
    documents = home / "Documents"
    documents.mkdir()
    source = tmp_path / "scans" / "minutes.txt"
    source.parent.mkdir()
    source.write_text("회의록 / 会议纪要 / minutes", encoding="utf-8")
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    try:
        editor = open_editor(qtbot, ctx, "agreement", "agr-2015-env-mou")
        files = editor.attachments
        seen: list[str] = []
        _answer_next_file_dialog(seen, source)
        files._choose_file()
        settle()
        assert seen == [str(documents)]
        added = files.items[-1]
        assert added["name"] == "minutes.txt"
        assert added["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
        files.tree.setCurrentItem(files.tree.topLevelItem(len(files.items) - 1))
        target = source.parent / "copy-of-minutes.txt"
        _answer_next_file_dialog(seen, target)
        files._choose_copy_target()
        assert seen[1] == str(source.parent / "minutes.txt")  # the last folder, with the file's own name
        assert target.read_bytes() == source.read_bytes()
    finally:
        QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, False)
