"""Records read for a rebuild with plain SQL, as the partial documents the entry builders read.

Loading 100 000 records through the ORM (objects, relationships, full documents) costs more than
indexing them, so a rebuild reads just the columns the index uses, a range of ids at a time, and
assembles documents with the exchange format's keys for those fields only. A test checks that
:func:`entries.entries_of` gives the same entries from these as from the full documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, text

Doc = dict[str, Any]


def _j(value: Any) -> Any:
    """A JSON column's value (SQLite gives text, PostgreSQL gives it decoded), parsed by orjson as the
    storage layer parses it."""
    return orjson.loads(value) if isinstance(value, str) else value


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _local(utc: Any, offset_minutes: int) -> str:
    """The venue's local date-time of a stored UTC instant, as ISO text (the builders read its date)."""
    moment = utc if isinstance(utc, datetime) else datetime.fromisoformat(str(utc))
    return (moment.replace(tzinfo=None) + timedelta(minutes=offset_minutes or 0)).isoformat()


@dataclass(frozen=True)
class Which:
    """The records to read: a range of ids (a rebuild), or some ids (records a bulk change queued)."""

    lo: str = ""
    hi: str = ""
    ids: tuple[str, ...] | None = None

    def run(self, conn: Connection, sql: str) -> Any:
        """``sql`` with ``IN_SCOPE`` where the id column's condition goes."""
        if self.ids is None:
            return conn.execute(text(sql.replace(IN_SCOPE, "BETWEEN :lo AND :hi")), {"lo": self.lo, "hi": self.hi})
        return conn.execute(text(sql.replace(IN_SCOPE, "IN :ids")).bindparams(bindparam("ids", expanding=True)),
                            {"ids": list(self.ids)})


IN_SCOPE = "IN_SCOPE"


def _children(conn: Connection, sql: str, which: Which) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for row in which.run(conn, sql):
        out[row[0]].append(row)
    return out


def _records(conn: Connection, sql: str, which: Which) -> list[Any]:
    return list(which.run(conn, sql + f" WHERE deleted_at IS NULL AND id {IN_SCOPE} ORDER BY id"))


def _organizations(conn: Connection, which: Which) -> list[Doc]:
    return [{"id": r.id, "name": _j(r.name), "short_name": _j(r.short_name), "city": r.city}
            for r in _records(conn, "SELECT id, name, short_name, city FROM organizations", which)]


def _people(conn: Connection, which: Which) -> list[Doc]:
    rows = _records(conn, "SELECT id, name, position, organization_id, email, phone, notes FROM people", which)
    return [{"id": r.id, "name": _j(r.name), "position": _j(r.position), "organization": r.organization_id,
             "email": r.email, "phone": r.phone, "notes": r.notes} for r in rows]


def _teams(conn: Connection, which: Which) -> list[Doc]:
    rows = _records(conn, "SELECT id, name, description, status, established_on, focus_areas FROM teams", which)
    members = _children(conn, "SELECT team_id, role FROM team_members WHERE team_id IN_SCOPE "
                              "ORDER BY team_id, position", which)
    leads = _children(conn, "SELECT team_id, organization_id FROM team_leads WHERE team_id IN_SCOPE "
                            "ORDER BY team_id, position", which)
    return [{"id": r.id, "name": _j(r.name), "description": _j(r.description), "status": r.status,
             "established_on": _iso(r.established_on), "focus_areas": _j(r.focus_areas) or [],
             "members": [{"role": _j(m.role)} for m in members.get(r.id, [])],
             "lead_organizations": [x.organization_id for x in leads.get(r.id, [])]} for r in rows]


def _agreements(conn: Connection, which: Which) -> list[Doc]:
    rows = _records(conn, "SELECT id, title, reference, summary, text, status, signed_on, signed_city, "
                          "effective_on, expires_on, signed_venue, renewal_terms, areas FROM agreements", which)
    where = "WHERE agreement_id IN_SCOPE ORDER BY agreement_id, position"
    teams = _children(conn, f"SELECT agreement_id, team_id FROM agreement_teams {where}", which)
    parties = _children(conn, f"SELECT agreement_id, organization_id FROM agreement_parties {where}", which)
    signatories = _children(conn, f"SELECT agreement_id, organization_id FROM agreement_signatories {where}", which)
    files = _children(conn, f"SELECT agreement_id, name, media_type, size, sha256 FROM attachments {where}", which)
    return [{
        "id": r.id, "title": _j(r.title), "reference": r.reference, "summary": _j(r.summary), "text": _j(r.text),
        "status": r.status, "signed_on": _iso(r.signed_on), "signed_city": r.signed_city,
        "effective_on": _iso(r.effective_on), "expires_on": _iso(r.expires_on), "signed_venue": _j(r.signed_venue),
        "renewal_terms": _j(r.renewal_terms), "areas": _j(r.areas) or [],
        "teams": [x.team_id for x in teams.get(r.id, [])],
        "parties": [x.organization_id for x in parties.get(r.id, [])],
        "signatories": [{"organization": x.organization_id} for x in signatories.get(r.id, [])],
        "attachments": [{"name": x.name, "media_type": x.media_type, "size": x.size, "sha256": x.sha256}
                        for x in files.get(r.id, [])],
    } for r in rows]


