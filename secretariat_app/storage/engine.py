"""Engines and sessions: SQLite set up right (WAL, foreign keys, busy timeout), or any SQLAlchemy URL."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ..errors import DatabaseError

BUSY_TIMEOUT_MS = 10_000


def create_owner_only(path: Path) -> None:
    """Create an empty file readable by its owner only (SQLite's -wal/-shm files copy its mode)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def refuse_foreign_file(path: Path) -> None:
    """Another program's SQLite file (tables, but none of ours) is refused as it is: looked at read-only,
    before anything (WAL mode, migrations) could change it."""
    if path.stat().st_size == 0:
        return  # an empty file: a new database
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return  # not SQLite, or damaged: opening says so in its own words
    if tables and "alembic_version" not in tables:
        raise DatabaseError(f"{path} holds tables that Secretariat did not create; it was not changed "
                            f"(another program's database?).")


def _json(value: Any) -> str:
    """JSON columns keep Korean and Chinese as they are: escaped (\\uXXXX) they take twice the space.
    Written by orjson (compact, and ~8× faster: an import of the 20-year archive writes ~1.5 million
    values); what it refuses (an integer beyond 64 bits, a lone surrogate) the standard library writes."""
    try:
        return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value, ensure_ascii=False)


def read_only_reason(path: Path) -> str | None:
    """Why this process may not write the database file (or the folder its journal files go in), if so."""
    if not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return None


def open_engine(url: str, read_only: str | None = None) -> Engine:
    """``read_only``: the reason the file cannot be written; it is then opened read-only, as it is."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, json_serializer=_json)
    if parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        if not path.exists():
            create_owner_only(path)
        else:
            refuse_foreign_file(path)  # before the first connection switches it to WAL mode
        if read_only:
            # SQLite itself refuses every write. In a read-only folder no -shm file can be made: a file
            # whose WAL is empty is read as it lies (immutable); one with WAL content needs its -shm.
            wal = Path(f"{path}-wal")
            settled = not wal.exists() or wal.stat().st_size == 0  # the main file holds everything
            mode = "mode=ro&immutable=1" if settled and not os.access(path.parent, os.W_OK) else "mode=ro"
            uri = f"{path.resolve().as_uri()}?{mode}"
            engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
                                   json_serializer=_json)
            _configure_sqlite(engine, read_only=True)
            return engine
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, json_serializer=_json)
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" below start transactions, instead of the driver's own guesswork.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        else:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn: Any) -> None:
        # A writing unit of work takes the write lock at once: two clerks saving at the same time then
        # wait for each other (busy timeout) instead of failing half-way with "database is locked".
        mode = "DEFERRED" if read_only else conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def session_factories(engine: Engine) -> tuple[sessionmaker[Session], sessionmaker[Session]]:
    """(reading, writing) session factories; on SQLite the writing one begins IMMEDIATE."""
    read = sessionmaker(engine, expire_on_commit=False)
    if engine.dialect.name == "sqlite":
        write = sessionmaker(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)
    else:
        write = read
    return read, write
