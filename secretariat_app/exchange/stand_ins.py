"""Records read as plain rows, standing in for the models where :func:`documents.to_doc` reads them.

An export reads every record with all its parts. Loading them as ORM objects (about sixteen per record,
each tracked by the session) cost most of an export's time; here each table's rows for a batch of
records come in one SQLAlchemy Core query and become plain objects carrying the same attribute names
as the models (columns, and parts as lists ordered as the relationships order them). What a document
holds is still decided by ``documents.to_doc`` alone, and the tables, columns and relationships are
read off the models' mappers: nothing here names a field.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Column, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Mapper, Session

from ..domain import documents
from ..domain import models as m


@dataclass(frozen=True)
class _Shape:
    """How to read one model's rows: its columns under their attribute names, and its parts."""

    names: tuple[str, ...]
    columns: tuple[Column[Any], ...]
    carrier: Column[Any]  # the column holding the record's id (a part's owner may be a part itself)
    order: tuple[Any, ...]  # the relationship's order_by: the order the ORM gives the parts in
    parts: tuple[_Part, ...]


@dataclass(frozen=True)
class _Part:
    key: str  # the owner's attribute (``agenda``, ``minutes``)
    many: bool  # a list, or one part or None (a meeting's minutes)
    owner_keys: tuple[str, ...]  # the owner's attributes the part's ``keys`` refer to
    keys: tuple[str, ...]
    shape: _Shape


def _shape(mapper: Mapper[Any], carrier: Column[Any], order: Sequence[Any] = ()) -> _Shape:
    props = list(mapper.column_attrs)
    parts = []
    for rel in documents.part_relationships(mapper):
        child = rel.mapper
        pairs = list(rel.local_remote_pairs)
        parts.append(_Part(
            key=rel.key, many=bool(rel.uselist),
            owner_keys=tuple(mapper.get_property_by_column(ours).key for ours, _ in pairs),
            keys=tuple(child.get_property_by_column(theirs).key for _, theirs in pairs),
            shape=_shape(child, next(theirs for ours, theirs in pairs if ours is carrier), rel.order_by or ()),
        ))
    return _Shape(tuple(p.key for p in props), tuple(p.columns[0] for p in props), carrier, tuple(order),
                  tuple(parts))


@functools.cache
def shape_of(kind: str) -> _Shape:
    mapper = sa_inspect(m.RECORD_CLASSES[kind])
    return _shape(mapper, mapper.local_table.c.id)


def load(session: Session, kind: str, ids: Sequence[str]) -> dict[str, Any]:
    """These records (by id) with all their parts, one query per table; ids not found are left out."""
    shape = shape_of(kind)
    records = _read(session, shape, ids)
    return {r.id: r for r in records}


def _read(session: Session, shape: _Shape, ids: Sequence[str]) -> list[SimpleNamespace]:
    """The rows of one table that belong to these records, with their parts attached."""
    query = select(*shape.columns).where(shape.carrier.in_(ids))
    if shape.order:
        query = query.order_by(*shape.order)
    names = shape.names
    rows = [SimpleNamespace(**dict(zip(names, row, strict=True))) for row in session.connection().execute(query).fetchall()]
    for part in shape.parts:
        _attach(rows, part, _read(session, part.shape, ids) if rows else [])
    return rows


def _attach(owners: list[SimpleNamespace], part: _Part, children: list[SimpleNamespace]) -> None:
    groups: dict[tuple[Any, ...], list[SimpleNamespace]] = {}
    for child in children:  # in the relationship's order, kept within each owner
        groups.setdefault(tuple(getattr(child, k) for k in part.keys), []).append(child)
    for owner in owners:
        found = groups.get(tuple(getattr(owner, k) for k in part.owner_keys), [])
        setattr(owner, part.key, found if part.many else (found[0] if found else None))
