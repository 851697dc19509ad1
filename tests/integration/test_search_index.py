"""The index follows every write in the same transaction (create, edit, trash, restore, undo, import),
rolls back with it, is rebuilt by reindex, is built after an upgrade from 0001, and check finds gaps."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest
from alembic import command
from sqlalchemy import text

from secretariat_app import bootstrap
from secretariat_app.errors import SecretariatError, ValidationError
from secretariat_app.search import index
from secretariat_app.search.backends import DAY_SLOTS
from secretariat_app.services import attachments, maintenance
from secretariat_app.settings import Settings
from secretariat_app.storage import migrations
from tests import factories as f
from tests.integration.search_helpers import add_corpus, downgraded, found, search


def problems(app) -> list[str]:
    report = maintenance.CheckReport()
    index.check_index(app.db, report)
    return report.errors


def counts(app) -> tuple[int, int]:
    with app.db.reading() as uow:
        entries = uow.session.scalar(text("SELECT count(*) FROM search_entries"))
        facets = uow.session.scalar(text("SELECT count(*) FROM search_facets"))
    return entries, facets


@pytest.fixture
def corpus(app):
    add_corpus(app)
    return app


def test_create_edit_trash_restore_and_undo(corpus):
    assert found(corpus, "tourism") == {"organization:org-c"}
    loaded = corpus.records.get("organization", "org-c")
    corpus.records.update("organization", {**loaded.doc, "name": {"en": "Seoul Hydrogen Office"}}, loaded.version)
    assert found(corpus, "tourism") == set()
    assert found(corpus, "hydrogen") == {"organization:org-c"}
    corpus.records.undo()
    assert found(corpus, "tourism") == {"organization:org-c"} and found(corpus, "hydrogen") == set()
    corpus.records.delete([("visit", "visit-a")])
    assert found(corpus, "mayor") == set()
    corpus.records.restore([("visit", "visit-a")])
    assert found(corpus, "mayor") == {"visit:visit-a"}
    corpus.records.undo()  # the restore: back to the trash
    assert found(corpus, "mayor") == set()
    assert problems(corpus) == []


def test_many_edits_leave_no_stale_words(corpus):
    """A contentless FTS5 row is forgotten only with exactly its words: any slip shows up here."""
    for i in range(6):
        loaded = corpus.records.get("meeting", "mtg-a")
        minutes = {**loaded.doc["minutes"], "summary": {"en": f"Round {i} summary word{i}", "zh": f"第{i}轮北京会谈"}}
        corpus.records.update("meeting", {**loaded.doc, "minutes": minutes}, loaded.version)
    assert found(corpus, "word5") == {"meeting:mtg-a"}
    assert all(found(corpus, f"word{i}") == set() for i in range(5))
    assert found(corpus, "第5轮") == {"meeting:mtg-a"} and found(corpus, "第4轮") == set()
    assert problems(corpus) == []


def test_actions_follow_their_meeting(corpus):
    loaded = corpus.records.get("meeting", "mtg-a")
    minutes = {**loaded.doc["minutes"], "actions": [f.action("act-9", text={"en": "Order electrolysers"})]}
    corpus.records.update("meeting", {**loaded.doc, "minutes": minutes}, loaded.version)
    assert {r.id for r in search(corpus, "kind:action").results} == {"act-9"}
    assert found(corpus, "electrolysers") == {"meeting:mtg-a"}


def test_a_refused_write_leaves_the_index_as_it_was(corpus):
    before = counts(corpus)
    with pytest.raises(ValidationError):
        corpus.records.create("organization", {"id": "org-bad", "name": {"en": "Zeppelin Office"}})
    with pytest.raises(SecretariatError):  # in use by agr-dust: refused after the first step ran
        corpus.records.delete([("visit", "visit-a"), ("team", "team-a")])
    assert counts(corpus) == before
    assert found(corpus, "mayor") == {"visit:visit-a"}


def test_import_indexes_in_the_same_transaction_and_a_dry_run_leaves_nothing(app, tmp_path):
    doc = f.basics()
    doc["organizations"].append(f.organization("org-z", name={"zh": "首尔特别市氢能办公室"}))
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    app.exchange.import_file(path, dry_run=True)
    assert found(app, "氢能") == set() and counts(app) == (0, 0)
    app.exchange.import_file(path)
    assert found(app, "氢能") == {"organization:org-z"}
    assert found(app, "hydrogen OR 氫能") == {"organization:org-z"}  # Traditional 氫 → 氢
    assert problems(app) == []


def test_reindex_rebuilds_what_was_lost_and_check_reports_it(corpus):
    wanted = found(corpus, "dust OR 环境 OR kind:action")
    with corpus.db.writing() as uow:
        uow.session.execute(text("DELETE FROM search_entries WHERE record_kind = 'agreement'"))
        uow.session.execute(text("DELETE FROM search_meta"))
        uow.commit()
    errors = problems(corpus)
    assert any("3 agreement record(s) missing" in e for e in errors)
    assert any("another version" in e for e in errors)
    report = index.rebuild(corpus.db)
    assert report is not None and report.records == 11 and report.entries == 14  # + 3 actions
    assert problems(corpus) == []
    assert found(corpus, "dust OR 环境 OR kind:action") == wanted


def test_check_reports_entries_of_records_that_are_gone(corpus):
    with corpus.db.writing() as uow:
        uow.session.execute(text("UPDATE organizations SET deleted_at = updated_at WHERE id = 'org-c'"))
        uow.commit()
    assert any("1 entry for organization records that are gone" in e for e in problems(corpus))


def test_check_command_includes_the_index(corpus, database_url, capsys):
    from secretariat_app import cli

    with corpus.db.writing() as uow:
        uow.session.execute(text("DELETE FROM search_entries WHERE kind = 'action'"))
        uow.commit()
    args = ["--database-url", database_url, "check"]
    assert cli.main(args) == 1
    assert "3 action item(s) missing" in capsys.readouterr().err
    assert cli.main(["--database-url", database_url, "reindex", "--workers", "-1"]) == 2
    assert "--workers must be 0 or more" in capsys.readouterr().err
    assert cli.main(["--database-url", database_url, "reindex"]) == 0
    assert cli.main(args) == 0


def test_upgrade_from_0001_builds_the_index_on_open(demo_app, database_url):
    demo_app.close()
    engine = demo_app.db.engine
    cfg = migrations.alembic_config()
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":  # later migrations rebuild tables on the way down
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # outside a transaction
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001")
    assert migrations.current_revision(engine) == "0001"
    engine.dispose()
    again = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    try:
        assert migrations.current_revision(again.db.engine) == migrations.head_revision()
        assert "agreement:agr-2015-env-mou" in found(again, "환경팀")
        assert problems(again) == []
    finally:
        again.close()


def _entry_ids(app) -> set[int]:
    with app.db.reading() as uow:
        return set(uow.session.scalars(text("SELECT id FROM search_entries")))


def test_upgrade_from_0003_moves_the_texts_out_of_the_entries(demo_app, database_url):
    """PostgreSQL keeps its entries (texts moved to search_texts); SQLite renumbers them by date."""
    before = _entry_ids(demo_app)
    with downgraded(demo_app, "0003") as conn:
        columns = {c for (c,) in conn.execute(text(
            "SELECT name FROM pragma_table_info('search_entries')" if conn.dialect.name == "sqlite" else
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'search_entries'"))}
        assert {"title", "texts"} <= columns
    again = bootstrap.open_app(Settings(database_url=database_url, user="tester"))
    try:
        assert migrations.current_revision(again.db.engine) == migrations.head_revision()
        ids = _entry_ids(again)
        if again.db.dialect == "postgresql":
            assert ids == before  # moved, not rebuilt
            with again.db.reading() as uow:  # the title words, taken from the weight-A words of tsv
                assert uow.session.scalar(text(
                    "SELECT count(*) FROM search_entries WHERE tsv_title = ts_filter(tsv, '{a}') "
                    "AND tsv_title <> ''::tsvector")) == uow.session.scalar(text(
                        "SELECT count(*) FROM search_entries WHERE ts_filter(tsv, '{a}') <> ''::tsvector")) > 0
        else:
            assert max(ids) // DAY_SLOTS == date(2016, 3, 24).toordinal()  # rebuilt, numbered by date
        result = search(again, "환경팀 kind:agreement").results[0]
        assert result.id == "agr-2015-env-mou" and "환경팀" in result.snippet.text
        assert problems(again) == []
    finally:
        again.close()


def _pdf(lines: list[str]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    from secretariat_app.fonts import font_for_language

    pdfmetrics.registerFont(TTFont("SearchTestKR", str(font_for_language("ko"))))
    pdfmetrics.registerFont(TTFont("SearchTestSC", str(font_for_language("zh"))))
    buf = io.BytesIO()
    page = canvas.Canvas(buf)
    for i, (font, line) in enumerate(lines):
        page.setFont(font, 12)
        page.drawString(50, 800 - 20 * i, line)
    page.save()
    return buf.getvalue()


def test_text_of_attached_pdfs_is_searchable(corpus):
    data = _pdf([("Helvetica", "Hydrogen buses for both cities"), ("SearchTestKR", "수소버스 공동 도입 계획"),
                 ("SearchTestSC", "氢能公交车联合引进计划")])
    entry = attachments.store_bytes(corpus.db, "plan.pdf", data)
    scan = attachments.store_bytes(corpus.db, "scan.pdf", b"%PDF-1.4 not really a pdf")
    loaded = corpus.records.get("agreement", "agr-culture")
    corpus.records.update("agreement", {**loaded.doc, "attachments": [entry, scan]}, loaded.version)
    # The save lists the files and reads none of them: their text comes after it, from the worker.
    assert search(corpus, "hydrogen buses").results == [] and found(corpus, "plan.pdf") == {"agreement:agr-culture"}
    report = corpus.extraction.run()
    assert report.files == 2 and report.by_state == {"text": 1, "none": 1} and report.reasons == {"damaged": 1}
    for query in ("hydrogen buses", "수소버스", "公交车", "plan.pdf"):
        results = search(corpus, query).results
        assert [(r.kind, r.record.id, r.part) for r in results] == [("attachment", "agr-culture", "attachment-1")], query
    r = search(corpus, "수소버스").results[0]
    assert r.snippet.text[slice(*r.snippet.highlights[0])] == "수소버스"
    assert found(corpus, "has:attachment kind:agreement") == {"agreement:agr-culture"}
    assert problems(corpus) == []
