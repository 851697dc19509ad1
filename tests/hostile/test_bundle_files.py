"""A 12 MB zip of four unreferenced 400 MiB members took 2.5 GB of memory and left 1.6 GB in the database
that nothing could purge, while the summary said "Added 0" and `check` said OK. Now every member must be
the file of an attachment the bundle lists, the members together are bounded, `check` finds stored bytes
no record lists, and purging removes them."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from secretariat_app.domain import models as m
from secretariat_app.errors import ExchangeError
from secretariat_app.exchange import files
from secretariat_app.services import attachments
from tests import factories as f

SCAN = b"%PDF-1.4\n% the signed copy\n" + bytes(range(256)) * 40
SCAN_SHA = hashlib.sha256(SCAN).hexdigest()


def _bundle(path: Path, members: list[tuple[str, bytes]], listed: list[bytes] = ()) -> Path:  # type: ignore[assignment]
    doc = f.demo_document()
    agreement = next(a for a in doc["agreements"] if a["id"] == "agr-2015-env-mou")
    agreement["attachments"] = [{"name": f"scan-{i}.pdf", "media_type": "application/pdf", "size": len(data),
                                 "sha256": hashlib.sha256(data).hexdigest()} for i, data in enumerate(listed)]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data.json", files.dumps(doc))
        for name, data in members:
            zf.writestr(name, data)
    return path


def _stored_bytes(app) -> int:  # type: ignore[no-untyped-def]
    with app.db.reading() as uow:
        return uow.session.scalar(select(func.coalesce(func.sum(m.Blob.size), 0))) or 0


def test_a_member_no_attachment_lists_is_refused(demo_app, tmp_path):
    stray = os.urandom(4 << 20)  # incompressible: refused for what it is, not as a bomb
    path = _bundle(tmp_path / "stray.zip", [(f"attachments/{SCAN_SHA}", SCAN),
                                            (f"attachments/{hashlib.sha256(stray).hexdigest()}", stray)], [SCAN])
    before = _stored_bytes(demo_app)
    with pytest.raises(ExchangeError, match="is not the file of any attachment in data.json"):
        demo_app.exchange.import_file(path)
    assert _stored_bytes(demo_app) == before


def test_members_together_are_bounded(demo_app, tmp_path, monkeypatch):
    parts = [bytes([i]) * 300_000 + b"x" * i for i in range(4)]  # each well under the member limit
    path = _bundle(tmp_path / "many.zip", [(f"attachments/{hashlib.sha256(p).hexdigest()}", p) for p in parts], parts)
    monkeypatch.setattr(files, "MAX_FILES_BYTES", 1_000_000)
    with pytest.raises(ExchangeError, match="add up to .* MiB unpacked"):
        demo_app.exchange.import_file(path)
    monkeypatch.setattr(files, "MAX_FILES_BYTES", 2 * 2**30)
    monkeypatch.setattr(files, "MAX_RATIO", 20)  # over all members: 1.2 MB of repeated bytes packs tightly
    with pytest.raises(ExchangeError, match="over all its members"):
        demo_app.exchange.import_file(path)
    monkeypatch.setattr(files, "MAX_RATIO", 200)
    assert demo_app.exchange.import_file(path).report.attachments_added == 4  # the same bundle, within bounds


def test_check_finds_bytes_no_record_lists_and_purging_removes_them(demo_app, run_cli):
    # A file added in an editor whose record was never saved.
    attachments.store_bytes(demo_app.db, "never-saved.pdf", b"%PDF added, record never saved")
    report = demo_app.maintenance.check()
    assert report.ok and any("listed by no record" in w and "purge-files" in w for w in report.warnings)
    if demo_app.settings.is_sqlite:
        code, out, _ = run_cli("--db", demo_app.settings.sqlite_path, "trash", "purge-files")
        assert code == 0 and "Removed 1 file(s)" in out
    else:
        assert demo_app.maintenance.remove_unlisted_files()[0] == 1
    assert not any("listed by no record" in w for w in demo_app.maintenance.check().warnings)


def test_purging_an_agreement_takes_its_files_unless_another_lists_them(demo_app):
    one = attachments.store_bytes(demo_app.db, "a.pdf", b"%PDF only mine")
    both = attachments.store_bytes(demo_app.db, "b.pdf", b"%PDF listed twice")
    demo_app.records.create("agreement", f.agreement("agr-x", parties=("org-smg", "org-bmpg"),
                                                      attachments=[one, both]))
    demo_app.records.create("agreement", f.agreement("agr-y", parties=("org-smg", "org-bmpg"), attachments=[both]))
    demo_app.records.delete([("agreement", "agr-x")])
    demo_app.records.purge([("agreement", "agr-x")])
    with demo_app.db.reading() as uow:
        left = set(uow.session.scalars(select(m.Blob.sha256).where(m.Blob.sha256.in_([one["sha256"], both["sha256"]]))))
    assert left == {both["sha256"]}
