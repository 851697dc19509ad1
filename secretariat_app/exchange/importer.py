"""Import: validate a whole document first, then apply it in one transaction, or change nothing.

Records whose id exists are updated (the counterpart's changes arrive that way); records in the trash
come back with the new content. A dry run really applies the import and rolls it back, so what it
reports is exactly what an import would do.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..domain import models as m
from ..domain import rules
from ..domain.vocab import COLLECTIONS
from ..errors import Problem, ValidationError
from ..services import store
from ..services.references import DbRefs
from ..services.store import ANY_VERSION, Context, WriteObserver
from ..storage.database import Database, defer_constraints
from . import files

Progress = Callable[[int, int], None]
FLUSH_EVERY = 500
TOP_LEVEL = {"format", "version", "exported_at", "note", *COLLECTIONS.values()}


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    attachments_added: int = 0
    dry_run: bool = False

    def summary(self) -> str:
        verb = "Would add" if self.dry_run else "Added"
        parts = []
        for collection in COLLECTIONS.values():
            a, c, u = (self.added.get(collection, 0), self.changed.get(collection, 0),
                       self.unchanged.get(collection, 0))
            if a or c or u:
                parts.append(f"{collection}: {a} new, {c} changed, {u} unchanged")
        head = f"{verb} {sum(self.added.values())} and {'would change' if self.dry_run else 'changed'} " \
               f"{sum(self.changed.values())} records."
        return "\n".join([head, *parts])


class DocumentRefs:
    """What exists for an import: the database's live records, plus (and overridden by) the document."""

    def __init__(self, db_refs: DbRefs, document: dict[str, Any]):
        self.db = db_refs
        self.ids: dict[str, set[str]] = {}
        self.links: dict[tuple[str, str], str | None] = {}
        self.actions: dict[str, str] = {}
        self.meetings_in_doc: set[str] = set()
        for kind, collection in COLLECTIONS.items():
            records = [r for r in document.get(collection) or [] if isinstance(r, dict)]
            self.ids[kind] = {r["id"] for r in records if isinstance(r.get("id"), str)}
            for r in records:
                rid = r.get("id")
                if kind == "organization":
                    self.links[(kind, rid)] = r.get("parent")
                elif kind == "agreement":
                    self.links[(kind, rid)] = r.get("supersedes")
        for meeting in document.get("meetings") or []:
            if not isinstance(meeting, dict):
                continue
            self.meetings_in_doc.add(meeting.get("id"))
            minutes = meeting.get("minutes") if isinstance(meeting.get("minutes"), dict) else {}
            for action in minutes.get("actions") or []:
                if isinstance(action, dict) and isinstance(action.get("id"), str):
                    self.actions.setdefault(action["id"], meeting.get("id"))

    def exists(self, kind: str, record_id: str) -> bool:
        return record_id in self.ids[kind] or self.db.exists(kind, record_id)

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


def check_document(session: Any, document: dict[str, Any]) -> list[Problem]:
    """Every problem of the document, each with its place (``agreements[3].expires_on: ...``)."""
    problems = [Problem(k, "unknown top-level field") for k in document if k not in TOP_LEVEL]
    refs = DocumentRefs(DbRefs(session), document)
    seen_actions: dict[str, str] = {}
    for kind, collection in COLLECTIONS.items():
        records = document.get(collection)
        if records is None:
            continue
        if not isinstance(records, list):
            problems.append(Problem(collection, "must be a list"))
            continue
        seen: set[str] = set()
        stored = _stored_ids(session, kind, [r["id"] for r in records
                                             if isinstance(r, dict) and isinstance(r.get("id"), str)])
        for i, record in enumerate(records):
            place = f"{collection}[{i}]"
            rid = record.get("id") if isinstance(record, dict) else None
            if isinstance(rid, str):
                if rid in seen:
                    problems.append(Problem(f"{place}.id", f"{rid!r} appears twice in {collection}"))
                seen.add(rid)
            before = None
            if isinstance(rid, str) and rid in stored:  # the locked-minutes rule compares with it
                existing = session.get(m.RECORD_CLASSES[kind], rid)
                if existing is not None:
                    from ..domain import documents

                    before = documents.to_doc(kind, existing)
            problems += rules.check(kind, record, refs, place=place, before=before)
            if kind == "meeting" and isinstance(record, dict) and isinstance(record.get("minutes"), dict):
                for j, action in enumerate(record["minutes"].get("actions") or []):
                    aid = action.get("id") if isinstance(action, dict) else None
                    if isinstance(aid, str):
                        if aid in seen_actions and seen_actions[aid] != rid:
                            problems.append(Problem(f"{place}.minutes.actions[{j}].id",
                                                    f"{aid!r} is also an action of meeting {seen_actions[aid]!r}"))
                        seen_actions.setdefault(aid, rid)
    return problems


