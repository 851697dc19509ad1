"""The bulk path of an import: the audit trail of the whole change as one entry (a created record keeps no
copy of itself, a changed one its prior version), the history still naming the file and each version, and
an import killed at any point leaving all or none of it -- on every backend."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from secretariat_app import bootstrap
from secretariat_app.app import exchange
from secretariat_app.demo.generate import generate_document
from secretariat_app.domain import models as m
from secretariat_app.exchange import files, stream
from secretariat_app.search import queue
from secretariat_app.services import bulk, maintenance
from secretariat_app.settings import Settings
from tests import factories as f
from tests.integration.search_helpers import found

ROOT = Path(__file__).resolve().parents[2]


def audit_rows(app: bootstrap.App, kind: str | None = None) -> list[m.AuditEntry]:
    with app.db.reading() as uow:
        query = select(m.AuditEntry).order_by(m.AuditEntry.id)
        if kind is not None:
            query = query.where(m.AuditEntry.kind == kind)
        rows = list(uow.session.scalars(query))
        uow.session.expunge_all()
        return rows


def test_an_import_is_one_entry_and_created_records_keep_no_copy(app, tmp_path):
    path = tmp_path / "council.json"
    path.write_bytes(bootstrap.DEMO_FILE.read_bytes())
    report = app.exchange.import_file(path).report
    added = sum(report.added.values())
    entries = audit_rows(app, bulk.CHANGE_KIND)
    assert len(entries) == 1
    entry = entries[0]
    summary = json.loads(entry.summary)
    assert summary["file"] == "council.json"
    assert summary["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest() == entry.record_id
    assert summary["counts"]["added"] == added > 30
    rows = [r for r in audit_rows(app) if r.kind != bulk.CHANGE_KIND]
    assert len(rows) == added and {r.change_id for r in rows} == {entry.change_id}
    assert all(r.before is None and r.after is None and r.revision for r in rows)

    # The history still tells who made each version, from which file, and what the record held.
    history = app.records.history("agreement", "agr-2015-env-mou")
    assert [h.action for h in history] == ["import"]
    assert history[0].source == "council.json"
    assert history[0].after == app.records.get("agreement", "agr-2015-env-mou").doc


def lighter_year(seed: int, meetings: int) -> dict[str, Any]:
    """A generated year with only its first ``meetings`` meetings and no visits."""
    document = generate_document(1, seed=seed)
    document["meetings"], document["visits"] = document["meetings"][:meetings], []
    kept = {g["id"] for g in document["meetings"]}
    for agreement in document["agreements"]:
        for part in (agreement, *(agreement.get("events") or [])):  # (where it was decided)
            if part.get("meeting") not in kept:
                part["meeting"] = None
    return document


class Stop(Exception):
    pass


def test_the_bar_moves_while_the_file_is_first_read_and_cancel_there_changes_nothing(app, tmp_path):
    """The first reading (learning what the file holds) is a tenth of the bar, told as the bytes go by;
    stopping there (Cancel) leaves the database as it was; the rest of the bar is the records written."""
    document = lighter_year(seed=3, meetings=100)
    path = tmp_path / "year.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    assert path.stat().st_size > 3 * stream.CHUNK  # (several chunks: the bar moves within the reading)
    before = f.snapshot(app)
    seen: list[tuple[int, int]] = []

    def stop_midway(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= exchange.FIRST_READING // 2:
            raise Stop

    with pytest.raises(Stop):
        app.exchange.import_file(path, progress=stop_midway)
    assert 0 < seen[-1][0] < exchange.FIRST_READING and {t for _, t in seen} == {exchange.BAR}
    assert f.snapshot(app) == before

    seen.clear()
    app.exchange.import_file(path, progress=lambda done, total: seen.append((done, total)))
    steps = [d for d, _ in seen]
    assert steps == sorted(steps) and steps[-1] == exchange.BAR and {t for _, t in seen} == {exchange.BAR}
    reading = [d for d in steps if d <= exchange.FIRST_READING]
    assert len(set(reading)) >= 3 and reading[-1] == exchange.FIRST_READING  # moving, then whole
    assert len({d for d in steps if d > exchange.FIRST_READING}) >= 3  # the records, a batch at a time


def test_a_changed_record_keeps_its_prior_version_and_each_version_reads_back(demo_app, tmp_path):
    before = demo_app.records.get("meeting", "mtg-env-1").doc
    changed = copy.deepcopy(before)
    changed["title"] = {**changed["title"], "en": "First meeting of the Environment Team (revised)"}
    doc = f.revised(demo_app, {"format": files.FORMAT, "version": files.VERSION, "meetings": [changed]})
    path = tmp_path / "from-beijing.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert demo_app.exchange.import_file(path).report.changed == {"meetings": 1}
    last = audit_rows(demo_app, "meeting")[-1]
    assert last.record_id == "mtg-env-1" and last.before == before and last.after is None

    # Then a clerk edits it here: the import's version is both that save's "before" and the import's "after".
    loaded = demo_app.records.get("meeting", "mtg-env-1")
    edited = {**loaded.doc, "venue": {"en": "Video conference"}}
    demo_app.records.update("meeting", edited, loaded.version)
    history = demo_app.records.history("meeting", "mtg-env-1")
    imported, saved = history[-2], history[-1]
    assert imported.source == "from-beijing.json" and imported.before == before
    assert imported.after == saved.before == loaded.doc
    assert imported.fields == ("title",)
    assert saved.after == demo_app.records.get("meeting", "mtg-env-1").doc


CHILD = r"""
import sys
from pathlib import Path
from secretariat_app import bootstrap
from secretariat_app.settings import Settings

