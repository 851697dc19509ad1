"""Search: the original texts kept compressed, and a queue of records a bulk change left to index.

- ``search_texts``: ``title`` and ``texts`` (JSON) become one ``packed`` value, zlib-compressed, its
  first byte naming the dictionary it was packed with (``search_dictionaries``; 0: none). The texts
  already there are packed here with a dictionary trained from a sample of them.
- ``search_queue``: records written by a bulk change (an import) whose entries are built after it
  commits, at full speed (see search/index.py).

Revision ID: 0013
Revises: 0009
"""

from __future__ import annotations

import hashlib
import json
import random
import zlib
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

BATCH = 2000
SAMPLE = 400  # entries the texts' dictionary is trained from


def upgrade() -> None:
    op.create_table(
        "search_queue",
        sa.Column("record_kind", sa.String(length=30), nullable=False),
        sa.Column("record_id", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("record_kind", "record_id", name=op.f("pk_search_queue")),
    )
    op.create_table(
        "search_dictionaries",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),  # SHA-256 of data: readers cache by it
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_dictionaries")),
    )
    op.add_column("search_texts", sa.Column("packed", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    ids = list(conn.scalars(sa.text("SELECT id FROM search_texts ORDER BY id")))
    sample = ids[len(ids) // SAMPLE // 2::max(1, len(ids) // SAMPLE)][:SAMPLE]
    pieces = [_json(_decoded(t)) or "" for t in conn.scalars(
        sa.text("SELECT texts FROM search_texts WHERE id IN :ids").bindparams(sa.bindparam("ids", expanding=True)),
        {"ids": sample})] if sample else []
    random.Random(0).shuffle(pieces)
    dictionary = "".join(pieces).encode("utf-8")[-32 * 1024:]
    if dictionary:
        conn.execute(sa.text("INSERT INTO search_dictionaries (id, digest, data) VALUES (1, :h, :d)"),
                     {"h": hashlib.sha256(dictionary).hexdigest(), "d": dictionary})
    primed = zlib.compressobj(3, zlib.DEFLATED, -zlib.MAX_WBITS, 9, **({"zdict": dictionary} if dictionary else {}))
    last = -1 << 62
    while True:  # a range of ids at a time: the 20-year archive has 150 000 entries
        rows = conn.execute(sa.text("SELECT id, title, texts FROM search_texts WHERE id > :last ORDER BY id "
                                    "LIMIT :n"), {"last": last, "n": BATCH}).all()
        if not rows:
            break
        conn.execute(sa.text("UPDATE search_texts SET packed = :p WHERE id = :id"),
                     [{"id": r.id, "p": _pack(primed, 1 if dictionary else 0, _decoded(r.title), _decoded(r.texts))}
                      for r in rows])
        last = rows[-1].id
    with op.batch_alter_table("search_texts") as batch:
        batch.drop_column("title")
        batch.drop_column("texts")


def downgrade() -> None:
    with op.batch_alter_table("search_texts") as batch:
        batch.add_column(sa.Column("title", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("texts", sa.JSON(), nullable=True))
    conn = op.get_bind()
    dictionaries = {r.id: bytes(r.data) for r in conn.execute(sa.text("SELECT id, data FROM search_dictionaries"))}
    last = -1 << 62
    while True:
        rows = conn.execute(sa.text("SELECT id, packed FROM search_texts WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": BATCH}).all()
        if not rows:
            break
        values = []
        for r in rows:
            title, texts = _unpack(bytes(r.packed), dictionaries)
            values.append({"id": r.id, "t": _json(title), "x": _json(texts)})
        conn.execute(sa.text("UPDATE search_texts SET title = :t, texts = :x WHERE id = :id"), values)
        last = rows[-1].id
    # Records still queued are missing from the index: the next rebuild (0009 has no queue) adds them.
    if conn.scalar(sa.text("SELECT count(*) FROM search_queue")):
        conn.execute(sa.text("DELETE FROM search_meta WHERE key = 'index_version'"))
    with op.batch_alter_table("search_texts") as batch:
        batch.drop_column("packed")
        batch.alter_column("texts", existing_type=sa.JSON(), nullable=False)
    op.drop_table("search_dictionaries")
    op.drop_table("search_queue")


# The packing of search/packing.py as of this revision (a migration does not follow later code).

def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _decoded(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def _pack(primed: Any, number: int, title: object, texts: object) -> bytes:
    packer = primed.copy()
    raw = json.dumps([title, texts], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return bytes([number]) + packer.compress(raw) + packer.flush()


def _unpack(packed: bytes, dictionaries: dict[int, bytes]) -> tuple[object, object]:
    if packed[0] == 0:
        raw = zlib.decompress(packed[1:], -zlib.MAX_WBITS)
    else:
        unpacker = zlib.decompressobj(-zlib.MAX_WBITS, zdict=dictionaries[packed[0]])
        raw = unpacker.decompress(packed[1:]) + unpacker.flush()
    title, texts = json.loads(raw)
    return title, texts
