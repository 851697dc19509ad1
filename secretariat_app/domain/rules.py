"""The council's invariants, in one place, for every way in (editors, import, command line).

:func:`check` takes a record document (see :mod:`.documents`) and returns every problem with its
place, e.g. ``expires_on: before signed_on (2014-07-03)``. It checks the shape (types, enums, ids,
language maps), the dates, the references (through :class:`Refs`, which knows what exists), and the
rules that need the record's previous state (approved minutes are locked).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Protocol

from ..errors import Problem
from . import filenames, langmap, lifecycle, minutes_cycle
from .documents import OWNER_CITIES, normalized_minutes, parse_datetime
from .vocab import (
    ACTION_STATUSES,
    AGREEMENT_KINDS,
    AGREEMENT_STATUSES,
    APPROVING_CITIES,
    ATTENDANCE,
    MEETING_KINDS,
    MINUTES_STATUSES,
    ORGANIZATION_KINDS,
    SIGNED_STATUSES,
    TEAM_STATUSES,
)

ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")
SHA256_RE = re.compile(r"[0-9a-f]{64}")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")  # fromisoformat alone also takes week dates such as 2015-W45-3


class Refs(Protocol):
    """What exists besides the record being checked."""

    def exists(self, kind: str, record_id: str) -> bool: ...

    def link(self, kind: str, record_id: str) -> str | None:
        """An organization's parent or an agreement's ``supersedes`` (for cycle checks)."""
        ...

    def action_meeting(self, action_id: str) -> str | None:
        """The meeting whose minutes hold this action id, if any."""
        ...

    def city_of(self, kind: str, record_id: str) -> str | None:
        """An organization's city, or a person's (their organization's); None when not known."""
        ...

    def person_city(self, person_id: str) -> str | None:
        """The city of a person's organization, if known (an action's two owners are in two cities)."""
        ...

    def meeting_start(self, meeting_id: str) -> str | None:
        """A meeting's start (ISO date-time with its offset), if it exists (a review comes after the action)."""
        ...


# --- field specs --------------------------------------------------------------------------------
# A spec is a function (value, place, out) that appends problems. Small combinators keep the
# per-kind tables below readable.

Spec = Callable[[Any, str, "Checker"], None]


@dataclass
class Checker:
    refs: Refs
    problems: list[Problem] = field(default_factory=list)
    # References seen, checked at the end: (kind, id, place).
    pending_refs: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, place: str, code: str, **values: Any) -> None:
        self.problems.append(Problem(place, code, values))


def _join(place: str, name: str) -> str:
    return f"{place}.{name}" if place else name


NUL = "\x00"  # PostgreSQL cannot store it in text; never part of a real record


def text(v: Any, place: str, c: Checker) -> None:
    if not isinstance(v, str):
        c.add(place, "not_text")
    elif NUL in v:
        c.add(place, "has_nul")
    elif langmap.not_text(v):
        c.add(place, "not_unicode")


def integer(lo: int, hi: int) -> Spec:
    def spec(v: Any, place: str, c: Checker) -> None:
        if isinstance(v, bool) or not isinstance(v, int):
            c.add(place, "not_integer")
        elif not lo <= v <= hi:
            c.add(place, "out_of_range", lo=lo, hi=hi)

    return spec


def boolean(v: Any, place: str, c: Checker) -> None:
    if not isinstance(v, bool):
        c.add(place, "not_boolean")


def one_of(values: tuple[str, ...]) -> Spec:
    def spec(v: Any, place: str, c: Checker) -> None:
        if v not in values:
            c.add(place, "not_one_of", value=v, choices=list(values))

    return spec


def lm(v: Any, place: str, c: Checker) -> None:
    for code, values in langmap.problems(v):
        c.add(place, code, **values)


# How long a text of each kind may be, in characters, on every way in (editors, import, command line):
# beyond these a record is not a record but a way to make printing or search run for minutes.
SHORT = 200  # a reference, an e-mail address, a telephone number, a media type
NAME = 500  # a name, a title, a venue, a role, an area
NOTE = 20_000  # a description, a summary, notes, a decision, renewal terms
FULL_TEXT = 500_000  # an agreement's full text (about 250 printed pages)


