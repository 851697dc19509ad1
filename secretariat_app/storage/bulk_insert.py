"""Many rows of one table inserted by one ``executemany`` on the driver's cursor.

``session.execute(insert(table), rows)`` costs more in SQLAlchemy than in the database: for every call
it compiles the statement's parameters again and, row by row and column by column, looks up and runs
each column's bind processor (a sixth of a large import's time, as much as SQLite's own inserting). Here
the statement is compiled once per table and set of columns, each column's processor is asked once, the
values are converted a column at a time, and the driver is handed the rows -- on the session's own
connection, so in its transaction. The conversions are the columns' own (``bind_processor`` of each
type for this dialect, our type decorators included): the stored values are those SQLAlchemy would
store (a test reads them back both ways).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session


@dataclass(frozen=True)
class _Statement:
    sql: str
    names: tuple[str, ...]  # the rows' keys, in the order the statement takes them
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column index, processor) where one is needed
    positional: bool


@functools.cache
def _statement(table: Table, names: tuple[str, ...], dialect: Dialect) -> _Statement:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    order = tuple(compiled.positiontup or ()) if dialect.positional else names
    assert set(order) == set(names), (table.name, order, names)  # every key a column, every column given
    processors = []
    for i, name in enumerate(order):
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((i, process))
    return _Statement(compiled.string, tuple(order), tuple(processors), dialect.positional)


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert these rows (dicts of column name → value, all with the same keys) into ``table``."""
    if not rows:
        return
    connection = session.connection()
    statement = _statement(table, tuple(rows[0]), connection.dialect)
    names = statement.names
    columns = [[row[name] for row in rows] for name in names]  # (a row without a key raises KeyError)
    for i, process in statement.processors:
        columns[i] = list(map(process, columns[i]))  # None too: a JSON column stores it as null
    params: list[Any] = list(zip(*columns, strict=True))
    if not statement.positional:
        params = [dict(zip(names, values, strict=True)) for values in params]
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(statement.sql, params)
    finally:
        cursor.close()
