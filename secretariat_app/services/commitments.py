"""The commitments register: every action of every live meeting's minutes, followed across meetings.

An action is raised at the meeting whose minutes hold it, reviewed at the later meetings whose minutes
list it under ``reviews`` (a note and the status found), and stands where its latest review left it
(never reviewed: at its own status). Open past its due date it is *late*. It is closed at the meeting
that first marked it done or dropped for good (a review that reopens it clears that).

One read transaction per call, plain data out: the register view, the progress report and the
agenda's suggested items all read it from here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import models as m
from ..domain.documents import format_datetime
from ..domain.langmap import clean
from ..domain.vocab import KNOWN_CITIES
from ..errors import SecretariatError
from ..storage.database import Database

if TYPE_CHECKING:
    from ..reports.data import ProgressData

CLOSED = frozenset({"done", "cancelled"})


@dataclass(frozen=True)
class Review:
    meeting_id: str
    starts_at: str  # ISO, at the venue's offset
    note: Mapping[str, str] | None
    status: str


@dataclass(slots=True)  # not frozen: a register builds a hundred thousand of them, frozen ones cost twice
class Commitment:
    id: str
    text: Mapping[str, str]
    meeting_id: str  # raised at
    starts_at: str  # the raising meeting's start (ISO, at its venue's offset)
    team_id: str | None  # the raising meeting's team, else the one its agreement or owner points to (see _team_finder)
    owner: str | None
    counterpart_owner: str | None
    owner_seoul: str | None  # the two owners, placed by their organization's city
    owner_beijing: str | None
    due_on: date | None
    recorded_status: str  # as the raising minutes recorded it
    status: str  # where it stands: its latest review's status, else its own
    standing: str  # status, or "late" when open past its due date on the day asked
    agreement_id: str | None
    article: str | None
    reviews: tuple[Review, ...] = ()
    closed_at: str | None = None  # the meeting that closed it (done or dropped)
    position: int = 0  # its place in the raising minutes (the editor opens there)


@dataclass(frozen=True)
class Filter:
    team: str | None = None  # "" = the council as a whole (meetings without a team)
    agreement: str | None = None  # "" = naming no agreement
    standing: str | None = None  # open, late, done, cancelled; "unfinished" = open or late
    owner: str | None = None  # either owner
    since: str | None = None  # a meeting id: raised at it or at a meeting starting after it

    def keeps(self, c: Commitment) -> bool:
        if self.team is not None and (c.team_id or "") != self.team:
            return False
        if self.agreement is not None and (c.agreement_id or "") != self.agreement:
            return False
        if self.standing == "unfinished":
            if c.standing not in ("open", "late"):
                return False
        elif self.standing is not None and c.standing != self.standing:
            return False
        return self.owner is None or self.owner in (c.owner, c.counterpart_owner)


@dataclass(frozen=True)
class Names:
    """The names the register shows, by id: language maps (people, teams, meetings), agreements with
    their reference."""

    people: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    teams: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    agreements: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # {title, reference}
    meetings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # {title, kind, number, starts_at}
    person_cities: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class Register:
    rows: tuple[Commitment, ...]
    names: Names
    as_of: date


@dataclass(frozen=True)
class Conference:
    id: str
    number: int | None
    title: Mapping[str, str]
    starts_at: str


def standing_of(status: str, due_on: date | None, as_of: date) -> str:
    return "late" if status == "open" and due_on is not None and due_on < as_of else status


def place_owners(owner: str | None, other: str | None, cities: Mapping[str, str | None]) -> tuple[str | None, str | None]:
    """(Seoul's, Beijing's) of an action's two owners, by their organization's city. One whose city is
    not known takes the side the other leaves; the owner alone, with no city known, stands for Seoul."""
    seoul = beijing = None
    unplaced = []
    for person in (owner, other):
        if person is None:
            continue
        city = cities.get(person)
        if city == "seoul" and seoul is None:
            seoul = person
        elif city == "beijing" and beijing is None:
            beijing = person
        else:
            unplaced.append(person)
    for person in unplaced:
        if seoul is None:
            seoul = person
        elif beijing is None:
            beijing = person
    return seoul, beijing


def _live_meetings() -> Any:
    return m.Meeting.deleted_at.is_(None)


def _load(session: Session, as_of: date, since: str | None = None, before: datetime | None = None,
          exclude_meeting: str | None = None, ids: Sequence[str] | None = None) -> list[Commitment]:
    g, a = m.Meeting, m.ActionItem
    # Columns, not ORM objects: a register of a large archive holds a hundred thousand actions.
    query = (select(a.id, a.text, a.meeting_id, a.position, a.owner_id, a.counterpart_owner_id, a.due_on, a.status,
                    a.agreement_id, a.article, g.starts_at, g.starts_offset, g.team_id)
             .join(g, g.id == a.meeting_id).where(_live_meetings()))
    if since is not None:
        start = session.scalar(select(g.starts_at).where(g.id == since))
        if start is None:
            return []
        query = query.where(g.starts_at >= start)
    if before is not None:
        query = query.where(g.starts_at < before)
    if exclude_meeting is not None:
        query = query.where(g.id != exclude_meeting)
    if ids is not None:
        query = query.where(a.id.in_(sorted(set(ids))))
    found = session.execute(query.order_by(g.starts_at, a.meeting_id, a.position)).all()
    ids = [row.id for row in found]
    reviews = _reviews(session, ids)
    people = {p for row in found for p in (row.owner_id, row.counterpart_owner_id) if p}
    cities = person_cities(session, people)
    team_of = _team_finder(session, [row for row in found if row.team_id is None])
    out = []
    for action in found:
        team = action.team_id or team_of(action)
        own = reviews.get(action.id, [])
        status = own[-1].status if own else action.status
        seoul, beijing = place_owners(action.owner_id, action.counterpart_owner_id, cities)
        out.append(Commitment(
            id=action.id, text=clean(action.text) or {}, meeting_id=action.meeting_id,
            starts_at=format_datetime(action.starts_at, action.starts_offset), team_id=team, owner=action.owner_id,
            counterpart_owner=action.counterpart_owner_id, owner_seoul=seoul, owner_beijing=beijing,
            due_on=action.due_on, recorded_status=action.status, status=status,
            standing=standing_of(status, action.due_on, as_of), agreement_id=action.agreement_id,
            article=action.article, reviews=tuple(own), closed_at=_closed_at(action, own),
            position=action.position,
        ))
    return out


def _team_finder(session: Session, actions: Sequence[Any]) -> Any:
    """The team an action of a meeting without one (a general conference) belongs to: the one team of the
    agreement it carries out, else the one live team its owner (or counterpart owner) is a member of;
    None (the council as a whole) when that is not one team."""
    agreements = {a.agreement_id for a in actions if a.agreement_id}
    people = {p for a in actions for p in (a.owner_id, a.counterpart_owner_id) if p}
    teams_of_agreement: dict[str, set[str]] = {}
    teams_of_person: dict[str, set[str]] = {}
    live = select(m.Team.id).where(m.Team.deleted_at.is_(None))
    if agreements:
        for agreement, team in session.execute(select(m.AgreementTeam.agreement_id, m.AgreementTeam.team_id).where(
                m.AgreementTeam.agreement_id.in_(sorted(agreements)), m.AgreementTeam.team_id.in_(live))):
            teams_of_agreement.setdefault(agreement, set()).add(team)
    if people:
        for person, team in session.execute(select(m.TeamMember.person_id, m.TeamMember.team_id).where(
                m.TeamMember.person_id.in_(sorted(people)), m.TeamMember.team_id.in_(live))):
            teams_of_person.setdefault(person, set()).add(team)

    def team_of(a: Any) -> str | None:
        for found in (teams_of_agreement.get(a.agreement_id or ""), teams_of_person.get(a.owner_id or ""),
                      teams_of_person.get(a.counterpart_owner_id or "")):
            if found and len(found) == 1:
                return next(iter(found))
        return None

    return team_of


def _closed_at(action: Any, reviews: Sequence[Review]) -> str | None:
    """The meeting from which the commitment has stood closed (its own, if its minutes closed it)."""
    closed = action.meeting_id if action.status in CLOSED else None
    for r in reviews:
        if r.status in CLOSED:
            closed = closed or r.meeting_id
        else:
            closed = None  # reopened
    return closed


def _reviews(session: Session, action_ids: Sequence[str]) -> dict[str, list[Review]]:
    """Each action's reviews at live meetings, in the order of those meetings."""
    g, r = m.Meeting, m.ActionReview
    out: dict[str, list[Review]] = {}
    wanted = set(action_ids)
    if not wanted:
        return out
    query = (select(r.action_id, r.meeting_id, r.note, r.status, g.starts_at, g.starts_offset)
             .join(g, g.id == r.meeting_id).where(_live_meetings()).order_by(g.starts_at, r.meeting_id))
    for row in session.execute(query):
        if row.action_id in wanted:
            out.setdefault(row.action_id, []).append(Review(
                row.meeting_id, format_datetime(row.starts_at, row.starts_offset), clean(row.note), row.status))
    return out


