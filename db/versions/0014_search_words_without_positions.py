"""Search on SQLite: the word index keeps which entries hold a word, not where (FTS5 ``detail=none``).

``search_fts`` had two columns (title, body) with every word's positions: 357 MiB for the 20-year
archive, a third of the file. It becomes one column without positions (79 MiB); a title's words are
written a second time marked (``§harbour``), and a term of several words is checked on the entries'
texts (search/verify.py). The table is contentless and cannot be converted: it is made anew and the
app rebuilds the index when it opens the database (as after 0004), showing its progress.
PostgreSQL keeps its ``tsvector``: nothing changes there.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _remake(columns: str) -> None:
    op.execute("DROP TABLE IF EXISTS search_fts")
    op.execute(f"CREATE VIRTUAL TABLE search_fts USING fts5({columns})")
    op.execute("DELETE FROM search_meta WHERE key = 'index_version'")  # the app rebuilds it on opening


def upgrade() -> None:
    if _sqlite():
        _remake("words, content='', tokenize='ascii', detail=none")


def downgrade() -> None:
    if _sqlite():
        _remake("title, body, content='', tokenize='ascii'")
