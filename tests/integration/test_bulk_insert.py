"""Rows inserted through the driver (storage/bulk_insert.py) are stored exactly as SQLAlchemy's own
``insert`` stores them: every record and part table of the demo, and the audit trail, on every backend."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Table, delete, insert, select

from secretariat_app import bootstrap
from secretariat_app.domain import documents
from secretariat_app.domain import models as m
from secretariat_app.storage.bulk_insert import insert_rows
from secretariat_app.storage.database import defer_constraints


def tables() -> list[Table]:
    out = [m.AuditEntry.__table__]
    for kind, cls in m.RECORD_CLASSES.items():
        out.append(cls.__table__)
        out += [table for table, _ in documents.part_tables(kind)]
    assert all(isinstance(t, Table) for t in out)
    return out  # type: ignore[return-value]


def stored(session: Any, table: Table) -> list[tuple[Any, ...]]:
    """The table's rows as the driver gives them (the stored text of a date, a JSON value), in one order."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(f"SELECT * FROM {table.name}")
        return sorted((tuple(row) for row in cursor.fetchall()), key=repr)
    finally:
        cursor.close()


def test_rows_are_stored_as_sqlalchemy_stores_them(demo_app: bootstrap.App) -> None:
    """Each table's rows deleted and inserted again, by SQLAlchemy then by the driver: the same stored
    values (JSON language maps and lists, None, dates, UTC times as text), read back as they were."""
    filled = []
    with demo_app.db.writing() as uow:  # (never committed)
        session = uow.session
        defer_constraints(session)
        snapshot = {t: [dict(r) for r in session.execute(select(t)).mappings()] for t in tables()}
        for table in reversed(tables()):  # (parts before their owners: deleting an owner deletes its parts)
            rows = snapshot[table]
            if not rows:
                continue
            filled.append(table.name)
            session.execute(delete(table))
            session.execute(insert(table), rows)
            by_sqlalchemy = stored(session, table)
            session.execute(delete(table))
            insert_rows(session, table, rows)
            assert stored(session, table) == by_sqlalchemy, table.name
            read_back = [dict(r) for r in session.execute(select(table)).mappings()]
            assert sorted(map(repr, read_back)) == sorted(map(repr, rows)), table.name
    assert {"audit_log", "meetings", "agreements", "minutes_items"} <= set(filled), filled
    assert len(filled) >= len(tables()) - 5, sorted(set(t.name for t in tables()) - set(filled))


def test_a_row_without_a_column_is_refused_before_anything_is_written(demo_app: bootstrap.App) -> None:
    table = m.Organization.__table__
    with demo_app.db.writing() as uow:
        session = uow.session
        rows = [dict(r) for r in session.execute(select(table)).mappings()][:2]
        for r in rows:
            r["id"] += "-copy"
        del rows[1]["name"]
        before = stored(session, table)
        with pytest.raises(KeyError):
            insert_rows(session, table, rows)
        assert stored(session, table) == before
