"""Records read for a rebuild with plain SQL, as the partial documents the entry builders read.

Loading 100 000 records through the ORM (objects, relationships, full documents) costs more than
indexing them, so a rebuild reads just the columns the index uses, a range of ids at a time, and
assembles documents with the exchange format's keys for those fields only. A test checks that
:func:`entries.entries_of` gives the same entries from these as from the full documents.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, text

Doc = dict[str, Any]


def _j(value: Any) -> Any:
    """A JSON column's value (SQLite gives text, PostgreSQL gives it decoded)."""
    return json.loads(value) if isinstance(value, str) else value


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _local(utc: Any, offset_minutes: int) -> str:
    """The venue's local date-time of a stored UTC instant, as ISO text (the builders read its date)."""
    moment = utc if isinstance(utc, datetime) else datetime.fromisoformat(str(utc))
    return (moment.replace(tzinfo=None) + timedelta(minutes=offset_minutes or 0)).isoformat()


def _children(conn: Connection, sql: str, lo: str, hi: str) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = defaultdict(list)
    for row in conn.execute(text(sql), {"lo": lo, "hi": hi}):
        out[row[0]].append(row)
    return out


def _records(conn: Connection, sql: str, lo: str, hi: str) -> list[Any]:
    return list(conn.execute(text(sql + " WHERE deleted_at IS NULL AND id BETWEEN :lo AND :hi ORDER BY id"),
                             {"lo": lo, "hi": hi}))


def _organizations(conn: Connection, lo: str, hi: str) -> list[Doc]:
    return [{"id": r.id, "name": _j(r.name), "short_name": _j(r.short_name), "city": r.city}
            for r in _records(conn, "SELECT id, name, short_name, city FROM organizations", lo, hi)]


def _people(conn: Connection, lo: str, hi: str) -> list[Doc]:
    rows = _records(conn, "SELECT id, name, position, organization_id, email, phone, notes FROM people", lo, hi)
    return [{"id": r.id, "name": _j(r.name), "position": _j(r.position), "organization": r.organization_id,
             "email": r.email, "phone": r.phone, "notes": r.notes} for r in rows]


def _teams(conn: Connection, lo: str, hi: str) -> list[Doc]:
    rows = _records(conn, "SELECT id, name, description, status, established_on, focus_areas FROM teams", lo, hi)
    members = _children(conn, "SELECT team_id, role FROM team_members WHERE team_id BETWEEN :lo AND :hi "
                              "ORDER BY team_id, position", lo, hi)
    leads = _children(conn, "SELECT team_id, organization_id FROM team_leads WHERE team_id BETWEEN :lo AND :hi "
                            "ORDER BY team_id, position", lo, hi)
    return [{"id": r.id, "name": _j(r.name), "description": _j(r.description), "status": r.status,
             "established_on": _iso(r.established_on), "focus_areas": _j(r.focus_areas) or [],
             "members": [{"role": _j(m.role)} for m in members.get(r.id, [])],
             "lead_organizations": [x.organization_id for x in leads.get(r.id, [])]} for r in rows]


def _agreements(conn: Connection, lo: str, hi: str) -> list[Doc]:
    rows = _records(conn, "SELECT id, title, reference, summary, text, status, signed_on, signed_city, "
                          "effective_on, expires_on, signed_venue, renewal_terms, areas FROM agreements", lo, hi)
    where = "WHERE agreement_id BETWEEN :lo AND :hi ORDER BY agreement_id, position"
    teams = _children(conn, f"SELECT agreement_id, team_id FROM agreement_teams {where}", lo, hi)
    parties = _children(conn, f"SELECT agreement_id, organization_id FROM agreement_parties {where}", lo, hi)
    signatories = _children(conn, f"SELECT agreement_id, organization_id FROM agreement_signatories {where}", lo, hi)
    files = _children(conn, f"SELECT agreement_id, name, media_type, size, sha256 FROM attachments {where}", lo, hi)
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


def _meetings(conn: Connection, lo: str, hi: str) -> list[Doc]:
    rows = _records(conn, "SELECT id, title, team_id, starts_at, starts_offset, city, venue, host_organization_id "
                          "FROM meetings", lo, hi)
    where = "WHERE meeting_id BETWEEN :lo AND :hi ORDER BY meeting_id, position"
    agenda = _children(conn, f"SELECT meeting_id, position, title, description FROM agenda_items {where}", lo, hi)
    minutes = {r.meeting_id: r for r in conn.execute(text(
        "SELECT meeting_id, status, summary FROM minutes WHERE meeting_id BETWEEN :lo AND :hi"), {"lo": lo, "hi": hi})}
    items = _children(conn, f"SELECT meeting_id, agenda_item, notes FROM minutes_items {where}", lo, hi)
    decisions = _children(conn, f"SELECT meeting_id, text FROM decisions {where}", lo, hi)
    statements = _children(conn, f"SELECT meeting_id, text FROM statements {where}", lo, hi)
    actions = _children(conn, f"SELECT meeting_id, id, text, due_on, status FROM action_items {where}", lo, hi)
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


def _visits(conn: Connection, lo: str, hi: str) -> list[Doc]:
    rows = _records(conn, "SELECT id, title, destination_city, starts_on, purpose, talking_points FROM visits", lo, hi)
    itinerary = _children(conn, "SELECT visit_id, title, venue, notes FROM itinerary_items WHERE visit_id "
                                "BETWEEN :lo AND :hi ORDER BY visit_id, position", lo, hi)
    return [{"id": r.id, "title": _j(r.title), "destination_city": r.destination_city,
             "starts_on": _iso(r.starts_on), "purpose": _j(r.purpose), "talking_points": _j(r.talking_points) or [],
             "itinerary": [{"title": _j(x.title), "venue": _j(x.venue), "notes": _j(x.notes)}
                           for x in itinerary.get(r.id, [])]} for r in rows]


def _templates(conn: Connection, lo: str, hi: str) -> list[Doc]:
    rows = _records(conn, "SELECT id, name, kind, title, notes FROM meeting_templates", lo, hi)
    items = _children(conn, "SELECT template_id, title, presenter_role, description FROM template_items "
                            "WHERE template_id BETWEEN :lo AND :hi ORDER BY template_id, position", lo, hi)
    return [{"id": r.id, "name": _j(r.name), "kind": r.kind, "title": _j(r.title), "notes": _j(r.notes),
             "items": [{"title": _j(x.title), "presenter_role": _j(x.presenter_role), "description": _j(x.description)}
                       for x in items.get(r.id, [])]} for r in rows]


LOADERS: dict[str, Callable[[Connection, str, str], list[Doc]]] = {
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
    return LOADERS[kind](conn, lo, hi)
