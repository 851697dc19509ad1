"""A bulk change hands its records to the index in its own transaction (``bulk_written``): their old
entries go at once, the records wait in a queue, and ``build_queued`` indexes them after the commit —
the same entries a rebuild makes. Searching meanwhile says how far it is; ``check`` stays clean; a
rollback takes the queue with it; a kill at any moment leaves every record indexed or queued; and the
original texts are kept packed (with a dictionary after a rebuild)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import text

from secretariat_app import bootstrap
from secretariat_app.search import index, packing, queue
from secretariat_app.search.index import SearchIndex
from secretariat_app.services import maintenance
from secretariat_app.settings import Settings
from tests.integration.search_helpers import downgraded, found, search

ROOT = Path(__file__).resolve().parents[2]


class BulkWriter:
    """Stands for the bulk write path until it calls the index itself: every record the existing import
    writes goes to ``bulk_written``, in the import's transaction, after its rows are written."""

    def __init__(self, dialect: str):
        self.index = SearchIndex(dialect)

    def record_written(self, session, kind, record_id, doc):  # type: ignore[no-untyped-def]
        self.index.bulk_written(session, kind, [record_id])


def check(app) -> maintenance.CheckReport:  # type: ignore[no-untyped-def]
    report = maintenance.CheckReport()
    index.check_index(app.db, report)
    return report


def waiting(app) -> int:  # type: ignore[no-untyped-def]
    with app.db.reading() as uow:
        return queue.count(uow.session)


def index_rows(app) -> tuple[set[tuple], set[tuple]]:  # type: ignore[no-untyped-def]
    """The entries (without their ids) and facets, to compare two ways of building them."""
    with app.db.reading() as uow:
        s = uow.session
        entries = set(s.execute(text("SELECT kind, record_kind, record_id, part, status, city, langs, day, "
                                     "signed_on, expires_on, due_on, has_attachment FROM search_entries")).all())
        facets = set(s.execute(text("SELECT facet, value, record_kind, record_id FROM search_facets")).all())
    return entries, facets


def bulk_import(app) -> None:  # type: ignore[no-untyped-def]
    app.records.observers = (BulkWriter(app.db.dialect),)
    try:
        bootstrap.load_demo(app)
    finally:
        app.records.observers = (SearchIndex(app.db.dialect),)


def test_an_import_is_indexed_after_it_commits_as_a_rebuild_would(app):
    bulk_import(app)
    assert waiting(app) > 30
    pending = search(app, "환경팀")
    assert pending.built_percent == 0 and pending.results == []  # nothing indexed yet, and it says so
    report = check(app)
    assert report.errors == [] and any("still being indexed" in w for w in report.warnings)

    seen: list[tuple[int, int]] = []
    built = index.build_queued(app.db, lambda done, total: seen.append((done, total)), batch=10)
    assert built == seen[-1][0] == seen[-1][1] and len(seen) > 2  # several transactions
    assert waiting(app) == 0 and search(app, "환경팀").built_percent is None
    assert "agreement:agr-2015-env-mou" in found(app, "환경팀")
    assert check(app).errors == [] and check(app).warnings == []
    queued_way = index_rows(app)
    app.search.rebuild()
    assert index_rows(app) == queued_way