def _length(value: str, limit: int, place: str, c: Checker, lang: str | None = None) -> None:
    if len(value) > limit:
        if lang is None:
            c.add(place, "longer_than", limit=limit, length=len(value))
        else:
            c.add(place, "lang_longer_than", lang=lang, limit=limit, length=len(value))


def text_of(limit: int) -> Spec:
    def spec(v: Any, place: str, c: Checker) -> None:
        before = len(c.problems)
        text(v, place, c)
        if len(c.problems) == before:
            _length(v, limit, place, c)

    return spec


def lm_of(limit: int) -> Spec:
    def spec(v: Any, place: str, c: Checker) -> None:
        before = len(c.problems)
        lm(v, place, c)
        if len(c.problems) == before:
            for lang_, value in v.items():
                _length(value, limit, place, c, lang_)

    return spec


EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def email(v: Any, place: str, c: Checker) -> None:
    """An address a mail program can write to: one @, a dot in the domain, no spaces."""
    before = len(c.problems)
    text_of(SHORT)(v, place, c)
    if len(c.problems) == before and not EMAIL_RE.fullmatch(v.strip()):
        c.add(place, "not_email", value=v)


def a_date(v: Any, place: str, c: Checker) -> None:
    if not (isinstance(v, str) and DATE_RE.fullmatch(v) and _d(v)):
        c.add(place, "not_date", value=v)


def a_datetime(v: Any, place: str, c: Checker) -> None:
    if not isinstance(v, str):
        c.add(place, "not_datetime_text")
        return
    try:
        parsed = parse_datetime(v)
    except ValueError:
        c.add(place, "not_datetime", value=v)
        return
    offset = parsed.utcoffset()
    # Stored as seconds and an offset in minutes: anything finer would be silently cut off.
    if parsed.microsecond or (offset is not None and offset.total_seconds() % 60):
        c.add(place, "datetime_too_fine", value=v)


def city(v: Any, place: str, c: Checker) -> None:
    if not isinstance(v, str) or not v.strip():
        c.add(place, "not_city")
    elif len(v) > 100:
        c.add(place, "too_long")
    elif NUL in v:
        c.add(place, "has_nul")
    elif langmap.not_text(v):
        c.add(place, "not_unicode")


def ref(kind: str) -> Spec:
    def spec(v: Any, place: str, c: Checker) -> None:
        if not isinstance(v, str) or not ID_RE.fullmatch(v):
            c.add(place, "bad_reference", id=v)
        else:
            c.pending_refs.append((kind, v, place))

    return spec


def list_of(item: Spec, unique: bool = False, minimum: int = 0) -> Spec:
    def spec(v: Any, place: str, c: Checker) -> None:
        if not isinstance(v, list):
            c.add(place, "not_list")
            return
        if len(v) < minimum:
            c.add(place, "too_few", minimum=minimum)
        for i, x in enumerate(v):
            item(x, f"{place}[{i}]", c)
        if unique:
            seen: set[Any] = set()
            for i, x in enumerate(v):
                key = repr(x)
                if key in seen:
                    c.add(f"{place}[{i}]", "listed_twice", value=x)
                seen.add(key)

    return spec


def obj(fields: Mapping[str, tuple[Spec, bool]]) -> Spec:
    """An object with these fields: name → (spec, required). Unknown fields are refused."""

    def spec(v: Any, place: str, c: Checker) -> None:
        if not isinstance(v, Mapping):
            c.add(place, "not_object")
            return
        for name in v:
            if name not in fields:
                c.add(_join(place, str(name)), "unknown_field")
        for name, (check, required) in fields.items():
            value = v.get(name)
            if value is None or value == [] and not required:
                if required:
                    c.add(_join(place, name), "required")
                continue
            check(value, _join(place, name), c)

    return spec


def named(v: Any, place: str, c: Checker) -> None:
    """A name typed as it is (a guest's): text, not blank, at most NAME characters."""
    before = len(c.problems)
    text_of(NAME)(v, place, c)
    if len(c.problems) == before and not v.strip():
        c.add(place, "required")


