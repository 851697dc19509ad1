"""Recording what happens to an agreement: one event on its timeline, its status and dates following
(domain/lifecycle.py), as one undoable save -- for a conference's decisions, imports of decisions, and
the command line, as much as for the editor."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..domain import documents, lifecycle
from ..domain import models as m
from ..domain.documents import local_time
from .changes import Change
from .records import Records
from .store import Context, load, save


def record_event(records: Records, agreement_id: str, event: Mapping[str, Any], initiator: Any = None) -> Change:
    """Add ``event`` (an event document: kind, date, meeting, document, note, status, expires_on) to the
    agreement's timeline. Read and written in one transaction: a clerk's save meanwhile is not lost, and
    the rules refuse an incomplete event (an extension without its new expiry) as they would in the editor."""
    whole = {"meeting": None, "document": None, "note": None, "status": None, "expires_on": None, **event}

    def step(ctx: Context) -> list[Any]:
        record = load(ctx.session, "agreement", agreement_id)
        doc = lifecycle.with_event(documents.to_doc("agreement", record), whole)
        return [save(ctx, "agreement", doc, record.version)]

    return records.run("update", step, initiator=initiator)


def extend(records: Records, agreement_id: str, meeting_id: str, until: date, on: date | None = None,
           note: Mapping[str, str] | None = None, initiator: Any = None) -> Change:
    """"Extend agreement X at meeting M to D": an *extended* event on the meeting's day (at its venue),
    unless another day is given."""
    if on is None:
        with records.db.reading() as uow:
            meeting = load(uow.session, "meeting", meeting_id)
            assert isinstance(meeting, m.Meeting)
            on = local_time(meeting.starts_at, meeting.starts_offset).date()
    return record_event(records, agreement_id, {
        "kind": "extended", "date": on.isoformat(), "meeting": meeting_id, "note": dict(note) if note else None,
        "expires_on": until.isoformat()}, initiator=initiator)