def person_cities(session: Session, people: Iterable[str]) -> dict[str, str | None]:
    wanted = sorted(set(people))
    if not wanted:
        return {}
    rows = session.execute(select(m.Person.id, m.Organization.city)
                           .outerjoin(m.Organization, m.Organization.id == m.Person.organization_id)
                           .where(m.Person.id.in_(wanted)))
    return {pid: (city if city in KNOWN_CITIES else None) for pid, city in rows}


def _names(session: Session, rows: Sequence[Commitment]) -> Names:
    people = {p for c in rows for p in (c.owner, c.counterpart_owner) if p}
    teams = {c.team_id for c in rows if c.team_id}
    agreements = {c.agreement_id for c in rows if c.agreement_id}
    meetings = {c.meeting_id for c in rows} | {r.meeting_id for c in rows for r in c.reviews}
    return Names(
        people={i: clean(n) or {} for i, n in session.execute(
            select(m.Person.id, m.Person.name).where(m.Person.id.in_(sorted(people))))},
        teams={i: clean(n) or {} for i, n in session.execute(
            select(m.Team.id, m.Team.name).where(m.Team.id.in_(sorted(teams))))},
        agreements={i: {"title": clean(t) or {}, "reference": ref} for i, t, ref in session.execute(
            select(m.Agreement.id, m.Agreement.title, m.Agreement.reference)
            .where(m.Agreement.id.in_(sorted(agreements))))},
        meetings={x.id: {"title": clean(x.title) or {}, "kind": x.kind, "number": x.number,
                         "starts_at": format_datetime(x.starts_at, x.starts_offset)}
                  for x in session.execute(select(m.Meeting.id, m.Meeting.title, m.Meeting.kind, m.Meeting.number,
                                                  m.Meeting.starts_at, m.Meeting.starts_offset)
                                           .where(m.Meeting.id.in_(sorted(meetings))))},
        person_cities=person_cities(session, people),
    )