R, OPT = True, False  # required, optional
ANY_ID: tuple[Spec, bool] = (lambda v, p, c: None, R)  # the id itself is checked separately

_ROLL_CALL_ENTRY = obj({"person": (ref("person"), R), "status": (one_of(ATTENDANCE), R),
                        "represented_by": (ref("person"), OPT)})


def attendee(v: Any, place: str, c: Checker) -> None:
    """A line of the roll call; an older file's bare person id is that person, present."""
    if isinstance(v, str):
        ref("person")(v, place, c)
    else:
        _ROLL_CALL_ENTRY(v, place, c)


AGENDA_ITEM = {
    "title": (lm_of(NAME), R), "duration_minutes": (integer(0, 1440), OPT),
    "presenter_role": (lm_of(NAME), OPT), "description": (lm_of(NOTE), OPT),
}

SPECS: dict[str, Spec] = {
    "organization": obj({
        "id": ANY_ID, "name": (lm_of(NAME), R), "short_name": (lm_of(NAME), OPT), "city": (city, R),
        "kind": (one_of(ORGANIZATION_KINDS), R), "parent": (ref("organization"), OPT),
    }),
    "person": obj({
        "id": ANY_ID, "name": (lm_of(NAME), R), "position": (lm_of(NAME), OPT), "organization": (ref("organization"), OPT),
        "email": (email, OPT), "phone": (text_of(100), OPT), "notes": (text_of(NOTE), OPT),
    }),
    "team": obj({
        "id": ANY_ID, "name": (lm_of(NAME), R), "description": (lm_of(NOTE), OPT), "status": (one_of(TEAM_STATUSES), R),
        "established_on": (a_date, OPT), "established_by": (ref("agreement"), OPT),
        "lead_organizations": (list_of(ref("organization"), unique=True), OPT),
        "members": (list_of(obj({"person": (ref("person"), R), "role": (lm_of(NAME), OPT)})), OPT),
        "focus_areas": (list_of(lm_of(NAME)), OPT),
    }),
    "agreement": obj({
        "id": ANY_ID, "kind": (one_of(AGREEMENT_KINDS), R), "reference": (text_of(SHORT), OPT), "title": (lm_of(NAME), R),
        "summary": (lm_of(NOTE), OPT), "text": (lm_of(FULL_TEXT), OPT), "status": (one_of(AGREEMENT_STATUSES), R),
        "parties": (list_of(ref("organization"), unique=True, minimum=2), R),
        "signatories": (list_of(obj({"person": (ref("person"), R), "organization": (ref("organization"), R)})), OPT),
        "signed_on": (a_date, OPT), "signed_city": (city, OPT), "signed_venue": (lm_of(NAME), OPT),
        "meeting": (ref("meeting"), OPT), "teams": (list_of(ref("team"), unique=True), OPT),
        "effective_on": (a_date, OPT), "expires_on": (a_date, OPT), "renewal_terms": (lm_of(NOTE), OPT),
        "notice_days": (integer(0, 3650), OPT), "auto_renews": (boolean, OPT), "renews_for_months": (integer(1, 1200), OPT),
        "owner_seoul": (ref("person"), OPT), "owner_beijing": (ref("person"), OPT),
        "areas": (list_of(lm_of(NAME)), OPT), "supersedes": (ref("agreement"), OPT),
        "attachments": (list_of(obj({
            "name": (text, R), "media_type": (text_of(SHORT), R), "size": (integer(0, 2**40), R), "sha256": (text_of(SHORT), R),
        })), OPT),
        "events": (list_of(obj({
            "kind": (one_of(lifecycle.EVENT_KINDS), R), "date": (a_date, R), "meeting": (ref("meeting"), OPT),
            "document": (text_of(SHORT), OPT), "note": (lm_of(NOTE), OPT), "status": (one_of(AGREEMENT_STATUSES), OPT),
            "expires_on": (a_date, OPT),
        })), OPT),
    }),
    "meeting": obj({
        "id": ANY_ID, "kind": (one_of(MEETING_KINDS), R), "number": (integer(1, 10_000), OPT), "title": (lm_of(NAME), R),
        "team": (ref("team"), OPT), "starts_at": (a_datetime, R), "ends_at": (a_datetime, OPT), "city": (city, R),
        "venue": (lm_of(NAME), OPT), "host_organization": (ref("organization"), OPT),
        "participants": (list_of(ref("person"), unique=True), OPT),
        "agenda": (list_of(obj({
            "position": (integer(1, 10_000), R), "presenter": (ref("person"), OPT), **AGENDA_ITEM,
            "agreement": (ref("agreement"), OPT),
        })), OPT),
        "minutes": (obj({
            "status": (one_of(MINUTES_STATUSES), R), "approved_on": (a_date, OPT), "recorded_by": (ref("person"), OPT),
            "circulated_on": (a_date, OPT), "circulated_to": (city, OPT),
            "approvals": (list_of(obj({
                "city": (one_of(APPROVING_CITIES), R), "by": (ref("person"), OPT), "on": (a_date, R),
                "withdrawn_on": (a_date, OPT),
            })), OPT),
            "attendees": (list_of(attendee), OPT), "summary": (lm_of(NOTE), OPT),
            "guests": (list_of(obj({"name": (named, R), "affiliation": (text_of(NAME), OPT)})), OPT),
            "items": (list_of(obj({"agenda_item": (integer(1, 10_000), R), "notes": (lm_of(NOTE), R)})), OPT),
            "decisions": (list_of(obj({
                "text": (lm_of(NOTE), R), "agenda_item": (integer(1, 10_000), OPT), "agreement": (ref("agreement"), OPT),
                "article": (text_of(SHORT), OPT),
            })), OPT),
            "actions": (list_of(obj({
                "id": (text_of(SHORT), R), "text": (lm_of(NOTE), R), "owner": (ref("person"), OPT),
                "counterpart_owner": (ref("person"), OPT), "due_on": (a_date, OPT),
                "status": (one_of(ACTION_STATUSES), R), "agreement": (ref("agreement"), OPT),
                "article": (text_of(SHORT), OPT),
            })), OPT),
            "statements": (list_of(obj({"speaker": (ref("person"), OPT), "text": (lm_of(NOTE), R)})), OPT),
            "reviews": (list_of(obj({
                "action": (text_of(SHORT), R), "note": (lm_of(NOTE), OPT), "status": (one_of(ACTION_STATUSES), R),
            })), OPT),
        }), OPT),
    }),
    "visit": obj({
        "id": ANY_ID, "title": (lm_of(NAME), R), "head": (ref("person"), OPT),
        "delegation": (list_of(ref("person"), unique=True), OPT), "destination_city": (city, R),
        "starts_on": (a_date, R), "ends_on": (a_date, R), "purpose": (lm_of(NOTE), OPT),
        "itinerary": (list_of(obj({
            "starts_at": (a_datetime, R), "title": (lm_of(NAME), R), "venue": (lm_of(NAME), OPT),
            "counterparts": (list_of(ref("person"), unique=True), OPT), "notes": (lm_of(NOTE), OPT),
        })), OPT),
        "meetings": (list_of(ref("meeting"), unique=True), OPT),
        "agreements": (list_of(ref("agreement"), unique=True), OPT),
        "talking_points": (list_of(lm_of(NOTE)), OPT),
    }),
    "template": obj({
        "id": ANY_ID, "name": (lm_of(NAME), R), "kind": (one_of(MEETING_KINDS), R), "title": (lm_of(NAME), OPT),
        "team": (ref("team"), OPT), "city": (city, OPT), "notes": (lm_of(NOTE), OPT),
        "items": (list_of(obj(AGENDA_ITEM)), OPT),
    }),
}


