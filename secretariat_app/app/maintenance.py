"""Keeping the database sound: integrity check, backup and restore, schema and server roles, and the
marker that tells the desktop app another clerk saved something."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import SecretariatError
from ..search.index import check_index
from ..services import maintenance
from ..services.connections import change_marker
from ..storage.database import Database

Progress = Callable[[int, int], None]


class Maintenance:
    def __init__(self, db: Database, user: str):
        self._db = db
        self._user = user

    def check(self, progress: Progress | None = None) -> maintenance.CheckReport:
        """The database, its foreign keys, attachment hashes and the search index."""
        return maintenance.check(self._db, progress, extra=[check_index])

    def remove_unlisted_files(self) -> tuple[int, int]:
        """Stored file bytes no record lists: removed; (files, bytes)."""
        return maintenance.remove_unlisted_files(self._db)

    def default_backup_path(self) -> Path:
        return maintenance.default_backup_path(self._db)

    def backup(self, dest: Path | None = None, progress: Progress | None = None) -> Path:
        return maintenance.make_backup(self._db, dest, progress)

    def restore(self, src: Path, progress: Progress | None = None) -> Path:
        """Replace the content with a backup's; returns where the previous content was kept. Open the
        database afresh afterwards (the undo history spoke of the records before it)."""
        return maintenance.restore_backup(self._db, src, progress)

    def schema_revision(self) -> str | None:
        from ..storage import migrations

        return migrations.current_revision(self._db.engine)

    def create_roles(self) -> list[str]:
        """PostgreSQL: the reader and editor roles and their grants; returns the roles it created."""
        from ..storage import postgres_roles

        if self._db.dialect != "postgresql":
            raise SecretariatError("roles: only a PostgreSQL server has roles; a local file is the clerk's own")
        with self._db.engine.begin() as conn:
            made = postgres_roles.create_roles(conn)
            postgres_roles.apply_grants(conn)
        return list(made)

    def others_change_marker(self) -> int:
        """Grows whenever another clerk saves something (polled by the desktop app)."""
        return change_marker(self._db, self._user)
