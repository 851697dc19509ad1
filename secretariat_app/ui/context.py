"""What every window and editor of the desktop app shares: the application façade, the UI language,
and one signal that tells every open view what changed (the Anki pattern: one hook, each view decides).

At start-up the context can exist before its database is open (:meth:`UiContext.opening`): the main
window is drawn while a worker opens the database, and fills in when :attr:`UiContext.opened` fires.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ..services.changes import Change

if TYPE_CHECKING:  # the façade brings the database layer: it is imported by the worker that opens it
    from ..bootstrap import App
    from ..settings import Settings


class UiContext(QObject):
    # Emitted on the UI thread once for every committed change (save, delete, restore, purge, undo, redo,
    # import), and for "anything may have changed" (another database, F5): always a Change.
    changed = Signal(object)
    undo_state_changed = Signal()
    # The text of an attached file was read for search (by the background worker): its SHA-256, and the
    # reason it has no text or only part of it ("" when it was read whole).
    file_read = Signal(str, str)
    # The database of a context made by :meth:`opening` is open now (emitted once, on the UI thread).
    opened = Signal()
    # Records an import queued for the search index were indexed (by the background worker): how many so
    # far, of how many.
    indexed = Signal(int, int)

    def __init__(self, app: App | None, lang: str = "en", parent: QObject | None = None,
                 where: Settings | None = None):
        super().__init__(parent)
        self._app: App | None = None
        self.where = app.settings if app is not None else where  # the database's settings, open or not
        self.lang = lang  # the language records are shown in: "ko", "zh" or "en"
        self.reading_files = False  # the background worker runs (the desktop app starts it)
        if app is not None:
            self._attach(app)

    @classmethod
    def opening(cls, where: Settings, lang: str = "en", parent: QObject | None = None) -> UiContext:
        """A context whose database a worker is still opening: :meth:`open` gives it."""
        return cls(None, lang, parent, where)

    @property
    def is_open(self) -> bool:
        return self._app is not None

    @property
    def app(self) -> App:
        if self._app is None:  # the window offers nothing that reads or writes before it is open
            raise RuntimeError("the database is not open yet")
        return self._app

    @property
    def settings(self) -> Settings:
        """Which database, and who works on it: known before it is open."""
        if self._app is not None:
            return self._app.settings  # the clerk's names may have changed since (Preferences)
        assert self.where is not None
        return self.where

    @property
    def records(self):  # type: ignore[no-untyped-def]
        return self.app.records

    def _attach(self, app: App) -> None:
        self._app = app
        self.where = app.settings
        app.records.listeners.append(self._on_change)
        app.extraction.listeners.append(self._on_file_read)
        app.indexing.listeners.append(self._on_indexed)

    def _start_workers(self, app: App) -> None:
        app.extraction.start()
        app.indexing.start()

    def open(self, app: App) -> None:
        """The database the window was drawn without is open now: every view may read it."""
        assert self._app is None, "already open: switch_app changes the database"
        self._attach(app)
        if self.reading_files:
            self._start_workers(app)
        self.opened.emit()

    def _on_change(self, change: Change) -> None:
        # The core calls listeners on the thread that ran the change (the write thread); a signal
        # emitted there is queued, so widgets hear of it on the UI thread only.
        self.changed.emit(change)
        self.undo_state_changed.emit()

    def _on_file_read(self, sha256: str, result: Any) -> None:
        self.file_read.emit(sha256, result.reason or "")  # queued to the UI thread, like a change

    def _on_indexed(self, done: int, total: int) -> None:
        self.indexed.emit(done, total)  # queued to the UI thread, like a change

    def start_reading_files(self) -> None:
        """Read the text of attached files, and index what an import queued for search, in the background
        from now on (the desktop app; not tests); if the database is still being opened, once it is."""
        self.reading_files = True
        if self._app is not None:
            self._start_workers(self._app)

    def switch_app(self, app: App) -> None:
        """Work on another database from now on (File → Open database…, or after a restore)."""
        if self._on_change in self.app.records.listeners:
            self.app.records.listeners.remove(self._on_change)
        if self._on_file_read in self.app.extraction.listeners:
            self.app.extraction.listeners.remove(self._on_file_read)
        if self._on_indexed in self.app.indexing.listeners:
            self.app.indexing.listeners.remove(self._on_indexed)
        if self.app is not app:
            self.app.extraction.stop()
            self.app.indexing.stop()
        self._attach(app)
        if self.reading_files:
            self._start_workers(app)
        self._on_change(Change.replaced("replace"))

    def refresh_all(self) -> None:
        """F5, or another clerk saved something: every view reads again."""
        self._on_change(Change.replaced("refresh"))