# --- rules across fields ------------------------------------------------------------------------


def _d(v: Any) -> date | None:
    try:
        return date.fromisoformat(v) if isinstance(v, str) else None
    except ValueError:
        return None


def _dt(v: Any) -> datetime | None:
    try:
        return parse_datetime(v) if isinstance(v, str) else None
    except ValueError:
        return None


def _chain_cycles(kind: str, rid: str, first: Any, field_name: str, place: str, c: Checker) -> None:
    """Follow parent/supersedes links; refuse a record that would end up its own ancestor."""
    seen = {rid}
    current = first
    for _ in range(10_000):
        if not isinstance(current, str):
            return
        if current in seen:
            c.add(_join(place, field_name), "cycle", id=current)
            return
        seen.add(current)
        current = c.refs.link(kind, current)


def _agreement_rules(d: Mapping[str, Any], place: str, c: Checker) -> None:
    signed, effective, expires = _d(d.get("signed_on")), _d(d.get("effective_on")), _d(d.get("expires_on"))
    if d.get("status") in SIGNED_STATUSES and not d.get("signed_on"):
        c.add(_join(place, "signed_on"), "required_for_status", status=d["status"])
    if expires and signed and expires < signed:
        c.add(_join(place, "expires_on"), "before_signed_on", date=signed.isoformat())
    if expires and effective and expires <= effective:
        c.add(_join(place, "expires_on"), "not_after_effective_on", date=effective.isoformat())
    parties = d.get("parties") if isinstance(d.get("parties"), list) else []
    for i, s in enumerate(d.get("signatories") or []):
        # An empty "For" is already "required"; saying it is "not a party" too would be noise.
        if isinstance(s, Mapping) and s.get("organization") and s.get("organization") not in parties:
            c.add(f"{_join(place, 'signatories')}[{i}].organization", "not_a_party",
                  organization=s.get("organization"))
    for i, a in enumerate(d.get("attachments") or []):
        if not isinstance(a, Mapping):
            continue
        if isinstance(a.get("sha256"), str) and not SHA256_RE.fullmatch(a["sha256"]):
            c.add(f"{_join(place, 'attachments')}[{i}].sha256", "not_sha256")
        name = a.get("name")
        if isinstance(name, str) and filenames.problem(name):
            c.add(f"{_join(place, 'attachments')}[{i}].name", "not_file_name")
    if d.get("supersedes") == d.get("id"):
        c.add(_join(place, "supersedes"), "supersedes_itself")
    else:
        _chain_cycles("agreement", d.get("id", ""), d.get("supersedes"), "supersedes", place, c)
    for city_ in OWNER_CITIES:  # the owner in Seoul works in Seoul (when the person's city is known)
        owner = d.get(f"owner_{city_}")
        if isinstance(owner, str) and ID_RE.fullmatch(owner):
            theirs = c.refs.city_of("person", owner)
            if theirs is not None and theirs != city_:
                c.add(_join(place, f"owner_{city_}"), "owner_of_other_city", city=city_, found=theirs)
    if d.get("renews_for_months") is not None and d.get("auto_renews") is not True:
        c.add(_join(place, "renews_for_months"), "only_when_auto_renews")
    _timeline_rules(d, place, c)


