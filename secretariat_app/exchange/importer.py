"""Import, the format's half: check a whole exchange document against what the database holds, and
put its records in an order that can be saved. The transaction (all or nothing, dry runs) is the
application layer's (``app/exchange.py``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from typing import Any

from sqlalchemy import or_, select

from ..domain import documents, rules
from ..domain import models as m
from ..domain.vocab import COLLECTIONS
from ..errors import Problem, ValidationError
from . import export, files

TOP_LEVEL = {"format", "version", "exported_at", "note", "site", "package", "received", "purged",
             *COLLECTIONS.values()}


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)  # the same content as here
    trashed: dict[str, int] = field(default_factory=dict)  # moved to the trash (their deletion)
    skipped: dict[str, int] = field(default_factory=dict)  # we had that version already, or a later one
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (kind, id) changed on both sides
    attachments_added: int = 0
    dry_run: bool = False
    sender: str = ""  # the sending site's name (or id), when the file names one
    fingerprint: str | None = None  # of the key that signed it; None: not signed
    gap: bool = False  # an earlier package from the same site has not been imported yet

    BUCKETS = ("added", "changed", "trashed", "skipped", "unchanged")

    def summary(self) -> str:
        """In English, for the command line."""
        would = "would be " if self.dry_run else ""
        totals = {b: sum(getattr(self, b).values()) for b in self.BUCKETS}
        head = (f"{totals['added']} added, {totals['changed']} updated, {totals['trashed']} moved to the trash, "
                f"{totals['skipped']} already here, {totals['unchanged']} unchanged, "
                f"{len(self.conflicts)} in conflict")
        lines = [f"{'Dry run: ' if self.dry_run else ''}{head}{' (' + would.strip() + ')' if would else ''}."]
        if self.sender:
            signed = f"signed, key {self.fingerprint}" if self.fingerprint else "not signed"
            lines.append(f"From {self.sender} ({signed}).")
        for collection in COLLECTIONS.values():
            counts = [(b, getattr(self, b).get(collection, 0)) for b in self.BUCKETS]
            if any(n for _, n in counts):
                lines.append(f"{collection}: " + ", ".join(f"{n} {b}" for b, n in counts if n))
        if self.conflicts:
            lines.append("Changed on both sides (kept ours; theirs waits in `secretariat conflicts`): "
                         + ", ".join(f"{k}:{i}" for k, i in self.conflicts[:20])
                         + (" …" if len(self.conflicts) > 20 else ""))
        if self.gap:
            lines.append("An earlier package from this site has not been imported yet; import it too "
                         "(the order does not matter).")
        return "\n".join(lines)


class DocumentRefs:
    """What exists for an import: the database's live records, plus (and overridden by) the document."""

    def __init__(self, db_refs: rules.Refs, document: dict[str, Any]):
        self.db = db_refs
        self.ids: dict[str, set[str]] = {}
        self.links: dict[tuple[str, str], str | None] = {}
        self.actions: dict[str, str] = {}
        self.meetings_in_doc: set[str] = set()
        self.people: dict[str, Any] = {}  # person → organization, as the document has them
        self.org_cities: dict[str, Any] = {}
        self.starts: dict[str, Any] = {}
        self._stored: dict[tuple[str, str], bool] = {}
        for kind, collection in COLLECTIONS.items():
            records = [r for r in document.get(collection) or [] if isinstance(r, dict)]
            self.ids[kind] = {r["id"] for r in records if isinstance(r.get("id"), str)}
            for r in records:
                rid = r.get("id")
                if kind == "organization":
                    self.links[(kind, rid)] = r.get("parent")
                elif kind == "agreement":
                    self.links[(kind, rid)] = r.get("supersedes")
                if kind == "organization":
                    self.org_cities[rid] = r.get("city")
                elif kind == "person":
                    self.people[rid] = r.get("organization")
        for meeting in document.get("meetings") or []:
            if not isinstance(meeting, dict):
                continue
            self.meetings_in_doc.add(meeting.get("id"))
            self.starts[meeting.get("id")] = meeting.get("starts_at")
            minutes = meeting.get("minutes") if isinstance(meeting.get("minutes"), dict) else {}
            for action in minutes.get("actions") or []:
                if isinstance(action, dict) and isinstance(action.get("id"), str):
                    self.actions.setdefault(action["id"], meeting.get("id"))

    def exists(self, kind: str, record_id: str) -> bool:
        if record_id in self.ids[kind]:
            return True
        # Asked of the database once per record (a package names the same people again and again); nothing
        # is written while the document is checked, so an answer stays true.
        known = self._stored.get((kind, record_id))
        if known is None:
            known = self._stored[(kind, record_id)] = self.db.exists(kind, record_id)
        return known

    def link(self, kind: str, record_id: str) -> str | None:
        if (kind, record_id) in self.links:
            return self.links[(kind, record_id)]
        return self.db.link(kind, record_id)

    def action_meeting(self, action_id: str) -> str | None:
        if action_id in self.actions:
            return self.actions[action_id]
        owner = self.db.action_meeting(action_id)
        # A meeting in the document replaces its stored actions, so its old action ids are free.
        return None if owner in self.meetings_in_doc else owner

    def city_of(self, kind: str, record_id: str) -> str | None:
        """As the document says, where it holds the person or the organization; else as stored."""
        if kind == "person":
            if record_id not in self.people:
                return self.db.city_of(kind, record_id)
            org = self.people[record_id]
            return self.city_of("organization", org) if isinstance(org, str) else None
        if kind == "organization" and record_id in self.org_cities:
            city = self.org_cities[record_id]
            return city if isinstance(city, str) else None
        return self.db.city_of(kind, record_id)

    def person_city(self, person_id: str) -> str | None:
        return self.city_of("person", person_id)

    def meeting_start(self, meeting_id: str) -> str | None:
        found = self.starts.get(meeting_id)
        return found if isinstance(found, str) else self.db.meeting_start(meeting_id)


