"""The `secretariat` command as a clerk runs it: a separate process, real files. Every refusal exits
non-zero with a message on stderr that names the problem and the place, and never a traceback.

Starting Python with the app's imports costs about a second, so the work is done in subprocesses, the
long table of refusals runs through the same entry point in-process (``cli.main``), and a sample of
those refusals runs again as real processes, side by side."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from secretariat_app import bootstrap, cli
from secretariat_app.settings import Settings, sqlite_url
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]
DEMO_COUNT = sum(len(v) for v in f.demo_document().values() if isinstance(v, list))


@dataclass
class Run:
    returncode: int
    out: str
    err: str


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SECRETARIAT_")}
    env.update(SECRETARIAT_HOME=str(home), SECRETARIAT_USER="clerk-kim", QT_QPA_PLATFORM="offscreen")
    return env


def _checked(run: Run, ok: bool) -> Run:
    assert "Traceback" not in run.err + run.out, run.err
    if ok:
        assert run.returncode == 0, run.err
    else:
        assert run.returncode != 0, run.out
        assert run.err.strip(), "a refusal says why on stderr"
        assert "unexpected error" not in run.err, run.err
    return run


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def secretariat(home: Path):  # type: ignore[no-untyped-def]
    """Run ``secretariat ARGS`` in a subprocess with its own data folder."""

    def run(*args: str | Path, ok: bool = True) -> Run:
        proc = subprocess.run([sys.executable, "-m", "secretariat_app", *map(str, args)], cwd=ROOT,
                              env=_env(home), capture_output=True, text=True, timeout=300)
        return _checked(Run(proc.returncode, proc.stdout, proc.stderr), ok)

    return run


def open_db(path: Path) -> bootstrap.App:
    return bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))


def make_demo_db(path: Path) -> Path:
    app = open_db(path)
    bootstrap.load_demo(app)
    app.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path) -> Path:
    return make_demo_db(tmp_path / "council.sqlite3")


def records_in(path: Path) -> dict[str, list[str]]:
    app = open_db(path)
    try:
        doc = f.snapshot(app)
    finally:
        app.close()
    return {k: v for k, v in doc.items() if k not in ("exported_at",)}


@pytest.fixture
def main(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``secretariat ARGS`` in this process: the same entry point, without the start-up cost."""

    def run(*args: str | Path, ok: bool = True) -> Run:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return _checked(Run(code, out, err), ok)

    return run


# --- the work: each command once in a subprocess ------------------------------------------------


def test_init_demo_then_check(secretariat, tmp_path):
    path = tmp_path / "new" / "council.sqlite3"
    run = secretariat("--db", path, "init", "--demo")
    assert "Database ready: council.sqlite3" in run.out
    assert f"{DEMO_COUNT} added, 0 updated" in run.out
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    check = secretariat("--db", path, "check")
    assert "13 organizations, 14 people, 4 teams, 2 agreements, 3 meetings, 1 visits" in check.out
    assert "No problems found." in check.out


def test_zip_export_import_export_is_lossless(secretariat, main, demo_db, tmp_path):
    out, again = tmp_path / "export.zip", tmp_path / "again.zip"
    assert f"Exported {DEMO_COUNT} records to {out}" in secretariat("--db", demo_db, "export", out).out
    copy = tmp_path / "copy.sqlite3"
    main("--db", copy, "init")  # a new database is made by init only (a typo in --db makes none)
    first_time = secretariat("--db", copy, "import", out, ok=False)  # the sender's key is new here
    key = secretariat("--db", demo_db, "site").out.split("key fingerprint ")[1][:39]
    assert first_time.returncode == 2 and f"signed with key {key}: compare this fingerprint" in first_time.err
    assert secretariat("--db", copy, "import", out, "--trust").out.startswith(f"{DEMO_COUNT} added, 0 updated")
    main("--db", copy, "export", again)
    first, second = (json.loads(zipfile.ZipFile(p).read("data.json")) for p in (out, again))
    header = {"exported_at": None, "site": None, "package": None, "received": None}  # the sender's own
    assert {**first, **header} == {**second, **header}
    assert zipfile.ZipFile(again).read("manifest.sig")  # signed


