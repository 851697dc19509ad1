"""File menu work that can take long: import, export, backup, restore, opening another database.

Each runs on a worker thread behind a progress dialog with Cancel (restoring and opening cannot be
cancelled half-way). The methods take an optional path so they can be driven without a file dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

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
               cancellable: bool = True, writes: bool = False, on_refusal: Any = None) -> Task | None:
        """``on_refusal(exc)`` may take a refusal in hand (returns True): a question instead of an error."""
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

            self.task_done.emit(what, False)
            if on_refusal is None or not on_refusal(exc):
                show_error(self.window, exc, title)

        self.current = run_with_progress(self.window, title, text, work, succeeded, cancellable, cancelled, failed,
                                         writes)
        self.task_started.emit(self.current)
        return self.current

    # --- import and export ---------------------------------------------------------------------------

    def import_file(self, path: Path | None = None, trust: bool | str = False) -> Task | None:
        if path is None:
            name, _ = open_file_name(self.window, self.tr("Import records"), self.tr("Exchange files (*.json *.zip)"))
            if not name:
                return None
            path = Path(name)
        exchange = self.ctx.app.exchange

        def work(progress: Progress) -> Imported:
            # The views hear of the import's change (which kinds, which records) from the core itself.
            return exchange.import_file(path, progress=progress, initiator=self, trust=trust)

        def done(imported: Imported) -> None:
            self.window.show_message(self.tr("Imported %1.").replace("%1", path.name))
            self.show_summary(imported.report)

        def first_key(exc: BaseException) -> bool:
            """The first package from a site: its key's fingerprint, to compare with the counterpart."""
            problem = getattr(exc, "problem", None)
            if problem is None or problem.code != "package_key_untrusted":
                return False
            text = self.tr("This is the first package from %1. It is signed with this key:\n\n%2\n\nCompare "
                           "the fingerprint with %1 (read it to each other by phone, for example). Import the "
                           "package and trust this key for %1 from now on?") \
                .replace("%1", problem.values["site"]).replace("%2", problem.values["key"])
            yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
            if ask(self.window, self.tr("A new counterpart"), text, yes | cancel, cancel) == yes:
                self.import_file(path, trust=problem.values["key"])
            else:
                self.window.show_message(self.tr("Not imported; nothing was changed."))
            return True

        return self._start("import", self.tr("Import"), self.tr("Importing %1… (all or nothing: Cancel leaves "
                                                                 "the records as they were)").replace("%1", path.name),
                           work, done, writes=True, on_refusal=first_key)

    def show_summary(self, report: ImportReport) -> QMessageBox:
        """What the import did; with conflicts, a button that opens them side by side."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"), import_summary(report),
                          QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("messageDialog")
        if report.conflicts:
            box.setIcon(QMessageBox.Icon.Warning)
            compare = box.addButton(self.tr("Compare and settle…"), QMessageBox.ButtonRole.AcceptRole)
            compare.setObjectName("compare")
            compare.clicked.connect(self.window.open_merge_view)
            names = conflict_names(self.ctx.app, report, self.ctx.lang)
            box.setDetailedText("\n".join(names))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        return box

    def site_named(self) -> bool:
        """A package carries this site's name: asked once, where the first start did not (an older database)."""
        from .first_start import SITE_NAMES

        exchange = self.ctx.app.exchange
        if exchange.sites()[0].name or self.ctx.app.read_only:
            return True
        name, ok = QInputDialog.getItem(self.window, self.tr("Your secretariat"),
                                        self.tr("The counterpart sees this name on your packages:"),
                                        list(SITE_NAMES), 0, True)
        if not ok or not name.strip():
            return False
        exchange.name_site(name)
        return True

    def export_package(self, path: Path | None = None, site: str | None = None) -> Task | None:
        """A package of what a counterpart has not confirmed having, signed (File → Package for the
        counterpart…)."""
        exchange = self.ctx.app.exchange
        if not self.site_named():
            return None
        sites = exchange.sites()
        others = sites[1:]
        if not others:
            self._refuse(self.tr("No counterpart has sent a package yet. For the first exchange, export every "
                                 "record (File → Export…, a .zip) and send that file; their first package back "
                                 "makes them known here."))
            return None
        if site is None:
            if len(others) == 1:
                site = others[0].id
            else:
                labels = [s.name or s.id for s in others]
                chosen, ok = QInputDialog.getItem(self.window, self.tr("Package for the counterpart"),
                                                  self.tr("For which counterpart?"), labels, 0, False)
                if not ok:
                    return None
                site = others[labels.index(chosen)].id
        target = next(s for s in others if s.id == site)
        if path is None:
            default = f"secretariat-package-{date.today().isoformat()}.zip"
            name, _ = save_file_name(self.window, self.tr("Package for %1").replace("%1", target.name or target.id),
                                     default, self.tr("Package (*.zip)"))
            if not name:
                return None
            path = Path(name) if name.lower().endswith(".zip") else Path(name + ".zip")

        def done(counts: dict[str, int]) -> None:
            n = sum(v for k, v in counts.items())
            self.window.show_message(self.tr("Wrote %Ln change(s) for %2 to %1.", "", n)
                                     .replace("%1", str(path)).replace("%2", target.name or target.id))

        return self._start("export", self.tr("Package for the counterpart"),
                           self.tr("Writing the package for %1…").replace("%1", target.name or target.id),
                           lambda progress: exchange.export(path, progress, for_site=site), done)

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
    """What an import did, per kind of record, in the UI language: added, updated, moved to the trash,
    already here, and changed on both sides."""
    from .widgets import names

    translate = QCoreApplication.translate  # (lupdate reads translate("<context>", …))
    total = {b: sum(getattr(report, b).values()) for b in report.BUCKETS}
    lines = [translate("FileTasks", "Added %1, updated %2, moved to the trash %3; already here %4, unchanged %5.")
             .replace("%1", str(total["added"])).replace("%2", str(total["changed"]))
             .replace("%3", str(total["trashed"])).replace("%4", str(total["skipped"]))
             .replace("%5", str(total["unchanged"]))]
    if report.conflicts:
        lines.append(translate("FileTasks", "%n record(s) were changed here and at the counterpart: ours is kept, theirs "
                        "waits until you compare and settle.", None, len(report.conflicts)))
    if report.sender:
        lines.append(translate("FileTasks", "From %1, signed with key %2.").replace("%1", report.sender)
                     .replace("%2", report.fingerprint) if report.fingerprint else
                     translate("FileTasks", "From %1; the file is not signed.").replace("%1", report.sender))
    for kind, collection in COLLECTIONS.items():
        counts = [getattr(report, b).get(collection, 0) for b in report.BUCKETS]
        if any(counts):
            lines.append(translate("FileTasks", "%1: %2 added, %3 updated, %4 to the trash, %5 already here, %6 unchanged")
                         .replace("%1", names.kind_name(kind)).replace("%2", str(counts[0]))
                         .replace("%3", str(counts[1])).replace("%4", str(counts[2]))
                         .replace("%5", str(counts[3])).replace("%6", str(counts[4])))
    if report.gap:
        lines.append(translate("FileTasks", "An earlier package from this counterpart has not been imported yet: import it "
                        "too (the order does not matter)."))
    return "\n".join(lines)


def conflict_names(app: Any, report: ImportReport, lang: str) -> list[str]:
    """The records changed on both sides, by kind and name."""
    from .widgets import names

    lookup = app.lookup()
    out = []
    for kind in COLLECTIONS:
        ids = [rid for k, rid in report.conflicts if k == kind]
        found = lookup.choices(kind, ids, lang) if ids else {}
        out += [f"{names.kind_name(kind)} · {found[rid].label if rid in found else rid}" for rid in ids]
    return out
