"""Import, the format's half. A document is read twice as a stream (``files.Bundle.entries``), never held
whole: the first reading (:func:`scan`) learns what it holds and what its records refer to; the second
checks its records a batch at a time against that and the database (:class:`Checker`), and decides which
meetings wait until others gave up their actions (:func:`held_back`). The transaction (all or nothing,
dry runs) is the application layer's (``app/exchange.py``).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from typing import Any

from sqlalchemy import or_, select

from ..domain import documents, rules, stand_ins
from ..domain import models as m
from ..domain.vocab import COLLECTIONS
from ..errors import Problem, ValidationError
from . import files

KINDS = {collection: kind for kind, collection in COLLECTIONS.items()}
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
    """What exists for an import: the database's live records, plus (and overridden by) the document's,
    learnt record by record on a first reading of the document (:func:`scan`)."""

    def __init__(self) -> None:
        self.db: rules.Refs | None = None
        self.ids: dict[str, set[str]] = {kind: set() for kind in COLLECTIONS}
        self.links: dict[tuple[str, str], str | None] = {}
        self.actions: dict[str, str] = {}  # action id → the first meeting of the document that holds it
        self.meetings_in_doc: set[str] = set()
        self.people: dict[str, Any] = {}  # person → organization, as the document has them
        self.org_cities: dict[str, Any] = {}
        self.starts: dict[str, Any] = {}
        self._stored: dict[tuple[str, str], bool] = {}

    def add(self, kind: str, record: Any) -> None:
        if not isinstance(record, dict):
            return
        rid = record.get("id")
        if isinstance(rid, str):
            self.ids[kind].add(rid)
        if kind == "organization":
            self.links[(kind, rid)] = record.get("parent")
            self.org_cities[rid] = record.get("city")
        elif kind == "agreement":
            self.links[(kind, rid)] = record.get("supersedes")
        elif kind == "person":
            self.people[rid] = record.get("organization")
        elif kind == "meeting":
            self.meetings_in_doc.add(rid)
            self.starts[rid] = record.get("starts_at")
            minutes = record.get("minutes") if isinstance(record.get("minutes"), dict) else {}
            actions = minutes.get("actions")
            for action in actions if isinstance(actions, list) else []:
                if isinstance(action, dict) and isinstance(action.get("id"), str):
                    self.actions.setdefault(action["id"], rid)

    def over(self, db_refs: rules.Refs) -> DocumentRefs:
        """These facts over a database's (asked afresh by each attempt of an import)."""
        refs = copy.copy(self)
        refs.db, refs._stored = db_refs, {}
        return refs

    @property
    def _db(self) -> rules.Refs:
        assert self.db is not None, "over() gives the facts a database"
        return self.db

    def exists(self, kind: str, record_id: str) -> bool:
        if record_id in self.ids[kind]:
            return True
        # Asked of the database once per record (a package names the same people again and again); a
        # record it holds now is one the import keeps or replaces, so an answer stays true.
        known = self._stored.get((kind, record_id))
        if known is None:
            known = self._stored[(kind, record_id)] = self._db.exists(kind, record_id)
        return known

    def link(self, kind: str, record_id: str) -> str | None:
        if (kind, record_id) in self.links:
            return self.links[(kind, record_id)]
        return self._db.link(kind, record_id)

    def action_meeting(self, action_id: str) -> str | None:
        if action_id in self.actions:
            return self.actions[action_id]
        owner = self._db.action_meeting(action_id)
        # A meeting in the document replaces its stored actions, so its old action ids are free.
        return None if owner in self.meetings_in_doc else owner

    def city_of(self, kind: str, record_id: str) -> str | None:
        """As the document says, where it holds the person or the organization; else as stored."""
        if kind == "person":
            if record_id not in self.people:
                return self._db.city_of(kind, record_id)
            org = self.people[record_id]
            return self.city_of("organization", org) if isinstance(org, str) else None
        if kind == "organization" and record_id in self.org_cities:
            city = self.org_cities[record_id]
            return city if isinstance(city, str) else None
        return self._db.city_of(kind, record_id)

    def person_city(self, person_id: str) -> str | None:
        return self.city_of("person", person_id)

    def meeting_start(self, meeting_id: str) -> str | None:
        found = self.starts.get(meeting_id)
        return found if isinstance(found, str) else self._db.meeting_start(meeting_id)


@dataclass
class Scan:
    """What a first reading of a document tells, before anything is checked or written: its header (every
    top-level value but the collections' records), how many records it holds, what they refer to."""

    header: Any
    refs: DocumentRefs
    total: int


def scan(bundle: files.Bundle, read: Callable[[int], None] | None = None) -> Scan:
    """Read the document through once (bounded memory: a record at a time); its header and bytes are
    checked (``Bundle.read_through``). ``read``: told the bytes read so far (see ``Bundle.entries``)."""
    header: Any = {}
    refs = DocumentRefs()
    listed: set[str] = set()
    total = 0
    for key, index, value in bundle.entries(read):
        if key == "":  # a top level that is not an object
            header = value
        elif index is None:
            header[key] = value
        else:
            kind = KINDS[key]
            refs.add(kind, value)
            total += 1
            if kind == "agreement":
                listed.update(_attachment_hashes(value))
    bundle.read_through(header, listed)
    return Scan(header, refs, total)


