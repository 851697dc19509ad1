"""The schema comes only from the Alembic migrations in ``db/``, applied when a database is opened.

Before migrating a SQLite file that holds data, a copy is taken beside it. A database whose schema is
newer than this app knows is refused untouched.

Opening a database whose schema is current imports no Alembic (a third of a second at start-up): its
revision is read with plain SQL and compared with the head found by reading the revision lines of
``db/versions``. Alembic runs only when a migration is due.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from ..errors import DatabaseError
from ..shipped import MIGRATIONS

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
VERSION_TABLE = "alembic_version"  # Alembic's own name for it
_REVISION_LINE = re.compile(r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:None|['"]([^'"]*)['"])""", re.M)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    heads = _heads(str(MIGRATIONS / "versions"))
    if len(heads) == 1:
        return heads[0]
    from alembic.script import ScriptDirectory  # several heads, or lines we cannot read: Alembic says

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return set(_revisions(str(MIGRATIONS / "versions")))


@lru_cache(maxsize=8)
def _revisions(versions: str) -> dict[str, str | None]:
    """revision → down_revision, from each migration file's two assignment lines."""
    found: dict[str, str | None] = {}
    for path in sorted(Path(versions).glob("*.py")):
        lines = dict((name, value or None) for name, value in _REVISION_LINE.findall(path.read_text("utf-8")))
        if lines.get("revision"):
            found[lines["revision"]] = lines.get("down_revision")  # type: ignore[index]
    return found


def _heads(versions: str) -> list[str]:
    revisions = _revisions(versions)
    below = set(revisions.values())
    return sorted(rev for rev in revisions if rev not in below)


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision, read as Alembic keeps it (one row), without Alembic."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return conn.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))


def require_current(engine: Engine, why: str) -> None:
    """A database that cannot be written must already have the newest schema."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        raise DatabaseError(f"This database has schema {current or 'none'} and needs an upgrade to {head}, but "
                            f"{why}; open a copy, or open it where it may be written.")


def upgrade(engine: Engine, sqlite_path: Path | None = None) -> str | None:
    """Bring the schema to the newest revision. Returns the path of the pre-migration copy, if any."""
    current = current_revision(engine)
    if current is not None and current == head_revision():
        return None  # the usual case: nothing of Alembic is loaded
    from alembic.script import ScriptDirectory

    from . import backup

    scripts = ScriptDirectory.from_config(alembic_config())
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
