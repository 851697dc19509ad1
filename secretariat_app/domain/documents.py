"""Records as plain documents: the exchange format's shape, and the one shape services speak.

A *document* is a ``dict`` of one record exactly as in ``docs/exchange-format.md``: ids for
references, language maps for texts, ISO strings for dates. :func:`to_doc` reads one from the
models; :func:`write` applies a (validated) document to a model, replacing its parts.
Exporting, auditing, undo and editors all use these documents, so a record has one shape everywhere.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Column, Table
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import ONETOMANY, Mapper, Session

from . import langmap, minutes_cycle
from . import models as m
from .collation import zh_sort_key

Doc = dict[str, Any]

OWNER_CITIES = ("beijing", "seoul")  # an agreement's owners, one in each city (in the order they are stored)

# --- dates and times ----------------------------------------------------------------------------


def parse_date(value: str) -> date:
    return date.fromisoformat(value)


def parse_datetime(value: str) -> datetime:
    """An ISO 8601 date-time that carries its UTC offset (raises ValueError otherwise)."""
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None or parsed.utcoffset() is None:
        raise ValueError("needs its UTC offset, e.g. 2014-07-03T10:00:00+08:00")
    return parsed


def offset_minutes(value: datetime) -> int:
    delta = value.utcoffset()
    assert delta is not None
    return int(delta.total_seconds() // 60)


@functools.cache
def _zone(offset: int) -> timezone:
    return timezone(timedelta(minutes=offset))  # a handful of offsets, met for every meeting of a list


def local_time(utc: datetime, offset: int) -> datetime:
    """The stored UTC instant shown at the venue's offset."""
    return utc.astimezone(_zone(offset))


def format_datetime(utc: datetime, offset: int) -> str:
    return local_time(utc, offset).isoformat(timespec="seconds")


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return parse_date(value) if value else None


def _lm(value: Any) -> Any:
    return langmap.clean(value)


def _lms(values: list[Any] | None) -> list[Any]:
    return [c for c in (langmap.clean(v) for v in values or []) if c]


# --- reading ------------------------------------------------------------------------------------


def _organization(o: m.Organization) -> Doc:
    return {
        "id": o.id,
        "name": o.name,
        "short_name": o.short_name,
        "city": o.city,
        "kind": o.kind,
        "parent": o.parent_id,
    }


def _person(p: m.Person) -> Doc:
    return {
        "id": p.id,
        "name": p.name,
        "position": p.position,
        "organization": p.organization_id,
        "email": p.email,
        "phone": p.phone,
        "notes": p.notes,
    }


def _team(t: m.Team) -> Doc:
    return {
        "id": t.id,
        "name": t.name,
        "description": t.description,
        "status": t.status,
        "established_on": _iso(t.established_on),
        "established_by": t.established_by_id,
        "lead_organizations": [x.organization_id for x in t.leads],
        "members": [{"person": x.person_id, "role": x.role} for x in t.members],
        "focus_areas": list(t.focus_areas or []),
    }


def _agreement(a: m.Agreement) -> Doc:
    return {
        "id": a.id,
        "kind": a.kind,
        "reference": a.reference,
        "title": a.title,
        "summary": a.summary,
        "text": a.text,
        "status": a.status,
        "parties": [x.organization_id for x in a.parties],
        "signatories": [{"person": x.person_id, "organization": x.organization_id} for x in a.signatories],
        "signed_on": _iso(a.signed_on),
        "signed_city": a.signed_city,
        "signed_venue": a.signed_venue,
        "meeting": a.meeting_id,
        "teams": [x.team_id for x in a.teams],
        "effective_on": _iso(a.effective_on),
        "expires_on": _iso(a.expires_on),
        "renewal_terms": a.renewal_terms,
        "notice_days": a.notice_days,
        "auto_renews": bool(a.auto_renews),
        "renews_for_months": a.renews_for_months,
        **{f"owner_{city}": next((x.person_id for x in a.owners if x.city == city), None) for city in OWNER_CITIES},
        "areas": list(a.areas or []),
        "supersedes": a.supersedes_id,
        "attachments": [
            {"name": x.name, "media_type": x.media_type, "size": x.size, "sha256": x.sha256}
            for x in a.attachments
        ],
        "events": [
            {"kind": x.kind, "date": _iso(x.occurred_on), "meeting": x.meeting_id, "document": x.document,
             "note": x.note, "status": x.status, "expires_on": _iso(x.expires_on)}
            for x in a.events
        ],
    }