def _timeline_rules(d: Mapping[str, Any], place: str, c: Checker) -> None:
    """Each event is whole (an extension says to when, a document is one of the agreement's files), and
    the fields that follow from the timeline say what it says (domain/lifecycle.py)."""
    events = d.get("events") if isinstance(d.get("events"), list) else []
    files = {a.get("sha256") for a in d.get("attachments") or [] if isinstance(a, Mapping)}
    for i, e in enumerate(events):
        if not isinstance(e, Mapping):
            continue
        ep = f"{_join(place, 'events')}[{i}]"
        if e.get("kind") in lifecycle.NEEDS_EXPIRY and not e.get("expires_on"):
            c.add(f"{ep}.expires_on", "required_for_event", event=e["kind"])
        on, expires = _d(e.get("date")), _d(e.get("expires_on"))
        if on and expires and expires < on:
            c.add(f"{ep}.expires_on", "before_event", date=on.isoformat())
        if isinstance(e.get("document"), str) and e["document"] not in files:
            c.add(f"{ep}.document", "not_an_attachment")
    for name, source in lifecycle.derive(events).items():
        if d.get(name) != source.value:
            code = "status_from_events" if name == "status" else "date_from_events"
            values = {"status": source.value} if name == "status" else {"date": source.value}
            c.add(_join(place, name), code, **values, event=source.event, on=source.on)