def _meetings(conn: Connection, which: Which) -> list[Doc]:
    rows = _records(conn, "SELECT id, title, team_id, starts_at, starts_offset, city, venue, host_organization_id "
                          "FROM meetings", which)
    where = "WHERE meeting_id IN_SCOPE ORDER BY meeting_id, position"
    agenda = _children(conn, f"SELECT meeting_id, position, title, description FROM agenda_items {where}", which)
    minutes = {r.meeting_id: r for r in which.run(conn, "SELECT meeting_id, status, summary FROM minutes "
                                                        "WHERE meeting_id IN_SCOPE")}
    items = _children(conn, f"SELECT meeting_id, agenda_item, notes FROM minutes_items {where}", which)
    decisions = _children(conn, f"SELECT meeting_id, text FROM decisions {where}", which)
    statements = _children(conn, f"SELECT meeting_id, text FROM statements {where}", which)
    actions = _children(conn, f"SELECT meeting_id, id, text, due_on, status FROM action_items {where}", which)
    out = []
    for r in rows:
        doc: Doc = {
            "id": r.id, "title": _j(r.title), "team": r.team_id, "starts_at": _local(r.starts_at, r.starts_offset),
            "city": r.city, "venue": _j(r.venue), "host_organization": r.host_organization_id,
            "agenda": [{"position": a.position, "title": _j(a.title), "description": _j(a.description)}
                       for a in agenda.get(r.id, [])],
            "minutes": None,
        }
        n = minutes.get(r.id)
        if n is not None:
            doc["minutes"] = {
                "status": n.status, "summary": _j(n.summary),
                "items": [{"agenda_item": x.agenda_item, "notes": _j(x.notes)} for x in items.get(r.id, [])],
                "decisions": [{"text": _j(x.text)} for x in decisions.get(r.id, [])],
                "statements": [{"text": _j(x.text)} for x in statements.get(r.id, [])],
                "actions": [{"id": x.id, "text": _j(x.text), "due_on": _iso(x.due_on), "status": x.status}
                            for x in actions.get(r.id, [])],
            }
        out.append(doc)
    return out


def _visits(conn: Connection, which: Which) -> list[Doc]:
    rows = _records(conn, "SELECT id, title, destination_city, starts_on, purpose, talking_points FROM visits", which)
    itinerary = _children(conn, "SELECT visit_id, title, venue, notes FROM itinerary_items WHERE visit_id "
                                "IN_SCOPE ORDER BY visit_id, position", which)
    return [{"id": r.id, "title": _j(r.title), "destination_city": r.destination_city,
             "starts_on": _iso(r.starts_on), "purpose": _j(r.purpose), "talking_points": _j(r.talking_points) or [],
             "itinerary": [{"title": _j(x.title), "venue": _j(x.venue), "notes": _j(x.notes)}
                           for x in itinerary.get(r.id, [])]} for r in rows]


def _templates(conn: Connection, which: Which) -> list[Doc]:
    rows = _records(conn, "SELECT id, name, kind, title, notes FROM meeting_templates", which)
    items = _children(conn, "SELECT template_id, title, presenter_role, description FROM template_items "
                            "WHERE template_id IN_SCOPE ORDER BY template_id, position", which)
    return [{"id": r.id, "name": _j(r.name), "kind": r.kind, "title": _j(r.title), "notes": _j(r.notes),
             "items": [{"title": _j(x.title), "presenter_role": _j(x.presenter_role), "description": _j(x.description)}
                       for x in items.get(r.id, [])]} for r in rows]


LOADERS: dict[str, Callable[[Connection, Which], list[Doc]]] = {
    "organization": _organizations,
    "person": _people,
    "team": _teams,
    "agreement": _agreements,
    "meeting": _meetings,
    "visit": _visits,
    "template": _templates,
}


def load(conn: Connection, kind: str, lo: str, hi: str) -> list[Doc]:
    """The live records of ``kind`` with ids in [lo, hi], in id order, as partial documents."""
    return LOADERS[kind](conn, Which(lo, hi))


def load_ids(conn: Connection, kind: str, ids: list[str]) -> list[Doc]:
    """The live records of ``kind`` among ``ids``, in id order (one in the trash or gone: left out)."""
    return LOADERS[kind](conn, Which(ids=tuple(ids))) if ids else []
