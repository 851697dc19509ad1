"""What goes into a briefing pack and the other printed documents, read from the database.

Everything is read in one unit of work and handed over as documents (the exchange format's shape),
so the reports never see the database and nothing is retyped. Lists that grow with the archive
(agreements with a city, open action items) are chosen and capped here, and the number left out is
passed on so that the pack can say so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Select, case, func, or_, select
from sqlalchemy.orm import Session

from ..domain import documents, stand_ins
from ..domain import models as m
from ..domain.documents import OWNER_CITIES
from ..domain.vocab import KNOWN_CITIES
from ..errors import SecretariatError
from ..reports.data import (
    SECTIONS,
    ActionRow,
    AgreementData,
    AgreementGroups,
    Doc,
    MeetingData,
    PackData,
    Related,
)
from ..storage.database import Database
from . import store

IN_FORCE = ("signed", "in_force")
UNDER_NEGOTIATION = ("negotiating", "draft")


@dataclass(frozen=True)
class Limits:
    """How much of the archive a pack takes in (a mayor reads it on a plane, not the register)."""

    expiry_window_days: int = 180
    expiring: int = 60
    in_force: int = 40
    negotiating: int = 40
    recent_meetings: int = 5
    actions: int = 60


class _Reader:
    """Documents by id, read in bulk as plain rows and remembered for one unit of work."""

    def __init__(self, session: Session):
        self.session = session
        self.connection = session.connection()
        self.cache: dict[str, dict[str, Doc]] = {kind: {} for kind in m.RECORD_CLASSES}

    def docs(self, kind: str, ids: Iterable[str | None]) -> list[Doc]:
        wanted = list(dict.fromkeys(i for i in ids if i))
        missing = [i for i in wanted if i not in self.cache[kind]]
        if missing:
            self.cache[kind].update(stand_ins.docs(self.session, kind, missing))
        return [self.cache[kind][i] for i in wanted if i in self.cache[kind]]

    def query(self, kind: str, query: Select[Any]) -> list[Doc]:
        """Live records matched by ``query`` (a select of the record class), in its order."""
        return self.docs(kind, self.connection.scalars(query))

    def related(self, people: Iterable[str | None] = (), organizations: Iterable[str | None] = (),
                teams: Iterable[str | None] = (), agreements: Iterable[str | None] = (),
                meetings: Iterable[str | None] = ()) -> Related:
        """The named records, plus the organizations of the people and the teams' leads."""
        team_docs = self.docs("team", teams)
        people_docs = self.docs("person", [*people, *(x["person"] for t in team_docs for x in t["members"])])
        org_ids = [*organizations, *(p.get("organization") for p in people_docs),
                   *(o for t in team_docs for o in t["lead_organizations"])]
        return Related(
            people={d["id"]: d for d in people_docs},
            organizations={d["id"]: d for d in self.docs("organization", org_ids)},
            teams={d["id"]: d for d in team_docs},
            agreements={d["id"]: d for d in self.docs("agreement", agreements)},
            meetings={d["id"]: d for d in self.docs("meeting", meetings)},
        )


def _live(cls: Any) -> Any:
    return cls.deleted_at.is_(None)


def home_city(connection: Connection, visit: Doc) -> str:
    """The delegation's own city: the head's organization's, if it is a council city; else the other one."""
    destination = visit["destination_city"]
    if visit.get("head"):
        city = connection.scalar(
            select(m.Organization.city).join(m.Person, m.Person.organization_id == m.Organization.id)
            .where(m.Person.id == visit["head"]))
        if city in KNOWN_CITIES and city != destination:
            return city
    return "beijing" if destination == "seoul" else "seoul"


