"""Minutes that both cities approve, and the roll call they record.

The minutes go draft → circulated (to the counterpart city, on a date) → approved by Seoul and by Beijing
(who and when, each) → locked (status ``approved``: final). Reopening takes them back to draft and keeps
the earlier approvals, marked withdrawn, in the minutes' ``approvals`` (so they travel and print).

The status follows from the approvals: minutes with a city's approval are circulated; they may be locked
only once both cities approved the same text; a withdrawn approval counts no more. While a city's
approval stands, the text is frozen too (an approval is of a text): changing it means reopening.

The roll call: each attendee present, absent, excused or represented by someone named; guests by name.
Older files (and older databases) knew neither: an attendee list of ids is everyone present, and
approved minutes without an ``approvals`` list count as approved by both cities on ``approved_on``.
The functions here are plain: documents in, documents (or problems' facts) out.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import date
from typing import Any

from .vocab import APPROVING_CITIES

Doc = dict[str, Any]

# The parts of the minutes that say where they are in their cycle; everything else is their text.
CYCLE_FIELDS = ("status", "approved_on", "circulated_on", "circulated_to", "approvals")


# --- older shapes ----------------------------------------------------------------------------------


def upgraded(minutes: Any) -> Any:
    """Minutes in today's shape (a copy), from a document of any version; anything else as it is
    (the rules then say what is wrong with it)."""
    if not isinstance(minutes, Mapping):
        return minutes
    out = with_older_approval(minutes)
    attendees = out.get("attendees")
    if isinstance(attendees, list) and any(isinstance(x, str) for x in attendees):
        out["attendees"] = [{"person": x, "status": "present", "represented_by": None} if isinstance(x, str) else x
                            for x in attendees]
    return out


def with_older_approval(minutes: Mapping[str, Any]) -> dict[str, Any]:
    """Minutes approved before each city's approval was kept (no ``approvals`` at all): approved by both
    cities on the day they were approved."""
    out = dict(minutes)
    if "approvals" not in out and out.get("status") == "approved" and isinstance(out.get("approved_on"), str):
        out["approvals"] = [{"city": city, "by": None, "on": out["approved_on"], "withdrawn_on": None}
                            for city in APPROVING_CITIES]
    return out


# --- where the minutes stand -----------------------------------------------------------------------


def current_approvals(minutes: Mapping[str, Any] | None) -> list[Mapping[str, Any]]:
    """The approvals that count: given and not withdrawn (by a reopening)."""
    approvals = (minutes or {}).get("approvals")
    return [a for a in approvals if isinstance(a, Mapping) and not a.get("withdrawn_on")] \
        if isinstance(approvals, list) else []


def approved_by(minutes: Mapping[str, Any] | None) -> dict[str, Mapping[str, Any]]:
    """city → its standing approval."""
    return {str(a.get("city")): a for a in current_approvals(minutes)}


def state(minutes: Mapping[str, Any] | None) -> str:
    """Where the minutes stand, for the clerk: none, draft, circulated, approved_seoul, approved_beijing,
    approved_both (may be locked), locked."""
    if not isinstance(minutes, Mapping):
        return "none"
    if minutes.get("status") == "approved":
        return "locked"
    if minutes.get("status") != "circulated":
        return "draft"
    cities = set(approved_by(minutes))
    if cities >= set(APPROVING_CITIES):
        return "approved_both"
    if len(cities) == 1:
        return f"approved_{next(iter(cities))}"
    return "circulated"


def may_lock(minutes: Mapping[str, Any] | None) -> bool:
    return state(minutes) == "approved_both"


def frozen(minutes: Mapping[str, Any] | None) -> bool:
    """The text is what a city approved: locked, or with a standing approval."""
    return isinstance(minutes, Mapping) and (minutes.get("status") == "approved" or bool(current_approvals(minutes)))


# --- the steps ---------------------------------------------------------------------------------------


class StepRefused(ValueError):
    """A step that does not apply to the minutes as they stand (the code names why)."""

    def __init__(self, code: str, **values: Any):
        super().__init__(code)
        self.code, self.values = code, values


def _minutes_of(meeting: Mapping[str, Any]) -> Doc:
    minutes = meeting.get("minutes")
    if not isinstance(minutes, Mapping):
        raise StepRefused("no_minutes")
    return copy.deepcopy(upgraded(minutes))


def circulated(meeting: Mapping[str, Any], on: date, to: str) -> Doc:
    """The meeting with its draft minutes circulated to the counterpart city ``to`` on ``on``."""
    minutes = _minutes_of(meeting)
    if minutes.get("status") != "draft":
        raise StepRefused("not_draft", status=minutes.get("status"))
    minutes.update(status="circulated", circulated_on=on.isoformat(), circulated_to=to)
    return {**meeting, "minutes": minutes}


def approved(meeting: Mapping[str, Any], city: str, by: str | None, on: date) -> Doc:
    """The meeting with ``city``'s approval of its circulated minutes (``by``: who approved, for the city)."""
    minutes = _minutes_of(meeting)
    if minutes.get("status") != "circulated":
        raise StepRefused("not_circulated", status=minutes.get("status"))
    if city in approved_by(minutes):
        raise StepRefused("approved_twice", city=city)
    minutes["approvals"] = [*(minutes.get("approvals") or []),
                            {"city": city, "by": by, "on": on.isoformat(), "withdrawn_on": None}]
    return {**meeting, "minutes": minutes}


def locked(meeting: Mapping[str, Any], on: date) -> Doc:
    """The meeting with its minutes final: both cities approved them."""
    minutes = _minutes_of(meeting)
    if minutes.get("status") != "circulated":
        raise StepRefused("not_circulated", status=minutes.get("status"))
    missing = [c for c in APPROVING_CITIES if c not in approved_by(minutes)]
    if missing:
        raise StepRefused("needs_approval_of", cities=missing)
    minutes.update(status="approved", approved_on=on.isoformat())
    return {**meeting, "minutes": minutes}


