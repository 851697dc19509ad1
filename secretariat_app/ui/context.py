"""What every window and editor of the desktop app shares: the services, the UI language, and one
signal that tells every open view that records changed (the Anki pattern: one hook, every view refreshes).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..bootstrap import App
from ..services.records import Change


class UiContext(QObject):
    # Emitted on the UI thread after every committed change (save, delete, restore, undo, redo, import).
    changed = Signal(object)  # Change, or None for "anything may have changed" (import, restore, F5)
    undo_state_changed = Signal()

    def __init__(self, app: App, lang: str = "en", parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.lang = lang  # the language records are shown in: "ko", "zh" or "en"
        app.records.listeners.append(self._on_change)

    @property
    def records(self):  # type: ignore[no-untyped-def]
        return self.app.records

    def _on_change(self, change: Change) -> None:
        # Records.run() calls listeners on the thread that ran the change; views are told via a queued
        # signal, so a change made by a worker thread still reaches widgets on the UI thread only.
        self.changed.emit(change)
        self.undo_state_changed.emit()

    def switch_app(self, app: App) -> None:
        """Work on another database from now on (File → Open database…, or after a restore)."""
        if self._on_change in self.app.records.listeners:
            self.app.records.listeners.remove(self._on_change)
        self.app = app
        app.records.listeners.append(self._on_change)

    def refresh_all(self) -> None:
        self.changed.emit(None)
        self.undo_state_changed.emit()
