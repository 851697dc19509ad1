"""Views that follow the records: reloaded at once when a change arrives while they are shown, and
otherwise only marked out of date and reloaded when next shown — a hidden view costs nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent

from ..services.changes import Change


class FollowsChanges:
    """Mixin, listed before the Qt widget class. The view implements :meth:`show_records` (and may
    narrow :meth:`concerns`), and calls :meth:`follow_changes` once it is built."""

    _stale = True

    def follow_changes(self, ctx: Any) -> None:
        ctx.changed.connect(self._on_records_changed)

    def concerns(self, change: Change) -> bool:
        """Does this change touch what the view shows? (Any write, unless the view narrows it.)"""
        return change.touches()

    def show_records(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        """Show the records as they are now."""
        self._stale = False
        self.show_records()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self.reload()

    def _on_records_changed(self, change: Change) -> None:
        if not self.concerns(change):
            return
        if self.isVisible():  # type: ignore[attr-defined]
            self.reload()
        else:
            self._stale = True
