"""Records read as plain rows, standing in for the models where :func:`documents.to_doc` reads them.

An export reads every record with all its parts; a briefing pack or a sheet reads hundreds. Loading them as ORM objects (about sixteen per record,
each tracked by the session) cost most of an export's time; here each table's rows for a batch of
records come in one SQLAlchemy Core query and become plain objects carrying the same attribute names
as the models (columns, and parts as lists ordered as the relationships order them). What a document
holds is still decided by ``documents.to_doc`` alone, and the tables, columns and relationships are
read off the models' mappers: nothing here names a field.
"""

from __future__ import annotations

import collections
import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import Any

import orjson
from sqlalchemy import ARRAY, JSON, Column, Date, DateTime, String, any_, bindparam, column, func, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.types import TypeDecorator

from . import documents
from . import models as m

Decoder = Callable[[Any], Any]
BATCH = 500  # records a statement reads at a time (what a batch of an export holds)


@dataclass(frozen=True)
class _Shape:
    """How to read one model's rows: one statement (by the ids of the records they belong to, given as one
    parameter) whose columns become the model's attribute names, and the model's parts."""

    sql: str
    make: Callable[[Sequence[Any]], Any]  # a stand-in from a row's values
    decoders: tuple[tuple[int, Decoder], ...]  # (column index, decoder) where the driver's value needs one
    parts: tuple[_Part, ...]


@dataclass(frozen=True)
class _Part:
    key: str  # the owner's attribute (``agenda``, ``minutes``)
    many: bool  # a list, or one part or None (a meeting's minutes)
    owner_key: Callable[[Any], Any]  # the owner's values that the part's ``key_of`` values refer to
    key_of: Callable[[Any], Any]
    shape: _Shape


def _decoder(column: Column[Any], dialect: Dialect) -> Decoder | None:
    """What makes the driver's value of a column the model's value: the column type's own conversion,
    except for the text SQLite hands over for JSON, dates and date-times, which SQLAlchemy's types parse in
    Python (JSON by the standard library's decoder, dates by a regular expression; most of an export's
    reading time). The same text parsed by orjson and ``fromisoformat`` gives the same values, several
    times faster; a type decorator's own conversion (UTC date-times) still runs after."""
    own = column.type.dialect_impl(dialect).result_processor(dialect, None)
    if dialect.name != "sqlite":
        return own
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    parse: Decoder
    if isinstance(kind, JSON):
        parse = orjson.loads
    elif isinstance(kind, DateTime):
        parse = datetime.fromisoformat
    elif isinstance(kind, Date):
        parse = date.fromisoformat
    else:
        return own
    if isinstance(column.type, TypeDecorator):
        after = column.type.process_result_value
        return lambda text: after(parse(text), dialect)
    return parse


def _ids_in(carrier: Column[Any], dialect: Dialect) -> Any:
    """The carrier column among the ids given as one parameter: one statement, compiled once, whatever
    the number of ids (SQLite: a JSON array; PostgreSQL: an array)."""
    if dialect.name == "sqlite":
        return carrier.in_(select(column("value")).select_from(func.json_each(bindparam("ids"))))
    return carrier == any_(bindparam("ids", type_=ARRAY(String)))


def _ids_value(ids: list[str], dialect: Dialect) -> Any:
    return orjson.dumps(ids).decode() if dialect.name == "sqlite" else ids


def _shape(mapper: Mapper[Any], carrier: Column[Any], dialect: Dialect, order: Sequence[Any] = ()) -> _Shape:
    props = list(mapper.column_attrs)
    columns = [p.columns[0] for p in props]
    query = select(*columns).where(_ids_in(carrier, dialect))
    if order:
        query = query.order_by(*order)
    compiled = query.compile(dialect=dialect)
    assert list(compiled.binds) == ["ids"], compiled.binds  # the one parameter _params gives
    decoders = [(i, d) for i, d in enumerate(_decoder(c, dialect) for c in columns) if d is not None]
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
    return _Shape(str(compiled), _maker(mapper, [p.key for p in props]), tuple(decoders), tuple(parts))


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
    """These records (by id) with all their parts, one query per table; ids not found are left out.

    The statements run on the session's own connection (its transaction, so one consistent moment) but
    straight through the driver's cursor: SQLAlchemy's result rows would be made only to be taken apart."""
    connection = session.connection()
    dialect = connection.dialect
    shape = _shape_of(kind, dialect)
    param = _ids_value(list(ids), dialect)
    cursor = connection.connection.cursor()
    try:
        return {r.id: r for r in _read(cursor, shape, _params(param, dialect))}
    finally:
        cursor.close()


def _params(value: Any, dialect: Dialect) -> Any:
    return (value,) if dialect.positional else {"ids": value}


def _read(cursor: Any, shape: _Shape, params: Any) -> list[Any]:
    """The rows of one table that belong to these records, with their parts attached."""
    cursor.execute(shape.sql, params)
    rows: Iterable[Any] = cursor.fetchall()
    if shape.decoders and rows:
        values = list(zip(*rows, strict=True))  # a column at a time: no call per row
        for i, decode in shape.decoders:
            values[i] = [None if v is None else decode(v) for v in values[i]]  # type: ignore[call-overload]
        rows = zip(*values, strict=True)
    found = list(map(shape.make, rows))
    for part in shape.parts:
        _attach(found, part, _read(cursor, part.shape, params) if found else [])
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


def docs(session: Session, kind: str, ids: Sequence[str]) -> dict[str, documents.Doc]:
    """The documents of these records (live or in the trash) by id, as ``documents.to_doc`` makes them;
    ids not found are left out. Read a batch at a time: a statement's rows stay few."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, documents.Doc] = {}
    for start in range(0, len(wanted), BATCH):
        batch = load(session, kind, wanted[start:start + BATCH])
        out.update((rid, documents.to_doc(kind, row)) for rid, row in batch.items())
    return out
