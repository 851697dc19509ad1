"""Database files: another program's SQLite file was switched to WAL mode although the message said "not
changed"; a typo in --db silently made a new, empty database."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from secretariat_app.errors import DatabaseError


def test_another_programs_database_is_refused_unchanged(tmp_path, open_file, run_cli):
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.execute("INSERT INTO photos (path) VALUES ('seoul.jpg')")
    conn.commit()
    conn.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    with pytest.raises(DatabaseError, match="did not create; it was not changed"):
        open_file(other)
    code, _, err = run_cli("--db", other, "check")
    assert code == 2 and "did not create" in err
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # not switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.db"]  # no -wal, no -shm


def test_a_typo_in_db_makes_no_database(tmp_path, run_cli):
    typo = tmp_path / "councl.sqlite3"
    for command in (["check"], ["search", "환경"], ["import", tmp_path / "x.json"], ["trash", "list"]):
        code, _, err = run_cli("--db", typo, *command)
        assert code == 2 and f"there is no database at {typo}" in err and "init" in err
    assert not typo.exists()
    code, out, _ = run_cli("--db", typo, "init")
    assert code == 0 and typo.exists()
    assert run_cli("--db", typo, "check")[0] == 0
