"""Server-side audit on PostgreSQL: the server, not the client, says who wrote.

- ``audit_log.db_user``: the database login that wrote the row, set by the server (a trigger) from
  ``session_user``; the name the app shows (``user``) stays the clerk's name as the app knows it, and
  the two can be compared. On SQLite (a clerk's own file) it stays empty.
- ``secretariat_audit(...)``: a SECURITY DEFINER function, the only way editors add audit rows (they
  lose INSERT on ``audit_log``, see storage/postgres_roles.py).
- ``server_log``: one row per statement that changed a record table, written by statement triggers
  with the login, the time, the operation and the keys of the rows (first 50): a change made with
  plain SQL past the app leaves a trace that editors can neither write nor remove.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Tables of records and their parts; the search index, the audit trail and the blobs are not records.
RECORD_TABLES = (
    "organizations", "people", "teams", "team_leads", "team_members", "agreements", "agreement_parties",
    "agreement_signatories", "agreement_teams", "attachments", "meetings", "meeting_participants",
    "agenda_items", "minutes", "minutes_attendees", "minutes_items", "decisions", "action_items",
    "statements", "visits", "visit_delegation", "visit_agreements", "visit_meetings", "itinerary_items",
    "itinerary_counterparts", "blobs",
)
EVENTS = {"INSERT": "NEW TABLE AS changed", "UPDATE": "NEW TABLE AS changed", "DELETE": "OLD TABLE AS changed"}


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("db_user", sa.String(200), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    # The functions run as their owner: their search path names the schema and puts pg_temp last, so
    # that a temporary table of the caller's cannot stand in for audit_log or server_log.
    schema = op.get_bind().execute(sa.text("SELECT current_schema()")).scalar()
    path = f'SET search_path = "{schema}", pg_temp'
    op.create_table(
        "server_log",
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, server_default=sa.text("now()")),
        sa.Column("db_user", sa.String(200), nullable=False, server_default=sa.text("session_user")),
        sa.Column("table_name", sa.String(100), nullable=False),
        sa.Column("operation", sa.String(10), nullable=False),
        sa.Column("rows", sa.Integer, nullable=False),
        sa.Column("keys", sa.Text, nullable=False),
    )
    op.execute("""
        CREATE FUNCTION secretariat_stamp_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.db_user := session_user;  -- whoever inserts, the server says who it was
            RETURN NEW;
        END $$""")
    op.execute("CREATE TRIGGER audit_log_db_user BEFORE INSERT OR UPDATE ON audit_log "
               "FOR EACH ROW EXECUTE FUNCTION secretariat_stamp_audit()")
    op.execute(f"""
        CREATE FUNCTION secretariat_audit(p_change_id text, p_at timestamp, p_user text, p_kind text,
                                          p_record_id text, p_action text, p_summary text, p_before json,
                                          p_after json) RETURNS void
        LANGUAGE sql SECURITY DEFINER {path} AS $$
            INSERT INTO audit_log (change_id, at, "user", kind, record_id, action, summary, before, after)
            VALUES (p_change_id, p_at, p_user, p_kind, p_record_id, p_action, p_summary, p_before, p_after)
        $$""")
    op.execute(f"""
        CREATE FUNCTION secretariat_log_statement() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER {path} AS $$
        DECLARE
            n integer;
            sample text;
        BEGIN
            IF TG_TABLE_NAME = 'blobs' THEN  -- the bytes themselves are no key: their hash is
                SELECT count(*), string_agg(k, ', ') INTO n, sample
                  FROM (SELECT c.sha256 AS k FROM changed c LIMIT 50) s;
            ELSE
                SELECT count(*), string_agg(k, ', ') INTO n, sample
                  FROM (SELECT coalesce(to_jsonb(c)->>'id', left(to_jsonb(c)::text, 120)) AS k FROM changed c LIMIT 50) s;
            END IF;
            IF n > 0 THEN
                SELECT count(*) INTO n FROM changed;
                INSERT INTO server_log (table_name, operation, rows, keys) VALUES (TG_TABLE_NAME, TG_OP, n, sample);
            END IF;
            RETURN NULL;
        END $$""")
    for table in RECORD_TABLES:
        for event, transition in EVENTS.items():
            op.execute(f'CREATE TRIGGER log_{event.lower()} AFTER {event} ON "{table}" REFERENCING {transition} '
                       f"FOR EACH STATEMENT EXECUTE FUNCTION secretariat_log_statement()")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in RECORD_TABLES:
            for event in EVENTS:
                op.execute(f'DROP TRIGGER IF EXISTS log_{event.lower()} ON "{table}"')
        op.execute("DROP TRIGGER IF EXISTS audit_log_db_user ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS secretariat_log_statement()")
        op.execute("DROP FUNCTION IF EXISTS secretariat_audit(text, timestamp, text, text, text, text, text, json, json)")
        op.execute("DROP FUNCTION IF EXISTS secretariat_stamp_audit()")
        op.drop_table("server_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("db_user")
