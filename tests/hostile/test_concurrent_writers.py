"""Two clerks importing the same file at once on PostgreSQL: one got a raw `duplicate key value violates
unique constraint "pk_organizations"`. Eight writers on SQLite: one save in 1,200 was refused as "busy".
Imports now take turns; a write that meets a lock held past the busy timeout is tried again."""

from __future__ import annotations

import json
import sqlite3
import threading
from typing import Any

import pytest

from secretariat_app import bootstrap
from secretariat_app.services import records as records_module
from secretariat_app.settings import Settings
from secretariat_app.storage import engine as engine_module
from tests import factories as f


def test_two_imports_of_the_same_file_at_once_both_succeed(app, tmp_path):
    path = tmp_path / "council.json"
    path.write_text(json.dumps(f.demo_document(), ensure_ascii=False), encoding="utf-8")
    other = bootstrap.open_app(Settings(database_url=app.settings.database_url, user="wang"))
    results: dict[str, Any] = {}
    start = threading.Barrier(2)

    def run(name: str, who: bootstrap.App) -> None:
        start.wait()
        try:
            results[name] = who.exchange.import_file(path).report
        except Exception as exc:  # noqa: BLE001 - the test reports what went wrong
            results[name] = exc

    threads = [threading.Thread(target=run, args=(n, a)) for n, a in (("kim", app), ("wang", other))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    other.close()
    assert not any(isinstance(r, Exception) for r in results.values()), results
    added = sorted(sum(r.added.values()) for r in results.values())
    assert added == [0, 37]  # one added the records; the other, after it, found them all there
    assert len(f.snapshot(app)["people"]) == 14


def test_a_save_that_meets_a_held_lock_is_tried_again(tmp_path, monkeypatch, demo_template):
    import shutil

    path = tmp_path / "busy.sqlite3"
    shutil.copyfile(demo_template, path)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)  # SQLite gives up on the lock quickly
    app = bootstrap.open_app(Settings(database_url=f"sqlite:///{path}", user="kim"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another clerk's long write holds the lock …
    waits: list[float] = []

    def backoff(seconds: float) -> None:  # … and ends while this save waits to try again
        waits.append(seconds)
        if holder.in_transaction:
            holder.execute("COMMIT")

    monkeypatch.setattr(records_module.time, "sleep", backoff)
    try:
        change = app.records.create("person", f.person("person-busy"))
    finally:
        holder.close()
    assert change.records == {("person", "person-busy")} and len(waits) == 1
    assert app.records.exists("person", "person-busy")
    app.close()


def test_a_lock_that_is_never_released_is_said_after_a_few_tries(tmp_path, monkeypatch, demo_template):
    import shutil

    from secretariat_app.storage.db_errors import BusyError

    path = tmp_path / "stuck.sqlite3"
    shutil.copyfile(demo_template, path)
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(records_module.time, "sleep", lambda seconds: None)
    app = bootstrap.open_app(Settings(database_url=f"sqlite:///{path}", user="kim"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(BusyError, match="is busy"):
            app.records.create("person", f.person("person-stuck"))
    finally:
        holder.close()
    assert not app.records.exists("person", "person-stuck")
    app.close()
