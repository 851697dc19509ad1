"""`check` said "the full-text index is damaged … run reindex" whenever another clerk held the write lock:
its FTS5 integrity check is a write statement, run inside a read transaction. Now the check says what
it could not look at, and reports damage only when there is some."""

from __future__ import annotations

import sqlite3
import time

from sqlalchemy import text


def test_check_while_another_clerk_writes_reports_no_damage(demo_file, open_file):
    app = open_file(demo_file)
    writer = sqlite3.connect(demo_file, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # another clerk's save, under way
    writer.execute("UPDATE people SET notes = 'mid-save' WHERE id = 'person-li-ming'")
    try:
        started = time.monotonic()
        report = app.maintenance.check()
        waited = time.monotonic() - started
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert report.ok, report.errors
    assert any("not checked: another clerk was saving" in w for w in report.warnings)
    assert waited < 5  # it gave up on the lock after a short wait, not the 10 s a save would wait
    after = app.maintenance.check()  # and with nobody writing, the full check runs and finds nothing
    assert after.ok and not any("not checked" in w for w in after.warnings)


def test_check_still_finds_a_damaged_full_text_index(demo_file, open_file):
    app = open_file(demo_file)
    with app.db.engine.begin() as conn:  # damage the index's own pages behind FTS5's back
        conn.execute(text("DELETE FROM search_fts_data WHERE id > 10 AND id % 3 = 0"))
    report = app.maintenance.check()
    assert not report.ok and any("search index" in e for e in report.errors)
