"""Export: every live record as one exchange document (records sorted by id), optionally a bundle."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain import documents
from ..domain import models as m
from ..domain.vocab import COLLECTIONS
from ..storage.database import Database
from . import files

BATCH = 500
Progress = Callable[[int, int], None]  # (done, total); may raise to cancel

LOAD_OPTIONS: dict[str, list[Any]] = {
    "organization": [],
    "person": [],
    "team": [selectinload(m.Team.leads), selectinload(m.Team.members)],
    "agreement": [selectinload(getattr(m.Agreement, r)) for r in ("parties", "signatories", "teams", "attachments")],
    "meeting": [
        selectinload(m.Meeting.participants),
        selectinload(m.Meeting.agenda),
        *[selectinload(m.Meeting.minutes).selectinload(getattr(m.Minutes, r))
          for r in ("attendees", "items", "decisions", "actions", "statements")],
    ],
    "visit": [
        selectinload(m.Visit.delegation),
        selectinload(m.Visit.itinerary).selectinload(m.ItineraryItem.counterparts),
        selectinload(m.Visit.meetings),
        selectinload(m.Visit.agreements),
    ],
}


def live_ids(session: Session, kind: str) -> list[str]:
    cls = m.RECORD_CLASSES[kind]
    return list(session.scalars(select(cls.id).where(cls.deleted_at.is_(None)).order_by(cls.id)))


def iter_docs(session: Session, kind: str, ids: list[str]) -> Iterator[dict[str, Any]]:
    """Documents of these records, in the order given, loaded in batches (bounded memory)."""
    cls = m.RECORD_CLASSES[kind]
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        rows = {r.id: r for r in session.scalars(select(cls).where(cls.id.in_(chunk)).options(*LOAD_OPTIONS[kind]))}
        for rid in chunk:
            yield documents.to_doc(kind, rows[rid])
        session.expunge_all()


def build_document(db: Database, progress: Progress | None = None,
                   exported_at: datetime | None = None) -> dict[str, Any]:
    stamp = (exported_at or datetime.now(UTC)).isoformat(timespec="seconds")
    doc: dict[str, Any] = {"format": files.FORMAT, "version": files.VERSION, "exported_at": stamp}
    with db.reading() as uow:
        ids = {kind: live_ids(uow.session, kind) for kind in COLLECTIONS}
        total, done = sum(len(v) for v in ids.values()), 0
        for kind, collection in COLLECTIONS.items():
            out = doc[collection] = []
            for record in iter_docs(uow.session, kind, ids[kind]):
                out.append(record)
                done += 1
                if progress and done % BATCH == 0:
                    progress(done, total)
        if progress:
            progress(total, total)
    return doc


def export(db: Database, path: Path, progress: Progress | None = None) -> dict[str, int]:
    """Write the export file; returns the number of records of each collection.

    Records are read in batches and written as they come (one reading transaction, so the file is
    one consistent moment), so memory stays bounded however large the archive."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    wanted: set[str] = set()
    with db.reading() as uow:
        ids = {kind: live_ids(uow.session, kind) for kind in COLLECTIONS}
        total, done = sum(len(v) for v in ids.values()), 0

        def records(kind: str) -> Iterator[dict[str, Any]]:
            nonlocal done
            for record in iter_docs(uow.session, kind, ids[kind]):
                wanted.update(a["sha256"] for a in record.get("attachments") or [])
                done += 1
                if progress and done % BATCH == 0:
                    progress(done, total)
                yield record

        def blobs() -> Iterator[tuple[str, bytes]]:
            for sha in sorted(wanted):
                blob = uow.session.get(m.Blob, sha)
                if blob is not None:
                    yield sha, blob.data
                    uow.session.expunge(blob)

        document: dict[str, Any] = {"format": files.FORMAT, "version": files.VERSION, "exported_at": stamp}
        document.update({collection: records(kind) for kind, collection in COLLECTIONS.items()})
        files.write(Path(path), document, blobs)
        if progress:
            progress(total, total)
    return {collection: len(ids[kind]) for kind, collection in COLLECTIONS.items()}