def written_by_workers(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """How many records each batch from a worker process wrote (the real write, counted)."""
    counts: list[int] = []
    real = index.write_prepared

    def counted(*args):  # type: ignore[no-untyped-def]
        counts.append(real(*args))
        return counts[-1]

    monkeypatch.setattr(index, "write_prepared", counted)
    return counts


def test_worker_processes_build_the_same_index_as_a_rebuild(app, monkeypatch):
    bulk_import(app)
    total = waiting(app)
    by_workers = written_by_workers(monkeypatch)
    seen: list[tuple[int, int]] = []
    assert index.build_queued(app.db, lambda done, all_: seen.append((done, all_)), batch=7, workers=2) == total
    assert sum(by_workers) == total and len(by_workers) >= total // 7  # all of it from the workers' batches
    assert seen[-1] == (total, total) and len(seen) >= total // 7
    assert waiting(app) == 0 and check(app).errors == [] and check(app).warnings == []
    assert "agreement:agr-2015-env-mou" in found(app, "환경팀")
    built = index_rows(app)
    app.search.rebuild()
    assert index_rows(app) == built


def test_a_record_changed_after_a_worker_read_it_is_not_indexed_from_that_reading(demo_app):
    """What a worker prepared is written only for records still queued at the version it read: one saved
    meanwhile keeps the entries its save wrote; one changed by another bulk change stays queued, and so
    does one made anew at the same version number (purged, then a counterpart's version imported)."""
    db = demo_app.db
    ids = ["org-bj-epb", "org-bj-fao", "org-gone", "org-smg-cehq"]
    with db.writing() as uow:
        SearchIndex(db.dialect).bulk_written(uow.session, "organization", ids)
        uow.commit()
    backend = SearchIndex(db.dialect).backend
    with db.reading() as uow:
        backend.packer = packing.current(uow.session)
        read = index.prepare_queued(uow.session.connection(), backend, "organization", ids)
    assert read.versions["org-gone"] is None and read.versions["org-bj-epb"][0] >= 1
    saved = demo_app.records.get("organization", "org-bj-epb")  # a clerk's save: indexed by it, dequeued
    demo_app.records.update("organization", {**saved.doc, "name": {"en": "Seoul Hydrogen Office"}}, saved.version)
    with db.writing() as uow:  # another bulk change: a new version, queued again
        uow.session.execute(text("UPDATE organizations SET version = version + 1, name = '{\"en\": \"Han River Desk\"}' "
                                 "WHERE id = 'org-smg-cehq'"))
        # … and a record made anew: the same version number, another revision
        uow.session.execute(text("UPDATE organizations SET revision = 'beijing:999', name = '{\"en\": \"Anew Bureau\"}' "
                                 "WHERE id = 'org-bj-fao'"))
        SearchIndex(db.dialect).bulk_written(uow.session, "organization", ["org-smg-cehq", "org-bj-fao"])
        uow.commit()

    assert index.write_prepared(db, backend, read) == 1  # only the record gone, unchanged since
    assert found(demo_app, "hydrogen") == {"organization:org-bj-epb"}  # the save's entries stand
    with db.reading() as uow:
        assert queue.waiting(uow.session) == [("organization", "org-bj-fao"), ("organization", "org-smg-cehq")]
    assert index.build_queued(db) == 2
    assert found(demo_app, "\"han river desk\"") == {"organization:org-smg-cehq"}
    assert found(demo_app, "anew") == {"organization:org-bj-fao"}
    assert waiting(demo_app) == 0 and check(demo_app).errors == [] and check(demo_app).warnings == []


def test_a_worker_leaves_alone_what_another_builder_indexed_meanwhile(demo_app):
    db = demo_app.db
    with db.writing() as uow:
        SearchIndex(db.dialect).bulk_written(uow.session, "organization", ["org-bj-epb", "org-bj-fao"])
        uow.commit()
    assert index.build_queued(db) == 2  # another clerk's app, or the command beside this one
    backend = SearchIndex(db.dialect).backend
    with db.reading() as uow:
        backend.packer = packing.current(uow.session)
        read = index.prepare_queued(uow.session.connection(), backend, "organization", ["org-bj-epb", "org-bj-fao"])
    assert read.versions == {} and read.rows == []  # nothing read or split again
    assert index.write_prepared(db, backend, read) == 0


def test_a_stop_ends_the_workers_and_leaves_the_rest_queued(app, monkeypatch):
    bulk_import(app)
    total = waiting(app)
    by_workers = written_by_workers(monkeypatch)
    asked = iter([False, True])  # before the workers start; after the first batch (5 records at most)
    built = index.build_queued(app.db, batch=5, workers=2, stop=lambda: next(asked))
    assert by_workers == [built] and 0 < built <= 5 and waiting(app) == total - built
    assert multiprocessing.active_children() == []  # the worker processes ended with the stop
    assert index.build_queued(app.db, workers=2) == total - built and waiting(app) == 0


def test_the_percentage_follows_the_batches(app):
    bulk_import(app)
    total = waiting(app)
    index.build_queued(app.db, batch=total // 2 + 1, stop=iter([False, True]).__next__)  # one batch only
    with app.db.reading() as uow:
        percent = queue.built_percent(uow.session)
    assert percent == 100 * (total // 2 + 1) // total
    assert search(app, "kind:meeting").built_percent == percent


def test_records_trashed_or_gone_lose_their_entries_in_the_same_transaction(demo_app):
    assert "meeting:mtg-env-1" in found(demo_app, "kind:meeting")
    with demo_app.db.writing() as uow:
        s = uow.session
        s.execute(text("UPDATE meetings SET deleted_at = CURRENT_TIMESTAMP WHERE id = 'mtg-env-1'"))
        SearchIndex(demo_app.db.dialect).bulk_written(s, "meeting", ["mtg-env-1", "mtg-never-was"])
        uow.commit()
    assert "meeting:mtg-env-1" not in found(demo_app, "kind:meeting")  # before the queue is built
    assert check(demo_app).errors == []
    assert index.build_queued(demo_app.db) == 2
    assert "meeting:mtg-env-1" not in found(demo_app, "kind:meeting")
    assert waiting(demo_app) == 0 and check(demo_app).errors == []


def test_a_rolled_back_bulk_change_leaves_the_index_and_queue_as_they_were(demo_app):
    before = index_rows(demo_app)
    with demo_app.db.writing() as uow:
        SearchIndex(demo_app.db.dialect).bulk_written(uow.session, "meeting", ["mtg-env-1"])
        assert queue.count(uow.session) == 1  # … and left without a commit: rolled back
    assert waiting(demo_app) == 0 and index_rows(demo_app) == before


def test_a_save_of_a_queued_record_indexes_it_in_its_own_transaction(demo_app):
    with demo_app.db.writing() as uow:
        SearchIndex(demo_app.db.dialect).bulk_written(uow.session, "organization", ["org-bj-epb"])
        uow.commit()
    assert waiting(demo_app) == 1
    loaded = demo_app.records.get("organization", "org-bj-epb")
    demo_app.records.update("organization", {**loaded.doc, "name": {"en": "Seoul Hydrogen Office"}}, loaded.version)
    assert waiting(demo_app) == 0 and found(demo_app, "hydrogen") == {"organization:org-bj-epb"}
    assert check(demo_app).errors == []


def test_the_command_line_says_how_far_and_finishes_the_queue_before_it_exits(app, database_url, capsys):
    from secretariat_app import cli

    bulk_import(app)
    app.close()
    assert cli.main(["--database-url", database_url, "search", "환경팀"]) == 0
    said = capsys.readouterr()
    assert "the search index is 0 % built" in said.err and "0 result(s)" in said.out
    again = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    try:
        assert waiting(again) == 0 and "agreement:agr-2015-env-mou" in found(again, "환경팀")
    finally:
        again.close()
    assert cli.main(["--database-url", database_url, "search", "환경팀"]) == 0
    said = capsys.readouterr()
    assert "built" not in said.err and "agr-2015-env-mou" in said.out


KILLER = textwrap.dedent("""
    import os, signal, sys
    from secretariat_app.search import index
    from secretariat_app.search.backends import Backend
    from secretariat_app.settings import Settings
    from secretariat_app.storage.database import Database

    where = sys.argv[2]
    db = Database(Settings(sys.argv[1], "tester"))
    if where == "inside":  # entries written, not committed
        real = Backend.hold_words
        def hold(self, session, many):
            real(self, session, many)
            if not many:
                os.kill(os.getpid(), signal.SIGKILL)
        for cls in Backend.__subclasses__():
            cls.hold_words = hold
    def progress(done, total):
        if where == "between" and done >= 30:  # batches committed, the rest queued
            print(done, flush=True)
            os.kill(os.getpid(), signal.SIGKILL)
    index.build_queued(db, progress, batch=15, workers=int(sys.argv[3]))
""")


@pytest.mark.parametrize("workers", [0, 2], ids=["here", "by workers"])
def test_a_kill_at_any_moment_leaves_every_record_indexed_or_queued(app, database_url, workers):
    bulk_import(app)
    total = waiting(app)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for where in ("inside", "between"):
        run = subprocess.run([sys.executable, "-c", KILLER, database_url, where, str(workers)], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == -signal.SIGKILL, run.stderr
        committed = int(run.stdout) if where == "between" else 0  # (batches are of one kind: 15 at most)
        assert waiting(app) == total - committed and (where == "inside" or committed >= 30)
        assert check(app).errors == []
    index.build_queued(app.db)  # the next start's work
    assert waiting(app) == 0 and check(app).errors == [] and check(app).warnings == []
    assert "agreement:agr-2015-env-mou" in found(app, "환경팀")


def test_texts_are_packed_with_a_dictionary_after_a_rebuild(demo_app):
    demo_app.search.rebuild()
    with demo_app.db.reading() as uow:
        s = uow.session
        packer = packing.current(s)
        firsts = {bytes(p)[0] for (p,) in s.execute(text("SELECT packed FROM search_texts"))}
        assert packer.number == 1 and 0 < len(packer.dictionary) <= packing.DICTIONARY_BYTES
    assert firsts == {1}
    result = search(demo_app, "환경팀 kind:agreement").results[0]
    assert result.id == "agr-2015-env-mou" and "환경팀" in result.snippet.text
    loaded = demo_app.records.get("organization", "org-bj-epb")  # words removed with the packed texts
    demo_app.records.update("organization", {**loaded.doc, "name": {"en": "Seoul Hydrogen Office"}}, loaded.version)
    assert found(demo_app, "hydrogen") == {"organization:org-bj-epb"} and check(demo_app).errors == []


def test_a_dictionary_packs_short_texts_smaller():
    texts = [[("title", "ko", f"서울특별시 기후환경본부 제{i}차 환경협력 회의"),
              ("summary", "zh", f"北京市生态环境局与首尔市第{i}次会议讨论了大气污染防治合作")] for i in range(300)]
    plain, trained = packing.Packer(), packing.Packer(1, {1: packing.train(texts[:200])})
    for texts_ in texts[200:]:
        small = trained.pack(None, texts_)
        assert len(small) < len(plain.pack(None, texts_)) / 2
        assert trained.unpack(small) == (None, [tuple(t) for t in texts_])
        assert trained.unpack(plain.pack({"en": "t"}, texts_)) == ({"en": "t"}, [tuple(t) for t in texts_])


def test_the_upgrade_packs_the_texts_there_with_a_dictionary_of_their_own(demo_app, database_url):
    before = {r.id: (r.kind, r.snippet.text) for r in search(demo_app, "환경팀").results}
    with downgraded(demo_app, "0012"):
        pass
    again = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    try:
        with again.db.reading() as uow:
            firsts = {bytes(p)[0] for (p,) in uow.session.execute(text("SELECT packed FROM search_texts"))}
        assert firsts == {1}
        assert {r.id: (r.kind, r.snippet.text) for r in search(again, "환경팀").results} == before
        assert check(again).errors == []
    finally:
        again.close()


def test_where_no_worker_process_can_start_this_process_indexes_everything(app, monkeypatch, caplog):
    bulk_import(app)
    total = waiting(app)
    monkeypatch.setenv("PYTHONHOME", str(ROOT / "no-such-python"))  # a worker's interpreter cannot start
    assert index.build_queued(app.db, batch=10, workers=2) == total
    assert waiting(app) == 0 and check(app).errors == [] and check(app).warnings == []
    assert "worker processes failed" in caplog.text