def _agreements_with(reader: _Reader, city: str, linked: Sequence[str], as_of: date,
                     limits: Limits) -> AgreementGroups:
    """Agreements one of whose parties is in ``city``: expiring soon, in force, under negotiation.

    One query fetches the few columns that decide the group and the order of every candidate (a city
    has thousands over twenty years); only the chosen ones are then read in full."""
    A = m.Agreement
    with_city = (select(m.AgreementParty.agreement_id)
                 .join(m.Organization, m.Organization.id == m.AgreementParty.organization_id)
                 .where(m.Organization.city == city))
    rows = reader.connection.execute(
        # (when it was last worked on orders only those under negotiation: not read for the thousands in force)
        select(A.id, A.status, A.expires_on, A.signed_on,
               case((A.status.in_(UNDER_NEGOTIATION), A.updated_at)).label("updated_at"))
        .where(_live(A), A.status.in_(IN_FORCE + UNDER_NEGOTIATION), or_(A.id.in_(with_city), A.id.in_(linked)))
    ).all()
    horizon = as_of + timedelta(days=limits.expiry_window_days)
    groups: dict[str, list[Any]] = {"expiring": [], "in_force": [], "negotiating": []}
    past_expiry = 0
    for row in rows:
        if row.status in UNDER_NEGOTIATION:
            groups["negotiating"].append(row)
        elif row.expires_on is not None and row.expires_on < as_of:
            past_expiry += 1  # recorded as in force, yet past its date: for the register, not the pack
        elif row.expires_on is not None and row.expires_on <= horizon:
            groups["expiring"].append(row)
        else:
            groups["in_force"].append(row)
    # soonest expiry first; most recently signed first; most recently worked on first
    groups["expiring"].sort(key=lambda r: (r.expires_on, r.id))
    groups["in_force"].sort(key=lambda r: (-(r.signed_on or date.min).toordinal(), r.id))
    groups["negotiating"].sort(key=lambda r: (-r.updated_at.timestamp(), r.id))
    caps = {"expiring": limits.expiring, "in_force": limits.in_force, "negotiating": limits.negotiating}
    own = set(linked)
    chosen: dict[str, list[Doc]] = {}
    omitted: dict[str, int] = {}
    for name, found in groups.items():
        ids = [r.id for r in found[:caps[name]]]
        ids = [r.id for r in found if r.id in own and r.id not in ids] + ids  # the visit's own, always
        chosen[name] = reader.docs("agreement", ids)
        if len(found) > len(ids):
            omitted[name] = len(found) - len(ids)
    return AgreementGroups(tuple(chosen["expiring"]), tuple(chosen["in_force"]), tuple(chosen["negotiating"]),
                           omitted, past_expiry)


def _recent_meetings(reader: _Reader, visit: Doc, limits: Limits) -> list[Doc]:
    """The visit's own meetings and the last few held in the destination city before it, newest first."""
    G = m.Meeting
    start = documents.parse_datetime(f"{visit['starts_on']}T00:00:00+00:00")
    recent = list(reader.connection.scalars(
        select(G.id).where(_live(G), G.city == visit["destination_city"], G.starts_at < start)
        .order_by(G.starts_at.desc()).limit(limits.recent_meetings)))
    linked = [d["id"] for d in reader.docs("meeting", visit["meetings"])]
    found = reader.docs("meeting", [*linked, *recent])
    return sorted(found, key=lambda d: d["starts_at"], reverse=True)


def _open_actions(reader: _Reader, meetings: Sequence[str], people: Sequence[str],
                  limits: Limits) -> tuple[list[ActionRow], int]:
    """Open actions of these meetings or owned by these people, by due date (undated last)."""
    X, G = m.ActionItem, m.Meeting
    # ``total``: how many match in all, beside each of the first ones (one query, not a second to count)
    query = (select(X.id, X.text, X.owner_id, X.due_on, X.status, X.meeting_id, func.count().over().label("total"))
             .join(G, G.id == X.meeting_id)
             .where(_live(G), X.status == "open", or_(X.meeting_id.in_(meetings), X.owner_id.in_(people))))
    rows = reader.connection.execute(query.order_by(X.due_on.is_(None), X.due_on, X.id).limit(limits.actions)).all()
    out = [ActionRow({"id": x.id, "text": x.text, "owner": x.owner_id,
                      "due_on": x.due_on.isoformat() if x.due_on else None, "status": x.status}, x.meeting_id)
           for x in rows]
    return out, (rows[0].total if rows else 0) - len(out)