def _minutes(n: m.Minutes | None) -> Doc | None:
    if n is None:
        return None
    return {
        "status": n.status,
        "approved_on": _iso(n.approved_on),
        "circulated_on": _iso(n.circulated_on),
        "circulated_to": n.circulated_to,
        "approvals": [
            {"city": x.city, "by": x.person_id, "on": _iso(x.approved_on), "withdrawn_on": _iso(x.withdrawn_on)}
            for x in n.approvals
        ],
        "recorded_by": n.recorded_by_id,
        "attendees": [{"person": x.person_id, "status": x.status, "represented_by": x.represented_by_id}
                      for x in n.attendees],
        "guests": [{"name": x.name, "affiliation": x.affiliation} for x in n.guests],
        "summary": n.summary,
        "items": [{"agenda_item": x.agenda_item, "notes": x.notes} for x in n.items],
        "decisions": [{"text": x.text, "agenda_item": x.agenda_item, "agreement": x.agreement_id,
                       "article": x.article} for x in n.decisions],
        "actions": [
            {"id": x.id, "text": x.text, "owner": x.owner_id, "counterpart_owner": x.counterpart_owner_id,
             "due_on": _iso(x.due_on), "status": x.status, "agreement": x.agreement_id, "article": x.article}
            for x in sorted(n.actions, key=lambda a: a.position)
        ],
        "statements": [{"speaker": x.speaker_id, "text": x.text} for x in n.statements],
        "reviews": [{"action": x.action_id, "note": x.note, "status": x.status} for x in n.reviews],
    }


def _meeting(g: m.Meeting) -> Doc:
    return {
        "id": g.id,
        "kind": g.kind,
        "number": g.number,
        "title": g.title,
        "team": g.team_id,
        "starts_at": format_datetime(g.starts_at, g.starts_offset),
        "ends_at": format_datetime(g.ends_at, g.ends_offset or 0) if g.ends_at else None,
        "city": g.city,
        "venue": g.venue,
        "host_organization": g.host_organization_id,
        "participants": [x.person_id for x in g.participants],
        "agenda": [
            {
                "position": x.position,
                "title": x.title,
                "presenter": x.presenter_id,
                "presenter_role": x.presenter_role,
                "duration_minutes": x.duration_minutes,
                "description": x.description,
                "agreement": x.agreement_id,
            }
            for x in g.agenda
        ],
        "minutes": _minutes(g.minutes),
    }


def _visit(v: m.Visit) -> Doc:
    return {
        "id": v.id,
        "title": v.title,
        "head": v.head_id,
        "delegation": [x.person_id for x in v.delegation],
        "destination_city": v.destination_city,
        "starts_on": _iso(v.starts_on),
        "ends_on": _iso(v.ends_on),
        "purpose": v.purpose,
        "itinerary": [
            {
                "starts_at": format_datetime(x.starts_at, x.starts_offset),
                "title": x.title,
                "venue": x.venue,
                "counterparts": [c.person_id for c in x.counterparts],
                "notes": x.notes,
            }
            for x in v.itinerary
        ],
        "meetings": [x.meeting_id for x in v.meetings],
        "agreements": [x.agreement_id for x in v.agreements],
        "talking_points": list(v.talking_points or []),
    }


def _template(t: m.MeetingTemplate) -> Doc:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.kind,
        "title": t.title,
        "team": t.team_id,
        "city": t.city,
        "notes": t.notes,
        "items": [
            {"title": x.title, "duration_minutes": x.duration_minutes, "presenter_role": x.presenter_role,
             "description": x.description}
            for x in t.items
        ],
    }


READERS: dict[str, Callable[[Any], Doc]] = {
    "organization": _organization,
    "person": _person,
    "team": _team,
    "agreement": _agreement,
    "meeting": _meeting,
    "visit": _visit,
    "template": _template,
}


def to_doc(kind: str, record: m.RecordMixin) -> Doc:
    return READERS[kind](record)


# --- writing ------------------------------------------------------------------------------------


def _row(part: Any, owner: Any = None) -> tuple[Any, ...]:
    """A part's content: its columns (not the keys that tie it to its owner, which a new part has not yet)
    and its own parts."""
    mapper = sa_inspect(part).mapper
    columns = tuple(getattr(part, c.key) for c in mapper.column_attrs
                    if not (c.columns[0].primary_key and c.columns[0].foreign_keys)
                    and not any(fk.column.table is owner for fk in c.columns[0].foreign_keys))
    children = tuple(tuple(_row(x, mapper.local_table) for x in getattr(part, r.key)) for r in mapper.relationships
                     if r.uselist and r.direction is ONETOMANY)
    return columns + children


