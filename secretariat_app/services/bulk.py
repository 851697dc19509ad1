"""The bulk path: many records of one change (an import, a counterpart's package) written as plain rows.

A single save lets the ORM flush a record's objects one unit of work at a time, which is right for a
clerk's edit and costs ~2 ms a record. An import of a 20-year archive writes 100 000 records, so here the
same objects -- built by the same writers, ``documents.built`` -- are turned into rows
(``documents.rows_of``) and written per table with ``executemany``: a record's parts are replaced by
deleting the rows of all the batch's records at once and inserting the new ones.

Everything else is as for a single save, in the caller's transaction: the rules were checked for the
whole document before (the importer does so), revisions come from the caller (``services/sync.py``), the
search index hears of every record, and the audit trail gets a slim row per record (who, when, its
revision; for a changed record its prior version, while a created one needs no copy of itself, the record
*is* that version) and one entry for the whole change (``change_entry``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Table, bindparam, delete, update

from ..domain import documents
from ..domain import models as m
from ..domain.documents import Doc
from ..storage.bulk_insert import insert_rows
from .store import AUDIT_ON_SERVER, Context, Revision, Written, model

BATCH = 500  # records written at a time (and SQLite's limit of bound parameters for the deletes)
# From this many records on, a change hands them to the search index to be indexed after the commit (a
# rebuild-style writer, search/queue.py); a smaller one indexes them in its transaction, as a save does, so
# that they are found as soon as it ends.
INDEX_AFTER_FROM = 1000
CHANGE_KIND = "change"  # the audit trail's entry for a whole bulk change (not a kind of record)


class BulkWriter:
    """Collects records to create or replace, and writes them per table on :meth:`flush` (which the caller
    runs before anything reads them back, and at the end)."""

    def __init__(self, ctx: Context, records: int = 0):
        """``records``: how many the change writes at most (decides how the search index hears of them)."""
        self.ctx = ctx
        self._index_after = records >= INDEX_AFTER_FROM
        self._created: dict[str, list[Any]] = {}
        self._replaced: dict[str, list[Any]] = {}
        self._written: list[Written] = []
        self._audit: list[dict[str, Any]] = []
        self._waiting = 0

    def create(self, kind: str, doc: Doc, rev: Revision) -> Written:
        """A record whose id is not stored (nor in the trash)."""
        ctx = self.ctx
        obj = documents.built(kind, doc)
        now = ctx.stamp()
        _stamp(ctx, obj, rev, version=1)
        obj.created_at = now
        written = Written(kind, obj.id, "create", None, documents.to_doc(kind, obj), 1, rev.revision, rev.parents)
        self._created.setdefault(kind, []).append(obj)
        self._queue(written, before=None)
        return written

    def replace(self, kind: str, stored: m.RecordMixin, doc: Doc, rev: Revision) -> Written | None:
        """A stored record (live or in the trash, which brings it back) takes the document's content;
        None when that leaves a live record as it is."""
        before = documents.to_doc(kind, stored)
        obj = documents.built(kind, doc)
        after = documents.to_doc(kind, obj)
        was_trashed = stored.deleted_at is not None
        if after == before and not was_trashed:
            return None
        version = stored.version + 1
        _stamp(self.ctx, obj, rev, version)
        obj.created_at = stored.created_at
        written = Written(kind, obj.id, "restore" if was_trashed else "update", before, after, version,
                          rev.revision, rev.parents)
        self._replaced.setdefault(kind, []).append(obj)
        self._queue(written, before=before)
        return written

    def _queue(self, written: Written, before: Doc | None) -> None:
        ctx = self.ctx
        self._written.append(written)
        self._audit.append({
            "change_id": ctx.change_id, "at": ctx.stamp(), "user": ctx.user, "user_name": ctx.user_name,
            "kind": written.kind, "record_id": written.record_id, "action": ctx.action_label or written.action,
            "summary": None, "before": before, "after": None, "revision": written.revision,
            "parents": list(written.parents) or None})
        self._waiting += 1
        if self._waiting >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write what was collected: parts of replaced records out, record rows updated or inserted, the new
        parts in, the audit rows, and the search index told."""
        session = self.ctx.session
        for kind in list(self._replaced.keys() | self._created.keys()):
            replaced, created = self._replaced.pop(kind, []), self._created.pop(kind, [])
            rows: documents.Rows = {}
            for obj in (*replaced, *created):
                documents.rows_of(obj, rows)
            table = model(kind).__table__
            assert isinstance(table, Table)
            own = rows.pop(table)
            ids = [o.id for o in replaced]
            for part, owner_column in documents.part_tables(kind):
                for start in range(0, len(ids), BATCH):
                    session.execute(delete(part).where(owner_column.in_(ids[start:start + BATCH])))
            if replaced:
                n = len(replaced)
                session.execute(_update_by_id(table), [{f"new_{k}": v for k, v in row.items()} for row in own[:n]])
            if created:
                insert_rows(session, table, own[len(replaced):])
            for part, part_rows in rows.items():
                insert_rows(session, part, part_rows)
        write_audit(self.ctx, self._audit)
        by_kind: dict[str, list[str]] = {}
        for w in self._written:
            by_kind.setdefault(w.kind, []).append(w.record_id)
        for observer in self.ctx.observers:
            many = getattr(observer, "bulk_written", None) if self._index_after else None
            if many is not None:  # (the search index queues them, and builds their entries after the commit)
                for kind, ids in by_kind.items():
                    many(session, kind, ids)
            else:
                for w in self._written:
                    observer.record_written(session, w.kind, w.record_id, w.after)
        self._audit, self._written, self._waiting = [], [], 0


