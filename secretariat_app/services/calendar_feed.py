"""The calendar's events, read from the database in one read transaction: meetings, visits and their
itineraries, open action items' due dates, and the expiry dates of agreements in force with the last
day to give notice of them (the "expiries" kind carries both).

Only the columns an entry shows are read (no agendas, no full texts), so a calendar of the whole
archive is a handful of queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from ..domain import lifecycle
from ..domain import models as m
from ..domain.choices import chosen
from ..domain.documents import local_time
from ..domain.langmap import pick
from ..domain.vocab import LANGUAGES
from ..errors import SecretariatError
from ..reports import labels
from ..reports.calendar import EXPIRY_REMINDER, KINDS, CalendarEvent, zone_of
from ..storage.database import Database
from .site import site_uid_domain

IN_FORCE = ("signed", "in_force")


@dataclass(frozen=True)
class CalendarQuery:
    lang: str = "en"
    team: str | None = None  # only this team's meetings, their actions and its agreements (no visits)
    date_from: date | None = None  # on the venue's calendar, inclusive
    date_to: date | None = None
    kinds: tuple[str, ...] = KINDS  # meetings, visits, actions, expiries
    record: tuple[str, str] | None = None  # one meeting (with its actions) or one visit (with its itinerary)


def parse_kinds(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"meetings,visits"`` → the kinds, checked; None → all of them."""
    return chosen(text, KINDS, "Unknown kind of calendar entry {value}; choose from: {allowed}")


def _in_range(day: date, q: CalendarQuery) -> bool:
    return (q.date_from is None or day >= q.date_from) and (q.date_to is None or day <= q.date_to)


def _overlaps(first: date, last: date, q: CalendarQuery) -> bool:
    return (q.date_from is None or last >= q.date_from) and (q.date_to is None or first <= q.date_to)


def _instant_bounds(query: Select[Any], column: Any, q: CalendarQuery) -> Select[Any]:
    """A coarse filter on a UTC instant (a day's margin for the venue's offset); the exact one is on the
    venue's date, in Python."""
    if q.date_from is not None:
        query = query.where(column >= datetime.combine(q.date_from - timedelta(days=1), time(), tzinfo=UTC))
    if q.date_to is not None:
        query = query.where(column < datetime.combine(q.date_to + timedelta(days=2), time(), tzinfo=UTC))
    return query


def _date_bounds(query: Select[Any], column: Any, q: CalendarQuery) -> Select[Any]:
    if q.date_from is not None:
        query = query.where(column >= q.date_from)
    if q.date_to is not None:
        query = query.where(column <= q.date_to)
    return query


def _only(query: Select[Any], column: Any, q: CalendarQuery, kind: str) -> Select[Any]:
    """One record's entries only (its own kind's; none of another kind's)."""
    if q.record is None:
        return query
    return query.where(column == q.record[1]) if q.record[0] == kind else query.where(column.is_(None))


def _venue_day(at: datetime, offset: int, city: str | None) -> date:
    zone = zone_of(city)
    return at.astimezone(zone).date() if zone is not None else local_time(at, offset).date()


def _each_language(make: Any) -> dict[str, str]:
    out = {lang: make(lang) for lang in LANGUAGES}
    return {k: v for k, v in out.items() if v}


def _joined(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p)


def _meetings(s: Session, q: CalendarQuery, domain: str) -> Iterable[CalendarEvent]:
    g, t = m.Meeting, m.Team
    query = (select(g.id, g.kind, g.number, g.title, g.starts_at, g.starts_offset, g.ends_at, g.city, g.venue,
                    g.version, g.created_at, g.updated_at, t.name)
             .outerjoin(t, t.id == g.team_id).where(g.deleted_at.is_(None)))
    query = _only(query, g.id, q, "meeting")
    if q.team:
        query = query.where(g.team_id == q.team)
    for r in s.execute(_instant_bounds(query, g.starts_at, q).order_by(g.starts_at, g.id)):
        if not _in_range(_venue_day(r.starts_at, r.starts_offset, r.city), q):
            continue
        summary = _each_language(lambda lang, r=r: _joined(
            labels.kind(r.kind, lang) + (f" {r.number}" if r.number else ""), pick(r.name, lang)[0]))
        yield CalendarEvent(f"meeting-{r.id}@{domain}", "meeting", r.title, r.starts_at, r.ends_at, r.city,
                            r.version, r.created_at, r.updated_at, r.venue, f"meeting:{r.id}", summary)


def _visits(s: Session, q: CalendarQuery, domain: str) -> Iterable[CalendarEvent]:
    v = m.Visit
    query = (select(v.id, v.title, v.destination_city, v.starts_on, v.ends_on, v.purpose, v.version,
                    v.created_at, v.updated_at).where(v.deleted_at.is_(None)))
    query = _only(query, v.id, q, "visit")
    if q.date_from is not None:
        query = query.where(v.ends_on >= q.date_from)
    if q.date_to is not None:
        query = query.where(v.starts_on <= q.date_to)
    visits = {r.id: r for r in s.execute(query.order_by(v.starts_on, v.id))}
    for r in visits.values():
        if _overlaps(r.starts_on, r.ends_on, q):
            yield CalendarEvent(f"visit-{r.id}@{domain}", "visit", r.title, r.starts_on,
                                r.ends_on + timedelta(days=1), r.destination_city, r.version, r.created_at,
                                r.updated_at, None, f"visit:{r.id}", r.purpose)
    stops = s.execute(select(m.ItineraryItem).where(m.ItineraryItem.visit_id.in_(list(visits)))
                      .order_by(m.ItineraryItem.visit_id, m.ItineraryItem.position)).scalars() if visits else []
    for x in stops:
        r = visits[x.visit_id]
        if not _in_range(_venue_day(x.starts_at, x.starts_offset, r.destination_city), q):
            continue
        summary = _each_language(lambda lang, r=r, x=x: "\n".join(
            t for t in (pick(r.title, lang)[0], pick(x.notes, lang)[0] if x.notes else "") if t))
        # An itinerary stop has no id of its own: its place in the visit names it (stops are kept in order).
        yield CalendarEvent(f"visit-{r.id}-stop-{x.position}@{domain}", "stop", x.title, x.starts_at, None,
                            r.destination_city, r.version, r.created_at, r.updated_at, x.venue,
                            f"visit:{r.id}", summary)