def register(db: Database, as_of: date, filter: Filter | None = None) -> Register:
    """The register on ``as_of``: the commitments the filter keeps, oldest meeting first."""
    filter = filter or Filter()
    with db.reading() as uow:
        rows = [c for c in _load(uow.session, as_of, since=filter.since) if filter.keeps(c)]
        return Register(tuple(rows), _names(uow.session, rows), as_of)


def open_before(db: Database, before: datetime, as_of: date, exclude_meeting: str | None = None,
                only_open: bool = True) -> Register:
    """What a meeting starting at ``before`` could review: the commitments raised at earlier meetings that
    still stand open (or late) — the suggested items of its agenda; with ``only_open`` False, all of them."""
    with db.reading() as uow:
        rows = [c for c in _load(uow.session, as_of, before=before, exclude_meeting=exclude_meeting)
                if not only_open or c.standing in ("open", "late")]
        return Register(tuple(rows), _names(uow.session, rows), as_of)


def of_actions(db: Database, ids: Sequence[str], as_of: date) -> Register:
    """These actions as commitments (those that are actions of live meetings)."""
    with db.reading() as uow:
        rows = _load(uow.session, as_of, ids=ids) if ids else []
        return Register(tuple(rows), _names(uow.session, rows), as_of)


def conferences(db: Database) -> list[Conference]:
    """The live general conferences, in order: the progress report runs "since the Nth" of them."""
    g = m.Meeting
    with db.reading() as uow:
        return [Conference(x.id, x.number, clean(x.title) or {}, format_datetime(x.starts_at, x.starts_offset))
                for x in uow.session.scalars(select(g).where(_live_meetings(), g.kind == "general_conference")
                                             .order_by(g.starts_at, g.id))]


