"""The words of every common attachment are found by `secretariat search`: real files made for the test
with the libraries that write each format (tests/attachment_files.py), read by the app's own readers in
a child process after the save, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import pytest

from secretariat_app import cli
from secretariat_app.services import attachments
from tests import attachment_files as files
from tests import factories as f

AGREEMENT = "agr-2015-env-mou"  # Korean, Chinese and English texts


def _files() -> dict[str, tuple[bytes, str]]:
    """name → (bytes, a word only that file holds)."""
    return {
        "협정문.hwp": (files.hwp5(["수소버스 공동 도입 계획", *files.MOU_KO[:2]]), "수소버스"),
        "협정문.hwpx": (files.hwpx(["탄소중립도시 선언", "氢能城市"]), "탄소중립도시"),
        "배포용.hwp": (files.distribution_hwp(["기후동맹 실천 계획", "两市气候联盟"]), "기후동맹"),
        "draft.docx": (files.docx(["녹색교통 시범사업", "Green transport pilot"],
                                  table=[["项目", "共享单车"], ["예산", "300"]]), "共享单车"),
        "budget.xlsx": (files.xlsx({"예산": [["항목", "금액"], ["관측장비예산", 120000]],
                                    "预算": [["设备预算", 88000]]}), "관측장비예산"),
        "minutes.odt": (files.odt(["빗물재이용 협력 회의록", "雨水利用"]), "빗물재이용"),
        "notes-cp949.txt": ("한강수질 개선 메모\n".encode("cp949"), "한강수질"),
        "notes-gb18030.txt": ("永定河治理备忘\n两市共同监测".encode("gb18030"), "永定河治理"),
        "plan.pdf": (files.text_pdf([["Hydrogen buses for both cities"], ["氢能公交车联合引进计划"]]), "氢能公交车"),
    }


def _cli_search(app: Any, query: str, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    where = ["--db", str(app.settings.sqlite_path)] if app.settings.sqlite_path else \
        ["--database-url", app.settings.database_url]
    assert cli.main([*where, "search", query, "--json", "--limit", "50"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_words_of_every_format_are_found(demo_app, capsys):
    made = _files()
    listed = [attachments.store_bytes(demo_app.db, name, data) for name, (data, _word) in made.items()]
    loaded = demo_app.records.get("agreement", AGREEMENT)
    demo_app.records.update("agreement", {**loaded.doc, "attachments": listed}, loaded.version)
    before = f.snapshot(demo_app)

    report = demo_app.extraction.run()
    assert report.files == len(made) and report.by_state == {"text": len(made)}, report
    assert f.snapshot(demo_app) == before  # the records, their history and the files as they were
    states = demo_app.extraction.states([x["sha256"] for x in listed])
    assert [states[x["sha256"]].method for x in listed] == [
        "hwp", "hwpx", "hwp-distribution", "docx", "sheet", "odt", "text", "text", "pdf"]

    for number, (name, (_data, word)) in enumerate(made.items(), 1):
        hits = _cli_search(demo_app, word, capsys)
        assert [(h["kind"], h["record"]["id"], h["part"]) for h in hits] == \
            [("attachment", AGREEMENT, f"attachment-{number}")], (name, word, hits)
        assert word in hits[0]["snippet"] and hits[0]["snippet"][slice(*hits[0]["highlights"][0])] == word
    # The distribution document's words come from its encrypted body, not the notice a reader without the
    # key shows; the workbook's second sheet and the PDF's second page say where they are.
    assert _cli_search(demo_app, "뷰어가", capsys) == []
    assert [h.get("page") for h in _cli_search(demo_app, "设备预算", capsys)] == [2]
    assert [h.get("page") for h in _cli_search(demo_app, "氢能公交车", capsys)] == [2]
    assert [h.get("page") for h in _cli_search(demo_app, "수소버스", capsys)] == [None]  # a document of one flow

    # Filters: has:text finds the agreement (it has files with text), in:attachment only the files' text,
    # has:ocr nothing (no scan among them).
    assert {(h["kind"], h["id"]) for h in _cli_search(demo_app, "has:text kind:agreement", capsys)} >= {
        ("agreement", AGREEMENT)}
    assert _cli_search(demo_app, "has:ocr", capsys) == []
    assert {h["kind"] for h in _cli_search(demo_app, "氢能 in:attachment", capsys)} == {"attachment"}


def test_a_files_text_ranks_below_the_records_own_fields(demo_app):
    """The same word in an agreement's summary and in another agreement's attached file: the record's own
    field comes first, whatever BM25 thinks of the file (which says the word ten times)."""
    word = "수소충전소"
    listed = [attachments.store_bytes(demo_app.db, "plan.hwpx", files.hwpx([f"{word} " * 10]))]
    first = demo_app.records.get("agreement", AGREEMENT)
    demo_app.records.update("agreement", {**first.doc, "attachments": listed}, first.version)
    other = "agr-2013-council-mou"
    loaded = demo_app.records.get("agreement", other)
    summary = {**(loaded.doc.get("summary") or {}), "ko": f"한 번 나오는 {word} 이야기"}
    demo_app.records.update("agreement", {**loaded.doc, "summary": summary}, loaded.version)
    demo_app.extraction.run()
    results = demo_app.search.search(word, 20).results
    assert [(r.kind, r.record.id) for r in results] == [("agreement", other), ("attachment", AGREEMENT)]