def _actions(s: Session, q: CalendarQuery, domain: str) -> Iterable[CalendarEvent]:
    a, g, p = m.ActionItem, m.Meeting, aliased(m.Person)
    query = (select(a.id, a.text, a.due_on, g.id.label("meeting_id"), g.title, g.city, g.version, g.created_at,
                    g.updated_at, p.name)
             .join(g, g.id == a.meeting_id).outerjoin(p, p.id == a.owner_id)
             .where(g.deleted_at.is_(None), a.status == "open", a.due_on.is_not(None)))
    query = _only(query, g.id, q, "meeting")
    if q.team:
        query = query.where(g.team_id == q.team)
    for r in s.execute(_date_bounds(query, a.due_on, q).order_by(a.due_on, a.id)):
        summary = _each_language(lambda lang, r=r: "\n".join(t for t in (
            f"{labels.label('owner', lang)}: {pick(r.name, lang)[0]}" if r.name else "",
            f"{labels.label('meeting', lang)}: {pick(r.title, lang)[0]}") if t))
        yield CalendarEvent(f"action-{r.id}@{domain}", "action", r.text, r.due_on, r.due_on + timedelta(days=1),
                            r.city, r.version, r.created_at, r.updated_at, None, f"meeting:{r.meeting_id}", summary)


def _expiries(s: Session, q: CalendarQuery, domain: str) -> Iterable[CalendarEvent]:
    a = m.Agreement
    query = (select(a.id, a.reference, a.title, a.summary, a.expires_on, a.signed_city, a.version, a.created_at,
                    a.updated_at)
             .where(a.deleted_at.is_(None), a.status.in_(IN_FORCE), a.expires_on.is_not(None)))
    if q.team:
        query = query.where(a.id.in_(select(m.AgreementTeam.agreement_id).where(m.AgreementTeam.team_id == q.team)))
    for r in s.execute(_date_bounds(query, a.expires_on, q).order_by(a.expires_on, a.id)):
        yield CalendarEvent(f"agreement-{r.id}-expiry@{domain}", "expiry", r.title, r.expires_on,
                            r.expires_on + timedelta(days=1), None, r.version, r.created_at, r.updated_at, None,
                            _joined(r.reference, f"agreement:{r.id}"), r.summary, EXPIRY_REMINDER)
    yield from _notices(s, q, domain)


def _notices(s: Session, q: CalendarQuery, domain: str) -> Iterable[CalendarEvent]:
    """The last day to give notice of each agreement in force with a notice period, reminded 90, 60, 30
    and 7 days ahead: notice given late binds the city to another term (or ends nothing)."""
    a = m.Agreement
    query = (select(a.id, a.reference, a.title, a.renewal_terms, a.expires_on, a.notice_days, a.version,
                    a.created_at, a.updated_at)
             .where(a.deleted_at.is_(None), a.status.in_(IN_FORCE), a.expires_on.is_not(None),
                    a.notice_days.is_not(None)))
    if q.team:
        query = query.where(a.id.in_(select(m.AgreementTeam.agreement_id).where(m.AgreementTeam.team_id == q.team)))
    if q.date_from is not None:  # the deadline is never after the expiry
        query = query.where(a.expires_on >= q.date_from)
    for r in s.execute(query.order_by(a.expires_on, a.id)):
        deadline = lifecycle.notice_deadline(r.expires_on, r.notice_days)
        if deadline is None or not _in_range(deadline, q):
            continue
        summary = _each_language(lambda lang, r=r: "\n".join(t for t in (
            f"{labels.label('expires', lang)}: {r.expires_on.isoformat()}",
            pick(r.renewal_terms, lang)[0] if r.renewal_terms else "") if t))
        first, *more = (timedelta(days=d) for d in lifecycle.NOTICE_FLAGS)
        yield CalendarEvent(f"agreement-{r.id}-notice@{domain}", "notice", r.title, deadline,
                            deadline + timedelta(days=1), None, r.version, r.created_at, r.updated_at, None,
                            _joined(r.reference, f"agreement:{r.id}"), summary, first, tuple(more))


READERS = {"meetings": _meetings, "visits": _visits, "actions": _actions, "expiries": _expiries}


def events(db: Database, q: CalendarQuery) -> list[CalendarEvent]:
    """Every event the query asks for, in one read transaction (meetings, visits, actions, expiries)."""
    if q.date_from is not None and q.date_to is not None and q.date_to < q.date_from:
        raise SecretariatError(f"The calendar's last day ({q.date_to}) is before its first ({q.date_from}).")
    with db.reading() as uow:
        s = uow.session
        if q.team and s.scalar(select(m.Team.id).where(m.Team.id == q.team, m.Team.deleted_at.is_(None))) is None:
            raise SecretariatError(f"There is no team {q.team!r}.")
        domain = site_uid_domain(s)
        out: list[CalendarEvent] = []
        for kind in q.kinds:
            if (kind == "visits" and q.team) or (kind == "expiries" and q.record):
                continue  # a visit belongs to no team; one meeting's or visit's calendar has no agreements
            out += READERS[kind](s, q, domain)
        return out
