"""The schema comes only from the Alembic migrations in ``db/``, applied when a database is opened.

Before migrating a SQLite file that holds data, a copy is taken beside it. A database whose schema is
newer than this app knows is refused untouched.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from ..errors import DatabaseError
from ..settings import PROJECT_ROOT
from . import backup

log = logging.getLogger(__name__)
MIGRATIONS = PROJECT_ROOT / "db"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def require_current(engine: Engine, why: str) -> None:
    """A database that cannot be written must already have the newest schema."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise DatabaseError(f"This database has schema {current or 'none'} and needs an upgrade to {head}, but "
                            f"{why}; open a copy, or open it where it may be written.")


def upgrade(engine: Engine, sqlite_path: Path | None = None) -> str | None:
    """Bring the schema to the newest revision. Returns the path of the pre-migration copy, if any."""
    scripts = ScriptDirectory.from_config(alembic_config())
    current = current_revision(engine)
    head = scripts.get_current_head()
    if current == head:
        return None
    known = {rev.revision for rev in scripts.walk_revisions()}
    if current is not None and current not in known:  # checked first: a newer schema is never "older"
        raise DatabaseError(
            f"This database was made by a newer version of Secretariat (schema {current}); this version "
            f"knows schemas up to {head}. Update Secretariat to open it. The database was not changed."
        )
    if current is not None and not _can_migrate(engine):
        raise DatabaseError(
            f"The database's schema ({current}) is older than this version of Secretariat ({head}) and your "
            f"account may not upgrade it. Ask the administrator to run `secretariat upgrade` (docs/administration.md)."
        )
    if current is None and _has_tables(engine):
        raise DatabaseError("This database holds tables that Secretariat did not create; it was not changed.")
    copy = None
    if current is not None and sqlite_path is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy = sqlite_path.with_name(f"{sqlite_path.name}.before-{head}-{stamp}.bak")
        backup.copy_sqlite(engine, copy)
        log.info("copied %s to %s before migrating %s → %s", sqlite_path, copy, current, head)
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        if conn.dialect.name == "postgresql":
            from .postgres_roles import apply_grants

            apply_grants(conn)  # new tables get the reader/editor rights too
    return str(copy) if copy else None


def _can_migrate(engine: Engine) -> bool:
    """Only the schema's owner may migrate a shared server; a clerk's account may not."""
    if engine.dialect.name != "postgresql":
        return True
    from sqlalchemy import text

    with engine.connect() as conn:
        return bool(conn.scalar(text(
            "SELECT pg_has_role(current_user, (SELECT tableowner FROM pg_tables "
            "WHERE tablename = 'alembic_version' AND schemaname = current_schema()), 'USAGE')")))


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())