def _same_parts(old: list[Any], new: list[Any]) -> bool:
    return len(old) == len(new) and all(_row(a) == _row(b) for a, b in zip(old, new, strict=True))


def _replace(session: Session, owner: Any, attr: str, new: list[Any]) -> None:
    """Replace a list of parts. Old rows are deleted first: new ones may reuse their keys. Parts that
    stay as they were are left alone (a save that changes a title rewrites no agenda)."""
    old = getattr(owner, attr)
    if _same_parts(list(old), new):
        return
    if old:
        old.clear()
        session.flush()
    old.extend(new)


def _write_organization(session: Session, o: m.Organization, d: Doc) -> None:
    o.name = _lm(d["name"])
    o.short_name = _lm(d.get("short_name"))
    o.city = d["city"]
    o.kind = d["kind"]
    o.parent_id = d.get("parent")


def _write_person(session: Session, p: m.Person, d: Doc) -> None:
    p.name = _lm(d["name"])
    p.position = _lm(d.get("position"))
    p.organization_id = d.get("organization")
    p.email = d.get("email") or None
    p.phone = d.get("phone") or None
    p.notes = d.get("notes") or None


def _write_team(session: Session, t: m.Team, d: Doc) -> None:
    classes = _models(type(t))
    t.name = _lm(d["name"])
    t.description = _lm(d.get("description"))
    t.status = d["status"]
    t.established_on = _date(d.get("established_on"))
    t.established_by_id = d.get("established_by")
    t.focus_areas = _lms(d.get("focus_areas"))
    _replace(session, t, "leads", [
        classes.TeamLead(position=i, organization_id=o) for i, o in enumerate(d.get("lead_organizations") or [], 1)
    ])
    _replace(session, t, "members", [
        classes.TeamMember(position=i, person_id=x["person"], role=_lm(x.get("role")))
        for i, x in enumerate(d.get("members") or [], 1)
    ])


def _write_agreement(session: Session, a: m.Agreement, d: Doc) -> None:
    classes = _models(type(a))
    a.kind = d["kind"]
    a.reference = d.get("reference") or None
    a.title = _lm(d["title"])
    a.summary = _lm(d.get("summary"))
    a.text = _lm(d.get("text"))
    a.status = d["status"]
    a.signed_on = _date(d.get("signed_on"))
    a.signed_city = d.get("signed_city") or None
    a.signed_venue = _lm(d.get("signed_venue"))
    a.meeting_id = d.get("meeting")
    a.effective_on = _date(d.get("effective_on"))
    a.expires_on = _date(d.get("expires_on"))
    a.renewal_terms = _lm(d.get("renewal_terms"))
    a.notice_days = d.get("notice_days")
    a.auto_renews = bool(d.get("auto_renews"))
    a.renews_for_months = d.get("renews_for_months")
    _replace(session, a, "owners", [
        classes.AgreementOwner(city=city, person_id=d[f"owner_{city}"]) for city in OWNER_CITIES if d.get(f"owner_{city}")
    ])
    a.areas = _lms(d.get("areas"))
    a.supersedes_id = d.get("supersedes")
    _replace(session, a, "parties", [
        classes.AgreementParty(position=i, organization_id=o) for i, o in enumerate(d.get("parties") or [], 1)
    ])
    _replace(session, a, "signatories", [
        classes.AgreementSignatory(position=i, person_id=x["person"], organization_id=x["organization"])
        for i, x in enumerate(d.get("signatories") or [], 1)
    ])
    _replace(session, a, "teams", [
        classes.AgreementTeam(position=i, team_id=t) for i, t in enumerate(d.get("teams") or [], 1)
    ])
    _replace(session, a, "attachments", [
        classes.Attachment(position=i, name=x["name"], media_type=x["media_type"], size=x["size"], sha256=x["sha256"])
        for i, x in enumerate(d.get("attachments") or [], 1)
    ])
    _replace(session, a, "events", [
        classes.AgreementEvent(position=i, kind=x["kind"], occurred_on=parse_date(x["date"]), meeting_id=x.get("meeting"),
                         document=x.get("document"), note=_lm(x.get("note")), status=x.get("status") or None,
                         expires_on=_date(x.get("expires_on")))
        for i, x in enumerate(d.get("events") or [], 1)
    ])


