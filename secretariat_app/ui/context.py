"""What every window and editor of the desktop app shares: the application façade, the UI language,
and one signal that tells every open view what changed (the Anki pattern: one hook, each view decides).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..bootstrap import App
from ..services.changes import Change


class UiContext(QObject):
    # Emitted on the UI thread once for every committed change (save, delete, restore, purge, undo, redo,
    # import), and for "anything may have changed" (another database, F5): always a Change.
    changed = Signal(object)
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
        # The core calls listeners on the thread that ran the change (the write thread); a signal
        # emitted there is queued, so widgets hear of it on the UI thread only.
        self.changed.emit(change)
        self.undo_state_changed.emit()

    def switch_app(self, app: App) -> None:
        """Work on another database from now on (File → Open database…, or after a restore)."""
        if self._on_change in self.app.records.listeners:
            self.app.records.listeners.remove(self._on_change)
        self.app = app
        app.records.listeners.append(self._on_change)
        self._on_change(Change.replaced("replace"))

    def refresh_all(self) -> None:
        """F5, or another clerk saved something: every view reads again."""
        self._on_change(Change.replaced("refresh"))
