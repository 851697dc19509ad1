"""The clerk's display name beside the login.

- ``audit_log.user_name`` and ``<record table>.updated_by_name``: the display name the clerk set in
  Preferences, as a language map ({"ko": "김민지", "zh": "金敏智", "en": "Kim Minji"}), kept beside the
  login (``user``, ``updated_by``), which stays what it was. Nullable: rows written before this revision,
  and by a clerk who set no name, have none (the app then shows the login).
- PostgreSQL: ``secretariat_audit(...)`` takes the name as a tenth argument (``p_user_name json``,
  default NULL). The function of 0005 is replaced, not overloaded, so there is one way in; the grants are
  applied again after every migration (storage/postgres_roles.py names the new signature).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

RECORD_TABLES = ("organizations", "people", "teams", "agreements", "meetings", "visits")
OLD_FUNCTION = "secretariat_audit(text, timestamp, text, text, text, text, text, json, json)"
NEW_FUNCTION = "secretariat_audit(text, timestamp, text, text, text, text, text, json, json, json)"


def _path() -> str:
    # As in 0005: the function runs as its owner, so it searches its own schema, with pg_temp last.
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    return f'SET search_path = "{schema}", pg_temp'


def upgrade() -> None:
    # Nullable columns: ALTER TABLE … ADD COLUMN on both backends, no table is copied.
    op.add_column("audit_log", sa.Column("user_name", sa.JSON(), nullable=True))
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("updated_by_name", sa.JSON(), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {OLD_FUNCTION}")
    op.execute(f"""
        CREATE FUNCTION secretariat_audit(p_change_id text, p_at timestamp, p_user text, p_kind text,
                                          p_record_id text, p_action text, p_summary text, p_before json,
                                          p_after json, p_user_name json DEFAULT NULL) RETURNS void
        LANGUAGE sql SECURITY DEFINER {_path()} AS $$
            INSERT INTO audit_log (change_id, at, "user", user_name, kind, record_id, action, summary, before, after)
            VALUES (p_change_id, p_at, p_user, p_user_name, p_kind, p_record_id, p_action, p_summary, p_before, p_after)
        $$""")
    op.execute(f"REVOKE ALL ON FUNCTION {NEW_FUNCTION} FROM PUBLIC")  # the grants give it to editors again


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {NEW_FUNCTION}")
        op.execute(f"""
            CREATE FUNCTION secretariat_audit(p_change_id text, p_at timestamp, p_user text, p_kind text,
                                              p_record_id text, p_action text, p_summary text, p_before json,
                                              p_after json) RETURNS void
            LANGUAGE sql SECURITY DEFINER {_path()} AS $$
                INSERT INTO audit_log (change_id, at, "user", kind, record_id, action, summary, before, after)
                VALUES (p_change_id, p_at, p_user, p_kind, p_record_id, p_action, p_summary, p_before, p_after)
            $$""")
        op.execute(f"REVOKE ALL ON FUNCTION {OLD_FUNCTION} FROM PUBLIC")
    for table, column in [*((t, "updated_by_name") for t in RECORD_TABLES), ("audit_log", "user_name")]:
        if op.get_bind().dialect.name == "sqlite":
            # SQLite drops a plain column in place (3.35+); a batch copy would drop tables that others
            # refer to, which their foreign keys refuse.
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        else:
            op.drop_column(table, column)
