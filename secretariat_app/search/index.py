"""Keeping the index right: updated in the transaction of every write, rebuilt on demand, checked.

:class:`SearchIndex` is the services' write observer: every save, trash and restore (edits, imports,
undo) tells it the record as stored now, and it rewrites that record's entries before the
transaction commits — in batches, so that an import of 100 000 records stays fast. A rolled-back
transaction (a refused import, a dry run) takes its index changes with it.

A bulk change (``bulk_written``) instead removes its records' entries and queues the records in its
transaction (search/queue.py); :func:`build_queued` writes their entries after it commits, the way a
rebuild does (in rowid order, FTS5 holding 64 MB of words before writing a segment), a batch per
transaction — by a worker of the desktop app, or by the command line before it exits.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Any

from sqlalchemy import bindparam, event, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..domain import models as m
from ..domain.documents import Doc
from ..domain.vocab import RECORD_KINDS
from ..errors import SecretariatError
from ..storage.engine import BUSY_TIMEOUT_MS
from . import packing, queue
from .backends import Backend, DatedIds, SqliteBackend, backend_for
from .entries import Entry, FileText, FileTexts, entries_of, facets_of
from .loader import load, load_ids
from .words import index_version

log = logging.getLogger(__name__)
PAGE_BREAK = "\f"  # between the pages of a file's stored text (extraction.result.PAGE_BREAK)
PENDING = "search.pending"
LISTENING = "search.listening"
BATCH = 500  # records written to the index at a time
Progress = Callable[[int, int], None]


class SearchIndex:
    """The write observer (see ``services.store.WriteObserver``) that keeps the index current."""

    def __init__(self, dialect: str):
        self.backend = backend_for(dialect)

    def record_written(self, session: Session, kind: str, record_id: str, doc: Doc | None) -> None:
        pending = session.info.get(PENDING)
        if pending is None:
            pending = session.info[PENDING] = _Pending(self)
            if not session.info.get(LISTENING):
                event.listen(session, "before_commit", _before_commit)
                event.listen(session, "after_transaction_end", _forget)
                session.info[LISTENING] = True
        # An agreement with files waits for commit: an import adds the files' bytes after the records.
        late = kind == "agreement" and doc is not None and bool(doc.get("attachments"))
        pending.late.pop((kind, record_id), None)
        pending.now.pop((kind, record_id), None)
        (pending.late if late else pending.now)[(kind, record_id)] = doc
        if len(pending.now) >= BATCH:
            self.write(session, pending.now)
            pending.now = {}

    def bulk_written(self, session: Session, kind: str, ids: list[str]) -> None:
        """A bulk change wrote these records (their rows, as they are now, are in ``session``; one may be
        in the trash or gone): their entries go now, in this transaction, and the records wait in the
        queue until :func:`build_queued` indexes them after the commit."""
        if not ids:
            return
        pending = session.info.get(PENDING)
        if pending is not None:  # written one by one earlier in this transaction: the queue has them now
            for record_id in ids:
                pending.now.pop((kind, record_id), None)
                pending.late.pop((kind, record_id), None)
        session.flush()
        self._forget(session, {kind: list(ids)}, keep_queued=True)

    def write(self, session: Session, records: dict[tuple[str, str], Doc | None]) -> None:
        """Replace the entries of these records (None: the record left, e.g. to the trash)."""
        if not records:
            return
        session.flush()
        self._forget(session, _by_kind(records))
        entries: list[Entry] = []
        facets: list[dict[str, str]] = []
        texts = file_texts(session.connection())
        for (kind, record_id), doc in records.items():
            if doc is None:
                continue
            entries += entries_of(kind, doc, texts)
            facets += [{"facet": f.facet, "value": f.value, "k": kind, "id": record_id}
                       for f in facets_of(kind, doc, texts)]
        self.backend.insert(session, entries)
        self.backend.insert_facets(session, facets)

    def _forget(self, session: Session, by_kind: dict[str, list[str]], keep_queued: bool = False) -> None:
        """Remove the entries of these records; queue them (``keep_queued``: a bulk change) or take them
        off the queue (they are indexed as they are now, in this transaction)."""
        self.backend.packer = packing.current(session)  # the texts of the entries removed are packed so
        if self.backend.dialect == "postgresql":
            # Within an import the tables grow faster than the planner's statistics: make it use the
            # (record_kind, record_id) indexes instead of scanning the whole table for every batch.
            session.execute(text("SET LOCAL enable_seqscan = off"))
        for kind, ids in by_kind.items():
            for start in range(0, len(ids), BATCH):
                chunk = ids[start:start + BATCH]
                # The queue first: on PostgreSQL a builder holding these records' rows in the queue
                # (build_queued) is waited for here, so its entries are committed before ours go.
                (queue.enqueue if keep_queued else queue.dequeue)(session, kind, chunk)
                self.backend.delete(session, kind, chunk)
                _delete_facets(session, kind, chunk)
        if self.backend.dialect == "postgresql":
            session.execute(text("SET LOCAL enable_seqscan = on"))



def file_texts(conn: Any) -> FileTexts:
    """What was read from each attached file (see services/extraction.py), looked up by SHA-256 once per
    write or range: the extraction worker stores it; a file not read yet has none."""
    seen: dict[str, FileText | None] = {}

    def lookup(sha: str) -> FileText | None:
        if sha not in seen:
            row = conn.execute(text("SELECT state, text FROM attachment_texts WHERE sha256 = :s"), {"s": sha}).first()
            seen[sha] = None if row is None else FileText(row.state, tuple(row.text.split(PAGE_BREAK)) if row.text else ())
        return seen[sha]

    return lookup


class _Pending:
    """Records written in the open transaction and not yet in the index."""

    def __init__(self, observer: SearchIndex):
        self.observer = observer
        self.now: dict[tuple[str, str], Doc | None] = {}
        self.late: dict[tuple[str, str], Doc | None] = {}


def _before_commit(session: Session) -> None:
    pending = session.info.get(PENDING)
    if pending is not None:
        records, pending.now, pending.late = {**pending.now, **pending.late}, {}, {}
        pending.observer.write(session, records)


def _forget(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the whole transaction ended: committed (written) or rolled back
        session.info.pop(PENDING, None)


def _delete_facets(session: Session, kind: str, ids: list[str]) -> None:
    session.execute(text("DELETE FROM search_facets WHERE record_kind = :k AND record_id IN :ids")
                    .bindparams(bindparam("ids", expanding=True)), {"k": kind, "ids": ids})


# --- rebuilding -------------------------------------------------------------------------------------


@dataclass
class RebuildReport:
    records: int
    entries: int
    seconds: float
    size_bytes: int | None


def wanted_version(dialect: str) -> str:
    """The splitting's version, and on SQLite the layout of the rowids (dated: see backends.DatedIds)."""
    return index_version() + ("+dated" if dialect == "sqlite" else "")


