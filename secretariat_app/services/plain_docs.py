"""Records as documents, read as plain rows: many at once, for what only reads them (the printed documents).

The ORM's objects cost more to make than the rows they hold (identity map, instance state, the eager
loaders' bookkeeping): for a briefing pack's few hundred records and their thousands of parts that is
most of reading its data. Here each table is one ``SELECT`` per 500 records through the connection; the
rows get the attributes of the mapped classes (the tables and their parts are walked from the mappings,
in the order the relationships give), and :func:`documents.to_doc` makes the documents from them as it
does from the objects — one decision of what a record's document is.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Column, Connection, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import ONETOMANY, Mapper

from ..domain import documents
from ..domain import models as m

CHUNK = 500  # keys per IN (well under SQLite's limit of bound parameters)


def read(connection: Connection, kind: str, ids: Sequence[str]) -> dict[str, documents.Doc]:
    """The documents of the records with these ids (live or in the trash), by id; ids not found are left out."""
    mapper = sa_inspect(m.RECORD_CLASSES[kind])
    found = _load(connection, mapper, [mapper.local_table.c.id], [(i,) for i in dict.fromkeys(ids)])
    return {key[0]: documents.to_doc(kind, rows[0]) for key, rows in found.items()}


def _load(connection: Connection, mapper: Mapper[Any], carriers: Sequence[Column[Any]],
          keys: Iterable[tuple[Any, ...]]) -> dict[tuple[Any, ...], list[SimpleNamespace]]:
    """The rows of ``mapper``'s table whose ``carriers`` hold one of ``keys``, grouped by key, in the
    relationship's order, each with its own parts attached as the mapped class has them."""
    wanted = set(keys)
    if not wanted:
        return {}
    table, first = mapper.local_table, carriers[0]
    relationship_order = _orders().get(mapper.class_, ())
    rows: list[SimpleNamespace] = []
    firsts = sorted({k[0] for k in wanted})
    for start in range(0, len(firsts), CHUNK):
        query = select(table).where(first.in_(firsts[start:start + CHUNK])).order_by(*relationship_order)
        rows += [SimpleNamespace(**row) for row in connection.execute(query).mappings()]
    if len(carriers) > 1:  # (a part of a part keyed by more than its record's id: only those asked for)
        rows = [r for r in rows if tuple(getattr(r, c.name) for c in carriers) in wanted]
    for rel in mapper.relationships:
        if rel.direction is not ONETOMANY:
            continue
        ours = [o for o, _ in rel.local_remote_pairs]
        theirs = [t for _, t in rel.local_remote_pairs]
        children = _load(connection, rel.mapper, theirs, {tuple(getattr(r, c.name) for c in ours) for r in rows})
        for r in rows:
            found = children.get(tuple(getattr(r, c.name) for c in ours), [])
            setattr(r, rel.key, found if rel.uselist else (found[0] if found else None))
    grouped: dict[tuple[Any, ...], list[SimpleNamespace]] = {}
    for r in rows:
        grouped.setdefault(tuple(getattr(r, c.name) for c in carriers), []).append(r)
    return grouped


@functools.cache
def _orders() -> dict[type, tuple[Any, ...]]:
    """Each part class's order within its owner, as its relationship says (a lone part: none)."""
    out: dict[type, tuple[Any, ...]] = {}

    def walk(mapper: Mapper[Any]) -> None:
        for rel in mapper.relationships:
            if rel.direction is ONETOMANY:
                out[rel.mapper.class_] = tuple(rel.order_by or ())
                walk(rel.mapper)

    for cls in m.RECORD_CLASSES.values():
        walk(sa_inspect(cls))
    return out