def _meeting_rules(d: Mapping[str, Any], place: str, c: Checker, before: Mapping[str, Any] | None) -> None:
    starts, ends = _dt(d.get("starts_at")), _dt(d.get("ends_at"))
    if starts and ends and ends <= starts:
        c.add(_join(place, "ends_at"), "not_after_starts_at", time=d["starts_at"])
    agenda = d.get("agenda") if isinstance(d.get("agenda"), list) else []
    positions = [x.get("position") for x in agenda if isinstance(x, Mapping)]
    if positions != list(range(1, len(positions) + 1)):
        c.add(_join(place, "agenda"), "positions_out_of_order")
    known = set(positions)
    minutes = d.get("minutes")
    if isinstance(minutes, Mapping):
        mp = _join(place, "minutes")
        if minutes.get("status") == "approved" and not minutes.get("approved_on"):
            c.add(_join(mp, "approved_on"), "required_when_approved")
        for sub, code, values in minutes_cycle.problems(minutes):
            c.add(_join(mp, sub), code, **values)
        for part in ("items", "decisions"):
            for i, x in enumerate(minutes.get(part) or []):
                if isinstance(x, Mapping) and x.get("agenda_item") is not None and x["agenda_item"] not in known:
                    c.add(f"{mp}.{part}[{i}].agenda_item", "no_agenda_item", item=x["agenda_item"])
        seen: set[str] = set()
        for i, a in enumerate(minutes.get("actions") or []):
            if not isinstance(a, Mapping) or not isinstance(a.get("id"), str):
                continue
            ap = f"{mp}.actions[{i}].id"
            aid = a["id"]
            if not ID_RE.fullmatch(aid):
                c.add(ap, "bad_reference", id=aid)
            elif aid in seen:
                c.add(ap, "id_used_twice", id=aid)
            else:
                owner = c.refs.action_meeting(aid)
                if owner is not None and owner != d.get("id"):
                    c.add(ap, "action_of_other_meeting", id=aid, meeting=owner)
            seen.add(aid)
            _owners(a, f"{mp}.actions[{i}]", c)
        _reviews(d, minutes, mp, seen, c)
    _locked_minutes(d, place, c, before)


def _owners(a: Mapping[str, Any], place: str, c: Checker) -> None:
    """An action's owner and its counterpart owner: two people, in two cities (where their cities are known)."""
    owner, other = a.get("owner"), a.get("counterpart_owner")
    if not isinstance(other, str) or not other:
        return
    if not owner:
        c.add(_join(place, "counterpart_owner"), "counterpart_without_owner")
    elif other == owner:
        c.add(_join(place, "counterpart_owner"), "counterpart_is_owner")
    elif isinstance(owner, str):
        city = c.refs.person_city(owner)
        if city is not None and city == c.refs.person_city(other):
            c.add(_join(place, "counterpart_owner"), "owners_in_one_city", city=city)


def _reviews(d: Mapping[str, Any], minutes: Mapping[str, Any], mp: str, own: set[str], c: Checker) -> None:
    """A review is of an earlier meeting's action, once per minutes."""
    starts = _dt(d.get("starts_at"))
    reviewed: set[str] = set()
    for i, r in enumerate(minutes.get("reviews") or []):
        if not isinstance(r, Mapping) or not isinstance(r.get("action"), str):
            continue
        rp = f"{mp}.reviews[{i}].action"
        aid = r["action"]
        if aid in reviewed:
            c.add(rp, "reviewed_twice", id=aid)
        elif aid in own:
            c.add(rp, "review_of_own_action", id=aid)
        else:
            raised = c.refs.action_meeting(aid)
            if raised is None or raised == d.get("id"):
                c.add(rp, "no_such_action", id=aid)
            else:
                raised_at = _dt(c.refs.meeting_start(raised))
                if starts and raised_at and raised_at >= starts:
                    c.add(rp, "review_before_raised", id=aid, meeting=raised)
        reviewed.add(aid)