app = bootstrap.open_app(Settings(database_url=sys.argv[1], user="importer"))

def progress(done, total):
    if done >= int(sys.argv[3]):
        print("MID", flush=True)
        sys.stdin.readline()  # killed while waiting here, in the middle of the transaction

app.exchange.import_file(Path(sys.argv[2]), progress=progress)
print("DONE", flush=True)
"""


@pytest.mark.parametrize("kill_after", [1500])
def test_an_import_killed_midway_leaves_none_of_it(app, tmp_path, kill_after):
    """``kill -9`` after three batches of rows were written: the database keeps none of the import, opens,
    and ``check`` finds it sound; the import then runs whole."""
    # A lighter year (a full import runs after the kill, on PostgreSQL too).
    document = lighter_year(seed=7, meetings=300)
    path = tmp_path / "archive.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    total = sum(len(v) for k, v in document.items() if isinstance(v, list))
    assert total > kill_after + 500  # (killed before the end)
    before = f.snapshot(app)
    url = app.settings.database_url
    app.close()
    # (the import's bar: the first reading is its first tenth, the records written the rest)
    mark = exchange.FIRST_READING + (exchange.BAR - exchange.FIRST_READING) * kill_after // total
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(path), str(mark)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "MID"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    again = bootstrap.open_app(Settings(database_url=url, user="tester"))
    try:
        assert f.snapshot(again) == before
        assert maintenance.check(again.db).ok
        report = again.exchange.import_file(path).report
        assert sum(report.added.values()) == total
        with again.db.reading() as uow:
            assert uow.session.scalar(select(func.count()).select_from(m.Meeting)) == len(document["meetings"])
            # As many records as that are indexed for search after the commit, not in the import's transaction.
            assert queue.count(uow.session) == total
        meeting = document["meetings"][0]
        title = meeting["title"]["en"]
        assert f"meeting:{meeting['id']}" not in found(again, f'"{title}"')
        assert again.indexing.run() == total
        assert f"meeting:{meeting['id']}" in found(again, f'"{title}"')
        assert maintenance.check(again.db).ok
    finally:
        again.close()