def stored_version(session: Session) -> str | None:
    return session.scalar(text("SELECT value FROM search_meta WHERE key = 'index_version'"))


def _set_version(session: Session, dialect: str) -> None:
    session.execute(text("DELETE FROM search_meta WHERE key = 'index_version'"))
    session.execute(text("INSERT INTO search_meta (key, value) VALUES ('index_version', :v)"),
                    {"v": wanted_version(dialect)})


def rebuild(db: Any, progress: Progress | None = None, only_if_stale: bool = False,
            workers: int | None = None) -> RebuildReport | None:
    """Rebuild the whole index from the records, in one transaction (searches see the old index
    until it commits). With ``only_if_stale``, nothing is done when the index is current.

    Records are read with plain SQL a range of ids at a time; reading and splitting run in worker
    processes (when the database is a file or a server and is big enough to be worth it) while this
    process writes, so both cores work."""
    started = time.perf_counter()
    observer = SearchIndex(db.dialect)
    backend: Backend = observer.backend
    with db.writing() as uow:
        s = uow.session
        if db.dialect == "postgresql":
            # Writers wait until the new index is in place; a second rebuild waits for the first.
            s.execute(text("LOCK TABLE search_entries IN SHARE ROW EXCLUSIVE MODE"))
        if only_if_stale and stored_version(s) == wanted_version(db.dialect):
            return None
        backend.clear(s)
        s.execute(text("DELETE FROM search_facets"))
        queue.clear(s)
        backend.start_rebuild(s)
        if isinstance(backend, SqliteBackend):
            backend.ids = DatedIds(trusted=True)  # the table is empty: count here, not by asking it
        ranges, sample = _ranges(s)
        backend.packer = _new_dictionary(s, sample, replace=True)
        total = sum(n for *_, n in ranges)
        done = entries = 0
        for rows, facets, count in _prepared(db, s, backend, ranges, workers):
            backend.insert_prepared(s, rows)
            backend.insert_facets(s, facets)
            entries += len(rows)
            done += count
            if progress:
                progress(done, total)
        backend.finish_rebuild(s)
        _set_version(s, db.dialect)
        size = backend.size_bytes(s)
        uow.commit()
    return RebuildReport(total, entries, time.perf_counter() - started, size)