def _write_minutes(session: Session, g: m.Meeting, d: Doc | None) -> None:
    new = _minutes_record(d, _models(type(g))) if d is not None else None
    if g.minutes is not None and new is not None and _row(g.minutes) == _row(new):
        return  # the same minutes: left as they are
    if g.minutes is not None:
        g.minutes = None
        session.flush()
    if new is not None:
        g.minutes = new


def _minutes_record(d: Doc, classes: Any = m) -> m.Minutes:
    d = minutes_cycle.upgraded(d)  # an older file's attendee ids and approval
    return classes.Minutes(
        status=d["status"],
        approved_on=_date(d.get("approved_on")),
        circulated_on=_date(d.get("circulated_on")),
        circulated_to=d.get("circulated_to") or None,
        approvals=[
            classes.MinutesApproval(position=i, city=x["city"], person_id=x.get("by"), approved_on=parse_date(x["on"]),
                              withdrawn_on=_date(x.get("withdrawn_on")))
            for i, x in enumerate(d.get("approvals") or [], 1)
        ],
        recorded_by_id=d.get("recorded_by"),
        summary=_lm(d.get("summary")),
        attendees=[
            classes.MinutesAttendee(position=i, person_id=x["person"], status=x.get("status") or "present",
                              represented_by_id=x.get("represented_by"))
            for i, x in enumerate(d.get("attendees") or [], 1)
        ],
        guests=[
            classes.MinutesGuest(position=i, name=x["name"].strip(), affiliation=(x.get("affiliation") or "").strip() or None)
            for i, x in enumerate(d.get("guests") or [], 1)
        ],
        items=[
            classes.MinutesItem(position=i, agenda_item=x["agenda_item"], notes=_lm(x["notes"]))
            for i, x in enumerate(d.get("items") or [], 1)
        ],
        decisions=[
            classes.Decision(position=i, text=_lm(x["text"]), agenda_item=x.get("agenda_item"),
                       agreement_id=x.get("agreement"), article=_article(x))
            for i, x in enumerate(d.get("decisions") or [], 1)
        ],
        actions=[
            classes.ActionItem(
                id=x["id"], position=i, text=_lm(x["text"]), owner_id=x.get("owner"),
                counterpart_owner_id=x.get("counterpart_owner"), due_on=_date(x.get("due_on")), status=x["status"],
                agreement_id=x.get("agreement"), article=_article(x),
            )
            for i, x in enumerate(d.get("actions") or [], 1)
        ],
        statements=[
            classes.Statement(position=i, speaker_id=x.get("speaker"), text=_lm(x["text"]))
            for i, x in enumerate(d.get("statements") or [], 1)
        ],
        reviews=[
            classes.ActionReview(position=i, action_id=x["action"], note=_lm(x.get("note")), status=x["status"])
            for i, x in enumerate(d.get("reviews") or [], 1)
        ],
    )


def _article(d: Doc) -> str | None:
    """The article of an agreement a decision or action names ("Art. 3"), trimmed; None when blank."""
    value = d.get("article")
    return value.strip() or None if isinstance(value, str) else None


def _write_meeting(session: Session, g: m.Meeting, d: Doc) -> None:
    classes = _models(type(g))
    starts = parse_datetime(d["starts_at"])
    ends = parse_datetime(d["ends_at"]) if d.get("ends_at") else None
    g.kind = d["kind"]
    g.number = d.get("number")
    g.title = _lm(d["title"])
    g.team_id = d.get("team")
    g.starts_at, g.starts_offset = starts, offset_minutes(starts)
    g.ends_at, g.ends_offset = (ends, offset_minutes(ends)) if ends else (None, None)
    g.city = d["city"]
    g.venue = _lm(d.get("venue"))
    g.host_organization_id = d.get("host_organization")
    _replace(session, g, "participants", [
        classes.MeetingParticipant(position=i, person_id=p) for i, p in enumerate(d.get("participants") or [], 1)
    ])
    _replace(session, g, "agenda", [
        classes.AgendaItem(
            position=x["position"], title=_lm(x["title"]), presenter_id=x.get("presenter"),
            presenter_role=_lm(x.get("presenter_role")), duration_minutes=x.get("duration_minutes"), description=_lm(x.get("description")),
            agreement_id=x.get("agreement"),
        )
        for x in d.get("agenda") or []
    ])
    _write_minutes(session, g, d.get("minutes"))