def pack_data(db: Database, visit_id: str, as_of: date, sections: Sequence[str] = SECTIONS,
              appendix: Sequence[str] | None = None, limits: Limits = Limits()) -> PackData:
    """Everything the chosen sections of the visit's pack print. ``appendix``: agreements to print in
    full (default: the visit's own agreements)."""
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise SecretariatError(f"Unknown section {unknown[0]!r}; the sections are: {', '.join(SECTIONS)}")
    with db.reading() as uow:
        store.load(uow.session, "visit", visit_id)  # says "no such visit" / "in the trash"
        reader = _Reader(uow.session)
        visit = reader.docs("visit", [visit_id])[0]
        counterparts = list(dict.fromkeys(p for item in visit["itinerary"] for p in item["counterparts"]))
        teams = reader.query("team", select(m.Team.id).where(_live(m.Team), m.Team.status == "active")
                             .order_by(m.Team.established_on, m.Team.id)) if "council" in sections else []
        groups = (_agreements_with(reader, visit["destination_city"], visit["agreements"], as_of, limits)
                  if "agreements" in sections else AgreementGroups())
        meetings = _recent_meetings(reader, visit, limits) if {"meetings", "actions"} & set(sections) else []
        actions: list[ActionRow] = []
        omitted = 0
        if "actions" in sections:
            people = [*visit["delegation"], *counterparts, *([visit["head"]] if visit.get("head") else [])]
            actions, omitted = _open_actions(reader, [d["id"] for d in meetings], people, limits)
        if "meetings" not in sections:
            meetings = []
        appendix_docs = (reader.docs("agreement", visit["agreements"] if appendix is None else appendix)
                         if "appendix" in sections else [])
        if appendix is not None and len(appendix_docs) < len(set(appendix)):
            found = {d["id"] for d in appendix_docs}
            raise SecretariatError(f"There is no agreement {next(a for a in appendix if a not in found)!r} "
                                   f"to print in the appendix.")
        all_agreements = [*groups.expiring, *groups.in_force, *groups.negotiating, *appendix_docs]
        related = reader.related(
            people=[visit.get("head"), *visit["delegation"], *counterparts,
                    *(s["person"] for a in all_agreements for s in a["signatories"]),
                    *(a.get(f"owner_{c}") for a in all_agreements for c in OWNER_CITIES),
                    *(r.action["owner"] for r in actions),
                    *(x["speaker"] for d in meetings for x in (d["minutes"] or {}).get("statements", [])),
                    *(p for d in meetings for p in _roll_call_people(d["minutes"] or {}))],
            organizations=[*(o for a in all_agreements for o in a["parties"]),
                           *(s["organization"] for a in all_agreements for s in a["signatories"])],
            teams=[*(t["id"] for t in teams), *(t for a in all_agreements for t in a["teams"])],
            agreements=[*visit["agreements"], *(t["established_by"] for t in teams)],
            meetings=[*visit["meetings"], *(r.meeting_id for r in actions),
                      *(e.get("meeting") for a in all_agreements for e in a.get("events") or [])],
        )
        return PackData(
            visit=visit, as_of=as_of, home_city=home_city(reader.connection, visit), counterparts=tuple(counterparts),
            teams=tuple(teams), agreements=groups, meetings=tuple(meetings), actions=tuple(actions),
            actions_omitted=omitted, appendix=tuple(appendix_docs), related=related,
            expiry_window_days=limits.expiry_window_days,
        )


def _roll_call_people(minutes: documents.Doc) -> list[str]:
    """Everyone the minutes' roll call and approvals name (their organizations say their cities)."""
    return [*(p for a in minutes.get("attendees") or [] for p in (a["person"], a.get("represented_by")) if p),
            *(a["by"] for a in minutes.get("approvals") or [] if a.get("by"))]


def meeting_data(db: Database, meeting_id: str, as_of: date) -> MeetingData:
    """A meeting with everyone and everything its agenda and minutes name."""
    with db.reading() as uow:
        reader = _Reader(uow.session)
        store.load(uow.session, "meeting", meeting_id)  # says "no such meeting" / "in the trash"
        meeting = reader.docs("meeting", [meeting_id])[0]
        minutes = meeting["minutes"] or {}
        related = reader.related(
            people=[*meeting["participants"], *(x["presenter"] for x in meeting["agenda"]),
                    minutes.get("recorded_by"), *_roll_call_people(minutes),
                    *(x["owner"] for x in minutes.get("actions", [])),
                    *(x["speaker"] for x in minutes.get("statements", []))],
            organizations=[meeting.get("host_organization")],
            teams=[meeting.get("team")],
            agreements=[x["agreement"] for x in meeting["agenda"]],
        )
        return MeetingData(meeting, related, as_of)


def agreement_data(db: Database, agreement_id: str, as_of: date) -> AgreementData:
    """An agreement with its parties, signatories, teams, meeting and the agreement it supersedes."""
    with db.reading() as uow:
        reader = _Reader(uow.session)
        store.load(uow.session, "agreement", agreement_id)
        agreement = reader.docs("agreement", [agreement_id])[0]
        related = reader.related(
            people=[*(s["person"] for s in agreement["signatories"]),
                    *(agreement.get(f"owner_{c}") for c in OWNER_CITIES)],
            organizations=[*agreement["parties"], *(s["organization"] for s in agreement["signatories"])],
            teams=agreement["teams"],
            agreements=[agreement.get("supersedes")],
            meetings=[agreement.get("meeting"), *(e.get("meeting") for e in agreement.get("events") or [])],
        )
        return AgreementData(agreement, related, as_of)