def test_backup_and_restore(secretariat, demo_db, tmp_path):
    dest = tmp_path / "backups" / "monday.sqlite3"
    assert f"Backup written to {dest}" in secretariat("--db", demo_db, "backup", dest).out
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    app = open_db(demo_db)
    app.records.create("person", f.person("person-after-backup"))
    app.close()
    run = secretariat("--db", demo_db, "restore", dest)
    assert f"Restored from {dest}" in run.out
    safety = Path(run.out.split("kept in ")[1].strip())
    assert stat.S_IMODE(safety.stat().st_mode) == 0o600
    people = [p["id"] for p in records_in(demo_db)["people"]]
    assert "person-after-backup" not in people and "person-li-ming" in people
    with sqlite3.connect(safety) as conn:  # the content replaced by the restore is kept
        assert conn.execute("SELECT 1 FROM people WHERE id = 'person-after-backup'").fetchone() == (1,)
    conn.close()


def test_trash_list_restore_and_purge(secretariat, main, demo_db):
    app = open_db(demo_db)
    app.records.create("person", f.person("person-a", name={"ko": "김민준", "en": "Kim Min-jun"}))
    app.records.create("person", f.person("person-b"))
    app.records.delete([("person", "person-a")])
    app.set_clerk_names({"ko": "이서연", "en": "Lee Seo-yeon"})  # a clerk who set her name trashes the other
    app.records.delete([("person", "person-b")])
    app.close()
    listing = secretariat("--db", demo_db, "trash").out
    assert "person:person-a\tKim Min-jun\tdeleted " in listing and "by tester\n" in listing
    assert "by Lee Seo-yeon (tester)" in listing  # her name, with the login beside it
    assert "2 record(s) in the trash." in listing
    assert "Restored 1 record(s)." in secretariat("--db", demo_db, "trash", "restore", "person:person-a").out
    assert "Removed 1 record(s) for good." in main("--db", demo_db, "trash", "purge", "person:person-b").out
    assert "0 record(s) in the trash." in main("--db", demo_db, "trash", "list").out
    people = [p["id"] for p in records_in(demo_db)["people"]]
    assert "person-a" in people and "person-b" not in people


# --- variants, through the same entry point in-process -------------------------------------------


def test_import_dry_run_reports_and_changes_nothing(main, demo_db, tmp_path):
    doc = f.demo_document()
    doc["people"].append(f.person("person-new"))
    doc["people"][0]["notes"] = "updated by the Beijing secretariat"
    path = tmp_path / "incoming.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    before = records_in(demo_db)
    run = main("--db", demo_db, "import", path, "--dry-run")
    changed = doc["people"][0]["id"]
    # A file without revisions cannot show that it descends from ours: its other version is a conflict.
    assert run.out.startswith("Dry run: 1 added, 0 updated, 0 moved to the trash, 0 already here, ")
    assert "people: 1 added, 13 unchanged" in run.out and "1 in conflict" in run.out
    assert f"(kept ours; theirs waits in `secretariat conflicts`): person:{changed}" in run.out
    assert records_in(demo_db) == before
    assert "1 added, 0 updated" in main("--db", demo_db, "import", path).out
    listed = main("--db", demo_db, "conflicts").out
    assert f"person:{changed}" in listed and "differ: notes" in listed and "1 record(s) changed on both sides" in listed
    main("--db", demo_db, "conflicts", "resolve", f"person:{changed}", "--take", "theirs")
    assert "0 record(s) changed on both sides" in main("--db", demo_db, "conflicts").out


def test_json_export_and_default_backup(main, demo_db, tmp_path):
    out = tmp_path / "records.json"
    main("--db", demo_db, "export", out)
    demo = f.demo_document()
    demo.pop("note")
    written = f.without_sync(json.loads(out.read_text("utf-8")))
    header = {"exported_at": None, "version": 2}
    assert {k: v for k, v in written.items() if k not in ("site", "package", "received")} | header == \
        f.in_todays_shape(demo) | header
    path = Path(main("--db", demo_db, "backup").out.strip().removeprefix("Backup written to "))
    assert path.parent == demo_db.parent / "backups" and stat.S_IMODE(path.stat().st_mode) == 0o600


