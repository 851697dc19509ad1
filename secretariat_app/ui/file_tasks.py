"""File menu work that can take long: import, export, backup, restore, opening another database.

Each runs on a worker thread behind a progress dialog with Cancel (restoring and opening cannot be
cancelled half-way). The methods take an optional path so they can be driven without a file dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import bootstrap
from ..domain.vocab import COLLECTIONS
from ..errors import SecretariatError
from ..settings import Settings, sqlite_url
from .dialogs import ask
from .errors import message_box
from .file_dialogs import open_file_name, save_file_name
from .progress import run_with_progress
from .workers import Progress, Task

if TYPE_CHECKING:
    from ..app.exchange import Imported, ImportReport
    from .main_window import MainWindow


class FileTasks(QObject):
    task_started = Signal(object)  # the Task (tests wait for it)
    task_done = Signal(str, bool)  # what ("import", "export", ...), succeeded

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.current: Task | None = None

    @property
    def ctx(self) -> Any:
        return self.window.ctx

    @property
    def busy(self) -> bool:
        return self.current is not None and not self.current.done

    def _start(self, what: str, title: str, text: str, work: Any, on_success: Any,
               cancellable: bool = True, writes: bool = False) -> Task | None:
        if self.busy:
            self.window.show_message(self.tr("Another task is still running."))
            return None

        def succeeded(result: Any) -> None:
            on_success(result)
            self.task_done.emit(what, True)

        def cancelled() -> None:
            self.window.show_message(self.tr("Cancelled; nothing was changed."))
            self.task_done.emit(what, False)

        def failed(exc: BaseException) -> None:
            from .errors import show_error

            show_error(self.window, exc, title)
            self.task_done.emit(what, False)

        self.current = run_with_progress(self.window, title, text, work, succeeded, cancellable, cancelled, failed,
                                         writes)
        self.task_started.emit(self.current)
        return self.current

    # --- import and export ---------------------------------------------------------------------------

    def import_file(self, path: Path | None = None) -> Task | None:
        if path is None:
            name, _ = open_file_name(self.window, self.tr("Import records"), self.tr("Exchange files (*.json *.zip)"))
            if not name:
                return None
            path = Path(name)
        exchange = self.ctx.app.exchange

        def work(progress: Progress) -> Imported:
            # The views hear of the import's change (which kinds, which records) from the core itself.
            return exchange.import_file(path, progress=progress, initiator=self)

        def done(imported: Imported) -> None:
            self.window.show_message(self.tr("Imported %1.").replace("%1", path.name))
            message_box(self.window, QMessageBox.Icon.Information, self.tr("Import finished"),
                        import_summary(imported.report))

        return self._start("import", self.tr("Import"), self.tr("Importing %1… (all or nothing: Cancel leaves "
                                                                 "the records as they were)").replace("%1", path.name),
                           work, done, writes=True)

    def export_file(self, path: Path | None = None) -> Task | None:
        if path is None:
            name, chosen = save_file_name(self.window, self.tr("Export records"), "secretariat-export.zip",
                                          self.tr("Bundle with attachments (*.zip);;Records only (*.json)"))
            if not name:
                return None
            path = Path(name)
            if path.suffix.lower() not in (".json", ".zip"):
                path = path.with_suffix(".json" if "json" in chosen else ".zip")
        exchange = self.ctx.app.exchange

        def done(counts: dict[str, int]) -> None:
            self.window.show_message(self.tr("Exported %Ln record(s) to %1.", "", sum(counts.values()))
                                     .replace("%1", str(path)))

        return self._start("export", self.tr("Export"), self.tr("Exporting to %1…").replace("%1", path.name),
                           lambda progress: exchange.export(path, progress), done)

    # --- backup and restore --------------------------------------------------------------------------

    def backup(self, dest: Path | None = None) -> Task | None:
        maintenance = self.ctx.app.maintenance
        if self.ctx.app.is_shared:
            self._refuse(self.tr("Backup works on a local database file; for a server use the server's own "
                                 "backups, or export the records."))
            return None
        if dest is None:
            name, _ = save_file_name(self.window, self.tr("Back up the database"),
                                     maintenance.default_backup_path().name, self.tr("Database files (*.sqlite3)"))
            if not name:
                return None
            dest = Path(name)

        def done(path: Path) -> None:
            self.window.show_message(self.tr("Backup written to %1.").replace("%1", str(path)))

        return self._start("backup", self.tr("Backup"), self.tr("Copying the database to %1…").replace("%1", dest.name),
                           lambda progress: maintenance.backup(dest, progress), done)

    def restore(self, src: Path | None = None, confirm: bool = True) -> Task | None:
        app = self.ctx.app
        if app.is_shared:
            self._refuse(self.tr("Restore works on a local database file."))
            return None
        if src is None:
            name, _ = open_file_name(self.window, self.tr("Restore from a backup"),
                                     self.tr("Database files (*.sqlite3 *.db);;All files (*)"))
            if not name:
                return None
            src = Path(name)
        if confirm and ask(self.window, self.tr("Restore from a backup"),
                           self.tr("Replace every record with the content of %1? The current content is "
                                   "copied aside first.").replace("%1", src.name),
                           QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                           QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return None
        if not self.window.tabs.close_all():
            return None

        def work(progress: Progress) -> tuple[Path, bootstrap.App]:
            safety = app.maintenance.restore(src, progress)
            # A fresh start on the restored content: the undo history spoke of the records before it.
            return safety, bootstrap.open_app(app.settings)

        def done(result: tuple[Path, bootstrap.App]) -> None:
            safety, fresh = result
            self._switch(fresh)
            message_box(self.window, QMessageBox.Icon.Information, self.tr("Restored"),
                        self.tr("The records are now those of %1. The previous content was kept in %2.")
                        .replace("%1", src.name).replace("%2", str(safety)))

        return self._start("restore", self.tr("Restore"), self.tr("Restoring from %1…").replace("%1", src.name),
                           work, done, cancellable=False, writes=True)

    # --- another database ----------------------------------------------------------------------------

    def open_database(self, settings: Settings | None = None) -> Task | None:
        current = self.ctx.app.settings
        if settings is None:
            settings = self._ask_database(current)
            if settings is None:
                return None
        if not self.window.tabs.close_all():
            return None

        def done(fresh: bootstrap.App) -> None:
            self._switch(fresh)
            self.window.show_message(self.tr("Opened %1.").replace("%1", fresh.settings.display_name))

        return self._start("open", self.tr("Open database"),
                           self.tr("Opening %1…").replace("%1", settings.display_name),
                           lambda _progress: bootstrap.open_app(settings), done, cancellable=False)

    def _ask_database(self, current: Settings) -> Settings | None:
        try:
            from .connect_dialog import ask_database
        except ImportError:
            name, _ = save_file_name(self.window, self.tr("Open or create a database file"),
                                     filter=self.tr("Database files (*.sqlite3 *.db);;All files (*)"),
                                     options=QFileDialog.Option.DontConfirmOverwrite)
            return Settings(sqlite_url(name), current.user) if name else None
        return ask_database(current.user, current, self.window)

    def _switch(self, fresh: bootstrap.App) -> None:
        old = self.ctx.app
        fresh.set_clerk_names(old.clerk_names)  # the same clerk, whichever database: their name goes along
        self.ctx.switch_app(fresh)
        self.window.database_switched()
        if old is not fresh:
            try:
                old.close()
            except SecretariatError:
                pass  # the old connection is gone anyway

    def _refuse(self, text: str) -> None:
        message_box(self.window, QMessageBox.Icon.Warning, self.tr("Secretariat"), text)


def import_summary(report: ImportReport) -> str:
    """What an import did, per kind of record, in the UI language."""
    from .widgets import names

    added, changed = sum(report.added.values()), sum(report.changed.values())
    lines = [QCoreApplication.translate("FileTasks", "Added %1 and changed %2 records.")
             .replace("%1", str(added)).replace("%2", str(changed))]
    for kind, collection in COLLECTIONS.items():
        a, c, u = (report.added.get(collection, 0), report.changed.get(collection, 0),
                   report.unchanged.get(collection, 0))
        if a or c or u:
            lines.append(QCoreApplication.translate("FileTasks", "%1: %2 new, %3 changed, %4 unchanged")
                         .replace("%1", names.kind_name(kind)).replace("%2", str(a)).replace("%3", str(c))
                         .replace("%4", str(u)))
    return "\n".join(lines)