def _stamp(ctx: Context, obj: Any, rev: Revision, version: int) -> None:
    """The bookkeeping columns of a record written by a change: as :func:`store.save` sets them."""
    obj.version = version
    obj.updated_at = rev.at or ctx.stamp()
    obj.updated_by = rev.by or ctx.user
    obj.updated_by_name = (dict(rev.by_name) if rev.by_name else None) if rev.by else ctx.user_name
    obj.deleted_at = obj.deleted_by = None
    obj.revision, obj.clock, obj.seq, obj.received_from = rev.revision, rev.clock, rev.seq, rev.source


def _update_by_id(table: Table) -> Any:
    """One UPDATE of every column by the record's id, for ``executemany`` (the parameters are prefixed:
    a bound parameter may not be named after a column the statement sets)."""
    return (update(table).where(table.c.id == bindparam("new_id"))
            .values({c.name: bindparam(f"new_{c.name}") for c in table.columns if c.name != "id"}))


def write_audit(ctx: Context, rows: list[dict[str, Any]]) -> None:
    """Audit rows in one statement (on PostgreSQL through the server's function, as ``store.audit_row``)."""
    if not rows:
        return
    session = ctx.session
    if session.get_bind().dialect.name == "postgresql":
        session.execute(AUDIT_ON_SERVER, [{**r, "before": _json(r["before"]), "after": _json(r["after"]),
                                           "user_name": _json(r["user_name"]), "parents": _json(r["parents"])}
                                          for r in rows])
    else:
        insert_rows(session, m.AuditEntry.__table__, rows)


def change_entry(ctx: Context, source: str, digest: str, counts: Mapping[str, Any]) -> None:
    """The one entry of a whole bulk change: who, when, from which file (its name and SHA-256), what it
    did (counts). Its records' slim rows share its ``change_id``; the history of a record names the file."""
    summary = json.dumps({"file": source, "sha256": digest, "counts": dict(counts)}, ensure_ascii=False)
    write_audit(ctx, [{"change_id": ctx.change_id, "at": ctx.stamp(), "user": ctx.user,
                       "user_name": ctx.user_name, "kind": CHANGE_KIND, "record_id": digest or ctx.change_id,
                       "action": ctx.action_label or "import", "summary": summary, "before": None, "after": None,
                       "revision": None, "parents": None}])


def _json(doc: Any) -> str | None:
    return None if doc is None else json.dumps(doc, ensure_ascii=False)

