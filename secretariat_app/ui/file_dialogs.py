"""Where the app's open and save dialogs start: the clerk's Documents folder the first time, then the folder
the clerk last chose in any of them.

Every file dialog of the app goes through :func:`open_file_name` or :func:`save_file_name` (Qt's own
static dialogs underneath: native where the system has them). A save dialog keeps its default file name,
joined to that folder. The last folder is kept in the UI settings (``files/last_folder`` in
``secretariat-ui.ini`` in the data folder), so it outlives a restart; a folder that is gone since (a USB
stick taken out, a share no longer mounted) is passed over for Documents, or for the home folder on a
system without one. Before this, the dialogs started in the folder the program was started from.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

SETTING = "files/last_folder"
NO_OPTIONS = QFileDialog.Option(0)


def _settings() -> QSettings:
    from .startup import window_settings

    return window_settings()


def documents_folder() -> Path:
    """The clerk's Documents folder; the home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def last_folder() -> Path | None:
    """The folder the clerk last chose a file in, if it is still there."""
    saved = _settings().value(SETTING)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    return None


def start_folder() -> Path:
    return last_folder() or documents_folder()


def start_at(name: str = "") -> str:
    """What a dialog starts at: the start folder, with ``name`` (a default file name) in it."""
    folder = start_folder()
    return str(folder / Path(name).name) if name else str(folder)


def remember(chosen: str | Path) -> None:
    """The clerk chose ``chosen`` (a file): the next dialog starts in its folder."""
    if not chosen:
        return
    folder = Path(chosen).expanduser().parent
    settings = _settings()
    settings.setValue(SETTING, str(folder))
    settings.sync()


def open_file_name(parent: QWidget | None, caption: str, filter: str = "",
                   options: QFileDialog.Option = NO_OPTIONS) -> tuple[str, str]:
    """Qt's open dialog, started in the start folder; (path or "", the filter chosen)."""
    name, chosen = QFileDialog.getOpenFileName(parent, caption, dir=start_at(), filter=filter, options=options)
    remember(name)
    return name, chosen


def save_file_name(parent: QWidget | None, caption: str, name: str = "", filter: str = "",
                   options: QFileDialog.Option = NO_OPTIONS, at: str | Path | None = None) -> tuple[str, str]:
    """Qt's save dialog with ``name`` in the start folder (or at ``at``, a path the clerk has given
    already); (path or "", the filter chosen)."""
    where = str(at) if at else start_at(name)
    path, chosen = QFileDialog.getSaveFileName(parent, caption, dir=where, filter=filter, options=options)
    remember(path)
    return path, chosen
