"""Records a bulk change left to index: ``search_queue``, written in the change's own transaction.

A bulk change (an import of thousands of records) does not index its records one batch at a time
inside its transaction; it removes their old entries and queues them there, and after it commits
the index builds their entries in rowid order at full speed (``index.build_queued``), a batch per
transaction. So whatever moment a process is killed at, every record is either indexed as it is
now or queued — never indexed as it was — and the next start finishes the queue.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

DONE_KEY = "queue_done"  # search_meta: records built since the queue was last empty (for the percentage)


def enqueue(session: Session, kind: str, ids: Iterable[str]) -> None:
    rows = [{"k": kind, "id": i} for i in dict.fromkeys(ids)]
    if rows:
        # DO UPDATE rather than DO NOTHING: it locks a row already queued, so on PostgreSQL a builder
        # indexing that record (its row held FOR UPDATE) is waited for, and the record queued again.
        session.execute(text("INSERT INTO search_queue (record_kind, record_id) VALUES (:k, :id) "
                             "ON CONFLICT (record_kind, record_id) DO UPDATE SET record_id = excluded.record_id"),
                        rows)


def dequeue(session: Session, kind: str, ids: list[str]) -> None:
    """These records are indexed as they are now (by a save, or by the builder)."""
    if ids:
        session.execute(text("DELETE FROM search_queue WHERE record_kind = :k AND record_id IN :ids")
                        .bindparams(bindparam("ids", expanding=True)), {"k": kind, "ids": ids})


def waiting(session: Session, limit: int | None = None, lock: bool = False) -> list[tuple[str, str]]:
    """(kind, id) of the records waiting, in order (``limit``: the first so many). ``lock``: on
    PostgreSQL their rows stay locked until the transaction ends -- a save or a bulk change of one of
    them waits for it, then writes its own entries (see index.SearchIndex._forget)."""
    sql = "SELECT record_kind, record_id FROM search_queue ORDER BY record_kind, record_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [(kind, record_id) for kind, record_id in session.execute(text(sql + _locked(session, lock)))]


def still_queued(session: Any, kind: str, ids: list[str], lock: bool = False) -> list[str]:
    """Which of these records of ``kind`` still wait, in id order (``lock``: as in :func:`waiting`)."""
    if not ids:
        return []
    sql = "SELECT record_id FROM search_queue WHERE record_kind = :k AND record_id IN :ids ORDER BY record_id"
    return list(session.execute(text(sql + _locked(session, lock)).bindparams(bindparam("ids", expanding=True)),
                                {"k": kind, "ids": ids}).scalars())


def _locked(session: Any, lock: bool) -> str:
    """The clause that keeps the rows read locked to the end of the transaction (PostgreSQL; SQLite's
    writer holds the whole database)."""
    return " FOR UPDATE" if lock and session.get_bind().dialect.name == "postgresql" else ""


def is_empty(session: Session) -> bool:
    return session.execute(text("SELECT 1 FROM search_queue LIMIT 1")).first() is None


def count(session: Session) -> int:
    return int(session.scalar(text("SELECT count(*) FROM search_queue")) or 0)


def built_percent(session: Session) -> int | None:
    """How much of what was queued is indexed now (0–99), or None when nothing waits."""
    if is_empty(session):
        return None
    waiting = count(session)
    done = int(session.scalar(text("SELECT value FROM search_meta WHERE key = :k"), {"k": DONE_KEY}) or 0)
    return min(99, 100 * done // (done + waiting))


def count_done(session: Session, n: int) -> None:
    """A batch was built; when nothing waits any more, the count starts again."""
    done = int(session.scalar(text("SELECT value FROM search_meta WHERE key = :k"), {"k": DONE_KEY}) or 0)
    session.execute(text("DELETE FROM search_meta WHERE key = :k"), {"k": DONE_KEY})
    if not is_empty(session):
        session.execute(text("INSERT INTO search_meta (key, value) VALUES (:k, :v)"),
                        {"k": DONE_KEY, "v": str(done + n)})


def clear(session: Session) -> None:
    """A rebuild indexes every record: nothing waits."""
    session.execute(text("DELETE FROM search_queue"))
    session.execute(text("DELETE FROM search_meta WHERE key = :k"), {"k": DONE_KEY})
