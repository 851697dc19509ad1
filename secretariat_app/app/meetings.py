"""Meetings from one conference to the next: a new meeting from the previous one or a template, and the
minutes' way from draft to final, each step one undoable change (services/meeting_cycle.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from ..domain import minutes_cycle
from ..services import meeting_cycle
from ..services.changes import Change
from ..services.lookup import Lookup
from ..services.records import Records


class Meetings:
    def __init__(self, records: Records):
        self.records = records
        self._ids = Lookup(records.db)

    def previous(self, kind: str, team: str | None) -> str | None:
        """The latest meeting of this kind and team: what "New meeting from…" starts from."""
        with self.records.db.reading() as uow:
            return meeting_cycle.previous_meeting(uow.session, kind, team)

    def _new_id(self, doc: dict[str, Any]) -> str:
        """``mtg-2017-10-26-third-general-conference``: the day and the new meeting's title."""
        return self._ids.new_id("meeting", doc.get("title"), doc["starts_at"][:10])

    def new_from_meeting(self, meeting_id: str, on: date, city: str | None = None,
                         initiator: object = None) -> tuple[Change, str]:
        """A new meeting after ``meeting_id`` on ``on`` (in ``city``; by default a general conference
        goes to the other city); returns the change and the new meeting's id."""
        change = self.records.run("create", lambda ctx: [
            meeting_cycle.new_from_meeting(ctx, meeting_id, self._new_id, on, city)], initiator=initiator)
        return change, change.written[0].record_id

    def new_from_template(self, template_id: str, on: date, city: str | None = None,
                          at: time = time(10, 0), initiator: object = None) -> tuple[Change, str]:
        change = self.records.run("create", lambda ctx: [
            meeting_cycle.new_from_template(ctx, template_id, self._new_id, on, city, at)], initiator=initiator)
        return change, change.written[0].record_id

    # --- the minutes' cycle -------------------------------------------------------------------------

    def circulate(self, meeting_id: str, on: date, to: str, version: int | None = None,
                  initiator: object = None) -> Change:
        """Send the draft minutes to the counterpart city ``to`` for approval."""
        return self._step(meeting_id, lambda d: minutes_cycle.circulated(d, on, to), version, initiator)

    def approve(self, meeting_id: str, city: str, by: str | None, on: date, version: int | None = None,
                initiator: object = None) -> Change:
        """``city`` approves the circulated minutes (``by``: who approved, for that city)."""
        return self._step(meeting_id, lambda d: minutes_cycle.approved(d, city, by, on), version, initiator)

    def lock(self, meeting_id: str, on: date, version: int | None = None, initiator: object = None) -> Change:
        """Make minutes both cities approved final (locked)."""
        return self._step(meeting_id, lambda d: minutes_cycle.locked(d, on), version, initiator)

    def reopen(self, meeting_id: str, on: date, version: int | None = None, initiator: object = None) -> Change:
        """Back to draft; the approvals they had stay in their history, withdrawn on ``on``."""
        return self._step(meeting_id, lambda d: minutes_cycle.reopened(d, on), version, initiator)

    def _step(self, meeting_id: str, step: Callable[[dict[str, Any]], dict[str, Any]], version: int | None,
              initiator: object) -> Change:
        return self.records.run("update", lambda ctx: [meeting_cycle.minutes_step(ctx, meeting_id, step, version)],
                                initiator=initiator)
