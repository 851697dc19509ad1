"""Consistent copies of a SQLite database (the online backup API), written atomically, owner-only."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from ..errors import DatabaseError
from .files import COMPANIONS, unfinished

PAGES_PER_STEP = 1024




def refuse_own_files(database: Path, dest: Path) -> None:
    """A copy must never be written over the database it is made of (or its WAL, shared memory or
    journal): the rename would swap the file under every open connection, and later saves, reported as
    saved, would go nowhere or damage it. Compared as paths and, where they exist, as files (links)."""
    dest = Path(dest)
    for suffix in COMPANIONS:
        own = Path(f"{database}{suffix}")
        same = dest.resolve() == own.resolve()
        if not same and dest.exists() and own.exists():
            same = os.path.samefile(dest, own)
        if same:
            raise DatabaseError(f"{dest}: that is the database itself{' (' + suffix[1:] + ' file)' if suffix else ''}; "
                                f"choose another file for the copy. Nothing was written.")


def copy_sqlite(engine: Engine, dest: Path, progress: Callable[[int, int], None] | None = None,
                database: Path | None = None) -> None:
    """Copy the live database (at ``database``; else the engine's URL says where) to ``dest`` while
    others may keep working on it."""
    own = database or (Path(engine.url.database) if engine.url.database else None)
    if own is not None:
        refuse_own_files(own, dest)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        _atomic_backup(source, dest, progress)
    finally:
        raw.close()


def _atomic_backup(source: sqlite3.Connection, dest: Path, progress: Callable[[int, int], None] | None) -> None:
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise DatabaseError(f"Cannot write the copy {dest}: {exc.strerror or exc}") from exc
    os.close(fd)
    os.chmod(tmp, 0o600)
    try:
        with unfinished(tmp):
            _copy_into(source, tmp, dest, progress)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Could not copy the database to {dest}: {exc}") from exc
    finally:
        for suffix in COMPANIONS:  # a full disk leaves a journal
            if os.path.exists(f"{tmp}{suffix}"):
                os.unlink(f"{tmp}{suffix}")


def _copy_into(source: sqlite3.Connection, tmp: str, dest: Path, progress: Callable[[int, int], None] | None) -> None:
    """The copy into ``tmp``, its fsync, and its rename to ``dest``."""
    target = sqlite3.connect(tmp)
    try:
        def step(_status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        source.backup(target, pages=PAGES_PER_STEP, progress=step)
        # A backup is a single file: fold any WAL content in and switch the copy to rollback mode.
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, dest)
