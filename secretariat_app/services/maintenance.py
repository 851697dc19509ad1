"""Keeping the database sound: integrity check, backup and restore."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, text

from ..domain import models as m
from ..errors import DatabaseError
from ..storage import backup, migrations
from ..storage.database import Database
from . import store

Progress = Callable[[int, int], None]


@dataclass
class CheckReport:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def check(db: Database, progress: Progress | None = None,
          extra: list[Callable[[Database, CheckReport], None]] | None = None) -> CheckReport:
    report = CheckReport()
    with db.reading() as uow:
        s = uow.session
        if db.dialect == "sqlite":
            rows = [r[0] for r in s.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                report.errors += [f"SQLite integrity: {r}" for r in rows[:20]]
            for table, rowid, parent, fkid in s.execute(text("PRAGMA foreign_key_check")):
                report.errors.append(f"{table} row {rowid}: refers to a missing {parent} (key {fkid})")
        for kind, cls in m.RECORD_CLASSES.items():
            report.counts[kind] = s.scalar(select(text("count(*)")).select_from(cls).where(cls.deleted_at.is_(None))) or 0
        hashes = list(s.scalars(select(m.Blob.sha256)))
        for i, sha in enumerate(hashes):
            blob = s.get(m.Blob, sha)
            assert blob is not None
            actual = hashlib.sha256(blob.data).hexdigest()
            if actual != sha:
                report.errors.append(f"attachment bytes {sha[:12]}…: content hashes to {actual[:12]}…")
            elif len(blob.data) != blob.size:
                report.errors.append(f"attachment bytes {sha[:12]}…: size {len(blob.data)}, recorded {blob.size}")
            s.expunge(blob)
            if progress:
                progress(i + 1, len(hashes))
        missing = s.execute(
            select(m.Attachment.agreement_id, m.Attachment.name)
            .where(m.Attachment.sha256.not_in(select(m.Blob.sha256)))
        ).all()
        unlisted = store.unlisted_files(s)
        if unlisted:
            report.warnings.append(f"{len(unlisted)} stored file(s), {sum(n for _, n in unlisted) / 2**20:,.1f} MiB, "
                                   f"are listed by no record; `secretariat trash purge-files` removes them")
        for agreement_id, name in missing:
            report.warnings.append(f"agreement {agreement_id!r}: the file {name!r} is listed but its bytes are not "
                                   f"in this database (imported from a plain .json?)")
    for more in extra or []:
        more(db, report)
    return report


def remove_unlisted_files(db: Database) -> tuple[int, int]:
    """Remove stored file bytes no record lists (an attachment added and never saved, an old import);
    returns (files, bytes)."""
    with db.writing() as uow:
        removed = store.remove_unlisted_files(uow.session)
        uow.commit()
    return removed


def default_backup_path(db: Database) -> Path:
    path = db.settings.sqlite_path
    assert path is not None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.parent / "backups" / f"{path.stem}-{stamp}.sqlite3"


def _require_sqlite(db: Database, what: str) -> Path:
    if db.settings.sqlite_path is None:
        raise DatabaseError(f"{what} works on a local database file; for a server use pg_dump "
                            f"(see docs/administration.md) or export the records.")
    return db.settings.sqlite_path


def make_backup(db: Database, dest: Path | None = None, progress: Progress | None = None) -> Path:
    _require_sqlite(db, "Backup")
    target = Path(dest) if dest else default_backup_path(db)
    if target.is_dir():
        target = target / default_backup_path(db).name
    backup.copy_sqlite(db.engine, target, progress, database=db.settings.sqlite_path)
    return target


def restore_backup(db: Database, src: Path, progress: Progress | None = None) -> Path:
    """Replace the database's content with a backup's, after checking the backup and copying the
    current content aside. Returns the path of that safety copy."""
    _require_sqlite(db, "Restore")
    src = Path(src)
    if not src.is_file():
        raise DatabaseError(f"{src}: no such file")
    try:
        backup.refuse_own_files(db.settings.sqlite_path, src)  # type: ignore[arg-type]
    except DatabaseError:
        raise DatabaseError(f"{src}: that is the database itself, not a backup of it; nothing was changed") from None
    _check_backup_file(src)
    safety = make_backup(db, default_backup_path(db).with_name(
        f"before-restore-{datetime.now():%Y%m%d-%H%M%S}.sqlite3"))
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    raw = db.engine.raw_connection()
    try:
        target = raw.driver_connection
        assert isinstance(target, sqlite3.Connection)

        def step(_status: int, remaining: int, total: int) -> None:
            if progress:
                progress(total - remaining, total)

        # The backup API writes through SQLite itself (locks, WAL), so open readers stay consistent.
        source.backup(target, pages=backup.PAGES_PER_STEP, progress=step)
    except sqlite3.Error as exc:
        raise DatabaseError(f"Restore failed; the database is unchanged or can be restored from {safety}: {exc}") from exc
    finally:
        source.close()
        raw.close()
    db.engine.dispose()
    migrations.upgrade(db.engine, db.settings.sqlite_path)
    return safety


def _check_backup_file(src: Path) -> None:
    try:
        conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise DatabaseError(f"{src}: the backup is damaged (integrity check failed); nothing was changed")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "agreements" not in tables:
                raise DatabaseError(f"{src}: not a Secretariat database; nothing was changed")
            rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{src}: not a SQLite database ({exc}); nothing was changed") from exc
    from alembic.script import ScriptDirectory

    known = {r.revision for r in ScriptDirectory.from_config(migrations.alembic_config()).walk_revisions()}
    if rev is None or rev[0] not in known:
        raise DatabaseError(f"{src}: made by a newer version of Secretariat; nothing was changed")