def reopened(meeting: Mapping[str, Any], on: date) -> Doc:
    """The meeting with its minutes back to draft: standing approvals withdrawn (kept, with the date)."""
    minutes = _minutes_of(meeting)
    if minutes.get("status") == "draft":
        raise StepRefused("already_draft")
    minutes["approvals"] = [{**a, "withdrawn_on": a.get("withdrawn_on") or on.isoformat()}
                            for a in minutes.get("approvals") or []]
    minutes.update(status="draft", approved_on=None, circulated_on=None, circulated_to=None)
    return {**meeting, "minutes": minutes}


# --- the rules (domain/rules.py runs them on every way in) -------------------------------------------


def _d(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def problems(minutes: Mapping[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(place under the minutes, code, values) for the roll call and the approvals of valid-shaped minutes."""
    out: list[tuple[str, str, dict[str, Any]]] = []
    people: list[Any] = []
    for i, a in enumerate(minutes.get("attendees") or []):
        if isinstance(a, str):  # an older file's id: present
            if a in people:
                out.append((f"attendees[{i}]", "listed_twice", {"value": a}))
            people.append(a)
            continue
        if not isinstance(a, Mapping):
            continue
        person, status, deputy = a.get("person"), a.get("status"), a.get("represented_by")
        if person in people:
            out.append((f"attendees[{i}].person", "listed_twice", {"value": person}))
        people.append(person)
        if status == "represented" and not deputy:
            out.append((f"attendees[{i}].represented_by", "required_when_represented", {}))
        elif deputy and status != "represented":
            out.append((f"attendees[{i}].represented_by", "only_when_represented", {}))
        elif deputy and deputy == person:
            out.append((f"attendees[{i}].represented_by", "represents_self", {}))
    status = minutes.get("status")
    circulated_on = _d(minutes.get("circulated_on"))
    # (Minutes approved before circulation was kept have no date of it: required while circulated only.)
    if status == "circulated" and not minutes.get("circulated_on"):
        out.append(("circulated_on", "required_when_circulated", {}))
    if status == "circulated" and not minutes.get("circulated_to"):
        out.append(("circulated_to", "required_when_circulated", {}))
    standing: dict[str, int] = {}
    for i, a in enumerate(minutes.get("approvals") or []):
        if not isinstance(a, Mapping):
            continue
        on, withdrawn = _d(a.get("on")), _d(a.get("withdrawn_on"))
        if withdrawn and on and withdrawn < on:
            out.append((f"approvals[{i}].withdrawn_on", "before_approved", {"date": on.isoformat()}))
        if withdrawn:
            continue
        city = a.get("city")
        if city in standing:
            out.append((f"approvals[{i}].city", "approved_twice", {"city": city}))
        standing[str(city)] = i
        if status == "draft":
            out.append((f"approvals[{i}]", "approval_of_draft", {}))
        elif on and circulated_on and on < circulated_on:
            out.append((f"approvals[{i}].on", "before_circulated", {"date": circulated_on.isoformat()}))
    if status == "approved":
        missing = [c for c in APPROVING_CITIES if c not in standing]
        if missing:
            out.append(("status", "needs_approval_of", {"cities": missing}))
        last = max((d for d in (_d(a.get("on")) for a in current_approvals(minutes)) if d), default=None)
        approved_on = _d(minutes.get("approved_on"))
        if approved_on and last and approved_on < last:
            out.append(("approved_on", "before_approved", {"date": last.isoformat()}))
    return out


def _text(minutes: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in minutes.items() if k not in CYCLE_FIELDS}


def _kept(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Every earlier approval is still there: as it was, or withdrawn since."""
    remaining = [a for a in new.get("approvals") or [] if isinstance(a, Mapping)]
    for a in old.get("approvals") or []:
        match = next((b for b in remaining if b == a or (not a.get("withdrawn_on") and b.get("withdrawn_on")
                                                         and {**b, "withdrawn_on": None} == a)), None)
        if match is None:
            return False
        remaining.remove(match)
    return True


def lock_problems(old: Mapping[str, Any] | None, new: Any) -> list[tuple[str, str]]:
    """(place under the meeting, code) when a save would change what a city approved, or lose an
    earlier approval. ``old`` and ``new`` are minutes as stored (normalized)."""
    if not isinstance(old, Mapping):
        return []
    if not isinstance(new, Mapping):
        return [("minutes", "minutes_locked")] if frozen(old) else []
    if not _kept(old, new):
        return [("minutes.approvals", "approvals_kept")]
    if not frozen(old):
        return []
    if _text(new) != _text(old):
        return [("minutes", "minutes_locked")]
    if old.get("status") == "approved" and new.get("status") != "draft" and \
            {k: new.get(k) for k in CYCLE_FIELDS} != {k: old.get(k) for k in CYCLE_FIELDS}:
        return [("minutes", "minutes_locked")]  # final minutes change only by reopening
    return []


# --- the roll call by city -------------------------------------------------------------------------


def by_city(attendees: list[Mapping[str, Any]], city_of: Mapping[str, str | None]) -> dict[str, list[Mapping[str, Any]]]:
    """The roll call grouped as printed: Seoul, Beijing, then everyone else (``city_of``: person → city)."""
    groups: dict[str, list[Mapping[str, Any]]] = {c: [] for c in (*APPROVING_CITIES, "other")}
    for a in attendees:
        city = city_of.get(str(a.get("person")))
        groups[city if city in APPROVING_CITIES else "other"].append(a)
    return groups