RANGE = 2000  # records read, split and written at a time by a rebuild


def _ranges(session: Session) -> tuple[list[tuple[str, str, str, int]], list[tuple[str, str]]]:
    """(kind, first id, last id, count) of the live records, RANGE at a time; and a sample of them
    (kind, id) to train the texts' dictionary from."""
    out = []
    every: list[tuple[str, str]] = []
    for kind in RECORD_KINDS:
        ids = list(session.scalars(text(f"SELECT id FROM {_TABLES[kind]} WHERE deleted_at IS NULL ORDER BY id")))
        every += [(kind, i) for i in ids]
        for start in range(0, len(ids), RANGE):
            chunk = ids[start:start + RANGE]
            out.append((kind, chunk[0], chunk[-1], len(chunk)))
    return out, _spread(every)


def _spread(records: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Records evenly spread over these (all kinds, old and new), packing.SAMPLE at most."""
    step = max(1, len(records) // packing.SAMPLE)
    return records[step // 2::step][:packing.SAMPLE]


def _new_dictionary(session: Session, sample: list[tuple[str, str]], replace: bool) -> packing.Packer:
    """Train the texts' dictionary from these records' entries and keep it (``replace``: instead of
    the ones there are — every entry is written anew); the packer that packs with it."""
    conn = session.connection()
    texts = file_texts(conn)
    found = [entry.texts for kind, ids in _by_kind(sample).items() for doc in load_ids(conn, kind, ids)
             for entry in entries_of(kind, doc, texts)]
    dictionary = packing.train(found)
    if replace:
        return packing.replace(session, dictionary) if dictionary else packing.remove_all(session)
    return packing.add(session, dictionary) if dictionary else packing.current(session)


def _prepared(db: Any, session: Session, backend: Backend, ranges: list[tuple[str, str, str, int]],
              workers: int | None) -> Iterator[tuple[list[dict[str, Any]], list[dict[str, str]], int]]:
    """(prepared rows, facet rows, records) per range, from worker processes or from here."""
    workers = _workers(db, sum(n for *_, n in ranges), workers)
    if not workers:
        conn = session.connection()
        for kind, lo, hi, count in ranges:
            yield (*_prepare(backend, kind, load(conn, kind, lo, hi), file_texts(conn)), count)
        return
    jobs = [(kind, lo, hi) for kind, lo, hi, _ in ranges]
    for result, (*_, count) in zip(_in_workers(db, backend, workers, _worker_range, jobs), ranges, strict=True):
        yield (*result, count)


PARALLEL_FROM = 5000  # records worth starting worker processes for (each takes ~1 s to start)
AHEAD = 1  # results a worker may have waiting for the writer, beyond the one it is preparing


def _workers(db: Any, total: int, asked: int | None) -> int:
    """How many worker processes prepare entries (0: this process does)."""
    in_memory = db.dialect == "sqlite" and db.settings.sqlite_path is None
    if in_memory:  # another process cannot see it
        return 0
    if asked is None:
        return min(os.cpu_count() or 1, 4) if total >= PARALLEL_FROM else 0
    return max(asked, 0)


def _in_workers(db: Any, backend: Backend, workers: int, fn: Callable[..., Any],
                jobs: list[tuple[Any, ...]]) -> Iterator[Any]:
    """``fn(*job)`` of every job, in order, run by worker processes. A few jobs are handed out ahead of
    the writer, not all of them: prepared entries waiting to be written are held in memory. Leaving
    the loop early (a stop) cancels what was not started."""
    # 'spawn': a fresh interpreter, safe next to Qt's threads (a fork would copy them half-way).
    context = multiprocessing.get_context("spawn")
    dictionary = (backend.packer.number, backend.packer.dictionary)
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start,
                               initargs=(db.settings.database_url, os.getpid(), dictionary))
    try:
        todo = iter(jobs)
        waiting = deque(pool.submit(fn, *job) for job in islice(todo, workers * (1 + AHEAD)))
        while waiting:
            result = waiting.popleft().result()
            waiting.extend(pool.submit(fn, *job) for job in islice(todo, 1))
            yield result
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _prepare(backend: Backend, kind: str, docs: list[Doc],
             texts: FileTexts) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    rows: list[dict[str, Any]] = []
    facets: list[dict[str, str]] = []
    for doc in docs:
        rows += [backend.prepare(e) for e in entries_of(kind, doc, texts)]
        facets += [{"facet": f.facet, "value": f.value, "k": kind, "id": doc["id"]}
                   for f in facets_of(kind, doc, texts)]
    return rows, facets


_worker: dict[str, Any] = {}


def _worker_start(url: str, parent: int | None = None, dictionary: tuple[int, bytes] = (0, b"")) -> None:
    from ..processes import die_with_parent
    from ..storage.engine import open_engine

    die_with_parent(parent)  # a killed reindex must not leave its workers reading the database
    engine = open_engine(url)
    _worker["engine"] = engine
    _worker["backend"] = backend = backend_for(engine.dialect.name)
    number, data = dictionary
    backend.packer = packing.Packer(number, {number: data} if data else {})


def _worker_range(kind: str, lo: str, hi: str) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    with _worker["engine"].connect() as conn:
        return _prepare(_worker["backend"], kind, load(conn, kind, lo, hi), file_texts(conn))


def _worker_queued(kind: str, ids: list[str]) -> Prepared:
    with _worker["engine"].connect() as conn:
        return prepare_queued(conn, _worker["backend"], kind, ids)


QUEUED_BATCH = 2000  # queued records indexed per transaction
DICTIONARY_AFTER = 2000  # queued records (with no dictionary yet) worth training one for


def build_queued(db: Any, progress: Progress | None = None, stop: Callable[[], bool] | None = None,
                 batch: int = QUEUED_BATCH, workers: int | None = None) -> int:
    """Index the records bulk changes queued, ``batch`` records per transaction, each written like a
    rebuild writes (in rowid order, FTS5 holding many words before it writes a segment). A kill at
    any moment loses at most the open batch, which stays queued. ``stop()`` is asked between
    batches. Returns how many records were indexed; nothing where this account cannot write.

    Many records are read and split by worker processes (``workers``: how many; by default as a
    rebuild has them) while this process writes. What a worker read may be older than the record by
    the time its batch is written: see :func:`write_prepared`."""
    if getattr(db, "read_only", None):
        return 0
    with db.reading() as uow:  # (no write lock taken when nothing waits: most of the time)
        if queue.is_empty(uow.session):
            return 0
    backend = SearchIndex(db.dialect).backend
    with db.writing() as uow:
        s = uow.session
        waiting = queue.waiting(s)
        total = len(waiting)
        backend.packer = packing.current(s)
        if not backend.packer.number and total >= DICTIONARY_AFTER:
            backend.packer = _new_dictionary(s, _spread(waiting), replace=False)
        workers = _workers(db, total, workers)
        uow.commit()
    built = 0

    def told(n: int) -> None:
        nonlocal built
        built += n
        if progress:
            progress(built, max(total, built))

    if workers and not (stop and stop()):
        try:
            for prepared in _in_workers(db, backend, workers, _worker_queued, _batches(waiting, batch)):
                told(write_prepared(db, backend, prepared))
                if stop and stop():
                    return built
        except (BrokenProcessPool, OSError) as exc:  # no worker could start here: this process does it all
            log.warning("search index: worker processes failed (%s); indexing in this process", exc)
    # Here: what was too little for workers, and what changed after a worker read it (still queued).
    while not (stop and stop()):
        with db.writing() as uow:
            s = uow.session
            _lock_entries(s)
            rows = queue.waiting(s, limit=batch, lock=True)
            if not rows:
                break
            backend.packer = packing.current(s)
            conn = s.connection()
            by_kind = _by_kind(rows)
            texts = file_texts(conn)
            entries: list[dict[str, Any]] = []
            facets: list[dict[str, str]] = []
            for kind, ids in by_kind.items():
                more_entries, more_facets = _prepare(backend, kind, load_ids(conn, kind, ids), texts)
                entries += more_entries
                facets += more_facets
            _replace(s, backend, by_kind, entries, facets)
            queue.count_done(s, len(rows))
            uow.commit()
        told(len(rows))
    return built


@dataclass
class Prepared:
    """Entries of some queued records of one kind, as a worker read them: ``versions`` says which
    version of each it read (None: gone — no entries; one in the trash has a version, and no entries)."""

    kind: str
    versions: dict[str, tuple[int, str | None] | None]
    rows: list[dict[str, Any]]
    facets: list[dict[str, str]]


def prepare_queued(conn: Any, backend: Backend, kind: str, ids: list[str]) -> Prepared:
    # Only what still waits (another builder may have indexed the rest meanwhile: a second clerk's app,
    # the command line beside the app, a rebuild).
    ids = queue.still_queued(conn, kind, ids)
    # The versions before the records: a change committed between the two readings shows as a newer
    # version when the batch is written, and the record is left queued.
    versions = _versions(conn, kind, ids)
    return Prepared(kind, versions, *_prepare(backend, kind, load_ids(conn, kind, ids), file_texts(conn)))


def write_prepared(db: Any, backend: Backend, prepared: Prepared) -> int:
    """Write a worker's entries, in one transaction, for the records that are still queued and still
    at the version it read; a record saved meanwhile is indexed already (its save took it off the
    queue), one changed by another bulk change waits for the next batches. How many were written."""
    kind = prepared.kind
    ids = list(prepared.versions)
    if not ids:
        return 0
    with db.writing() as uow:
        s = uow.session
        _lock_entries(s)
        queued = set(queue.still_queued(s, kind, ids, lock=True))
        now = _versions(s.connection(), kind, ids)
        keep = {i for i in ids if i in queued and now[i] == prepared.versions[i]}
        if not keep:
            return 0
        backend.packer = packing.current(s)
        rows = [r for r in prepared.rows if r["record_id"] in keep]
        facets = [f for f in prepared.facets if f["id"] in keep]
        _replace(s, backend, {kind: sorted(keep)}, rows, facets)
        queue.count_done(s, len(keep))
        uow.commit()
    return len(keep)


def _lock_entries(s: Session) -> None:
    """On PostgreSQL, the index's table before the queue's rows: the order a rebuild takes them in (it
    locks the table, then empties the queue), so the two wait for each other instead of deadlocking."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("LOCK TABLE search_entries IN ROW EXCLUSIVE MODE"))


def _replace(s: Session, backend: Backend, by_kind: dict[str, list[str]], rows: list[dict[str, Any]],
             facets: list[dict[str, str]]) -> None:
    """Take these queued records off the queue and write their entries (any they had go first): the
    entries of all of them at once, in rowid order (see SqliteBackend.insert_prepared)."""
    for kind, ids in by_kind.items():
        queue.dequeue(s, kind, ids)
        for chunk in (ids[i:i + BATCH] for i in range(0, len(ids), BATCH)):
            backend.delete(s, kind, chunk)  # none, unless written outside the queue's rules
            _delete_facets(s, kind, chunk)
    backend.hold_words(s, True)
    backend.insert_prepared(s, rows)
    backend.hold_words(s, False)
    backend.insert_facets(s, facets)


def _versions(conn: Any, kind: str, ids: list[str]) -> dict[str, tuple[int, str | None] | None]:
    """Each record's version and its revision (None: gone). One in the trash has them too: trashing
    makes a version. The revision as well because a number can come again: a record purged and made
    anew (a counterpart's, by an import) starts again at version 1."""
    if not ids:
        return {}
    found = {i: (v, r) for i, v, r in conn.execute(
        text(f"SELECT id, version, revision FROM {_TABLES[kind]} WHERE id IN :ids")
        .bindparams(bindparam("ids", expanding=True)), {"ids": ids})}
    return {i: found.get(i) for i in ids}


def _by_kind(records: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    by_kind: dict[str, list[str]] = {}
    for kind, record_id in records:
        by_kind.setdefault(kind, []).append(record_id)
    return by_kind


def _batches(records: list[tuple[str, str]], size: int) -> list[tuple[str, list[str]]]:
    """(kind, ids): ``size`` records at most, of one kind each."""
    return [(kind, ids[i:i + size]) for kind, ids in _by_kind(records).items() for i in range(0, len(ids), size)]


def ensure_current(db: Any, progress: Progress | None = None) -> str | None:
    """Build the index if it was built by another version of the splitting (or never, as after the
    upgrade from schema 0001). Returns a message when that was needed but not possible."""
    with db.reading() as uow:
        if stored_version(uow.session) == wanted_version(db.dialect):
            return None
    if getattr(db, "read_only", None):
        return f"The search index is out of date and cannot be rebuilt here ({db.read_only})."
    try:
        report = rebuild(db, progress, only_if_stale=True)
    except SecretariatError as exc:  # a reader's account may not write the index
        log.warning("search index is out of date and could not be rebuilt: %s", exc)
        return f"The search index is out of date and could not be rebuilt here ({exc}). Ask the " \
               f"administrator to run `secretariat reindex`."
    if report is not None and report.records:
        log.info("search index rebuilt: %d records in %.1f s", report.records, report.seconds)
    return None


# --- checking ---------------------------------------------------------------------------------------

_TABLES = {kind: cls.__tablename__ for kind, cls in m.RECORD_CLASSES.items()}  # type: ignore[attr-defined]


def check_index(db: Any, report: Any) -> None:
    """``maintenance.check``'s extra step: records missing from the index, entries left over.

    Set differences (NOT IN a subquery, computed once) rather than a lookup per record: without
    statistics SQLite would look each one up through the wrong index."""
    hint = "run `secretariat reindex`"
    with db.reading() as uow:
        s = uow.session
        version = stored_version(s)
        if version != wanted_version(db.dialect):
            report.errors.append(f"search index: built by another version ({version or 'never built'}); {hint}")
        waiting = queue.count(s)
        if waiting:  # not missing: a bulk change's records, indexed after it (see build_queued)
            report.warnings.append(f"search index: {waiting} record(s) of an import are still being indexed "
                                   f"(the app finishes it, or the next command)")
        queued = "(SELECT q.record_id FROM search_queue q WHERE q.record_kind = :k)"
        for kind, table in _TABLES.items():
            missing = list(s.scalars(text(
                f"SELECT r.id FROM {table} r WHERE r.deleted_at IS NULL AND r.id NOT IN (SELECT e.record_id FROM "
                f"search_entries e WHERE e.record_kind = :k AND e.kind = :k AND e.part = '') "
                f"AND r.id NOT IN {queued}"
            ), {"k": kind}))
            if missing:
                report.errors.append(f"search index: {len(missing)} {kind} record(s) missing "
                                     f"(e.g. {', '.join(missing[:3])}); {hint}")
        missing_actions = list(s.scalars(text(
            "SELECT a.id FROM action_items a JOIN meetings g ON g.id = a.meeting_id WHERE g.deleted_at IS NULL "
            "AND a.id NOT IN (SELECT e.part FROM search_entries e WHERE e.kind = 'action') "  # ids are unique
            f"AND a.meeting_id NOT IN {queued}"), {"k": "meeting"}))
        if missing_actions:
            report.errors.append(f"search index: {len(missing_actions)} action item(s) missing "
                                 f"(e.g. {', '.join(missing_actions[:3])}); {hint}")
        for kind, table in _TABLES.items():
            stale = s.scalar(text(
                f"SELECT count(*) FROM search_entries e WHERE e.record_kind = :k AND e.record_id NOT IN "
                f"(SELECT r.id FROM {table} r WHERE r.deleted_at IS NULL)"), {"k": kind})
            if stale:
                report.errors.append(f"search index: {stale} entr{'y' if stale == 1 else 'ies'} for {kind} "
                                     f"records that are gone or in the trash; {hint}")
        if db.dialect == "sqlite":
            entries = s.scalar(text("SELECT count(*) FROM search_entries"))
            indexed = s.scalar(text("SELECT count(*) FROM search_fts_docsize"))
            if entries != indexed:
                report.errors.append(f"search index: {indexed} rows of words for {entries} entries; {hint}")
            _check_fts(s, report, hint)


FTS_CHECK_WAIT_MS = 500  # how long the check waits for another clerk's write to end before skipping


def _check_fts(s: Session, report: Any, hint: str) -> None:
    """FTS5's own integrity check. SQLite 3.40 runs it only as a write statement (it changes nothing):
    in a savepoint that is rolled back, after a short wait for the write lock. Busy (another clerk is
    writing) or a read-only file is no damage: the check says what it could not look at."""
    s.execute(text(f"PRAGMA busy_timeout={FTS_CHECK_WAIT_MS}"))
    try:
        s.execute(text("SAVEPOINT fts_check"))
        try:
            s.execute(text("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"))
        finally:
            s.execute(text("ROLLBACK TO fts_check"))
            s.execute(text("RELEASE fts_check"))
    except DBAPIError as exc:
        why = str(exc.orig)
        if "locked" in why or "busy" in why:
            report.warnings.append("search index: its full-text part was not checked: another clerk was saving; "
                                   "run check again later")
        elif "readonly" in why or "read-only" in why:
            report.warnings.append("search index: its full-text part was not checked: the database is read-only")
        else:
            report.errors.append(f"search index: the full-text index is damaged ({why}); {hint}")
    finally:
        s.execute(text(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}"))