def check_document(session: Any, document: dict[str, Any], stored: rules.Refs) -> list[Problem]:
    """Every problem of the document, each with its place (``agreements[3].expires_on: ...``);
    ``stored`` knows the database's records."""
    problems = [Problem(k, "unknown_top_level") for k in document if k not in TOP_LEVEL]
    refs = DocumentRefs(stored, document)
    seen_actions: dict[str, str] = {}
    for kind, collection in COLLECTIONS.items():
        records = document.get(collection)
        if records is None:
            continue
        if not isinstance(records, list):
            problems.append(Problem(collection, "not_list"))
            continue
        seen: set[str] = set()
        stored = stored_ids(session, kind, [r["id"] for r in records
                                             if isinstance(r, dict) and isinstance(r.get("id"), str)])
        # The locked-minutes rule compares a meeting with the stored one when its minutes are locked: those
        # (only those) are read, in batches.
        loaded = export.load_many(session, kind, locked_minutes(session, stored)) if kind == "meeting" else {}
        for i, record in enumerate(records):
            place = f"{collection}[{i}]"
            rid = record.get("id") if isinstance(record, dict) else None
            if isinstance(rid, str):
                if rid in seen:
                    problems.append(Problem(f"{place}.id", "twice_in_file", {"id": rid, "collection": collection}))
                seen.add(rid)
            before = documents.to_doc(kind, loaded[rid]) if isinstance(rid, str) and rid in loaded else None
            problems += rules.check(kind, record, refs, place=place, before=before)
            if kind == "meeting" and isinstance(record, dict) and isinstance(record.get("minutes"), dict):
                for j, action in enumerate(record["minutes"].get("actions") or []):
                    aid = action.get("id") if isinstance(action, dict) else None
                    if isinstance(aid, str):
                        if aid in seen_actions and seen_actions[aid] != rid:
                            problems.append(Problem(f"{place}.minutes.actions[{j}].id", "action_twice_in_file",
                                                    {"id": aid, "meeting": seen_actions[aid]}))
                        seen_actions.setdefault(aid, rid)
    return problems


def meetings_in_order(session: Any, meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Action ids are unique at every moment: a meeting that hands an action over to another meeting of
    the document is saved before the meeting that takes it."""
    claimed = {a["id"]: g["id"] for g in meetings for a in (g.get("minutes") or {}).get("actions") or []}
    ids = list(claimed)
    giver: dict[str, str] = {}
    for start in range(0, len(ids), 900):
        rows = session.execute(select(m.ActionItem.id, m.ActionItem.meeting_id)
                               .where(m.ActionItem.id.in_(ids[start:start + 900])))
        giver.update((aid, owner) for aid, owner in rows)
    after = {(claimed[aid], owner) for aid, owner in giver.items() if owner != claimed[aid]}
    if not after:
        return meetings
    order = TopologicalSorter({g["id"]: set() for g in meetings})
    for taker, owner in after:
        order.add(taker, owner)
    try:
        position = {rid: i for i, rid in enumerate(order.static_order())}
    except CycleError as exc:
        raise ValidationError([Problem("meetings", "actions_swapped", {"meetings": list(exc.args[1][:-1])})]) from None
    return sorted(meetings, key=lambda g: position[g["id"]])


def locked_minutes(session: Any, meeting_ids: set[str]) -> list[str]:
    """Which of these stored meetings have minutes the rules compare a new version with: final, or with a
    city's approval (standing or withdrawn: none may be lost) -- see domain/minutes_cycle.py."""
    ids, found = sorted(meeting_ids), []
    approved = select(m.MinutesApproval.meeting_id).where(m.MinutesApproval.meeting_id == m.Minutes.meeting_id)
    for start in range(0, len(ids), 900):
        found += session.scalars(select(m.Minutes.meeting_id).where(
            m.Minutes.meeting_id.in_(ids[start:start + 900]),
            or_(m.Minutes.status == "approved", approved.exists())))
    return found


def stored_ids(session: Any, kind: str, ids: list[str]) -> set[str]:
    cls = m.RECORD_CLASSES[kind]
    found: set[str] = set()
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        found.update(session.scalars(select(cls.id).where(cls.id.in_(ids[start:start + 900]))))
    return found


def missing_bytes(session: Any, document: dict[str, Any], bundle: files.Bundle) -> list[Problem]:
    """A bundle must carry the bytes of its attachments (a plain .json carries metadata only)."""
    if not bundle.is_zip:
        return []
    problems = []
    for i, agr in enumerate(document.get("agreements") or []):
        for j, att in enumerate(agr.get("attachments") or [] if isinstance(agr, dict) else []):
            sha = att.get("sha256") if isinstance(att, dict) else None
            if not isinstance(sha, str):
                continue
            data = bundle.blobs.get(sha)
            if data is None:
                if session.scalar(select(m.Blob.sha256).where(m.Blob.sha256 == sha)) is None:
                    problems.append(Problem(f"agreements[{i}].attachments[{j}]", "bundle_lacks_file", {"sha256": sha}))
            elif len(data) != att.get("size"):
                problems.append(Problem(f"agreements[{i}].attachments[{j}].size", "size_mismatch",
                                        {"size": att.get("size"), "actual": len(data)}))
            elif hashlib.sha256(data).hexdigest() != sha:  # pragma: no cover - checked when read
                problems.append(Problem(f"agreements[{i}].attachments[{j}]", "hash_mismatch"))
    return problems
