"""`backup DEST` with DEST the live database (or its WAL, or a link to it) corrupted it: the copy was
renamed over the file every connection had open, and another clerk's saves went on being reported
as saved. Now refused before anything is written, in the CLI and the app alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from secretariat_app.errors import DatabaseError
from tests import factories as f


@pytest.mark.parametrize("target", ["itself", "wal", "shm", "link", "relative"])
def test_a_backup_over_the_database_is_refused_and_the_database_stays_sound(demo_file, open_file, run_cli,
                                                                            target, monkeypatch):
    other_clerk = open_file(demo_file, "wang")  # saving meanwhile, as in the report
    other_clerk.records.create("person", f.person("person-before"))
    dest = {"itself": demo_file, "wal": Path(f"{demo_file}-wal"), "shm": Path(f"{demo_file}-shm"),
            "link": demo_file.parent / "link.sqlite3", "relative": Path("council.sqlite3")}[target]
    if target == "link":
        os.link(demo_file, dest)
    if target == "relative":
        monkeypatch.chdir(demo_file.parent)
    size = demo_file.stat().st_size

    code, _, err = run_cli("--db", demo_file, "backup", dest)
    assert code == 2 and "the database itself" in err and "Nothing was written" in err
    with pytest.raises(DatabaseError, match="the database itself"):
        open_file(demo_file).maintenance.backup(dest)  # the app's Back up… goes the same way

    other_clerk.records.create("person", f.person("person-after"))
    assert demo_file.stat().st_size >= size
    mine = open_file(demo_file)
    assert mine.records.exists("person", "person-before") and mine.records.exists("person", "person-after")
    report = mine.maintenance.check()
    assert report.ok, report.errors
    assert sorted(p.name for p in demo_file.parent.iterdir() if p.name.endswith(".tmp")) == []


def test_a_restore_from_the_database_itself_is_refused(demo_file, open_file):
    app = open_file(demo_file)
    with pytest.raises(DatabaseError, match="the database itself, not a backup"):
        app.maintenance.restore(demo_file)
    assert app.maintenance.check().ok


def test_a_cancelled_backup_leaves_no_temporary_files(demo_file, open_file, tmp_path):
    app = open_file(demo_file)
    folder = tmp_path / "backups"

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt  # the clerk's Cancel, or a kill, half-way

    with pytest.raises(KeyboardInterrupt):
        app.maintenance.backup(folder / "copy.sqlite3", cancel)
    assert list(folder.iterdir()) == []
