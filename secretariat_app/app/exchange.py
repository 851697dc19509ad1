"""The exchange with the counterpart secretariat: import a file (all or nothing) and export one.

An import checks the whole document first, then writes every record through the same write path as a
clerk's save (``store.save``: audit trail, search index) in one transaction, and reports what it did
as a :class:`~secretariat_app.services.changes.Change` like any other write. A dry run really applies
the import and rolls it back, so what it reports is exactly what an import would do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from ..domain import models as m
from ..domain.vocab import COLLECTIONS
from ..errors import ValidationError
from ..exchange import export, files, importer
from ..exchange.importer import ImportReport

__all__ = ["Exchange", "ImportReport", "Imported"]
from ..services import store
from ..services.changes import Change, ChangeTally
from ..services.records import Records
from ..services.references import DbRefs
from ..services.store import ANY_VERSION, Context
from ..storage.database import Database, defer_constraints

Progress = Callable[[int, int], None]
FLUSH_EVERY = 500
IMPORT_LOCK = 0x5EC_1A7  # the advisory lock imports take on PostgreSQL


@dataclass(frozen=True)
class Imported:
    report: ImportReport  # per collection: added, changed, unchanged
    change: Change  # what the views hear of (a dry run's is told to nobody)


class Exchange:
    def __init__(self, db: Database, records: Records):
        self._db = db
        self._records = records

    def import_file(self, path: Path | str, dry_run: bool = False, progress: Progress | None = None,
                    initiator: Any = None) -> Imported:
        return self.import_bundle(files.read(Path(path)), dry_run, progress, initiator)

    def import_bundle(self, bundle: files.Bundle, dry_run: bool = False, progress: Progress | None = None,
                      initiator: Any = None) -> Imported:
        document = bundle.document
        files.check_header(document, "document")
        report = ImportReport(dry_run=dry_run)

        def work(ctx: Context, tally: ChangeTally) -> None:
            _apply(ctx, bundle, report, tally, progress)

        change = self._records.run_bulk("import", work, label="import", dry_run=dry_run, initiator=initiator)
        return Imported(report, change)

    def export(self, path: Path | str, progress: Progress | None = None) -> dict[str, int]:
        """Every live record (``.json``, or ``.zip`` with the attachments' bytes); counts per kind."""
        return export.export(self._db, Path(path), progress)


def _apply(ctx: Context, bundle: files.Bundle, report: ImportReport, tally: ChangeTally,
           progress: Progress | None) -> None:
    document, session = bundle.document, ctx.session
    for counts in (report.added, report.changed, report.unchanged):  # a retried attempt counts afresh
        counts.clear()
    report.attachments_added = 0
    if session.get_bind().dialect.name == "postgresql":
        # One import at a time on a server: a second waits for the first to commit, then sees its records
        # (two at once both inserted the same ids; one got "duplicate key value violates …").
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": IMPORT_LOCK})
    problems = importer.check_document(session, document, DbRefs(session))
    problems += importer.missing_bytes(session, document, bundle)
    if problems:
        raise ValidationError(problems)
    defer_constraints(session)
    total = sum(len(document.get(c) or []) for c in COLLECTIONS.values())
    done = 0
    for kind, collection in COLLECTIONS.items():
        records = document.get(collection) or []
        if kind == "meeting":
            records = importer.meetings_in_order(session, records)
        stored = importer.stored_ids(session, kind, [r["id"] for r in records])
        for record in records:
            written = store.save(ctx, kind, record, ANY_VERSION, checked=True, is_new=record["id"] not in stored)
            tally.add(written)
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