def _attachment_hashes(agreement: Any) -> Iterator[str]:
    items = agreement.get("attachments") if isinstance(agreement, dict) else None
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("sha256"), str):
            yield item["sha256"]


def header_problems(header: dict[str, Any]) -> list[Problem]:
    """The top level's own problems: keys the format does not know, collections that are not lists."""
    return [Problem(k, "unknown_top_level") if k not in TOP_LEVEL else Problem(k, "not_list")
            for k, v in header.items() if k not in TOP_LEVEL or (k in KINDS and not isinstance(v, list | None))]


class Checker:
    """The rules over a document's records, a batch at a time, in the order they come: each record against
    the document's and the database's records, ids twice in the file, actions in two meetings."""

    def __init__(self, session: Any, refs: DocumentRefs):
        self.session, self.refs = session, refs
        self.seen: dict[str, set[str]] = {kind: set() for kind in COLLECTIONS}
        self.seen_actions: dict[str, str] = {}

    def check(self, kind: str, batch: list[tuple[int, Any]]) -> list[Problem]:
        """``batch``: (index in its collection, record) of one kind."""
        collection = COLLECTIONS[kind]
        problems: list[Problem] = []
        stored = stored_ids(self.session, kind, [r["id"] for _, r in batch
                                                 if isinstance(r, dict) and isinstance(r.get("id"), str)])
        # The locked-minutes rule compares a meeting with the stored one when its minutes are locked: those
        # (only those) are read.
        loaded = stand_ins.load(self.session, kind, locked_minutes(self.session, stored)) if kind == "meeting" else {}
        seen = self.seen[kind]
        for i, record in batch:
            place = f"{collection}[{i}]"
            rid = record.get("id") if isinstance(record, dict) else None
            if isinstance(rid, str):
                if rid in seen:
                    problems.append(Problem(f"{place}.id", "twice_in_file", {"id": rid, "collection": collection}))
                seen.add(rid)
            before = documents.to_doc(kind, loaded[rid]) if isinstance(rid, str) and rid in loaded else None
            problems += rules.check(kind, record, self.refs, place=place, before=before)
            if kind == "meeting" and isinstance(record, dict) and isinstance(record.get("minutes"), dict):
                for j, action in enumerate(record["minutes"].get("actions") or []):
                    aid = action.get("id") if isinstance(action, dict) else None
                    if isinstance(aid, str):
                        if aid in self.seen_actions and self.seen_actions[aid] != rid:
                            problems.append(Problem(f"{place}.minutes.actions[{j}].id", "action_twice_in_file",
                                                    {"id": aid, "meeting": self.seen_actions[aid]}))
                        self.seen_actions.setdefault(aid, rid)
        return problems


def held_back(session: Any, refs: DocumentRefs) -> dict[str, int]:
    """Action ids are unique at every moment: a meeting that takes over an action another meeting of the
    document now holds is saved after it. Those meetings, each with its place in the order they are saved
    in at the end (an empty dict: every meeting is saved as it comes)."""
    claimed = refs.actions
    ids = list(claimed)
    giver: dict[str, str] = {}
    for start in range(0, len(ids), 900):
        rows = session.execute(select(m.ActionItem.id, m.ActionItem.meeting_id)
                               .where(m.ActionItem.id.in_(ids[start:start + 900])))
        giver.update((aid, owner) for aid, owner in rows)
    after = {(claimed[aid], owner) for aid, owner in giver.items() if owner != claimed[aid]}
    if not after:
        return {}
    order = TopologicalSorter({taker: set() for taker, _ in after})
    for taker, owner in after:
        if owner in refs.meetings_in_doc:
            order.add(taker, owner)
    try:
        ordered = list(order.static_order())
    except CycleError as exc:
        raise ValidationError([Problem("meetings", "actions_swapped", {"meetings": list(exc.args[1][:-1])})]) from None
    takers = {taker for taker, _ in after}
    return {rid: i for i, rid in enumerate(r for r in ordered if r in takers)}


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


def missing_bytes(session: Any, index: int, agreement: Any, bundle: files.Bundle) -> list[Problem]:
    """A bundle must carry the bytes of its attachments (a plain .json carries metadata only)."""
    if not bundle.is_zip or not isinstance(agreement, dict):
        return []
    problems = []
    for j, att in enumerate(agreement.get("attachments") or []):
        sha = att.get("sha256") if isinstance(att, dict) else None
        if not isinstance(sha, str):
            continue
        data = bundle.blobs.get(sha)
        if data is None:
            if session.scalar(select(m.Blob.sha256).where(m.Blob.sha256 == sha)) is None:
                problems.append(Problem(f"agreements[{index}].attachments[{j}]", "bundle_lacks_file", {"sha256": sha}))
        elif len(data) != att.get("size"):
            problems.append(Problem(f"agreements[{index}].attachments[{j}].size", "size_mismatch",
                                    {"size": att.get("size"), "actual": len(data)}))
    return problems