def test_check_reports_damaged_attachment_bytes(main, demo_db):
    with sqlite3.connect(demo_db) as conn:
        conn.execute("INSERT INTO blobs (sha256, size, data) VALUES (?, 5, ?)", ("0" * 64, b"hello"))
    conn.close()
    run = main("--db", demo_db, "check", ok=False)
    assert run.returncode == 1
    assert "error: attachment bytes 000000000000…: content hashes to" in run.err
    assert "1 problem(s) found." in run.out


@pytest.mark.parametrize("args, words", [
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    (["--db", "a", "--database-url", "b", "check"], "not allowed with argument --db"),
    (["import"], "the following arguments are required: file"),
])
def test_usage_errors_are_argparse_messages(capsys, args, words):
    with pytest.raises(SystemExit) as caught:
        cli.main(args)
    err = capsys.readouterr().err
    assert caught.value.code == 2 and "usage: secretariat" in err and words in err


# --- refusals: every one through cli.main, a sample also as processes ---------------------------


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Files for the refusals: a demo database, a newer one, foreign files, bad exchange documents."""
    d = tmp_path_factory.mktemp("refusals")
    make_demo_db(d / "council.sqlite3")
    make_demo_db(d / "newer.sqlite3")
    with sqlite3.connect(d / "newer.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_newer'")
    conn.close()
    with sqlite3.connect(d / "other.sqlite3") as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.close()
    (d / "notes.txt").write_text("minutes of the meeting\n" * 50)
    (d / "a-file").write_text("not a folder")
    (d / "folder.sqlite3").mkdir()
    bad = f.document(people=[f.person("person-x", organization="org-nowhere")],
                     agreements=[f.agreement("agr-x", parties=["org-smg", "org-bmpg"], signed_on="2015-11-04",
                                             expires_on="2015-11-01")])
    (d / "bad.json").write_text(json.dumps(bad), "utf-8")
    (d / "newer.json").write_text(json.dumps({"format": "secretariat-exchange", "version": 7}), "utf-8")
    (d / "vcard.json").write_text(json.dumps({"format": "vcard"}), "utf-8")
    (d / "broken.json").write_text("{format: secretariat-exchange}", "utf-8")
    with zipfile.ZipFile(d / "hostile.zip", "w") as zf:
        zf.writestr("data.json", json.dumps(f.document()))
        zf.writestr("../../evil", b"x")
    return d


DB = "council.sqlite3"
# (case, arguments — names of files in the bench are made absolute —, words the message must hold)
REFUSALS: list[tuple[str, list[str], list[str]]] = [
    ("demo into records", ["--db", DB, "init", "--demo"], ["already holds records; the demo data was not loaded"]),
    ("invalid document", ["--db", DB, "import", "bad.json"],
     ["refused; nothing was changed. 2 problem(s):", "people[0].organization: there is no organization 'org-nowhere'",
      "agreements[0].expires_on: is before the signing date (2015-11-04)"]),
    ("missing file", ["--db", DB, "import", "nowhere.json"], ["nowhere.json: no such file"]),
    ("newer format", ["--db", DB, "import", "newer.json"], ["newer.json: made by a newer Secretariat (format version 7"]),
    ("other format", ["--db", DB, "import", "vcard.json"], ["vcard.json: not a Secretariat exchange document"]),
    ("broken json", ["--db", DB, "import", "broken.json"], ["broken.json: not valid JSON (line 1"]),
    ("hostile bundle", ["--db", DB, "import", "hostile.zip"],
     ["hostile.zip: refused: the member '../../evil' climbs out of the bundle"]),
    ("export suffix", ["--db", DB, "export", "out.csv"], ["out.csv: export to a .json or .zip file"]),
    ("export nowhere", ["--db", DB, "export", "a-file/out.json"], ["a-file/out.json: cannot write"]),
    ("newer database", ["--db", "newer.sqlite3", "check"],
     ["made by a newer version of Secretariat (schema 9999_newer)", "was not changed"]),
    ("foreign database", ["--db", "other.sqlite3", "check"], ["tables that Secretariat did not create"]),
    ("not a database", ["--db", "notes.txt", "check"], ["notes.txt is not a Secretariat database"]),
    ("folder as database", ["--db", "folder.sqlite3", "check"], ["Cannot open the database file folder.sqlite3"]),
    ("database nowhere", ["--db", "a-file/council.sqlite3", "init"],
     ["Cannot create the database file", "a-file/council.sqlite3"]),
    ("malformed url", ["--database-url", "council on the server", "check"], ["is not a database URL"]),
    ("unreachable server", ["--database-url", "postgresql+psycopg://clerk@127.0.0.1:9/secretariat", "check"],
     ["Cannot reach clerk@127.0.0.1/secretariat"]),
    ("restore missing", ["--db", DB, "restore", "missing.sqlite3"], ["missing.sqlite3: no such file"]),
    ("restore not a database", ["--db", DB, "restore", "notes.txt"], ["notes.txt: not a SQLite database"]),
    ("restore foreign", ["--db", DB, "restore", "other.sqlite3"],
     ["other.sqlite3: not a Secretariat database; nothing was changed"]),
    ("restore newer", ["--db", DB, "restore", "newer.sqlite3"],
     ["newer.sqlite3: made by a newer version of Secretariat; nothing was changed"]),
    ("backup nowhere", ["--db", DB, "backup", "a-file/copy.sqlite3"], ["Cannot write the copy", "a-file/copy.sqlite3"]),
    ("trash restore nothing", ["--db", DB, "trash", "restore"], ["name the records"]),
    ("trash item without kind", ["--db", DB, "trash", "restore", "person-li-ming"], ["name a record as KIND:ID"]),
    ("trash unknown kind", ["--db", DB, "trash", "restore", "widget:w-1"], ["Unknown kind of record 'widget'"]),
    ("trash live record", ["--db", DB, "trash", "restore", "person:person-li-ming"],
     ["person 'person-li-ming' is not in the trash"]),
    ("purge unknown record", ["--db", DB, "trash", "purge", "person:person-nobody"],
     ["There is no person 'person-nobody'"]),
    ("scale", ["generate", "--scale", "0", "-o", "archive.json"], ["--scale must be at least 1"]),
]
IN_SUBPROCESSES = ["invalid document", "hostile bundle", "newer database", "malformed url"]


def _args(bench: Path, args: Sequence[str]) -> list[str]:
    """Bench file names made absolute; everything else as given."""
    out = []
    for a in args:
        first = a.split("/")[0]
        out.append(str(bench / a) if (bench / first).exists() or a.endswith((".json", ".zip", ".csv", ".sqlite3"))
                   else a)
    return out


def _fingerprint(bench: Path) -> bytes:
    """The demo database's bytes: a refusal must leave them as they were (no write, no migration)."""
    assert not (bench / f"{DB}-wal").exists() or (bench / f"{DB}-wal").stat().st_size == 0
    return (bench / DB).read_bytes()


def _assert_refusal(run: Run, words: list[str], bench: Path, before: bytes) -> None:
    _checked(run, ok=False)
    for w in words:
        assert w in run.err, f"{w!r} not in {run.err!r}"
    assert _fingerprint(bench) == before, "a refusal changed the database"


@pytest.mark.parametrize("case, args, words", REFUSALS, ids=[r[0] for r in REFUSALS])
def test_refusal(bench, capsys, case, args, words):
    before = _fingerprint(bench)
    code = cli.main(_args(bench, args))
    out, err = capsys.readouterr()
    _assert_refusal(Run(code, out, err), words, bench, before)
    assert code == 2


def test_refusals_as_processes(bench, home):
    """A sample of the refusals again as the clerk meets them: separate processes (run side by side)."""
    before = _fingerprint(bench)
    cases = {case: (args, words) for case, args, words in REFUSALS if case in IN_SUBPROCESSES}
    procs = {case: subprocess.Popen([sys.executable, "-m", "secretariat_app", *_args(bench, args)], cwd=ROOT,
                                    env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for case, (args, _) in cases.items()}
    for case, proc in procs.items():
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 2, (case, err)
        _assert_refusal(Run(proc.returncode, out, err), cases[case][1], bench, before)
