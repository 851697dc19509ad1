"""Records read as plain rows, standing in for the models where :func:`documents.to_doc` reads them.

An export reads every record with all its parts. Loading them as ORM objects (about sixteen per record,
each tracked by the session) cost most of an export's time; here each table's rows for a batch of
records come in one SQLAlchemy Core query and become plain objects carrying the same attribute names
as the models (columns, and parts as lists ordered as the relationships order them). What a document
holds is still decided by ``documents.to_doc`` alone, and the tables, columns and relationships are
read off the models' mappers: nothing here names a field.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import Any

import orjson
from sqlalchemy import JSON, Column, Date, DateTime, Select, String, bindparam, select, type_coerce
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.types import TypeDecorator

from ..domain import documents
from ..domain import models as m

Decoder = Callable[[Any], Any]


@dataclass(frozen=True)
class _Shape:
    """How to read one model's rows: one query (by the ids of the records they belong to) whose columns
    come back under the model's attribute names, and the model's parts."""

    query: Select[Any]
    make: Callable[[Sequence[Any]], Any]  # a stand-in from a row's values
    decoders: tuple[tuple[int, Decoder], ...]  # (column index, decoder) of the columns read as their text
    parts: tuple[_Part, ...]


@dataclass(frozen=True)
class _Part:
    key: str  # the owner's attribute (``agenda``, ``minutes``)
    many: bool  # a list, or one part or None (a meeting's minutes)
    owner_key: Callable[[Any], Any]  # the owner's values that the part's ``key_of`` values refer to
    key_of: Callable[[Any], Any]
    shape: _Shape


# SQLite hands JSON, dates and date-times over as text, which SQLAlchemy's types parse in Python (JSON
# by the standard library's decoder, dates by a regular expression): most of an export's reading time.
# The same text parsed by orjson and ``fromisoformat`` gives the same values, several times faster; a
# type decorator's own conversion (UTC date-times) still runs after. Other backends' drivers parse these
# themselves, so their columns are read as they are.
def _text_decoder(column: Column[Any], dialect: Dialect) -> Decoder | None:
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    parse: Decoder
    if isinstance(kind, JSON):
        parse = orjson.loads
    elif isinstance(kind, DateTime):
        parse = datetime.fromisoformat
    elif isinstance(kind, Date):
        parse = date.fromisoformat
    else:
        return None
    if isinstance(column.type, TypeDecorator):
        after = column.type.process_result_value
        return lambda text: after(parse(text), dialect)
    return parse


def _shape(mapper: Mapper[Any], carrier: Column[Any], dialect: Dialect, order: Sequence[Any] = ()) -> _Shape:
    props = list(mapper.column_attrs)
    columns: list[Any] = []
    decoders: list[tuple[int, Decoder]] = []
    for i, prop in enumerate(props):
        column = prop.columns[0]
        decoder = _text_decoder(column, dialect) if dialect.name == "sqlite" else None
        columns.append(column if decoder is None else type_coerce(column, String))
        if decoder is not None:
            decoders.append((i, decoder))
    query = select(*columns).where(carrier.in_(bindparam("ids", expanding=True)))
    if order:
        query = query.order_by(*order)
    parts = []
    for rel in documents.part_relationships(mapper):
        child, pairs = rel.mapper, list(rel.local_remote_pairs)
        parts.append(_Part(
            key=rel.key, many=bool(rel.uselist),
            owner_key=attrgetter(*(mapper.get_property_by_column(ours).key for ours, _ in pairs)),
            key_of=attrgetter(*(child.get_property_by_column(theirs).key for _, theirs in pairs)),
            shape=_shape(child, next(theirs for ours, theirs in pairs if ours is carrier), dialect,
                         rel.order_by or ()),
        ))
    return _Shape(query, _maker(mapper, [p.key for p in props]), tuple(decoders), tuple(parts))


def _maker(mapper: Mapper[Any], names: list[str]) -> Callable[[Sequence[Any]], Any]:
    """Stand-ins of one model: named tuples of its columns (made and read at C speed, five times faster
    than objects with a dict of them), with room for the parts set on them."""
    columns = collections.namedtuple(f"{mapper.class_.__name__}Row", names)  # type: ignore[misc]
    stand_in = type(mapper.class_.__name__, (columns,), {})
    return functools.partial(tuple.__new__, stand_in)


@functools.cache
def _shape_of(kind: str, dialect: Dialect) -> _Shape:
    mapper = sa_inspect(m.RECORD_CLASSES[kind])
    return _shape(mapper, mapper.local_table.c.id, dialect)


def load(session: Session, kind: str, ids: Sequence[str]) -> dict[str, Any]:
    """These records (by id) with all their parts, one query per table; ids not found are left out."""
    connection = session.connection()
    shape = _shape_of(kind, connection.dialect)
    return {r.id: r for r in _read(connection, shape, list(ids))}


def _read(connection: Connection, shape: _Shape, ids: list[str]) -> list[Any]:
    """The rows of one table that belong to these records, with their parts attached."""
    rows: list[Any] = connection.execute(shape.query, {"ids": ids}).fetchall()
    if shape.decoders:
        rows = [list(row) for row in rows]
        for i, decode in shape.decoders:  # a column at a time: no call per row
            for row in rows:
                if row[i] is not None:
                    row[i] = decode(row[i])
    make = shape.make
    found = [make(row) for row in rows]
    for part in shape.parts:
        _attach(found, part, _read(connection, part.shape, ids) if found else [])
    return found


def _attach(owners: list[Any], part: _Part, children: list[Any]) -> None:
    groups: dict[Any, list[Any]] = {}
    key_of = part.key_of
    for child in children:  # in the relationship's order, kept within each owner
        groups.setdefault(key_of(child), []).append(child)
    owner_key = part.owner_key
    if part.many:
        for owner in owners:
            setattr(owner, part.key, groups.get(owner_key(owner), []))
    else:
        for owner in owners:
            found = groups.get(owner_key(owner))
            setattr(owner, part.key, found[0] if found else None)
