"""search index

One row per searchable unit (a record, or a part of one: an agenda item, an action, a decision, a
statement, an itinerary item, an attached PDF) in ``search_entries``, with the original texts (for
snippets, and to remove the row's tokens again) and the values the field filters need.

The words themselves are split in Python (CJK runs into overlapping two-character pieces) and go to
- SQLite: the contentless FTS5 table ``search_fts`` (rowid = ``search_entries.id``; no copy of the text),
- PostgreSQL: the ``tsv`` column of ``search_entries`` with a GIN index.
``search_facets`` holds the multi-valued filters (teams, parties) per record. ``search_meta`` records
which version of the splitting built the index (``index_version``); the app rebuilds it when that
differs, which is also how a database upgraded from 0001 gets its index filled.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),  # what the result is (agreement, action, …)
        sa.Column("record_kind", sa.String(length=30), nullable=False),  # the record that opens
        sa.Column("record_id", sa.String(length=100), nullable=False),
        sa.Column("part", sa.String(length=100), nullable=False, server_default=""),  # '' = the record
        sa.Column("title", sa.JSON(), nullable=True),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=30), nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("langs", sa.String(length=20), nullable=False, server_default=""),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("has_attachment", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entries")),
    )
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.create_index("ix_search_entries_record", ["record_kind", "record_id"], unique=False)
        batch_op.create_index("ix_search_entries_kind_day", ["kind", "day"], unique=False)
        batch_op.create_index("ix_search_entries_status", ["status"], unique=False)
        batch_op.create_index("ix_search_entries_signed_on", ["signed_on"], unique=False)
        batch_op.create_index("ix_search_entries_expires_on", ["expires_on"], unique=False)
        batch_op.create_index("ix_search_entries_due_on", ["due_on"], unique=False)

    op.create_table(
        "search_facets",
        sa.Column("facet", sa.String(length=20), nullable=False),
        sa.Column("value", sa.String(length=100), nullable=False),
        sa.Column("record_kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("facet", "value", "record_kind", "record_id", name=op.f("pk_search_facets")),
    )
    with op.batch_alter_table("search_facets", schema=None) as batch_op:
        batch_op.create_index("ix_search_facets_record", ["record_kind", "record_id"], unique=False)

    op.create_table(
        "search_meta",
        sa.Column("key", sa.String(length=50), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_search_meta")),
    )

    if _sqlite():
        # Contentless: the split words are indexed but not stored; tokens are removed with FTS5's
        # 'delete' command, from the texts kept in search_entries. The splitting is done in Python,
        # so the tokenizer only has to cut at the spaces we put in (and keep case as we folded it).
        op.execute("CREATE VIRTUAL TABLE search_fts USING fts5("
                   "title, body, content='', tokenize='unicode61 remove_diacritics 0')")
    else:
        op.execute("ALTER TABLE search_entries ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector")
        op.execute("CREATE INDEX ix_search_entries_tsv ON search_entries USING gin (tsv)")


def downgrade() -> None:
    if _sqlite():
        op.execute("DROP TABLE IF EXISTS search_fts")
    op.drop_table("search_meta")
    with op.batch_alter_table("search_facets", schema=None) as batch_op:
        batch_op.drop_index("ix_search_facets_record")
    op.drop_table("search_facets")
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_search_entries_due_on")
        batch_op.drop_index("ix_search_entries_expires_on")
        batch_op.drop_index("ix_search_entries_signed_on")
        batch_op.drop_index("ix_search_entries_status")
        batch_op.drop_index("ix_search_entries_kind_day")
        batch_op.drop_index("ix_search_entries_record")
    op.drop_table("search_entries")
