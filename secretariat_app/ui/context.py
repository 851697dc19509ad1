"""What every window and editor of the desktop app shares: the application façade, the UI language,
and one signal that tells every open view what changed (the Anki pattern: one hook, each view decides).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..bootstrap import App
from ..services.changes import Change


class UiContext(QObject):
    # Emitted on the UI thread once for every committed change (save, delete, restore, purge, undo, redo,
    # import), and for "anything may have changed" (another database, F5): always a Change.
    changed = Signal(object)
    undo_state_changed = Signal()
    # The text of an attached file was read for search (by the background worker): its SHA-256, and the
    # reason it has no text or only part of it ("" when it was read whole).
    file_read = Signal(str, str)
    # Records an import queued for the search index were indexed (by the background worker): how many so
    # far, of how many.
    indexed = Signal(int, int)

    def __init__(self, app: App, lang: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.lang = lang  # the language records are shown in: "ko", "zh" or "en"
        self.reading_files = False  # the background worker runs (the desktop app starts it)
        app.records.listeners.append(self._on_change)
        app.extraction.listeners.append(self._on_file_read)
        app.indexing.listeners.append(self._on_indexed)

    @property
    def records(self):  # type: ignore[no-untyped-def]
        return self.app.records

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
        from now on (the desktop app; not tests)."""
        self.reading_files = True
        self.app.extraction.start()
        self.app.indexing.start()

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
        self.app = app
        app.records.listeners.append(self._on_change)
        app.extraction.listeners.append(self._on_file_read)
        app.indexing.listeners.append(self._on_indexed)
        if self.reading_files:
            app.extraction.start()
            app.indexing.start()
        self._on_change(Change.replaced("replace"))

    def refresh_all(self) -> None:
        """F5, or another clerk saved something: every view reads again."""
        self._on_change(Change.replaced("refresh"))