def _write_visit(session: Session, v: m.Visit, d: Doc) -> None:
    classes = _models(type(v))
    v.title = _lm(d["title"])
    v.head_id = d.get("head")
    v.destination_city = d["destination_city"]
    v.starts_on = parse_date(d["starts_on"])
    v.ends_on = parse_date(d["ends_on"])
    v.purpose = _lm(d.get("purpose"))
    v.talking_points = _lms(d.get("talking_points"))
    _replace(session, v, "delegation", [
        classes.VisitDelegate(position=i, person_id=p) for i, p in enumerate(d.get("delegation") or [], 1)
    ])
    items = []
    for i, x in enumerate(d.get("itinerary") or [], 1):
        at = parse_datetime(x["starts_at"])
        items.append(classes.ItineraryItem(
            position=i, starts_at=at, starts_offset=offset_minutes(at), title=_lm(x["title"]),
            venue=_lm(x.get("venue")), notes=_lm(x.get("notes")),
            counterparts=[classes.ItineraryCounterpart(position=j, person_id=p)
                          for j, p in enumerate(x.get("counterparts") or [], 1)],
        ))
    _replace(session, v, "itinerary", items)
    _replace(session, v, "meetings", [
        classes.VisitMeeting(position=i, meeting_id=x) for i, x in enumerate(d.get("meetings") or [], 1)
    ])
    _replace(session, v, "agreements", [
        classes.VisitAgreement(position=i, agreement_id=x) for i, x in enumerate(d.get("agreements") or [], 1)
    ])


def _write_template(session: Session, t: m.MeetingTemplate, d: Doc) -> None:
    classes = _models(type(t))
    t.name = _lm(d["name"])
    t.kind = d["kind"]
    t.title = _lm(d.get("title"))
    t.team_id = d.get("team")
    t.city = d.get("city") or None
    t.notes = _lm(d.get("notes"))
    _replace(session, t, "items", [
        classes.TemplateItem(position=i, title=_lm(x["title"]), duration_minutes=x.get("duration_minutes"),
                       presenter_role=_lm(x.get("presenter_role")), description=_lm(x.get("description")))
        for i, x in enumerate(d.get("items") or [], 1)
    ])


WRITERS: dict[str, Callable[[Session, Any, Doc], None]] = {
    "organization": _write_organization,
    "person": _write_person,
    "team": _write_team,
    "agreement": _write_agreement,
    "meeting": _write_meeting,
    "visit": _write_visit,
    "template": _write_template,
}


def write(session: Session, kind: str, record: m.RecordMixin, doc: Doc) -> None:
    WRITERS[kind](session, record, doc)
    name = langmap.pick(doc.get("name") or doc.get("title"), "zh")[0]
    record.sort_zh = zh_sort_key(name)


# Writers given a new record have no old parts to replace: they never flush, and nothing reaches a database.
_SCRATCH = Session()


def built(kind: str, doc: Doc) -> Any:
    """A new record holding a (valid) document's content, made by the same writers as a save -- of the plain
    twins of the models (:func:`_plain`), which :func:`to_doc` and :func:`rows_of` read as they read the
    models: what is built here is only read, never saved by the ORM."""
    record = _PLAIN.classes[m.RECORD_CLASSES[kind].__name__](id=doc["id"])
    write(_SCRATCH, kind, record, doc)
    return record


class _Plain:
    """Plain twins of the mapped classes, made from their mappers (the same attribute names, so the same
    writers fill them): an ORM instance costs ~30 µs to make and fill (events for every attribute set),
    and an import of 100,000 records builds 1.5 million of them only to read their rows."""

    def __init__(self) -> None:
        self.classes: dict[str, type] = {}
        self.mappers: dict[type, Mapper[Any]] = {}
        for mapper in m.Base.registry.mappers:
            twin = _twin(mapper)
            self.classes[mapper.class_.__name__] = twin
            self.mappers[twin] = mapper

    def __getattr__(self, name: str) -> type:
        try:
            return self.classes[name]
        except KeyError:
            raise AttributeError(name) from None


