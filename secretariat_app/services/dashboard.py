"""What the clerk should look at today: coming meetings and visits, the last days to give notice of an
agreement (ranked before the expiries: by the expiry it is too late to say no), agreements running out, action
items overdue or due soon (by owner), and the records changed last. Plain data out; the UI draws it.

"Today" is a parameter, so the dashboard can be checked for any day (tests, and the demo archive
whose events lie in the past).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import lifecycle
from ..domain import models as m
from ..domain.documents import local_time
from ..domain.langmap import LangMap
from ..storage.database import Database
from . import sync

UPCOMING_DAYS = 60
EXPIRY_DAYS = 90
DUE_SOON_DAYS = 14
LIMIT = 50  # entries per section; the section says how many more there are
RECENT = 15


@dataclass(frozen=True)
class Entry:
    """One line of the dashboard: the record it opens, and what to show."""

    kind: str
    record_id: str
    title: LangMap
    when: date | datetime | None = None
    until: date | None = None
    city: str | None = None
    days: int | None = None  # days until (positive) or since (negative) the date that matters
    part: str | None = None  # the part of the record to show ("minutes.actions[2]"), if any
    user: str | None = None  # the login
    action: str | None = None
    user_name: LangMap | None = None  # the clerk's display name beside the login (None on old rows)
    flag: int | None = None  # a notice deadline's flag: within 90, 60, 30 or 7 days; 0 once passed
    owners: tuple[LangMap, ...] = ()  # an agreement's owners (Seoul's, then Beijing's)


@dataclass
class Section:
    entries: list[Entry] = field(default_factory=list)
    more: int = 0  # entries left out (over LIMIT)


@dataclass(frozen=True)
class OwnerActions:
    owner_id: str | None
    owner: LangMap | None
    overdue: list[Entry]
    due_soon: list[Entry]


@dataclass
class Dashboard:
    today: date
    meetings: Section
    visits: Section
    notices: Section  # the last days to give notice, before the expiries: notice comes first
    expiring: Section
    expired_in_force: Section
    actions: list[OwnerActions]
    actions_more: int
    recent: list[Entry]
    conflicts: int = 0  # records changed here and at the counterpart, waiting for a clerk (services/sync.py)

    @property
    def overdue_count(self) -> int:
        return sum(len(o.overdue) for o in self.actions)


def _limited(rows: list[Any], make: Any) -> Section:
    return Section([make(r) for r in rows[:LIMIT]], max(0, len(rows) - LIMIT))


def _meetings(s: Session, today: date) -> Section:
    g = m.Meeting
    start = datetime.combine(today, time.min, UTC) - timedelta(hours=14)  # the earliest "today" on Earth
    end = datetime.combine(today + timedelta(days=UPCOMING_DAYS + 1), time.min, UTC)
    rows = s.execute(select(g.id, g.title, g.starts_at, g.starts_offset, g.city)
                     .where(g.deleted_at.is_(None), g.starts_at >= start, g.starts_at < end)
                     .order_by(g.starts_at, g.id).limit(LIMIT + 500)).all()
    # Still to come at the venue: today (local) or later.
    rows = [r for r in rows if local_time(r.starts_at, r.starts_offset).date() >= today]
    return _limited(rows, lambda r: Entry(
        "meeting", r.id, r.title, local_time(r.starts_at, r.starts_offset), city=r.city,
        days=(local_time(r.starts_at, r.starts_offset).date() - today).days))


def _visits(s: Session, today: date) -> Section:
    v = m.Visit
    rows = s.execute(select(v.id, v.title, v.starts_on, v.ends_on, v.destination_city)
                     .where(v.deleted_at.is_(None), v.ends_on >= today,
                            v.starts_on <= today + timedelta(days=UPCOMING_DAYS))
                     .order_by(v.starts_on, v.id).limit(LIMIT + 500)).all()
    return _limited(rows, lambda r: Entry("visit", r.id, r.title, r.starts_on, r.ends_on, r.destination_city,
                                          days=(r.starts_on - today).days))


def _agreements(s: Session, today: date) -> tuple[Section, Section]:
    a = m.Agreement
    live = (a.deleted_at.is_(None),)
    expiring = s.execute(select(a.id, a.title, a.expires_on)
                         .where(*live, a.status.in_(("signed", "in_force")), a.expires_on >= today,
                                a.expires_on <= today + timedelta(days=EXPIRY_DAYS))
                         .order_by(a.expires_on, a.id)).all()
    expired = s.execute(select(a.id, a.title, a.expires_on)
                        .where(*live, a.status == "in_force", a.expires_on < today)
                        .order_by(a.expires_on.desc(), a.id)).all()

    def entry(r: Any) -> Entry:
        return Entry("agreement", r.id, r.title, r.expires_on, days=(r.expires_on - today).days)

    return _limited(expiring, entry), _limited(expired, entry)


def _notices(s: Session, today: date) -> Section:
    """Agreements in force whose last day to give notice (expiry less the notice period) is within
    NOTICE_FLAGS[0] days, or has passed while the agreement still runs: soonest first."""
    a = m.Agreement
    live = (a.deleted_at.is_(None), a.status.in_(("signed", "in_force")), a.notice_days.is_not(None))
    # Only expiries that a notice period could bring within reach (the expiry index serves the range).
    longest = s.scalar(select(func.max(a.notice_days)).where(*live, a.expires_on >= today))
    if longest is None:
        return Section()
    rows = s.execute(select(a.id, a.title, a.expires_on, a.notice_days)
                     .where(*live, a.expires_on >= today,
                            a.expires_on <= today + timedelta(days=lifecycle.NOTICE_FLAGS[0] + longest))).all()
    due = []
    for r in rows:
        deadline = lifecycle.notice_deadline(r.expires_on, r.notice_days)
        assert deadline is not None
        if (deadline - today).days <= lifecycle.NOTICE_FLAGS[0]:
            due.append((deadline, r))
    due.sort(key=lambda x: (x[0], x[1].id))
    owners: dict[str, dict[str, LangMap]] = {}
    wanted = [r.id for _, r in due[:LIMIT]]
    for agreement_id, city, name in s.execute(
            select(m.AgreementOwner.agreement_id, m.AgreementOwner.city, m.Person.name)
            .join(m.Person, m.Person.id == m.AgreementOwner.person_id)
            .where(m.AgreementOwner.agreement_id.in_(wanted))):
        owners.setdefault(agreement_id, {})[city] = name
    return _limited(due, lambda x: Entry(
        "agreement", x[1].id, x[1].title, x[0], x[1].expires_on, days=(x[0] - today).days,
        flag=lifecycle.notice_flag((x[0] - today).days),
        owners=tuple(owners.get(x[1].id, {})[c] for c in ("seoul", "beijing") if c in owners.get(x[1].id, {}))))


def _actions(s: Session, today: date) -> tuple[list[OwnerActions], int]:
    """Open action items due within DUE_SOON_DAYS or overdue: all due soon, the latest overdue first."""
    x = m.ActionItem
    soon_until = today + timedelta(days=DUE_SOON_DAYS)

    def query(*where: Any) -> Any:
        return (select(x.id, x.text, x.due_on, x.owner_id, x.meeting_id, x.position)
                .join(m.Meeting, m.Meeting.id == x.meeting_id)
                .where(x.status == "open", m.Meeting.deleted_at.is_(None), *where))

    due_soon = s.execute(query(x.due_on >= today, x.due_on <= soon_until).order_by(x.due_on, x.id)).all()
    room = max(0, LIMIT * 4 - len(due_soon))
    overdue = s.execute(query(x.due_on < today).order_by(x.due_on.desc(), x.id).limit(room)).all()
    overdue_total = s.scalar(select(func.count()).select_from(query(x.due_on < today).subquery())) or 0
    shown = [*overdue, *due_soon]
    owners = {k: v for k, v in s.execute(select(m.Person.id, m.Person.name)
                                         .where(m.Person.id.in_({r.owner_id for r in shown if r.owner_id})))}
    groups: dict[str | None, tuple[list[Entry], list[Entry]]] = {}
    for r in shown:
        # The editors' name for the action: its place in the minutes (positions count from 1).
        e = Entry("meeting", r.meeting_id, r.text, r.due_on, days=(r.due_on - today).days,
                  part=f"minutes.actions[{r.position - 1}]")
        late, soon = groups.setdefault(r.owner_id, ([], []))
        (late if r.due_on < today else soon).append(e)
    out = [OwnerActions(owner, owners.get(owner) if owner else None, late, soon)
           for owner, (late, soon) in groups.items()]
    # The owners with the most overdue work first; among equals, the one whose oldest item waits longest.
    out.sort(key=lambda o: (-len(o.overdue), min((e.days or 0) for e in o.overdue) if o.overdue else 0,
                            -len(o.due_soon), str(o.owner_id)))
    return out, int(overdue_total) - len(overdue)


def _recent(s: Session) -> list[Entry]:
    a = m.AuditEntry
    rows = s.execute(select(a.kind, a.record_id, a.at, a.user, a.action, a.user_name)
                     .where(a.kind.in_(m.RECORD_CLASSES))  # (not a bulk change's own entry)
                     .order_by(a.id.desc()).limit(RECENT * 20))
    latest: dict[tuple[str, str], Any] = {}
    for r in rows:
        latest.setdefault((r.kind, r.record_id), r)
        if len(latest) == RECENT:
            break
    titles: dict[tuple[str, str], LangMap] = {}
    for kind in {k for k, _ in latest}:
        cls: Any = m.RECORD_CLASSES[kind]
        name = cls.name if kind in ("organization", "person", "team", "template") else cls.title
        wanted = [rid for k, rid in latest if k == kind]
        titles |= {(kind, rid): t for rid, t in s.execute(select(cls.id, name).where(cls.id.in_(wanted)))}
    return [Entry(k, rid, titles.get((k, rid)) or {"en": rid}, r.at, user=r.user, action=r.action,
                  user_name=r.user_name or None)
            for (k, rid), r in latest.items() if (k, rid) in titles]


def load(db: Database, today: date | None = None) -> Dashboard:
    today = today or date.today()
    with db.reading() as uow:
        s = uow.session
        expiring, expired = _agreements(s, today)
        actions, more = _actions(s, today)
        return Dashboard(today, _meetings(s, today), _visits(s, today), _notices(s, today), expiring, expired,
                         actions, more,
                         _recent(s), sync.pending_count(s))
