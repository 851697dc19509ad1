"""Access on a shared PostgreSQL server, enforced by the server's grants (not only by the UI).

Two group roles: ``secretariat_reader`` may read everything (search, view, print) and change nothing;
``secretariat_editor`` may also change records — but never rewrite the audit trail (INSERT and SELECT
only there) or the schema. Clerks' login roles are made members of one of them (docs/administration.md).
The schema owner runs the migrations; grants are re-applied after every migration.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

READER = "secretariat_reader"
EDITOR = "secretariat_editor"
APPEND_ONLY = ("audit_log",)  # editors add to it, never change or delete it
READ_ONLY = ("alembic_version",)


def role_exists(conn: Connection, name: str) -> bool:
    return conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}) is not None


def create_roles(conn: Connection) -> list[str]:
    made = []
    for role in (READER, EDITOR):
        if not role_exists(conn, role):
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
            made.append(role)
    return made


def apply_grants(conn: Connection) -> None:
    """Grant the two roles their rights on every table now in the schema (idempotent)."""
    if not (role_exists(conn, READER) and role_exists(conn, EDITOR)):
        return
    tables = list(conn.scalars(text(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")))
    conn.execute(text(f"GRANT USAGE ON SCHEMA {_schema(conn)} TO {READER}, {EDITOR}"))
    conn.execute(text(f"REVOKE CREATE ON SCHEMA {_schema(conn)} FROM {READER}, {EDITOR}"))
    for table in tables:
        quoted = f'"{table}"'
        conn.execute(text(f"REVOKE ALL ON {quoted} FROM {READER}, {EDITOR}"))
        conn.execute(text(f"GRANT SELECT ON {quoted} TO {READER}, {EDITOR}"))
        if table in READ_ONLY:
            continue
        rights = "INSERT" if table in APPEND_ONLY else "INSERT, UPDATE, DELETE"
        conn.execute(text(f"GRANT {rights} ON {quoted} TO {EDITOR}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_schema(conn)} TO {EDITOR}"))


def _schema(conn: Connection) -> str:
    return str(conn.scalar(text("SELECT current_schema()")))
