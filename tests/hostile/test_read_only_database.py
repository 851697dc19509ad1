"""A database in a read-only folder (a CD, a read-only share, a colleague's copy) could not even be searched
or exported. It now opens read-only: search, print, export and check work; every write is refused with
the reason, and the file is left exactly as it was."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from secretariat_app.errors import ReadOnlyError
from secretariat_app.reports.data import SheetOptions
from secretariat_app.storage import database as database_module
from tests import factories as f


@pytest.fixture
def read_only(monkeypatch):  # type: ignore[no-untyped-def]
    """As this process would find a file it may not write (root may write anything, so the finding is
    simulated; SQLite's read-only mode, which does the refusing, is real)."""
    monkeypatch.setattr(database_module, "read_only_reason", lambda path: "its folder is read-only")


def _digest(path) -> str:  # type: ignore[no-untyped-def]
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_database_is_read_and_never_written(demo_file, open_file, read_only, tmp_path, run_cli):
    before = _digest(demo_file)
    app = open_file(demo_file)
    assert app.read_only == "its folder is read-only"
    assert app.search.search("환경", 5).results
    assert app.exchange.export(tmp_path / "out.json")["people"] == 14
    assert app.printing.sheet("agreement", "agr-2015-env-mou", SheetOptions(), date(2016, 1, 1)).pages >= 1
    assert app.maintenance.check().ok
    with pytest.raises(ReadOnlyError, match=r"read-only here \(its folder is read-only\): search, print and export"):
        app.records.create("person", f.person("person-new"))
    with pytest.raises(ReadOnlyError):
        app.exchange.import_file(tmp_path / "out.json")
    code, out, err = run_cli("--db", demo_file, "search", "환경")
    assert code == 0 and "result(s)" in out
    code, _, err = run_cli("--db", demo_file, "trash", "restore", "person:nobody")
    assert code == 2 and "read-only here" in err
    app.close()
    assert _digest(demo_file) == before


def test_the_app_says_so_and_offers_no_editing(qtbot, demo_file, open_file, read_only, tmp_path):  # type: ignore[no-untyped-def]
    from ..ui.editor_helpers import open_editor
    from ..ui.shell_helpers import make_window

    window = make_window(qtbot, open_file(demo_file), tmp_path / "window.ini")
    assert window.database_label.text().startswith("Read-only:")
    assert not window.act_new.isEnabled() and not window.act_import.isEnabled()
    editor = open_editor(qtbot, window.ctx, "visit", "visit-2015-beijing")
    assert editor.banner.isVisible() and "cannot be written here" in editor.banner.text.text()
    assert editor.field("title").editors["en"].isReadOnly() and not editor.save_button.isEnabled()
    assert editor.save() is None


def test_a_read_only_database_still_refuses_a_backup_onto_itself(demo_file, open_file, read_only):
    from secretariat_app.errors import DatabaseError

    app = open_file(demo_file)
    before = _digest(demo_file)
    for dest in (demo_file, demo_file.parent / f"{demo_file.name}-wal"):
        with pytest.raises(DatabaseError, match="the database itself"):
            app.maintenance.backup(dest)
    assert _digest(demo_file) == before