def _twin(mapper: Mapper[Any]) -> type:
    lists = tuple(r.key for r in mapper.relationships if r.uselist)
    # Every attribute is in a twin's __dict__ from the start (None, or an empty list of parts), so that its
    # row is read in one C call (:func:`_rows`).
    unset = {a.key: None for a in mapper.column_attrs} | {r.key: None for r in mapper.relationships if not r.uselist}

    def __init__(self: Any, **values: Any) -> None:
        attrs = self.__dict__
        attrs.update(unset)
        for key in lists:
            attrs[key] = []
        attrs.update(values)

    return type(mapper.class_.__name__, (), {"__init__": __init__, "__module__": __name__})


_PLAIN = _Plain()


def _models(cls: type) -> Any:
    """Where a writer takes the parts it makes: the models for a mapped record, the twins for a twin."""
    return _PLAIN if cls in _PLAIN.mappers else m


def normalized(kind: str, doc: Doc) -> Doc:
    """A valid document as it reads back once saved: every field present, blank translations dropped."""
    return to_doc(kind, built(kind, doc))


# --- a record as table rows -----------------------------------------------------------------------
# The bulk path (services/bulk.py) writes many records as plain rows. Those rows are read off the very
# objects the writers above build, so what a record's rows are is decided in one place for a single save
# (the ORM flushes the objects) and for the bulk path (the rows are inserted as they are).

Rows = dict[Table, list[dict[str, Any]]]


def rows_of(record: Any, into: Rows) -> None:
    """Add the rows of a record built by :func:`built` (its own row and every part's, each part's keys to
    its owner filled in) to ``into``, tables in the order they can be inserted."""
    _rows(record, {}, into)


def _rows(obj: Any, keys: dict[str, Any], into: Rows) -> None:
    table, names, read, parts = _shape(type(obj))
    values = obj.__dict__
    try:
        row = dict(zip(names, read(values), strict=True))
    except KeyError:  # a mapped instance (not a twin) leaves unset attributes out of its __dict__
        row = {name: values.get(key) for key, name in zip(read.keys, names, strict=True)}  # type: ignore[attr-defined]
    row.update(keys)
    into.setdefault(table, []).append(row)
    for key, uselist, pairs in parts:
        children = values.get(key)
        for child in (children or () if uselist else (children,) if children is not None else ()):
            _rows(child, {theirs: row[ours] for ours, theirs in pairs}, into)


class _Read:
    """Reads the values of these attributes from an instance's __dict__, as a tuple."""

    def __init__(self, keys: list[str]):
        self.keys = keys
        self._get = operator.itemgetter(*keys)

    def __call__(self, values: dict[str, Any]) -> tuple[Any, ...]:
        found = self._get(values)
        return found if len(self.keys) > 1 else (found,)


@functools.cache
def _shape(cls: type) -> tuple[Table, list[str], _Read, list[tuple[str, bool, list[tuple[str, str]]]]]:
    """A class's table, its column names and how to read their values, and its parts (attribute, a list?,
    the keys that tie a part to its owner: (owner's column, part's column)) -- asked of the mapper once."""
    mapper = _PLAIN.mappers.get(cls) or sa_inspect(cls)
    table = mapper.local_table
    assert isinstance(table, Table)
    columns = [(a.key, a.columns[0].name) for a in mapper.column_attrs]
    return (table, [name for _, name in columns], _Read([key for key, _ in columns]),
            [(r.key, bool(r.uselist), [(ours.name, theirs.name) for ours, theirs in r.local_remote_pairs])
             for r in part_relationships(mapper)])


def part_relationships(mapper: Mapper[Any]) -> list[Any]:
    """A model's relationships to its parts (rows that go with it: an agenda's items, a meeting's minutes)."""
    return [r for r in mapper.relationships if r.direction is ONETOMANY]


def part_tables(kind: str) -> list[tuple[Table, Column[Any]]]:
    """Each table of a kind's parts with its column that holds the record's id, the deepest first (the
    order their rows can be deleted in)."""
    out: list[tuple[Table, Column[Any]]] = []

    def walk(mapper: Mapper[Any], carrier: Column[Any]) -> None:
        for rel in part_relationships(mapper):
            column = next(theirs for ours, theirs in rel.local_remote_pairs if ours is carrier)
            walk(rel.mapper, column)
            out.append((rel.mapper.local_table, column))

    record = sa_inspect(m.RECORD_CLASSES[kind])
    walk(record, record.local_table.c.id)
    return out


def normalized_minutes(d: Doc | None) -> Doc | None:
    """Valid minutes as they read back once saved (see :func:`normalized`)."""
    return None if d is None else _minutes(_minutes_record(d))