def _locked_minutes(d: Mapping[str, Any], place: str, c: Checker, before: Mapping[str, Any] | None) -> None:
    """What a city approved changes only by reopening the minutes (domain/minutes_cycle.py)."""
    old = (before or {}).get("minutes")
    if not isinstance(old, Mapping):
        return
    new = d.get("minutes")
    if new == old:  # the very minutes stored (a package's meeting whose minutes did not change): no change
        return
    try:  # compare as stored: omitted optional fields and blank translations are no change
        new = normalized_minutes(new) if isinstance(new, Mapping) else new
    except (KeyError, TypeError, ValueError, AttributeError):
        pass  # malformed minutes: compared as given (and reported by the field checks)
    for where, code in minutes_cycle.lock_problems(old, new):
        c.add(_join(place, where), code)


def _visit_rules(d: Mapping[str, Any], place: str, c: Checker) -> None:
    starts, ends = _d(d.get("starts_on")), _d(d.get("ends_on"))
    if starts and ends and ends < starts:
        c.add(_join(place, "ends_on"), "before_starts_on", date=starts.isoformat())


def _organization_rules(d: Mapping[str, Any], place: str, c: Checker) -> None:
    if d.get("parent") == d.get("id"):
        c.add(_join(place, "parent"), "own_parent")
    else:
        _chain_cycles("organization", d.get("id", ""), d.get("parent"), "parent", place, c)


def _team_rules(d: Mapping[str, Any], place: str, c: Checker) -> None:
    people = [x.get("person") for x in d.get("members") or [] if isinstance(x, Mapping)]
    for i, p in enumerate(people):
        if p in people[:i]:
            c.add(f"{_join(place, 'members')}[{i}].person", "member_twice", person=p)


def check(
    kind: str,
    doc: Any,
    refs: Refs,
    place: str = "",
    before: Mapping[str, Any] | None = None,
) -> list[Problem]:
    """Every problem of one record document. ``before`` is the stored record, when it exists."""
    c = Checker(refs)
    if not isinstance(doc, Mapping):
        return [Problem(place, "not_object")]
    rid = doc.get("id")
    if not isinstance(rid, str) or not ID_RE.fullmatch(rid):
        c.add(_join(place, "id"), "bad_id", id=rid)
    SPECS[kind](doc, place, c)
    if kind == "meeting" and isinstance(doc.get("minutes"), Mapping):
        doc = {**doc, "minutes": minutes_cycle.with_older_approval(doc["minutes"])}
    if kind == "agreement":
        _agreement_rules(doc, place, c)
    elif kind == "meeting":
        _meeting_rules(doc, place, c, before)
    elif kind == "visit":
        _visit_rules(doc, place, c)
    elif kind == "organization":
        _organization_rules(doc, place, c)
    elif kind == "team":
        _team_rules(doc, place, c)
    for target, tid, where in c.pending_refs:
        if not refs.exists(target, tid):
            c.add(where, "no_such_record", kind=target, id=tid)
    return c.problems


# --- the clerk's display name -----------------------------------------------------------------------

CLERK_NAME = "clerk_name"  # the place of its problems


def clerk_name_problems(names: Mapping[str, Any] | None) -> list[Problem]:
    """The clerk's display name (Preferences) as any person's name: text, each language at most NAME
    characters. Unlike a record's name it may be blank in every language (then the login is shown)."""
    given = {k: v.strip() if isinstance(v, str) else v for k, v in (names or {}).items()
             if not (isinstance(v, str) and not v.strip())}
    if not given:
        return []
    c = Checker(refs=None)  # type: ignore[arg-type]  # a name refers to nothing
    lm_of(NAME)(given, CLERK_NAME, c)
    return c.problems


def usable_clerk_name(names: Mapping[str, Any] | None) -> dict[str, str]:
    """The languages of a display name that pass the rules, trimmed (a hand-edited settings file must not
    put an unbounded text on every audit row)."""
    problems = clerk_name_problems(names)
    if any("lang" not in p.values for p in problems):
        return {}
    bad = {p.values["lang"] for p in problems}
    return {k: v.strip() for k, v in (names or {}).items()
            if k not in bad and isinstance(v, str) and v.strip() and k in ("ko", "zh", "en")}
