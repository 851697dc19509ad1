"""Help → About: the version, the licences (the app's, the fonts', Qt's), the database and the data folder,
with a button that shows the folder in the file manager; in Korean and Chinese too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from secretariat_app import __version__
from secretariat_app.ui.about_dialog import AboutDialog
from secretariat_app.ui.startup import app_icon


class FileManager(QObject):
    """Stands in for the desktop's file manager: notes the folder it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[QUrl] = []

    @Slot(QUrl)
    def show(self, url: QUrl) -> None:
        self.shown.append(url)


def test_about_names_version_licences_and_opens_the_data_folder(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data folder"
    dialog = AboutDialog("council.sqlite3", folder)
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert f"Version {__version__}" in dialog.findChild(type(dialog.text), "aboutVersion").text()
    assert "MIT licence" in text and "SIL Open Font License 1.1" in text and "Noto Sans KR" in text
    assert "GNU Lesser General Public License" in text and "council.sqlite3" in text
    assert dialog.folder_label.text() == str(folder)
    manager = FileManager()
    QDesktopServices.setUrlHandler("file", manager, "show")
    try:
        assert dialog.open_folder()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in manager.shown] == [str(folder)] and folder.is_dir()
    assert not dialog.message.isVisible()


def test_the_file_manager_gets_the_systems_libraries_not_the_bundles(monkeypatch) -> None:
    from secretariat_app.ui.about_dialog import system_libraries

    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/Secretariat/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    with system_libraries():
        assert os.environ["LD_LIBRARY_PATH"] == "/usr/local/lib"
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/Secretariat/_internal"  # the app itself keeps its own
    monkeypatch.delenv("LD_LIBRARY_PATH_ORIG")
    with system_libraries():
        assert "LD_LIBRARY_PATH" not in os.environ  # there was none before the bundle set it
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/Secretariat/_internal"


@pytest.mark.parametrize(("lang", "words"), [("ko", ["버전", "MIT", "데이터 폴더"]), ("zh", ["版本", "MIT", "数据文件夹"]),
                                            ("en", ["Version", "MIT", "Data folder"])])
def test_about_in_the_clerks_language_screenshot(qtbot, ui_language, tmp_path, lang, words) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.ui.startup import apply_record_font

    ui_language(lang)
    apply_record_font(lang)
    QApplication.setWindowIcon(app_icon())
    dialog = AboutDialog("secretariat.sqlite3", tmp_path / "Secretariat")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = " ".join(w.text() for w in dialog.findChildren(type(dialog.text))) + dialog.open_button.text()
    assert all(word in shown for word in words), shown
    folder = Path(os.environ.get("SECRETARIAT_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(folder / f"about-{lang}.png"))
