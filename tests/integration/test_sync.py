"""The exchange as a two-way sync between the two secretariats: revisions, deletions that travel,
packages of changes, conflicts kept aside and settled once, signed packages (issue: two secretariats,
one record)."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from secretariat_app import bootstrap
from secretariat_app.domain import models as m
from secretariat_app.domain.vocab import COLLECTIONS
from secretariat_app.errors import PackageError
from secretariat_app.exchange import export, files, signing
from tests import factories as f

# Every import test runs on both ways of writing an import's records (tests/conftest.py: write_path).
pytestmark = pytest.mark.usefixtures("write_path")

MOU = "agr-2015-env-mou"


@pytest.fixture
def beijing(empty_app: bootstrap.App) -> bootstrap.App:
    """A second, empty database on the same backend as ``app`` (its own site)."""
    empty_app.exchange.name_site("Beijing secretariat")
    return empty_app


@pytest.fixture
def seoul(demo_app: bootstrap.App) -> bootstrap.App:
    # Copies of one demo database share its site id: this one becomes a site of its own.
    with demo_app.db.writing() as uow:
        uow.session.execute(m.Site.__table__.update().where(m.Site.is_self.is_(True)).values(id="seoul-site-0001"))
        uow.commit()
    demo_app.exchange.name_site("Seoul secretariat")
    return demo_app


def records_of(app: bootstrap.App) -> dict[str, Any]:
    """Every record with its revision, live or in the trash, and the removed ones: what must converge."""
    doc = export.build_document(app.db)
    return {k: v for k, v in doc.items() if k in (*COLLECTIONS.values(), "purged")}


def send(source: bootstrap.App, target: bootstrap.App, path: Path, to: str, trust: bool = False) -> Any:
    source.exchange.export(path, for_site=to)
    return target.exchange.import_file(path, trust=trust).report


def revisions_in_trail(app: bootstrap.App, kind: str, record_id: str) -> set[str]:
    with app.db.reading() as uow:
        return set(uow.session.scalars(select(m.AuditEntry.revision).where(
            m.AuditEntry.kind == kind, m.AuditEntry.record_id == record_id)))


def current_revision(app: bootstrap.App, kind: str, record_id: str) -> str:
    with app.db.reading() as uow:
        return uow.session.get(m.RECORD_CLASSES[kind], record_id).revision


def edit(app: bootstrap.App, kind: str, record_id: str, **fields: Any) -> None:
    loaded = app.records.get(kind, record_id, include_trash=True)
    app.records.update(kind, {**loaded.doc, **fields}, loaded.version)


@pytest.mark.parametrize("order", ["seoul-first", "beijing-first"])
def test_the_councils_year(seoul, beijing, tmp_path, order):
    """Seoul and Beijing start from one package; both edit different fields of one MOU, Seoul edits a
    meeting, Beijing trashes a team and adds a visit; packages go both ways; the only conflict is the MOU,
    settled once on one side; after one more round both hold the same records, and every version of the
    MOU is in both audit trails."""
    seoul.records.create("team", f.team("team-youth", name={"en": "Youth Exchange Team", "ko": "청소년교류팀"}))
    seoul.exchange.export(tmp_path / "start.zip")
    with pytest.raises(PackageError) as untrusted:
        beijing.exchange.import_file(tmp_path / "start.zip")
    assert untrusted.value.problem.code == "package_key_untrusted"
    assert untrusted.value.problem.values["key"] == seoul.exchange.fingerprint()
    start = beijing.exchange.import_file(tmp_path / "start.zip", trust=True).report
    assert start.sender == "Seoul secretariat" and start.fingerprint == seoul.exchange.fingerprint()
    assert sum(start.added.values()) == sum(len(v) for k, v in records_of(seoul).items() if k != "purged")
    # Beijing introduces itself (a package with nothing new), so that each side knows the other.
    hello = send(beijing, seoul, tmp_path / "hello.zip", "Seoul secretariat", trust=True)
    assert sum(sum(getattr(hello, b).values()) for b in hello.BUCKETS) == 0
    assert records_of(seoul) == records_of(beijing)

    edit(seoul, "agreement", MOU, summary={"en": "Seoul's summary of the air-quality MOU"})
    edit(beijing, "agreement", MOU, text={"zh": "北京方面修订的协议全文"})
    edit(seoul, "meeting", "mtg-env-1", venue={"en": "Seoul City Hall, Room 3"})
    beijing.records.delete([("team", "team-youth")])
    beijing.records.create("visit", f.visit("visit-bj-2027", title={"zh": "北京市长访问首尔"}))
    ours_mou = {current_revision(seoul, "agreement", MOU), current_revision(beijing, "agreement", MOU)}

    if order == "seoul-first":
        at_beijing = send(seoul, beijing, tmp_path / "s1.zip", "Beijing secretariat")
        at_seoul = send(beijing, seoul, tmp_path / "b1.zip", "Seoul secretariat")
    else:
        seoul.exchange.export(tmp_path / "s1.zip", for_site="Beijing secretariat")
        beijing.exchange.export(tmp_path / "b1.zip", for_site="Seoul secretariat")
        at_seoul = seoul.exchange.import_file(tmp_path / "b1.zip").report
        at_beijing = beijing.exchange.import_file(tmp_path / "s1.zip").report
    assert at_seoul.conflicts == [("agreement", MOU)] and at_beijing.conflicts == [("agreement", MOU)]
    assert at_seoul.trashed == {"teams": 1} and at_seoul.added == {"visits": 1}
    assert at_beijing.changed == {"meetings": 1}
    # Ours stays on each side until a clerk settles it; theirs waits, and is in the audit trail already.
    assert seoul.records.get("agreement", MOU).doc["summary"]["en"].startswith("Seoul's")
    assert [c.fields for c in seoul.exchange.conflicts()] == [("summary", "text")]
    kept_aside = [h for h in seoul.records.history("agreement", MOU) if h.action == "conflict"]
    assert [h.fields for h in kept_aside] == [("summary", "text")]  # theirs beside ours, in the audit trail
    assert ours_mou <= revisions_in_trail(seoul, "agreement", MOU)
    assert ours_mou <= revisions_in_trail(beijing, "agreement", MOU)

    # Settled once, at Seoul: Seoul's summary and Beijing's text.
    conflict = seoul.exchange.conflicts()[0]
    mixed = {**conflict.ours, "text": conflict.theirs["text"]}
    seoul.exchange.resolve("agreement", MOU, "mix", mixed)
    assert seoul.exchange.conflicts() == []
    settle = send(seoul, beijing, tmp_path / "s2.zip", "Beijing secretariat")
    assert settle.conflicts == [] and settle.changed == {"agreements": 1}
    assert beijing.exchange.conflicts() == []  # settled there by the package, without a new conflict
    last = send(beijing, seoul, tmp_path / "b2.zip", "Seoul secretariat")
    assert last.conflicts == [] and sum(last.changed.values()) == sum(last.added.values()) == 0

    assert json.dumps(records_of(seoul), sort_keys=True) == json.dumps(records_of(beijing), sort_keys=True)
    mou = beijing.records.get("agreement", MOU).doc
    assert mou["summary"]["en"].startswith("Seoul's") and mou["text"]["zh"] == "北京方面修订的协议全文"
    assert [e.record_id for e in seoul.records.trash()] == ["team-youth"]
    for side in (seoul, beijing):
        assert ours_mou <= revisions_in_trail(side, "agreement", MOU)


def test_a_package_holds_only_what_the_counterpart_has_not_confirmed(seoul, beijing, tmp_path):
    seoul.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    send(beijing, seoul, tmp_path / "hello.zip", "Seoul secretariat", trust=True)
    edit(seoul, "person", "person-li-ming", phone="+86 10 6519 2222")
    counts = seoul.exchange.export(tmp_path / "delta.zip", for_site="beijing secretariat")  # any case
    assert {k: n for k, n in counts.items() if n} == {"people": 1}
    # Until Beijing confirms it (its next package says what it has), the change goes again.
    again = seoul.exchange.export(tmp_path / "delta-2.zip", for_site=beijing.exchange.sites()[0].id)
    assert {k: n for k, n in again.items() if n} == {"people": 1}
    report = beijing.exchange.import_file(tmp_path / "delta-2.zip").report
    assert report.changed == {"people": 1}
    assert beijing.exchange.import_file(tmp_path / "delta.zip").report.skipped == {"people": 1}  # twice: nothing
    send(beijing, seoul, tmp_path / "ack.zip", "Seoul secretariat")
    assert {k: n for k, n in seoul.exchange.export(tmp_path / "none.zip", for_site="Beijing secretariat").items()
            if n} == {}
    everything = seoul.exchange.export(tmp_path / "all.zip", for_site="Beijing secretariat", everything=True)
    assert everything["people"] == len(records_of(seoul)["people"])


def test_a_deletion_and_a_removal_for_good_travel_and_stay_recoverable(seoul, beijing, tmp_path):
    seoul.records.create("person", f.person("person-temp"))
    seoul.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    send(beijing, seoul, tmp_path / "hello.zip", "Seoul secretariat", trust=True)
    seoul.records.delete([("person", "person-temp")])
    seoul.records.purge([("person", "person-temp")])
    report = send(seoul, beijing, tmp_path / "gone.zip", "Beijing secretariat")
    assert report.trashed == {"people": 1}
    assert [e.record_id for e in beijing.records.trash()] == ["person-temp"]  # recoverable there
    # An older package arriving late does not bring it back here.
    again = seoul.exchange.import_file(tmp_path / "start.zip")
    assert again.report.added == {} and not seoul.records.exists("person", "person-temp")


def test_a_deletion_against_an_edit_is_a_conflict(seoul, beijing, tmp_path):
    seoul.records.create("person", f.person("person-temp", phone="+82 2 000"))
    seoul.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    send(beijing, seoul, tmp_path / "hello.zip", "Seoul secretariat", trust=True)
    edit(seoul, "person", "person-temp", phone="+86 10 1111 1111")
    beijing.records.delete([("person", "person-temp")])
    report = send(beijing, seoul, tmp_path / "b.zip", "Seoul secretariat")
    assert report.conflicts == [("person", "person-temp")] and report.trashed == {}
    conflict = seoul.exchange.conflicts()[0]
    assert conflict.theirs_trashed and not conflict.ours_trashed and "trash" in conflict.fields
    seoul.exchange.resolve("person", "person-temp", "ours")
    send(seoul, beijing, tmp_path / "s.zip", "Beijing secretariat")
    assert beijing.records.get("person", "person-temp").doc["phone"] == "+86 10 1111 1111"  # out of the trash
    assert beijing.exchange.conflicts() == []


def test_a_version_1_file_still_imports_and_a_changed_record_in_it_is_a_conflict(demo_app, tmp_path):
    doc = f.demo_document()
    doc["version"] = 1
    next(p for p in doc["people"] if p["id"] == "person-li-ming")["phone"] = "+86 10 0000 0000"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    report = demo_app.exchange.import_file(path).report
    assert report.conflicts == [("person", "person-li-ming")] and report.changed == {}
    assert sum(report.unchanged.values()) > 0  # the same content on both sides: no conflict
    demo_app.exchange.resolve("person", "person-li-ming", "theirs")
    assert demo_app.records.get("person", "person-li-ming").doc["phone"] == "+86 10 0000 0000"


# --- packages that cannot be altered unnoticed -----------------------------------------------------------


def _rezip(src: Path, dest: Path, change: Any) -> Path:
    with zipfile.ZipFile(src) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members = change(members)
    with zipfile.ZipFile(dest, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return dest


def _data(members: dict[str, bytes], edit_doc: Any) -> dict[str, bytes]:
    doc = json.loads(members["data.json"])
    edit_doc(doc)
    return {**members, "data.json": files.dumps(doc)}


def _resigned(members: dict[str, bytes], claim_key: bool) -> dict[str, bytes]:
    """Signed by another key: the manifest names the genuine key (the signature fails), or the other key
    and the data claims it too (a key other than the one trusted)."""
    other = signing.Ed25519PrivateKey.generate()
    manifest = json.loads(members["manifest.json"])
    out = dict(members)
    if claim_key:
        manifest["key"] = signing.public_text(other)
        out = _data(out, lambda d: d["site"].__setitem__("key", manifest["key"]))
        manifest["files"]["data.json"] = hashlib.sha256(out["data.json"]).hexdigest()
    raw = files.dumps(manifest)
    return {**out, "manifest.json": raw, "manifest.sig": (signing.sign(other, raw) + "\n").encode()}


TAMPERED = {
    "a byte of data changed": (lambda ms: {**ms, "data.json": ms["data.json"].replace(b"Seoul", b"Seoal", 1)},
                               "package_member_changed"),
    "a record removed": (lambda ms: _data(ms, lambda d: d["people"].pop(0)), "package_member_changed"),
    "an attachment's byte changed": (
        lambda ms: {**ms, **{n: b"X" + d[1:] for n, d in ms.items() if n.startswith("attachments/")}},
        "package_member_changed"),
    "an attachment added": (lambda ms: {**ms, "attachments/" + "0" * 64: b""}, "package_member_unlisted"),
    "the signature removed": (lambda ms: {n: d for n, d in ms.items() if n != "manifest.sig"}, "package_member_missing"),
    "signed by another key": (lambda ms: _resigned(ms, claim_key=False), "package_signature_bad"),
    "signed by another key that it claims": (lambda ms: _resigned(ms, claim_key=True), "package_key_changed"),
}


@pytest.mark.parametrize("case", sorted(TAMPERED))
def test_a_tampered_package_is_refused_and_changes_nothing(seoul, beijing, tmp_path, case):
    scan = b"%PDF-1.4\n% signed copy\n" + bytes(range(256)) * 8
    sha = hashlib.sha256(scan).hexdigest()
    mou = seoul.records.get("agreement", MOU)
    with seoul.db.writing() as uow:
        uow.session.merge(m.Blob(sha256=sha, size=len(scan), data=scan))
        uow.commit()
    seoul.records.update("agreement", {**mou.doc, "attachments": [
        {"name": "mou-signed.pdf", "media_type": "application/pdf", "size": len(scan), "sha256": sha}]}, mou.version)
    seoul.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    edit(seoul, "agreement", MOU, summary={"en": "changed after the first package"})
    seoul.exchange.export(tmp_path / "next.zip")
    change, code = TAMPERED[case]
    bad = _rezip(tmp_path / "next.zip", tmp_path / "bad.zip", change)
    before = f.snapshot(beijing)
    with pytest.raises(PackageError) as caught:
        beijing.exchange.import_file(bad)
    assert caught.value.problem.code == code and str(bad) in str(caught.value)
    assert "nothing was imported" in str(caught.value)
    assert f.snapshot(beijing) == before
    assert beijing.exchange.import_file(tmp_path / "next.zip").report.changed == {"agreements": 1}  # the real one


def test_an_unsigned_file_claiming_a_trusted_site_is_refused(seoul, beijing, tmp_path):
    seoul.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    seoul.exchange.export(tmp_path / "plain.json")  # a .json is not signed
    with pytest.raises(PackageError) as caught:
        beijing.exchange.import_file(tmp_path / "plain.json")
    assert caught.value.problem.code == "package_unsigned"


def test_a_package_for_a_site_is_a_zip_and_the_site_must_be_known(seoul, tmp_path):
    from secretariat_app.errors import ExchangeError

    with pytest.raises(ExchangeError, match="a package for a counterpart is a .zip file"):
        seoul.exchange.export(tmp_path / "p.json", for_site="Beijing secretariat")
    with pytest.raises(ExchangeError, match="No counterpart site is called 'Pyongyang'"):
        seoul.exchange.export(tmp_path / "p.zip", for_site="Pyongyang")
    assert not (tmp_path / "p.zip").exists()


def test_exports_follow_the_json_schema(seoul, tmp_path):
    """The JSON Schema of version 2 is the contract an export keeps (a record in the trash, one removed for
    good, a package's header); so does the demo file (no revisions, and the commitments' fields)."""
    import jsonschema

    from secretariat_app.settings import RESOURCES

    schema = {v: json.loads((RESOURCES / "schema" / f"exchange-v{v}.schema.json").read_text("utf-8")) for v in (1, 2)}
    seoul.records.create("person", f.person("person-gone"))
    seoul.records.create("person", f.person("person-trashed"))
    seoul.records.delete([("person", "person-gone"), ("person", "person-trashed")])
    seoul.records.purge([("person", "person-gone")])
    seoul.exchange.export(tmp_path / "all.zip")
    document = files.read(tmp_path / "all.zip").whole()
    assert document["purged"][0]["id"] == "person-gone" and document["site"]["name"] == "Seoul secretariat"
    jsonschema.validate(document, schema[2])
    demo = json.loads((RESOURCES / "demo" / "seoul-beijing-council.json").read_text("utf-8"))
    jsonschema.validate(demo, schema[2])
    with pytest.raises(jsonschema.ValidationError, match="counterpart_owner"):  # the register's fields came with 2
        jsonschema.validate({**demo, "version": 1}, schema[1])
    document["people"][0]["sync"]["clock"] = {}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema[2])


def test_a_settled_mix_of_one_sides_timeline_and_the_others_expiry_follows_the_timeline(seoul, beijing, tmp_path):
    """Seoul extends the MOU while Beijing edits its summary; Seoul settles taking Beijing's summary and,
    by a slip, Beijing's expiry date: the record saved says what its timeline (Seoul's) says."""
    from datetime import date

    from secretariat_app.services import agreements

    seoul.exchange.export(tmp_path / "start.zip")
    beijing.exchange.import_file(tmp_path / "start.zip", trust=True)
    send(beijing, seoul, tmp_path / "hello.zip", "Seoul secretariat", trust=True)
    seoul.records.create("meeting", f.meeting("mtg-gc-3", kind="general_conference", number=3,
                                              starts_at="2026-11-05T10:00:00+09:00"))
    agreements.extend(seoul.records, MOU, "mtg-gc-3", until=date(2029, 11, 3))
    edit(beijing, "agreement", MOU, summary={"zh": "北京方面修订的摘要"})
    assert send(beijing, seoul, tmp_path / "b1.zip", "Seoul secretariat").conflicts == [("agreement", MOU)]
    conflict = seoul.exchange.conflicts()[0]
    assert {"events", "expires_on", "summary"} <= set(conflict.fields)
    mixed = {**conflict.ours, "summary": conflict.theirs["summary"], "expires_on": conflict.theirs["expires_on"]}
    seoul.exchange.resolve("agreement", MOU, "mix", mixed)
    mou = seoul.records.get("agreement", MOU).doc
    assert mou["expires_on"] == "2029-11-03" and mou["summary"] == {"zh": "北京方面修订的摘要"}
    assert [e["kind"] for e in mou["events"]] == ["signed", "entered_into_force", "extended"]