# --- suggested agenda items ------------------------------------------------------------------------

_REVIEW_TITLE = {"ko": "조치 사항 점검: {text}", "zh": "事项检查：{text}", "en": "Review of action: {text}"}
_DESCRIPTION = {
    "ko": "{meeting}에서 결정 · 기한 {due} · 담당 서울 {seoul} / 베이징 {beijing}",
    "zh": "{meeting}决定 · 期限{due} · 负责人 首尔{seoul} / 北京{beijing}",
    "en": "Raised at {meeting} · due {due} · owners: Seoul {seoul}, Beijing {beijing}",
}


def agenda_item(c: Commitment, names: Names, position: int) -> dict[str, Any]:
    """An agenda item (the exchange format's shape) that puts a commitment before the meeting, naming its
    agreement; its title and description in every language the action's text has."""
    title, description = {}, {}
    meeting = names.meetings.get(c.meeting_id, {}).get("title", {})
    for lang, text in c.text.items():
        title[lang] = _REVIEW_TITLE[lang].format(text=text)[:500]

        def name(person: str | None, lang: str = lang) -> str:
            found = names.people.get(person or "", {})
            return found.get(lang) or next(iter(found.values()), "—") if found else "—"

        description[lang] = _DESCRIPTION[lang].format(
            meeting=meeting.get(lang) or next(iter(meeting.values()), c.meeting_id),
            due=c.due_on.isoformat() if c.due_on else "—", seoul=name(c.owner_seoul), beijing=name(c.owner_beijing))
    return {"position": position, "title": title, "presenter": None, "duration_minutes": None,
            "description": description, "agreement": c.agreement_id}


# --- the progress report -----------------------------------------------------------------------------


def conference(db: Database, which: str) -> Conference:
    """A general conference by its number ("2") or its meeting id; refused when there is none such."""
    found = conferences(db)
    for c in found:
        if c.id == which or (which.isdigit() and c.number == int(which)):
            return c
    known = ", ".join(f"{c.number or '?'} ({c.id})" for c in found) or "none"
    raise SecretariatError(f"No general conference {which!r}; the general conferences are: {known}")


def progress_data(db: Database, since: str, as_of: date) -> ProgressData:
    """The progress report's data: the commitments raised at the meeting ``since`` (a general conference,
    by number or id) or after it, where each stands on ``as_of``."""
    from ..reports.data import ProgressData, Related  # the register itself (a view in the app) needs neither

    start = conference(db, since) if not _is_meeting(db, since) else None
    meeting_id = start.id if start else since
    with db.reading() as uow:
        g = uow.session.get(m.Meeting, meeting_id)
        assert g is not None
        head = {"id": g.id, "kind": g.kind, "number": g.number, "title": clean(g.title) or {},
                "starts_at": format_datetime(g.starts_at, g.starts_offset)}
        rows = _load(uow.session, as_of, since=meeting_id)
        names = _names(uow.session, rows)
    docs = tuple({
        "id": c.id, "text": dict(c.text), "meeting": c.meeting_id, "team": c.team_id, "owner_seoul": c.owner_seoul,
        "owner_beijing": c.owner_beijing, "due_on": c.due_on.isoformat() if c.due_on else None, "status": c.status,
        "standing": c.standing, "agreement": c.agreement_id, "article": c.article,
        "reviews": [{"meeting": r.meeting_id, "note": r.note, "status": r.status} for r in c.reviews],
        "closed_at": c.closed_at,
    } for c in rows)
    related = Related(
        people={i: {"id": i, "name": n} for i, n in names.people.items()},
        teams={i: {"id": i, "name": n} for i, n in names.teams.items()},
        agreements={i: {"id": i, **a} for i, a in names.agreements.items()},
        meetings={i: {"id": i, **x} for i, x in names.meetings.items()},
    )
    return ProgressData(since=head, as_of=as_of, commitments=docs, related=related)


def _is_meeting(db: Database, meeting_id: str) -> bool:
    """A live meeting of any kind (the report may run since a team meeting too, named by its id)."""
    with db.reading() as uow:
        return uow.session.scalar(select(m.Meeting.id).where(m.Meeting.id == meeting_id, _live_meetings())) is not None
