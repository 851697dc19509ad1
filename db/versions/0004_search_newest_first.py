"""Search: newest first without reading every match, and narrow entry rows.

- The original texts of an entry (for snippets, and to remove its words again) move from
  ``search_entries`` to ``search_texts`` (same id). Entry rows shrink from ~3 KB to ~100 bytes, so
  checking a filter on thousands of entries reads a few pages, not the texts' overflow pages.
- PostgreSQL: an index on (day, id) in the order results are shown, so a search for a word in half
  of the archive walks it and stops after a page; the title words in a column of their own
  (``tsv_title``, from the weight-A words of ``tsv``) with a GIN index, for the title matches. The
  texts are moved, nothing is rebuilt.
- SQLite: the index is emptied and the app rebuilds it on opening (with progress), numbering the
  rowids by date (backends.DatedIds) so that FTS5's rowid order is the newest-first order; FTS5
  cuts the words with its 'ascii' tokenizer.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ENTRY_INDEXES = {
    "ix_search_entries_record": ["record_kind", "record_id"],
    "ix_search_entries_kind_day": ["kind", "day"],
    "ix_search_entries_status": ["status"],
    "ix_search_entries_signed_on": ["signed_on"],
    "ix_search_entries_expires_on": ["expires_on"],
    "ix_search_entries_due_on": ["due_on"],
}


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _texts_table() -> None:
    op.create_table(
        "search_texts",
        sa.Column("id", sa.Integer(), nullable=False),  # = search_entries.id
        sa.Column("title", sa.JSON(), nullable=True),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_texts")),
    )


def _entries_table(with_texts: bool, tokenizer: str) -> None:
    """search_entries emptied and made anew: narrow (this revision) or with the texts (0002's)."""
    op.execute("DROP TABLE search_fts")
    op.drop_table("search_entries")
    texts = [sa.Column("title", sa.JSON(), nullable=True), sa.Column("texts", sa.JSON(), nullable=False)]
    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), nullable=False),  # the FTS5 rowid (from this revision on: dated)
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("record_kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=100), nullable=False),
        sa.Column("part", sa.String(length=100), nullable=False, server_default=""),
        *(texts if with_texts else []),
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
    for name, columns in ENTRY_INDEXES.items():
        op.create_index(name, "search_entries", columns)
    op.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='', tokenize='{tokenizer}')")
    op.execute("DELETE FROM search_facets")
    op.execute("DELETE FROM search_meta WHERE key = 'index_version'")  # the app rebuilds it on opening


def upgrade() -> None:
    _texts_table()
    if _sqlite():
        # Derived data: rebuilt (numbered by date), not copied. The words come split and folded
        # (search/words.py) with nothing but spaces between them, so FTS5's plainest tokenizer
        # does: 'ascii' cuts at the spaces and leaves other characters to the words, a fifth
        # quicker to index than 'unicode61', which looks every character up.
        _entries_table(with_texts=False, tokenizer="ascii")
    else:
        op.execute("INSERT INTO search_texts (id, title, texts) SELECT id, title, texts FROM search_entries")
        op.drop_column("search_entries", "title")
        op.drop_column("search_entries", "texts")
        op.execute("CREATE INDEX ix_search_entries_newest ON search_entries (day DESC NULLS LAST, id DESC)")
        # The title words alone (weight A in tsv), with a GIN index of their own, for the title tier.
        op.execute("ALTER TABLE search_entries ADD COLUMN tsv_title tsvector NOT NULL DEFAULT ''::tsvector")
        op.execute("UPDATE search_entries SET tsv_title = ts_filter(tsv, '{a}')")
        op.execute("CREATE INDEX ix_search_entries_tsv_title ON search_entries USING gin (tsv_title)")


def downgrade() -> None:
    if _sqlite():
        # 0003's layout, empty: that version rebuilds what it finds missing.
        _entries_table(with_texts=True, tokenizer="unicode61 remove_diacritics 0")
    else:
        op.execute("DROP INDEX ix_search_entries_tsv_title")
        op.drop_column("search_entries", "tsv_title")
        op.execute("DROP INDEX ix_search_entries_newest")
        op.add_column("search_entries", sa.Column("title", sa.JSON(), nullable=True))
        op.add_column("search_entries", sa.Column("texts", sa.JSON(), nullable=True))
        op.execute("UPDATE search_entries e SET title = t.title, texts = t.texts FROM search_texts t WHERE t.id = e.id")
        op.execute("ALTER TABLE search_entries ALTER COLUMN texts SET NOT NULL")
    op.drop_table("search_texts")
