"""An agreement's life as dated events, and what follows from them.

The council keeps what happened to an agreement as it happened: signed, entered into force, amended,
extended, renewed, suspended, resumed, expired, terminated, superseded -- each on its day, decided at a
meeting, recorded by a document, with its effect (a new status, a new expiry date). The agreement's
status, expiry date, signing date and date of entry into force are then not the clerk's to type: they
*follow* from the timeline. :func:`derive` says what they are; the rules (``domain/rules.py``) refuse a
document that says otherwise, on every way in (an editor fills them from its timeline, :func:`apply`
does the same for a service that records an event). Where the timeline says nothing (no event gives an
expiry, or there are no events at all, as in an exchange file written before events existed) the field
stays as the document has it.

Events are read in date order; events of the same day in the order listed.

Renewal terms as data: the last day to give notice is the expiry date less the notice period; the
dashboard and the calendar flag it 90, 60, 30 and 7 days ahead (:func:`notice_flag`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

EVENT_KINDS = ("signed", "entered_into_force", "amended", "extended", "renewed", "suspended", "resumed",
               "expired", "terminated", "superseded")

# The status an event leaves the agreement in, unless the event names another; None: it does not change it.
DEFAULT_STATUS: dict[str, str | None] = {
    "signed": "signed", "entered_into_force": "in_force", "amended": None, "extended": None, "renewed": "in_force",
    "suspended": "suspended", "resumed": "in_force", "expired": "expired", "terminated": "terminated",
    "superseded": "superseded",
}

# Events that only make sense with the new expiry date they set.
NEEDS_EXPIRY = frozenset({"extended", "renewed"})

# How far ahead a notice deadline is flagged, in days: the flag is the nearest of these still ahead.
NOTICE_FLAGS = (90, 60, 30, 7)

# The fields that follow from the timeline, and the event that sets each of the dates.
DERIVED_FIELDS = ("status", "expires_on", "signed_on", "effective_on")
_FIRST_OF = {"signed_on": "signed", "effective_on": "entered_into_force"}


@dataclass(frozen=True)
class Source:
    """A value the timeline gives, and the event it comes from (its kind and date, for messages)."""

    value: str
    event: str
    on: str


def _valid_date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def in_order(events: Sequence[Any]) -> list[tuple[int, Mapping[str, Any]]]:
    """The events that have a kind and a date, in date order (stable: same-day events as listed), with
    their index in the list."""
    usable = [(i, e) for i, e in enumerate(events or [])
              if isinstance(e, Mapping) and e.get("kind") in EVENT_KINDS and _valid_date(e.get("date"))]
    return sorted(usable, key=lambda x: x[1]["date"])


def status_of(event: Mapping[str, Any]) -> str | None:
    return event.get("status") or DEFAULT_STATUS.get(event.get("kind", ""))


def derive(events: Sequence[Any]) -> dict[str, Source]:
    """What the timeline says of the derived fields; a field it says nothing of is absent."""
    out: dict[str, Source] = {}
    for _, e in in_order(events):
        kind, on = e["kind"], e["date"]
        status = status_of(e)
        if status:
            out["status"] = Source(status, kind, on)
        if _valid_date(e.get("expires_on")):
            out["expires_on"] = Source(e["expires_on"], kind, on)
        for field, first in _FIRST_OF.items():
            if kind == first and field not in out:
                out[field] = Source(on, kind, on)
    return out


def apply(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with its derived fields set from its timeline (a copy; the timeline is kept as is)."""
    out = dict(doc)
    for field, source in derive(doc.get("events") or []).items():
        out[field] = source.value
    return out


def with_event(doc: Mapping[str, Any], event: Mapping[str, Any]) -> dict[str, Any]:
    """The document with one more event (after those of the same day) and its derived fields updated."""
    return apply({**doc, "events": [*(doc.get("events") or []), dict(event)]})


# --- notice -----------------------------------------------------------------------------------------


def notice_deadline(expires_on: date | None, notice_days: int | None) -> date | None:
    """The last day to give notice (of ending it, or of not renewing it): the expiry less the notice."""
    if expires_on is None or notice_days is None:
        return None
    return expires_on - timedelta(days=notice_days)


def notice_flag(days_left: int) -> int | None:
    """The nearest of 90/60/30/7 days that the deadline is within (7 when 3 days are left); None beyond
    90 days, and 0 once the day has passed."""
    if days_left < 0:
        return 0
    inside = [f for f in NOTICE_FLAGS if days_left <= f]
    return min(inside) if inside else None


# --- a timeline from the fields alone -------------------------------------------------------------


def events_from_fields(doc: Mapping[str, Any], superseded_on: str | None = None,
                       last_changed: str | None = None) -> list[dict[str, Any]]:
    """The events an agreement's fields already tell, such that :func:`derive` gives back its status and
    dates: for agreements written before timelines (generated archives, the demo; migration 0010 keeps its
    own copy of these steps, as a migration must). ``superseded_on``: the day the agreement replacing it
    took effect; ``last_changed``: the day that stands in for an end whose day is not known."""
    status = doc.get("status")
    if status in ("draft", "negotiating"):
        return []
    signed, effective, expires = doc.get("signed_on"), doc.get("effective_on"), doc.get("expires_on")
    events: list[dict[str, Any]] = []
    if signed:
        events.append(_event("signed", signed, meeting=doc.get("meeting")))
    if effective and status != "signed":
        events.append(_event("entered_into_force", effective))
    if not events:
        return []
    if expires:
        events[-1]["expires_on"] = expires
    last = max(e["date"] for e in events)
    end = {"expired": expires, "superseded": superseded_on, "terminated": None}
    if status in end:
        on = end[status]
        events.append(_event(status, on if on and on >= last else max(last_changed or last, last)))
    derived = status_of(events[-1])
    if derived != status:  # e.g. in force from its signing
        events[-1]["status"] = status
    return events


def _event(kind: str, on: str, meeting: str | None = None) -> dict[str, Any]:
    return {"kind": kind, "date": on, "meeting": meeting, "document": None, "note": None, "status": None,
            "expires_on": None}
