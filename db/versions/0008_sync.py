"""The exchange as a two-way sync: sites, revisions, tombstones, conflicts.

- ``sync_sites``: this database's site (a generated id; a name set later) and the counterparts met in
  packages, with what was sent to and received from each.
- ``<record table>.revision / clock / seq``: every record's current revision, its clock ({site: number
  of that site's changes to it}) and the local change number it was written under (indexed: a package
  for a counterpart reads the records changed since what it confirmed, not every record).
- ``audit_log.revision / parents``: every change's revision and the revision(s) it descends from.
- ``sync_tombstones``: records removed for good, so that the removal travels and an older copy does not
  come back; ``sync_conflicts``: a counterpart's versions of records changed on both sides, waiting for a
  clerk.
- Existing records get a first revision by this site: they are what this site holds.
- PostgreSQL: ``secretariat_audit(...)`` takes the revision and its parents as two more arguments.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

RECORD_TABLES = ("organizations", "people", "teams", "agreements", "meetings", "visits")
OLD_FUNCTION = "secretariat_audit(text, timestamp, text, text, text, text, text, json, json, json)"
NEW_FUNCTION = "secretariat_audit(text, timestamp, text, text, text, text, text, json, json, json, text, json)"
NAME_LM = sa.JSON(none_as_null=True)


def _path() -> str:
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    return f'SET search_path = "{schema}", pg_temp'


def upgrade() -> None:
    op.create_table(
        "sync_sites",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("is_self", sa.Boolean, nullable=False),
        sa.Column("public_key", sa.String(100), nullable=True),
        sa.Column("trusted_at", sa.DateTime, nullable=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("received", NAME_LM, nullable=True),
        sa.Column("sent_at", sa.DateTime, nullable=True),
        sa.Column("sent_upto", sa.Integer, nullable=False),
        sa.Column("received_at", sa.DateTime, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_sites"),
    )
    op.create_table(
        "sync_tombstones",
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("record_id", sa.String(100), nullable=False),
        sa.Column("revision", sa.String(80), nullable=False),
        sa.Column("clock", sa.JSON, nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("by_name", NAME_LM, nullable=True),
        sa.PrimaryKeyConstraint("kind", "record_id", name="pk_sync_tombstones"),
    )
    op.create_index("ix_sync_tombstones_seq", "sync_tombstones", ["seq"])
    op.create_table(
        "sync_conflicts",
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("record_id", sa.String(100), nullable=False),
        sa.Column("doc", NAME_LM, nullable=True),
        sa.Column("trashed", sa.Boolean, nullable=False),
        sa.Column("revision", sa.String(80), nullable=False),
        sa.Column("clock", sa.JSON, nullable=False),
        sa.Column("site_id", sa.String(40), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("by", sa.String(200), nullable=False),
        sa.Column("by_name", NAME_LM, nullable=True),
        sa.Column("ours_revision", sa.String(80), nullable=True),
        sa.Column("found_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("kind", "record_id", name="pk_sync_conflicts"),
    )
    op.add_column("audit_log", sa.Column("revision", sa.String(80), nullable=True))
    op.add_column("audit_log", sa.Column("parents", NAME_LM, nullable=True))

    site = uuid.uuid4().hex[:16]
    first = f"{site}:1"
    for table in RECORD_TABLES:
        op.add_column(table, sa.Column("revision", sa.String(80), nullable=True))
        op.add_column(table, sa.Column("clock", sa.JSON, nullable=True))
        op.add_column(table, sa.Column("seq", sa.Integer, nullable=False, server_default="0"))
        op.add_column(table, sa.Column("received_from", sa.String(40), nullable=True))
        rows = sa.table(table, sa.column("revision", sa.String), sa.column("clock", sa.JSON),
                        sa.column("seq", sa.Integer))
        op.execute(rows.update().values(revision=first, clock={site: 1}, seq=1))
        op.create_index(f"ix_{table}_seq", table, ["seq"])
    sites = sa.table("sync_sites", sa.column("id", sa.String), sa.column("name", sa.String),
                     sa.column("is_self", sa.Boolean), sa.column("seq", sa.Integer),
                     sa.column("sent_upto", sa.Integer))
    op.execute(sites.insert().values(id=site, name="", is_self=True, seq=1, sent_upto=0))

    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION IF EXISTS {OLD_FUNCTION}")
    op.execute(f"""
        CREATE FUNCTION secretariat_audit(p_change_id text, p_at timestamp, p_user text, p_kind text,
                                          p_record_id text, p_action text, p_summary text, p_before json,
                                          p_after json, p_user_name json DEFAULT NULL,
                                          p_revision text DEFAULT NULL, p_parents json DEFAULT NULL) RETURNS void
        LANGUAGE sql SECURITY DEFINER {_path()} AS $$
            INSERT INTO audit_log (change_id, at, "user", user_name, kind, record_id, action, summary, before, after,
                                   revision, parents)
            VALUES (p_change_id, p_at, p_user, p_user_name, p_kind, p_record_id, p_action, p_summary, p_before,
                    p_after, p_revision, p_parents)
        $$""")
    op.execute(f"REVOKE ALL ON FUNCTION {NEW_FUNCTION} FROM PUBLIC")  # the grants give it to editors again


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {NEW_FUNCTION}")
        op.execute(f"""
            CREATE FUNCTION secretariat_audit(p_change_id text, p_at timestamp, p_user text, p_kind text,
                                              p_record_id text, p_action text, p_summary text, p_before json,
                                              p_after json, p_user_name json DEFAULT NULL) RETURNS void
            LANGUAGE sql SECURITY DEFINER {_path()} AS $$
                INSERT INTO audit_log (change_id, at, "user", user_name, kind, record_id, action, summary, before, after)
                VALUES (p_change_id, p_at, p_user, p_user_name, p_kind, p_record_id, p_action, p_summary, p_before, p_after)
            $$""")
        op.execute(f"REVOKE ALL ON FUNCTION {OLD_FUNCTION} FROM PUBLIC")
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in RECORD_TABLES:
        op.drop_index(f"ix_{table}_seq", table_name=table)
    columns = [*((t, c) for t in RECORD_TABLES for c in ("revision", "clock", "seq", "received_from")),
               ("audit_log", "revision"), ("audit_log", "parents")]
    for table, column in columns:
        if sqlite:  # in place, as in 0006 (a batch copy would drop tables others refer to)
            op.execute(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
        else:
            op.drop_column(table, column)
    op.drop_table("sync_conflicts")
    op.drop_index("ix_sync_tombstones_seq", table_name="sync_tombstones")
    op.drop_table("sync_tombstones")
    op.drop_table("sync_sites")
