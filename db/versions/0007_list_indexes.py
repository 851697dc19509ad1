"""Covering indexes for the lists' orders and for a briefing pack's agreements.

- Meetings and people by name in Chinese (sort_zh) and in English and Korean (the lists' order
  expression exactly as services/lists.py sorts by it, domain.models.name_order), with the id: the
  database reads a list of 50 000 in order instead of sorting it. (Not in the models: the best form
  differs between SQLite and PostgreSQL, see _create.)
- Agreements: (deleted_at, status, expires_on, signed_on, updated_at, id): a pack groups and orders the
  agreements of a city by these, for thousands of them, and the rows themselves hold the full texts.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NAMES = {"meetings": "title", "people": "name"}
ORDER = {"en": ("en", "ko", "zh"), "ko": ("ko", "zh", "en")}  # the language, then the others


def _name_order(dialect: str, column: str, lang: str) -> str:
    """The same SQL as SQLAlchemy writes for name_order (a JSON text per language, coalesced, lower case)."""
    if dialect == "postgresql":
        texts = [f"CAST({column} ->> '{x}' AS VARCHAR)" for x in ORDER[lang]]
    else:
        texts = [f"CAST(JSON_EXTRACT({column}, '$.\"{x}\"') AS VARCHAR)" for x in ORDER[lang]]
    return f"lower(coalesce({', '.join(texts)}))"


def _create(dialect: str, name: str, table: str, key: str) -> None:
    """SQLite: (deleted_at, key, id), which its planner takes for "live, in this order" (it passes over a
    partial index for the index on deleted_at). PostgreSQL: (key, id) of the live rows only, as it does
    not take "deleted_at IS NULL" in front of the key as a constant, and would sort."""
    if dialect == "postgresql":
        op.execute(f"CREATE INDEX {name} ON {table} ({key}, id) WHERE deleted_at IS NULL")
    else:
        op.execute(f"CREATE INDEX {name} ON {table} (deleted_at, {key}, id)")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, column in NAMES.items():
        _create(dialect, f"ix_{table}_live_sort_zh", table, "sort_zh")
        for lang in ORDER:
            _create(dialect, f"ix_{table}_live_name_{lang}", table, _name_order(dialect, column, lang))
    op.create_index("ix_agreements_live_status_dates", "agreements",
                    ["deleted_at", "status", "expires_on", "signed_on", "updated_at", "id"])


def downgrade() -> None:
    op.drop_index("ix_agreements_live_status_dates", table_name="agreements")
    for table in NAMES:
        for lang in ORDER:
            op.drop_index(f"ix_{table}_live_name_{lang}", table_name=table)
        op.drop_index(f"ix_{table}_live_sort_zh", table_name=table)
