"""The exchange format on a real database: lossless round trips (.json and .zip with an attachment),
all-or-nothing import with every problem's place, updates and restores by import, dry runs, refused
formats, and hostile bundles — each refusal leaving the database as it was."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from secretariat_app import bootstrap
from secretariat_app.domain.vocab import COLLECTIONS
from secretariat_app.errors import ExchangeError, ValidationError
from secretariat_app.exchange import export, files, importer
from secretariat_app.services import maintenance
from secretariat_app.settings import Settings, sqlite_url
from tests import factories as f

# Every import test runs on both ways of writing an import's records (tests/conftest.py: write_path).
pytestmark = pytest.mark.usefixtures("write_path")

SCAN = b"%PDF-1.4\n% the signed copy, scanned\n" + bytes(range(256)) * 40
SCAN_SHA = hashlib.sha256(SCAN).hexdigest()
SCAN_META = {"name": "env-mou-signed.pdf", "media_type": "application/pdf", "size": len(SCAN), "sha256": SCAN_SHA}


@pytest.fixture(scope="module")
def shared_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[bootstrap.App]:
    """One SQLite demo database for the refusals that only read: each checks it is left as it was."""
    path = tmp_path_factory.mktemp("shared") / "demo.sqlite3"
    app = bootstrap.open_app(Settings(database_url=sqlite_url(path), user="tester"))
    bootstrap.load_demo(app)
    yield app
    app.close()


def do_import(app: bootstrap.App, doc: dict[str, Any], dry_run: bool = False,
              blobs: dict[str, bytes] | None = None) -> importer.ImportReport:
    bundle = files.Bundle(copy.deepcopy(doc), blobs or {}, is_zip=blobs is not None)
    return app.exchange.import_bundle(bundle, dry_run=dry_run).report


def exported(app: bootstrap.App, path: Path) -> dict[str, Any]:
    export.export(app.db, path)  # type: ignore[arg-type]
    return files.read(path).whole()


def without_stamp(doc: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def with_scan(doc: dict[str, Any]) -> dict[str, Any]:
    agreement = next(a for a in doc["agreements"] if a["id"] == "agr-2015-env-mou")
    agreement["attachments"] = [dict(SCAN_META)]
    return doc


# --- round trips --------------------------------------------------------------------------------


def test_json_round_trip_is_lossless(demo_app, empty_app, tmp_path):
    first = exported(demo_app, tmp_path / "first.json")
    empty_app.exchange.import_file(tmp_path / "first.json")
    second = exported(empty_app, tmp_path / "second.json")
    assert without_stamp(second) == without_stamp(first)
    assert first["exported_at"] != "" and second["exported_at"] >= first["exported_at"]
    # Byte for byte too, apart from the stamp's line.
    lines = [ln for ln in (tmp_path / "first.json").read_text("utf-8").splitlines() if '"exported_at"' not in ln]
    again = [ln for ln in (tmp_path / "second.json").read_text("utf-8").splitlines() if '"exported_at"' not in ln]
    assert lines == again


def test_demo_file_is_in_the_exported_shape(demo_app, tmp_path):
    """The demo file is written as an export writes (only its note is extra), but for what an older file
    lacks: the roll call and the approvals of its minutes, meeting templates."""
    demo = f.demo_document()
    demo.pop("note")
    out = exported(demo_app, tmp_path / "out.json")
    assert out["version"] == files.VERSION and out.pop("purged") == []
    # The demo file carries no revisions (a file without them imports as one change by its sender).
    assert all(r["sync"]["revision"].startswith("file-") for c in COLLECTIONS.values() for r in out[c])
    # (It is an older file: its meetings come back in today's shape, with the roll call and approvals.)
    assert without_stamp(f.without_sync(out)) == without_stamp({**f.in_todays_shape(demo), "version": files.VERSION})


def test_zip_round_trip_keeps_attachments(app, empty_app, tmp_path):
    source = tmp_path / "source.zip"
    files.write(source, with_scan(f.demo_document()), lambda: iter([(SCAN_SHA, SCAN)]))
    app.exchange.import_file(source)
    first = exported(app, tmp_path / "first.zip")
    report = empty_app.exchange.import_file(tmp_path / "first.zip").report
    assert report.attachments_added == 1
    second = exported(empty_app, tmp_path / "second.zip")
    assert without_stamp(second) == without_stamp(first)
    with zipfile.ZipFile(tmp_path / "second.zip") as zf:
        assert sorted(zf.namelist()) == ["attachments/" + SCAN_SHA, "data.json"]
        assert zf.read("attachments/" + SCAN_SHA) == SCAN
    check = maintenance.check(empty_app.db)  # type: ignore[arg-type]
    assert check.ok and check.warnings == []


def test_json_export_carries_attachments_as_metadata_only(app, empty_app, tmp_path):
    do_import(app, with_scan(f.demo_document()), blobs={SCAN_SHA: SCAN})
    plain = tmp_path / "plain.json"
    assert exported(app, plain)["agreements"][1]["attachments"] == [SCAN_META]
    assert SCAN_SHA not in plain.read_text("utf-8").replace(f'"sha256": "{SCAN_SHA}"', "")
    empty_app.exchange.import_file(plain)
    check = maintenance.check(empty_app.db)  # type: ignore[arg-type]
    assert check.ok
    assert any("env-mou-signed.pdf" in w and "bytes are not in this database" in w for w in check.warnings)


@pytest.mark.parametrize("with_demo", [True, False], ids=["demo", "empty"])
def test_export_streams_exactly_the_dumped_document(app, tmp_path, with_demo):
    """The export is written record by record; its bytes are those of the whole document dumped at once."""
    if with_demo:
        do_import(app, with_scan(f.demo_document()), blobs={SCAN_SHA: SCAN})
    export.export(app.db, tmp_path / "out.json")  # type: ignore[arg-type]
    written = (tmp_path / "out.json").read_bytes()
    stamp = datetime.fromisoformat(json.loads(written)["exported_at"])
    assert written == files.dumps(export.build_document(app.db, exported_at=stamp))  # type: ignore[arg-type]
    export.export(app.db, tmp_path / "out.zip")  # type: ignore[arg-type]
    with zipfile.ZipFile(tmp_path / "out.zip") as zf:
        data = zf.read("data.json")
        stamp = datetime.fromisoformat(json.loads(data)["exported_at"])
        assert data == files.dumps(export.build_document(app.db, exported_at=stamp))  # type: ignore[arg-type]
        assert zf.namelist() == ["data.json"] + (["attachments/" + SCAN_SHA] if with_demo else [])


def test_export_carries_the_trash_marked_and_sorts_by_id(demo_app, tmp_path):
    """A deletion travels: the record in the trash is in the export, marked so (who and when)."""
    demo_app.records.create("person", f.person("person-aaa"))
    demo_app.records.create("person", f.person("person-zzz"))
    demo_app.records.delete([("person", "person-zzz")])
    people = exported(demo_app, tmp_path / "out.json")["people"]
    ids = [p["id"] for p in people]
    assert ids == sorted(ids) and "person-aaa" in ids and "person-zzz" in ids
    trashed = {p["id"]: p["sync"]["trashed"] for p in people}
    assert trashed["person-aaa"] is None
    assert trashed["person-zzz"]["by"] == demo_app.settings.user and trashed["person-zzz"]["at"]


def test_export_to_another_suffix_is_refused(demo_app, tmp_path):
    with pytest.raises(ExchangeError, match="export to a .json or .zip file"):
        export.export(demo_app.db, tmp_path / "out" / "records.xml")  # type: ignore[arg-type]
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


# --- all or nothing -----------------------------------------------------------------------------


def test_import_reports_every_problem_with_its_place_and_changes_nothing(demo_app):
    doc = f.document(
        organizations=[f.organization("org-new"), f.organization("org-new", city="")],
        people=[f.person("person-new", organization="org-nowhere")],
        agreements=[f.agreement("agr-ok", parties=["org-smg", "org-bmpg"]),
                    f.agreement("agr-bad", parties=["org-smg", "org-new"], signed_on="2015-11-04",
                                expires_on="2015-11-01")],
        meetings=[f.meeting("mtg-new", agenda=[f.agenda_item(2)])],
        visits=[f.visit("visit-new", title={"fr": "Visite"})],
    )
    doc["colour"] = "blue"
    before = f.snapshot(demo_app)
    with pytest.raises(ValidationError) as caught:
        do_import(demo_app, doc)
    found = {str(p) for p in caught.value.problems}
    assert found >= {
        "colour: unknown top-level field",
        "organizations[1].id: 'org-new' appears twice in organizations",
        "organizations[1].city: must name a city (seoul, beijing or another city's name)",
        "people[0].organization: there is no organization 'org-nowhere'",
        "agreements[1].expires_on: is before the signing date (2015-11-04)",
        "meetings[0].agenda: positions must be 1, 2, 3 … in order",
        "visits[0].title: unknown language 'fr' (use ko, zh or en)",
    }
    assert f.snapshot(demo_app) == before


def test_text_the_database_cannot_store_is_refused_with_its_place(demo_app):
    before = f.snapshot(demo_app)
    with pytest.raises(ValidationError, match=r"people\[0\].notes: contains a NUL character"):
        do_import(demo_app, f.document(people=[f.person("person-new", notes="a\x00b")]))
    assert f.snapshot(demo_app) == before


def test_import_may_refer_to_records_in_the_database_or_the_document(demo_app):
    doc = f.document(people=[f.person("person-new", organization="org-new")],
                     organizations=[f.organization("org-new", parent="org-smg")])
    report = do_import(demo_app, doc)
    assert report.added == {"organizations": 1, "people": 1}
    assert demo_app.records.get("person", "person-new").doc["organization"] == "org-new"


def test_import_may_refer_to_a_record_in_the_trash_here(demo_app):
    """The counterpart may still use a record moved to the trash here meanwhile: its package is not refused
    for that; the record stays in the trash (a clerk restores it if it is wanted after all)."""
    demo_app.records.create("organization", f.organization("org-gone"))
    demo_app.records.delete([("organization", "org-gone")])
    report = do_import(demo_app, f.document(people=[f.person("person-new", organization="org-gone")]))
    assert report.added == {"people": 1}
    assert [e.record_id for e in demo_app.records.trash()] == ["org-gone"]
    with pytest.raises(ValidationError, match="people\\[0\\].organization: there is no organization 'org-nowhere'"):
        do_import(demo_app, f.document(people=[f.person("person-new-2", organization="org-nowhere")]))


def test_import_updates_existing_ids(demo_app):
    doc = f.demo_document()
    person = next(p for p in doc["people"] if p["id"] == "person-li-ming")
    person["phone"] = "+86 10 6519 2222"
    version = demo_app.records.get("person", "person-li-ming").version
    report = do_import(demo_app, f.revised(demo_app, doc))
    assert report.changed == {"people": 1}
    assert report.added == {}
    assert report.unchanged["people"] == len(doc["people"]) - 1 and report.conflicts == []
    loaded = demo_app.records.get("person", "person-li-ming")
    assert (loaded.doc["phone"], loaded.version) == ("+86 10 6519 2222", version + 1)
    assert [h.action for h in demo_app.records.history("person", "person-li-ming")] == ["import", "import"]


def test_importing_the_same_file_again_changes_nothing(demo_app):
    before = f.snapshot(demo_app)
    report = demo_app.exchange.import_file(bootstrap.DEMO_FILE).report
    assert report.added == report.changed == report.unchanged == {} and report.conflicts == []
    assert sum(report.skipped.values()) == sum(len(v) for k, v in before.items()
                                               if isinstance(v, list) and not k.startswith("_") and k != "purged")
    assert f.snapshot(demo_app) == before


def test_import_restores_trashed_ids(demo_app):
    demo_app.records.create("person", f.person("person-new"))
    demo_app.records.delete([("person", "person-new")])
    report = do_import(demo_app, f.revised(demo_app, f.document(people=[f.person("person-new", phone="+82 2 120")])))
    assert report.changed == {"people": 1}
    assert demo_app.records.trash() == []
    loaded = demo_app.records.get("person", "person-new")
    assert loaded.doc["phone"] == "+82 2 120"
    assert demo_app.records.history("person", "person-new")[-1].action == "import"


def test_dry_run_reports_counts_and_changes_nothing(demo_app):
    doc = f.demo_document()
    doc["people"][0]["notes"] = "changed by the counterpart"
    doc["people"].append(f.person("person-new"))
    doc["organizations"].append(f.organization("org-new"))
    before = f.snapshot(demo_app)
    report = do_import(demo_app, f.revised(demo_app, doc), dry_run=True)
    assert (report.added, report.changed) == ({"organizations": 1, "people": 1}, {"people": 1})
    assert report.summary().startswith("Dry run: 2 added, 1 updated, 0 moved to the trash, 0 already here, ")
    assert "people: 1 added, 1 changed, 13 unchanged" in report.summary()
    assert f.snapshot(demo_app) == before


def test_an_action_may_move_between_meetings_in_one_import(demo_app):
    doc = f.demo_document()
    env, gc1 = (next(m for m in doc["meetings"] if m["id"] == i) for i in ("mtg-env-1", "mtg-gc-1"))
    moved = env["minutes"]["actions"].pop(0)
    new = f.meeting("mtg-env-2", team="team-environment",
                    minutes=f.minutes(actions=[moved]))
    doc["meetings"].insert(0, new)  # before the meeting that gives the action up
    gc1["venue"] = {"en": "Seoul City Hall"}
    report = do_import(demo_app, f.revised(demo_app, doc))
    assert report.added == {"meetings": 1}
    assert demo_app.records.get("meeting", "mtg-env-2").doc["minutes"]["actions"][0]["id"] == moved["id"]
    assert moved["id"] not in [a["id"] for a in demo_app.records.get("meeting", "mtg-env-1").doc["minutes"]["actions"]]


def test_action_ids_swapped_between_meetings_are_refused_clearly(demo_app):
    demo_app.records.create("meeting", f.meeting("mtg-x", minutes=f.minutes(actions=[f.action("act-x")])))
    env = demo_app.records.get("meeting", "mtg-env-1").doc
    given = env["minutes"]["actions"].pop(0)
    env["minutes"]["actions"].append(f.action("act-x"))
    doc = f.document(meetings=[env, f.meeting("mtg-x", minutes=f.minutes(actions=[given]))])
    before = f.snapshot(demo_app)
    with pytest.raises(ValidationError, match="meetings: meetings .* swap action ids; import the change in two steps"):
        do_import(demo_app, doc)
    assert f.snapshot(demo_app) == before


def test_two_meetings_in_one_import_may_not_claim_one_action(demo_app):
    doc = f.document(meetings=[f.meeting("mtg-x", minutes=f.minutes(actions=[f.action("act-x")])),
                               f.meeting("mtg-y", minutes=f.minutes(actions=[f.action("act-x")]))])
    with pytest.raises(ValidationError) as caught:
        do_import(demo_app, doc)
    assert "meetings[1].minutes.actions[0].id" in {p.place for p in caught.value.problems}


# --- other formats and versions -----------------------------------------------------------------


@pytest.mark.parametrize("content, words", [
    ({"format": "calendar-export", "version": 1}, "not a Secretariat exchange document (format is 'calendar-export'"),
    ({"version": 1}, "format is None"),
    ({"format": files.FORMAT, "version": 3}, "made by a newer Secretariat (format version 3; this version reads up to 2)"),
    ({"format": files.FORMAT, "version": "1"}, "version '1' is not a format version"),
    ({"format": files.FORMAT}, "version None is not a format version"),
    ([], "the top level must be an object"),
])
def test_other_formats_and_newer_versions_are_refused(shared_demo, tmp_path, content, words):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(content), "utf-8")
    before = f.snapshot(shared_demo)
    with pytest.raises(ExchangeError, match=None) as caught:
        shared_demo.exchange.import_file(path)
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert f.snapshot(shared_demo) == before


@pytest.mark.parametrize("raw, words", [
    (b'{"format": "secretariat-exchange", "version": 1,\n "people": [}', "not valid JSON (line 2, column"),
    (b"\xff\xfe{}", "not UTF-8 text"),
    (b"", "not valid JSON"),
])
def test_unreadable_files_are_refused(shared_demo, tmp_path, raw, words):
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    with pytest.raises(ExchangeError, match=words.replace("(", r"\(")):
        shared_demo.exchange.import_file(path)


def test_a_missing_file_is_named(shared_demo, tmp_path):
    with pytest.raises(ExchangeError, match="nowhere.json: no such file"):
        shared_demo.exchange.import_file(tmp_path / "nowhere.json")


# --- hostile bundles ----------------------------------------------------------------------------


def data_json() -> bytes:
    return files.dumps(with_scan(f.demo_document()))


def make_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]],
             compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def link(name: str, target: bytes) -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info, target


def lying_about_its_size(path: Path) -> Path:
    """A bundle whose attachment says (in the central directory) it is smaller than it is."""
    make_zip(path, [("data.json", data_json()), ("attachments/" + SCAN_SHA, SCAN)], zipfile.ZIP_STORED)
    raw = bytearray(path.read_bytes())
    entry = raw.rfind(b"PK\x01\x02")  # the last central-directory entry: the attachment
    raw[entry + 24:entry + 28] = (100).to_bytes(4, "little")  # its uncompressed size
    path.write_bytes(bytes(raw))
    return path


SHA = "attachments/" + SCAN_SHA
HOSTILE: dict[str, tuple[Any, str]] = {
    "parent path": (lambda p: make_zip(p, [("data.json", data_json()), ("../evil.txt", b"x")]), "climbs out"),
    "parent inside": (lambda p: make_zip(p, [("data.json", data_json()), ("attachments/../../x", b"x")]),
                      "climbs out"),
    "backslash": (lambda p: make_zip(p, [("data.json", data_json()), ("attachments\\..\\x", b"x")]), "climbs out"),
    "absolute path": (lambda p: make_zip(p, [("data.json", data_json()), ("/etc/cron.d/evil", b"x")]),
                      "is an absolute path"),
    "drive letter": (lambda p: make_zip(p, [("data.json", data_json()), ("C:/Windows/evil", b"x")]),
                     "is an absolute path"),
    "symlink": (lambda p: make_zip(p, [("data.json", data_json()), link(SHA, b"/etc/passwd")]), "is a link"),
    "zip bomb": (lambda p: make_zip(p, [("data.json", data_json()), ("attachments/" + "0" * 64, bytes(4 << 20))]),
                 "(a zip bomb?)"),
    "hash mismatch": (lambda p: make_zip(p, [("data.json", data_json()), (SHA, SCAN + b"tampered")]),
                      "does not match its SHA-256"),
    "duplicate member": (lambda p: make_zip(p, [("data.json", data_json()), (SHA, SCAN), (SHA, SCAN)]),
                         "appears twice"),
    "duplicate data": (lambda p: make_zip(p, [("data.json", data_json()), ("data.json", b"{}")]), "appears twice"),
    "stray member": (lambda p: make_zip(p, [("data.json", data_json()), ("run-me.sh", b"rm -rf ~")]),
                     "is not data.json, manifest.json, manifest.sig or attachments/<sha256>"),
    "no data": (lambda p: make_zip(p, [(SHA, SCAN)]), "no data.json"),
    "size lie": (lying_about_its_size, "Bad CRC-32"),
    "truncated": (lambda p: p.write_bytes(make_zip(p, [("data.json", data_json())]).read_bytes()[:-30]) and p,
                  "not a complete zip file"),
}


@pytest.mark.filterwarnings("ignore:Duplicate name")
@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_bundles_are_refused(shared_demo, tmp_path, case):
    build, words = HOSTILE[case]
    path = build(tmp_path / "hostile.zip")
    before = f.snapshot(shared_demo)
    with pytest.raises(ExchangeError) as caught:
        shared_demo.exchange.import_file(path)
    assert words in str(caught.value) and str(path) in str(caught.value)
    assert f.snapshot(shared_demo) == before
    assert not (tmp_path / "evil.txt").exists()


@pytest.mark.parametrize("limit_name, member", [("MAX_MEMBER_BYTES", SHA), ("MAX_DATA_BYTES", "data.json")])
def test_huge_members_are_refused(shared_demo, tmp_path, monkeypatch, limit_name, member):
    # The real limits are hundreds of MiB; lowered here so the test stays fast.
    path = make_zip(tmp_path / "huge.zip", [("data.json", data_json()), (SHA, SCAN)])
    monkeypatch.setattr(files, limit_name, 1024)
    before = f.snapshot(shared_demo)
    with pytest.raises(ExchangeError, match=f"the member '{member}' is too large"):
        shared_demo.exchange.import_file(path)
    assert f.snapshot(shared_demo) == before


def test_a_bundle_must_carry_its_attachments_bytes(demo_app, tmp_path):
    path = make_zip(tmp_path / "no-bytes.zip", [("data.json", data_json())])
    before = f.snapshot(demo_app)
    with pytest.raises(ValidationError) as caught:
        demo_app.exchange.import_file(path)
    assert [str(p) for p in caught.value.problems] == [
        f"agreements[1].attachments[0]: the bundle has no file attachments/{SCAN_SHA}"]
    assert f.snapshot(demo_app) == before


def test_attachment_size_must_match_its_bytes(demo_app):
    doc = with_scan(f.demo_document())
    doc["agreements"][1]["attachments"][0]["size"] = 12
    with pytest.raises(ValidationError, match=r"agreements\[1\].attachments\[0\].size: is 12 but the file has"):
        do_import(demo_app, doc, blobs={SCAN_SHA: SCAN})


def test_a_bundle_may_leave_out_bytes_the_database_has(demo_app):
    do_import(demo_app, with_scan(f.demo_document()), blobs={SCAN_SHA: SCAN})
    report = do_import(demo_app, with_scan(f.demo_document()), blobs={})
    assert report.attachments_added == 0


def test_unzipping_writes_nothing_to_disk(sqlite_demo_app, tmp_path):
    path = make_zip(tmp_path / "ok.zip", [("data.json", data_json()), (SHA, SCAN)])
    sqlite_demo_app.exchange.import_file(path)
    assert [n for n in os.listdir(tmp_path) if not n.startswith("ui.sqlite3")] == ["ok.zip"]
