"""An open database: engine, migrations applied, units of work for reading and writing."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import DatabaseError
from ..settings import Settings
from . import migrations
from .db_errors import explain
from .engine import open_engine, read_only_reason, session_factories
from .unit_of_work import UnitOfWork


class Database:
    def __init__(self, settings: Settings, migrate: bool = True):
        self.settings = settings
        # A file this process may not write opens read-only: search, print and export still work.
        self.read_only = read_only_reason(settings.sqlite_path) if settings.sqlite_path else None
        self.pre_migration_copy = None
        try:
            self.engine = open_engine(settings.database_url, self.read_only)
            if migrate and self.read_only:
                migrations.require_current(self.engine, self.read_only)
            elif migrate:
                self.pre_migration_copy = migrations.upgrade(self.engine, settings.sqlite_path)
        except SQLAlchemyError as exc:
            raise explain(exc, settings.display_name) from exc
        except OSError as exc:  # the file (or its folder) cannot be made where it was asked for
            raise DatabaseError(f"Cannot create the database file {settings.sqlite_path or settings.display_name}: "
                                f"{exc.strerror or exc}") from exc
        self._read, self._write = session_factories(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def reading(self) -> UnitOfWork:
        return UnitOfWork(self._read, self.settings.display_name)

    def writing(self) -> UnitOfWork:
        return UnitOfWork(self._write, self.settings.display_name)

    def close(self) -> None:
        self.engine.dispose()


def defer_constraints(session: Session) -> None:
    """Check foreign keys at commit instead of per statement (records may refer to each other)."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("PRAGMA defer_foreign_keys = ON"))
    else:
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))
