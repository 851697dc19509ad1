"""From one meeting to the next, in a unit of work: make a meeting from the previous one or from a
template, and take minutes through their cycle (circulate, approve per city, lock, reopen).

Each function takes the write's :class:`~.store.Context` and goes through :func:`store.save`, so the rules
(the lock of final minutes among them) run as for any other save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import documents, meeting_cycle, minutes_cycle
from ..domain import models as m
from ..errors import Problem, ValidationError
from . import store
from .store import Context, Written


def previous_meeting(session: Session, kind: str, team: str | None, before: Any = None) -> str | None:
    """The latest live meeting of this kind and team (starting before ``before``, a UTC datetime, if given)."""
    g = m.Meeting
    query = select(g.id).where(g.deleted_at.is_(None), g.kind == kind,
                               g.team_id.is_(None) if team is None else g.team_id == team)
    if before is not None:
        query = query.where(g.starts_at < before)
    return session.scalar(query.order_by(g.starts_at.desc(), g.id.desc()).limit(1))


IdOf = Callable[[dict[str, Any]], str]  # a new meeting's id, given its document (its title and start)


def new_from_meeting(ctx: Context, meeting_id: str, id_of: IdOf, on: date, city: str | None = None) -> Written:
    previous = documents.to_doc("meeting", store.load(ctx.session, "meeting", meeting_id))
    return _created(ctx, meeting_cycle.from_previous(previous, "", on, city), id_of)


def _created(ctx: Context, doc: dict[str, Any], id_of: IdOf) -> Written:
    doc["id"] = id_of(doc)
    written = store.save(ctx, "meeting", doc, None)
    assert written is not None  # a new record is always written
    return written


def new_from_template(ctx: Context, template_id: str, id_of: IdOf, on: date, city: str | None = None,
                      at: time = meeting_cycle.DEFAULT_START) -> Written:
    template = documents.to_doc("template", store.load(ctx.session, "template", template_id))
    number = None
    if template.get("kind") == "general_conference":  # the next in the series
        last = previous_meeting(ctx.session, "general_conference", template.get("team"))
        previous = store.load(ctx.session, "meeting", last).number if last is not None else None
        number = previous + 1 if previous else None
    return _created(ctx, meeting_cycle.from_template(template, "", on, city, at, number), id_of)


def minutes_step(ctx: Context, meeting_id: str, step: Callable[[dict[str, Any]], dict[str, Any]],
                 version: int | None = None) -> Written | None:
    """One step of the minutes' cycle on the stored meeting (``version``: the one the clerk saw)."""
    obj = store.load(ctx.session, "meeting", meeting_id)
    doc = documents.to_doc("meeting", obj)
    try:
        changed = step(doc)
    except minutes_cycle.StepRefused as refused:
        raise ValidationError([Problem("minutes", refused.code, refused.values)]) from None
    return store.save(ctx, "meeting", changed, store.ANY_VERSION if version is None else version)
