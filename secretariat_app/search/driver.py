"""A search's statements straight to SQLite's driver, in the session's own transaction.

A search runs five or six small statements (count, rank, texts, dictionaries, queue); through the ORM
session each cost ~0.3 ms of Python around the driver's own work — a third of a rare word's search.
:class:`DriverSession` takes the same ``text()`` statements and named parameters (SQLite's driver
binds ``:name`` itself) and gives rows with the same attribute names. Only what the search's read
path uses: ``execute`` (``all``, ``first``, iteration), ``scalar``, ``scalars``.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause


@lru_cache(maxsize=64)
def _row_type(names: tuple[str, ...]) -> Any:
    return namedtuple("Row", names, rename=True)  # type: ignore[misc]


def _sql(statement: Any) -> str:
    """A ``text()`` statement's own SQL, as written: SQLite's driver binds its ``:name`` parameters itself
    (compiling the statement again would cost more than running it). A list to expand, or a value given
    with the statement, the driver could not bind: refused, not silently dropped."""
    if not isinstance(statement, TextClause):
        return str(statement)
    if any(b.expanding or b.value is not None or b.callable is not None for b in statement._bindparams.values()):
        raise TypeError(f"the search's reading takes named parameters only: {statement.text!r}")
    return statement.text


class _Result:
    def __init__(self, cursor: Any):
        self.cursor = cursor
        self.row = _row_type(tuple(d[0] for d in cursor.description)) if cursor.description else None

    def __iter__(self) -> Iterator[Any]:
        make = self.row._make
        return (make(r) for r in self.cursor)

    def all(self) -> list[Any]:
        make = self.row._make
        return [make(r) for r in self.cursor.fetchall()]

    def first(self) -> Any:
        found = self.cursor.fetchone()
        return None if found is None else self.row._make(found)

    def scalars(self) -> _Scalars:
        return _Scalars(r[0] for r in self.cursor)


class _Scalars(list[Any]):
    def all(self) -> list[Any]:
        return list(self)


class DriverSession:
    """Stands for a read session of SQLite in the search's read path (see the module's note)."""

    def __init__(self, session: Session):
        self.session = session
        self.driver = session.connection().connection.driver_connection

    def execute(self, statement: Any, params: dict[str, Any] | None = None) -> _Result:
        return _Result(self.driver.execute(_sql(statement), params or {}))

    def scalar(self, statement: Any, params: dict[str, Any] | None = None) -> Any:
        found = self.driver.execute(_sql(statement), params or {}).fetchone()
        return None if found is None else found[0]

    def scalars(self, statement: Any, params: dict[str, Any] | None = None) -> _Scalars:
        return self.execute(statement, params).scalars()


def reading(session: Session) -> Any:
    """The session a search reads through: the driver's on SQLite, the session itself elsewhere."""
    return DriverSession(session) if session.get_bind().dialect.name == "sqlite" else session
