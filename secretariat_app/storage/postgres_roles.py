"""Access on a shared PostgreSQL server, enforced by the server's grants (not only by the UI).

Two group roles: ``secretariat_reader`` may read everything (search, view, print) and change nothing;
``secretariat_editor`` may also change records — but never write the audit trail itself (its rows come
through the server's ``secretariat_audit`` function, which notes the login) nor the server's log of
every statement that changed a record table, nor the schema. Clerks' login roles are made members of one of them (docs/administration.md).
The schema owner runs the migrations; grants are re-applied after every migration.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

READER = "secretariat_reader"
EDITOR = "secretariat_editor"
# Editors write neither: audit rows come through secretariat_audit() (the server notes who), the server
# log only from its triggers (migration 0005).
READ_ONLY = ("alembic_version", "audit_log", "server_log")
# The audit function's signature is that of migration 0008 (the display name, the revision and its parents last).
SERVER_FUNCTIONS = ("secretariat_audit(text, timestamp, text, text, text, text, text, json, json, json, text, json)",)


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
        conn.execute(text(f"GRANT INSERT, UPDATE, DELETE ON {quoted} TO {EDITOR}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {_schema(conn)} TO {EDITOR}"))
    for function in SERVER_FUNCTIONS:
        if conn.scalar(text("SELECT to_regprocedure(:f)"), {"f": function}) is not None:
            conn.execute(text(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC"))
            conn.execute(text(f"GRANT EXECUTE ON FUNCTION {function} TO {EDITOR}"))


def _schema(conn: Connection) -> str:
    return str(conn.scalar(text("SELECT current_schema()")))
