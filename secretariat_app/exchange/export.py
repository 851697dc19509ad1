"""Export: records as one exchange document (records sorted by id), optionally a signed bundle.

What goes in is chosen by the caller (``Selection``): every record, live or in the trash, and every
record removed for good (a full export), or what changed since a counterpart's last confirmed change
number (a package for it, ``services/sync.py``). Each record carries its revision (``sync``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import documents, stand_ins
from ..domain import models as m
from ..domain.vocab import COLLECTIONS
from ..storage.database import Database
from . import files, packages

BATCH = stand_ins.BATCH  # records read at a time (the plain-row reader's batch)
Progress = Callable[[int, int], None]  # (done, total); may raise to cancel


@dataclass
class Selection:
    """What an export holds and says about itself (format version 2's header)."""

    ids: dict[str, list[str]]  # kind → record ids, sorted
    purged: list[m.Tombstone] = field(default_factory=list)
    site: dict[str, Any] = field(default_factory=dict)  # the sender: id, name, key
    package: dict[str, Any] = field(default_factory=dict)  # for whom, since, upto
    received: dict[str, int] = field(default_factory=dict)  # the counterparts' change numbers we have


def live_ids(session: Session, kind: str) -> list[str]:
    cls = m.RECORD_CLASSES[kind]
    return list(session.scalars(select(cls.id).where(cls.deleted_at.is_(None)).order_by(cls.id)))


def all_ids(session: Session, kind: str) -> list[str]:
    cls = m.RECORD_CLASSES[kind]
    return list(session.scalars(select(cls.id).order_by(cls.id)))


def iter_docs(session: Session, kind: str, ids: list[str], with_sync: bool = False) -> Iterator[dict[str, Any]]:
    """Documents of these records, in the order given, loaded in batches (bounded memory); with their
    revision (``sync``) for a package. Read as plain rows (``stand_ins``), not ORM objects: the same
    ``documents.to_doc`` makes the documents, at a fraction of the cost."""
    for start in range(0, len(ids), BATCH):
        chunk = ids[start:start + BATCH]
        rows = stand_ins.load(session, kind, chunk)
        for rid in chunk:
            doc = documents.to_doc(kind, rows[rid])
            if with_sync:
                doc[packages.SYNC] = packages.meta_doc(rows[rid])
            yield doc


def _header(selection: Selection, stamp: str) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": files.FORMAT, "version": files.VERSION, "exported_at": stamp}
    if selection.site:
        doc["site"] = selection.site
        doc["package"] = {"id": str(uuid.uuid4()), **selection.package}
        doc["received"] = dict(sorted(selection.received.items()))
    return doc


def build_document(db: Database, progress: Progress | None = None,
                   exported_at: datetime | None = None) -> dict[str, Any]:
    """Every record (live and in the trash) with its revision, and the records removed for good, as one
    document in memory (a full export without the sender's header)."""
    stamp = (exported_at or datetime.now(UTC)).isoformat(timespec="seconds")
    with db.reading() as uow:
        selection = full_selection(uow.session)
        doc = _header(selection, stamp)
        for kind, collection in COLLECTIONS.items():
            doc[collection] = list(iter_docs(uow.session, kind, selection.ids[kind], with_sync=True))
        doc["purged"] = [packages.tombstone_doc(s) for s in selection.purged]
        if progress:
            total = sum(len(v) for v in selection.ids.values())
            progress(total, total)
    return doc


def full_selection(session: Session) -> Selection:
    return Selection({kind: all_ids(session, kind) for kind in COLLECTIONS},
                     list(session.scalars(select(m.Tombstone).order_by(m.Tombstone.kind, m.Tombstone.record_id))))


def export(db: Database, path: Path, progress: Progress | None = None,
           select_records: Callable[[Session], Selection] = full_selection,
           signer: files.Signer | None = None) -> dict[str, int]:
    """Write the export file; returns the number of records of each collection (and ``purged``).

    Records are read in batches and written as they come (one reading transaction, so the file is
    one consistent moment), so memory stays bounded however large the archive."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    wanted: set[str] = set()
    with db.reading() as uow:
        selection = select_records(uow.session)
        ids = selection.ids
        total, done = sum(len(v) for v in ids.values()), 0
        purged = [packages.tombstone_doc(s) for s in selection.purged]

        def records(kind: str) -> Iterator[dict[str, Any]]:
            nonlocal done
            for record in iter_docs(uow.session, kind, ids[kind], with_sync=True):
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

        document = _header(selection, stamp)
        document.update({collection: records(kind) for kind, collection in COLLECTIONS.items()})
        document["purged"] = purged
        files.write(Path(path), document, blobs, signer)
        if progress:
            progress(total, total)
    return {**{collection: len(ids[kind]) for kind, collection in COLLECTIONS.items()}, "purged": len(purged)}