def import_bundle(db: Database, bundle: files.Bundle, user: str, dry_run: bool = False,
                  observers: tuple[WriteObserver, ...] = (), progress: Progress | None = None) -> ImportReport:
    document = bundle.document
    files.check_header(document, "document")
    report = ImportReport(dry_run=dry_run)
    with db.writing() as uow:
        session = uow.session
        problems = check_document(session, document)
        problems += _missing_bytes(session, document, bundle)
        if problems:
            raise ValidationError(problems)
        defer_constraints(session)
        ctx = Context(session, user, str(uuid.uuid4()), "import", observers)
        total = sum(len(document.get(c) or []) for c in COLLECTIONS.values())
        done = 0
        for kind, collection in COLLECTIONS.items():
            records = document.get(collection) or []
            if kind == "meeting":
                records = _meetings_in_order(session, records)
            stored = _stored_ids(session, kind, [r["id"] for r in records])
            for record in records:
                written = store.save(ctx, kind, record, ANY_VERSION, checked=True,
                                     is_new=record["id"] not in stored)
                bucket = report.unchanged if written is None else (
                    report.added if written.action == "create" else report.changed)
                bucket[collection] = bucket.get(collection, 0) + 1
                done += 1
                if done % FLUSH_EVERY == 0:
                    # New records go out in batched INSERTs; the session is emptied to bound memory
                    # (records refer to each other by id, never through loaded objects).
                    session.flush()
                    session.expunge_all()
                    if progress:
                        progress(done, total)
        for sha, data in bundle.blobs.items():
            if session.get(m.Blob, sha) is None:
                session.add(m.Blob(sha256=sha, size=len(data), data=data))
                report.attachments_added += 1
        session.flush()
        if progress:
            progress(total, total)
        if not dry_run:
            uow.commit()
    return report


def _meetings_in_order(session: Any, meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
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
        raise ValidationError([Problem("meetings", f"meetings {', '.join(map(repr, exc.args[1][:-1]))} swap "
                                                   f"action ids; import the change in two steps")]) from None
    return sorted(meetings, key=lambda g: position[g["id"]])


def _stored_ids(session: Any, kind: str, ids: list[str]) -> set[str]:
    cls = m.RECORD_CLASSES[kind]
    found: set[str] = set()
    for start in range(0, len(ids), 900):  # stay under SQLite's bound-parameter limit
        found.update(session.scalars(select(cls.id).where(cls.id.in_(ids[start:start + 900]))))
    return found


def _missing_bytes(session: Any, document: dict[str, Any], bundle: files.Bundle) -> list[Problem]:
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
                    problems.append(Problem(f"agreements[{i}].attachments[{j}]",
                                            f"the bundle has no file attachments/{sha}"))
            elif len(data) != att.get("size"):
                problems.append(Problem(f"agreements[{i}].attachments[{j}].size",
                                        f"is {att.get('size')} but the file has {len(data)} bytes"))
            elif hashlib.sha256(data).hexdigest() != sha:  # pragma: no cover - checked when read
                problems.append(Problem(f"agreements[{i}].attachments[{j}]", "bytes do not match sha256"))
    return problems


def import_file(db: Database, path: Path, user: str, dry_run: bool = False,
                observers: tuple[WriteObserver, ...] = (), progress: Progress | None = None) -> ImportReport:
    return import_bundle(db, files.read(Path(path)), user, dry_run, observers, progress)
