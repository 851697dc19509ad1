"""Agenda run sheets, minutes (with the draft watermark) and agreement summary sheets, read back."""

from __future__ import annotations

import re
from datetime import date

from secretariat_app import bootstrap
from secretariat_app.app import printing as jobs
from secretariat_app.reports.data import SheetOptions

from . import pdftools


def _sheet(app: bootstrap.App, kind: str, record_id: str, lang: str = "en",
           as_of: date = date(2016, 7, 1)) -> bytes:
    rendered = jobs.make_sheet(app.db, kind, record_id, SheetOptions(lang=lang, reproducible=True), as_of)
    assert rendered.missing == ()
    return rendered.pdf


def _rows(text: str) -> list[list[str]]:
    return [re.split(r"\s{2,}", line.strip()) for line in text.splitlines() if re.match(r"^\d+\s+\d\d:\d\d\s", line)]


def test_agenda_run_sheet_in_order_with_times_presenters_and_papers(demo_db: bootstrap.App) -> None:
    pdf = _sheet(demo_db, "agenda", "mtg-gc-2")
    text = pdftools.text(pdf)
    assert "Second General Conference of the Seoul-Beijing Integration" in text
    assert "Wednesday 4 November 2015 10:30–12:00" in text
    rows = _rows(text)
    # order, start time (the meeting's start plus the durations before), presenter, duration
    assert [(r[0], r[1], r[-2] if r[-1].startswith("SBIC") else r[-1]) for r in rows] == [
        ("1", "10:30", "10 min"), ("2", "10:40", "30 min"), ("3", "11:10", "15 min"), ("4", "11:25", "10 min"),
        ("5", "11:35", "10 min"), ("6", "11:45", "5 min")]
    signing = next(r for r in rows if r[0] == "4")
    assert "Zhang Wei" in signing and signing[-1] == "SBIC-2015-001"  # the linked paper
    assert [e.title for e in pdftools.outline(pdf)] == [
        "Second General Conference of the Seoul-Beijing Integration Council", "Attendance", "Agenda"]


def test_agenda_in_chinese(demo_db: bootstrap.App) -> None:
    text = pdftools.text(_sheet(demo_db, "agenda", "mtg-gc-2", "zh"))
    assert "北京-首尔混合委员会第二次全体会议" in pdftools.squeeze(text)
    assert re.search(r"序号\s+时间\s+议题\s+报告人\s+时长\s+相关文件", text)
    assert "2015年11月4日（星期三） 10:30–12:00" in text


def test_draft_minutes_carry_a_watermark_on_every_page(demo_db: bootstrap.App) -> None:
    pdf = _sheet(demo_db, "minutes", "mtg-env-1")
    # the big diagonal word is one form object drawn on each page (pdftotext cuts diagonal text to pieces)
    marks = pdftools.watermarks(pdf)
    assert len(marks) == pdftools.page_count(pdf) == 2
    assert set(marks) == {"DRAFT"}
    assert pdftools.renders_cleanly(pdf)
    assert re.search(r"Minutes\s+draft", pdftools.text(pdf))
    ko = _sheet(demo_db, "minutes", "mtg-env-1", "ko")
    assert len(pdftools.watermarks(ko)) == pdftools.page_count(ko)
    assert "초안" in pdftools.squeeze(pdftools.text(ko, layout=False))


def test_approved_minutes_have_no_watermark(demo_db: bootstrap.App) -> None:
    pdf = _sheet(demo_db, "minutes", "mtg-gc-2")
    text = pdftools.text(pdf)
    assert "DRAFT" not in text and pdftools.watermarks(pdf) == []
    assert "approved · Approved on 20 Nov 2015" in text


def test_minutes_attendance_notes_decisions_actions_statements(demo_db: bootstrap.App) -> None:
    pdf = _sheet(demo_db, "minutes", "mtg-gc-2", as_of=date(2016, 7, 1))
    text = pdftools.text(pdf)
    flat = " ".join(text.split())
    order = ["Attendance", "Park Won Soon", "Summary", "Notes by agenda item", "1. Opening remarks",
             "Decisions", "1. An Environment Team is established", "(Item 3)", "Action items",
             "Statements", "Park Won Soon: The two cities form a community that breathes the same air."]
    positions = [flat.find(x) for x in order]
    assert -1 not in positions and positions == sorted(positions), list(zip(order, positions, strict=True))
    # open and past due on the date given: marked overdue; done or not yet due: not
    lines = [line for line in text.splitlines() if "Draft a proposal for a joint start-up" in line]
    assert lines and "open" in lines[0]
    assert text.count("overdue") == 2
    titles = [e.title for e in pdftools.outline(pdf)]
    assert "1. Opening remarks" in titles and "Statements" in titles


def test_agreement_sheet(demo_db: bootstrap.App) -> None:
    pdf = _sheet(demo_db, "agreement", "agr-2015-env-mou", as_of=date(2018, 9, 1))
    text = pdftools.text(pdf)
    for expected in ("Agreement summary", "SBIC-2015-001", "MOU · in force", "Seoul Metropolitan Government",
                     "Beijing Municipal People's Government", "Park Won Soon", "Wang Anshun",
                     "4 Nov 2015 · Beijing", "3 Nov 2018", "Renewed automatically",
                     "Second General Conference of the Seoul-Beijing Integration Council"):
        assert expected in text, expected
    assert pdftools.page_count(pdf) == 1
    # The renewal terms as data and the timeline, read back from the PDF's text.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "90 days · last day to give notice 5 Aug 2018" in text
    assert "Renews itself for 36 months unless notice is given" in text
    assert "Kang Do-hyun (Seoul)" in text and "Li Ming (Beijing)" in text
    assert "Timeline" in lines
    signed = next(i for i, line in enumerate(lines) if line.startswith("4 Nov 2015 Signed Second General"))
    entered = lines.index("4 Nov 2015 Entered into force in force, until 3 Nov 2018 In force from signing, for three years")
    assert lines.index("Timeline") < signed < entered


def test_the_agreement_sheet_prints_its_timeline_in_korean_and_chinese(demo_db: bootstrap.App) -> None:
    for lang, words in (("ko", ("경과", "서명", "발효 중, 2018. 11. 3.까지", "강도현 (서울)")),
                        ("zh", ("历程", "签署", "有效, 至2018年11月3日", "李明 (北京)"))):
        pdf = _sheet(demo_db, "agreement", "agr-2015-env-mou", lang, as_of=date(2018, 9, 1))  # no glyph missing
        text = pdftools.text(pdf)
        for expected in words:
            assert expected in text, (lang, expected)


def test_unknown_document_kind_is_refused(demo_db: bootstrap.App) -> None:
    import pytest

    from secretariat_app.errors import SecretariatError

    with pytest.raises(SecretariatError, match="Unknown document 'memo'"):
        jobs.make_sheet(demo_db.db, "memo", "mtg-gc-2", SheetOptions(), date(2016, 1, 1))
    with pytest.raises(SecretariatError, match="There is no meeting 'nope'"):
        jobs.make_sheet(demo_db.db, "agenda", "nope", SheetOptions(), date(2016, 1, 1))
