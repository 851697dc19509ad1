"""Chinese sort keys: every record keeps its name's key in pinyin order (sort_zh).

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from secretariat_app.settings import RESOURCES

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = {"organizations": "name", "people": "name", "teams": "name", "agreements": "title",
          "meetings": "title", "visits": "title"}
ORDER_FILE = RESOURCES / "collation" / "zh-han-order.txt"
KEY_LENGTH = 200
HAN_BASE = 0xF0000


def _key_function():  # type: ignore[no-untyped-def]
    # The same key as secretariat_app.domain.collation at the time of this migration (kept here so
    # the migration does not change if the app's code does).
    order = ORDER_FILE.read_text(encoding="utf-8").strip()
    ranks = {ch: chr(HAN_BASE + i) for i, ch in enumerate(order)}

    def key(name: object) -> str:
        names = json.loads(name) if isinstance(name, str) else (name or {})
        text = names.get("zh") or next((names[x] for x in ("ko", "en") if names.get(x)), "")
        return "".join(ranks.get(ch) or ch.lower() for ch in text[:KEY_LENGTH])

    return key


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    column_type = sa.String(200) if sqlite else sa.String(200, collation="C")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("sort_zh", column_type, nullable=True))
    key = _key_function()
    conn = op.get_bind()
    for table, name_column in TABLES.items():
        t = sa.table(table, sa.column("id", sa.String), sa.column(name_column, sa.JSON),
                     sa.column("sort_zh", sa.String))
        rows = conn.execute(sa.select(t.c.id, t.c[name_column])).all()
        for start in range(0, len(rows), 1000):
            conn.execute(t.update().where(t.c.id == sa.bindparam("rid")).values(sort_zh=sa.bindparam("key")),
                         [{"rid": rid, "key": key(name)} for rid, name in rows[start:start + 1000]])


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sort_zh")
