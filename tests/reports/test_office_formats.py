"""Calendars, spreadsheets and Word documents, read back by independent libraries: icalendar and ical
for the .ics, openpyxl for the .xlsx, python-docx for the .docx (and LibreOffice for both, as a clerk's
office suite would open them)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import icalendar
import openpyxl
import pytest
from ical.calendar_stream import IcsCalendarStream

from secretariat_app import bootstrap, cli
from secretariat_app.reports.data import SheetOptions
from secretariat_app.services.calendar_feed import CalendarQuery
from secretariat_app.services.lists import ListQuery

from . import pdftools

SEOUL, BEIJING = ZoneInfo("Asia/Seoul"), ZoneInfo("Asia/Shanghai")


def _events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]).split("@")[0]: e for e in cal.walk("VEVENT")}


def _ical_events(data: bytes) -> dict[str, object]:
    cal = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    return {e.uid.split("@")[0]: e for e in cal.events}


# --- calendars -------------------------------------------------------------------------------------------


def test_a_meeting_at_14_in_beijing_is_15_in_seoul_for_both_readers(sqlite_demo_app: bootstrap.App) -> None:
    sqlite_demo_app.records.create("meeting", {
        "id": "mtg-cal", "kind": "working_meeting", "title": {"ko": "실무 회의", "zh": "工作会议", "en": "Working"},
        "starts_at": "2026-03-05T14:00:00+08:00", "ends_at": "2026-03-05T16:00:00+08:00", "city": "beijing"})
    data, _ = sqlite_demo_app.office.calendar(CalendarQuery(lang="ko"))
    ours = _events(data)["meeting-mtg-cal"]
    start = ours.decoded("dtstart")
    assert str(ours["summary"]) == "실무 회의"
    assert ours["dtstart"].params["TZID"] == "Asia/Shanghai" and start.hour == 14
    assert start.astimezone(SEOUL).hour == 15
    theirs = _ical_events(data)["meeting-mtg-cal"]
    assert theirs.dtstart.astimezone(SEOUL).hour == 15 and theirs.dtend.astimezone(SEOUL).hour == 17  # type: ignore[attr-defined]
    tzids = {str(tz["TZID"]) for tz in icalendar.Calendar.from_ical(data).walk("VTIMEZONE")}
    assert tzids == {"Asia/Seoul", "Asia/Shanghai"}


def test_uids_stay_and_sequence_follows_the_version(sqlite_demo_app: bootstrap.App) -> None:
    before = _events(sqlite_demo_app.office.calendar(CalendarQuery())[0])
    again = _events(sqlite_demo_app.office.calendar(CalendarQuery())[0])
    assert before.keys() == again.keys() and {k: str(v["uid"]) for k, v in before.items()} == \
        {k: str(v["uid"]) for k, v in again.items()}
    loaded = sqlite_demo_app.records.get("meeting", "mtg-gc-2")
    sqlite_demo_app.records.update("meeting", {**loaded.doc, "venue": {"en": "City Hall"}}, loaded.version)
    after = _events(sqlite_demo_app.office.calendar(CalendarQuery())[0])
    assert str(after["meeting-mtg-gc-2"]["uid"]) == str(before["meeting-mtg-gc-2"]["uid"])
    assert after["meeting-mtg-gc-2"]["sequence"] == before["meeting-mtg-gc-2"]["sequence"] + 1
    assert after["meeting-mtg-gc-2"].decoded("last-modified") >= before["meeting-mtg-gc-2"].decoded("last-modified")
    assert "City Hall" in str(after["meeting-mtg-gc-2"]["location"])


def test_kinds_of_entries(sqlite_demo_app: bootstrap.App) -> None:
    events = _events(sqlite_demo_app.office.calendar(CalendarQuery(lang="zh"))[0])
    expiry = events["agreement-agr-2015-env-mou-expiry"]
    assert expiry.decoded("dtstart") == date(2018, 11, 3)  # all-day
    assert [a.decoded("trigger").days for a in expiry.walk("VALARM")] == [-56]
    assert "SBIC-2015-001" in str(expiry["description"])
    visit = events["visit-visit-2015-beijing"]
    assert (visit.decoded("dtstart"), visit.decoded("dtend")) == (date(2015, 11, 1), date(2015, 11, 6))
    assert events["visit-visit-2015-beijing-stop-2"].decoded("dtstart") == datetime(2015, 11, 4, 10, tzinfo=BEIJING)
    assert str(events["action-act-2016-002"]["summary"]).startswith("期限: ")
    only = _events(sqlite_demo_app.office.calendar(CalendarQuery(kinds=("actions",), date_from=date(2016, 6, 1),
                                                            date_to=date(2016, 12, 31)))[0])
    assert sorted(only) == ["action-act-2015-003", "action-act-2015-004", "action-act-2016-001"]
    team = _events(sqlite_demo_app.office.calendar(CalendarQuery(team="team-environment"))[0])
    assert "meeting-mtg-env-1" in team and "meeting-mtg-gc-2" not in team
    assert not any(k.startswith("visit-") for k in team)


def test_calendar_command_and_its_refusals(sqlite_demo_app: bootstrap.App, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = str(sqlite_demo_app.settings.sqlite_path)
    out = tmp_path / "council.ics"
    assert cli.main(["--db", db, "calendar", "-o", str(out), "--lang", "zh", "--kinds", "meetings,expiries"]) == 0
    # Three meetings, the environment MOU's expiry and the last day to give notice of it.
    assert "Wrote 5 calendar entries" in capsys.readouterr().out
    assert len(_ical_events(out.read_bytes())) == 5
    assert cli.main(["--db", db, "calendar", "-o", str(tmp_path / "x.txt")]) == 2
    assert cli.main(["--db", db, "calendar", "-o", str(out), "--kinds", "birthdays"]) == 2
    assert cli.main(["--db", db, "calendar", "-o", str(out), "--team", "team-nope"]) == 2
    said = capsys.readouterr().err
    assert "write a calendar to a .ics file" in said and "'birthdays'" in said and "no team 'team-nope'" in said
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("ui.sqlite3")] == ["council.ics"]


# --- spreadsheets ----------------------------------------------------------------------------------------


def test_a_list_as_it_stands(sqlite_demo_app: bootstrap.App, tmp_path: Path) -> None:
    sqlite_demo_app.records.create("meeting", {
        "id": "mtg-formula", "kind": "other", "title": {"en": "=HYPERLINK(\"http://x\")"},
        "starts_at": "2016-01-05T09:00:00+09:00", "city": "seoul"})
    query = ListQuery("meeting", sort="title", lang="ko")
    out = tmp_path / "meetings.xlsx"
    assert sqlite_demo_app.office.export_list(out, query, "ko") == 4
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["제목 (한국어)", "제목 (중국어)", "제목 (영어)"] and header[-1] == "시스템 ID"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}5"
    ids = [row[-1].value for row in sheet.iter_rows(min_row=2)]
    assert ids == sqlite_demo_app.lists.run(query).ids
    rows = {row[-1].value: [c.value for c in row] for row in sheet.iter_rows(min_row=2)}
    gc2 = rows["mtg-gc-2"]
    at = header.index("일시")
    assert gc2[at] == datetime(2015, 11, 4, 10, 30) and gc2[at + 1] == "Asia/Shanghai"
    assert gc2[header.index("회의록")] == "승인"
    assert rows["mtg-formula"][2] == "=HYPERLINK(\"http://x\")"  # text, not a formula
    assert sheet.cell(ids.index("mtg-formula") + 2, 3).data_type == "s"
    filtered = tmp_path / "env.xlsx"
    assert sqlite_demo_app.office.export_list(filtered, ListQuery("meeting", text="환경", facet="draft"), "en") == 1


def test_named_reports(sqlite_demo_app: bootstrap.App, tmp_path: Path) -> None:
    register = tmp_path / "register.xlsx"
    assert sqlite_demo_app.office.export_report(register, "register", "en") == 2
    rows = list(openpyxl.load_workbook(register).active.values)
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert header[0] == "Reference" and "Signatories" in header
    assert first["Signed"] == datetime(2013, 4, 21) and "(" in first["Signatories"]
    actions = tmp_path / "actions.xlsx"
    sqlite_demo_app.office.export_report(actions, "actions", "en", as_of=date(2016, 7, 1))
    table = list(openpyxl.load_workbook(actions).active.values)
    owners = [r[0] for r in table[1:]]
    assert owners == sorted(owners, key=str.casefold)
    late = {r[-1]: r[3] for r in table[1:]}
    assert late["act-2016-002"] == 31 and late["act-2015-005"] is None
    # The roll call says who came, who did not and who stood in for whom (reopened first: it was final).
    sqlite_demo_app.meetings.reopen("mtg-gc-2", date(2016, 1, 5))
    loaded = sqlite_demo_app.records.get("meeting", "mtg-gc-2")
    roll = loaded.doc["minutes"]["attendees"]
    roll[1].update(status="represented", represented_by="person-li-ming")
    roll[2].update(status="excused")
    sqlite_demo_app.records.update("meeting", loaded.doc, loaded.version)
    attendance = tmp_path / "attendance.xlsx"
    sqlite_demo_app.office.export_report(attendance, "attendance", "zh", "mtg-gc-2")
    sheet = openpyxl.load_workbook(attendance).active
    assert sheet.title.startswith("出席人员") and sheet.max_row > 5
    attended = {row[-1]: row[-2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert attended[roll[0]["person"]] == "是" and attended[roll[1]["person"]] == "由李明代为出席"
    assert attended[roll[2]["person"]] == "请假"
    contacts = tmp_path / "contacts.xlsx"
    assert sqlite_demo_app.office.export_report(contacts, "contacts", "ko") == 14


def test_export_commands(sqlite_demo_app: bootstrap.App, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(sqlite_demo_app.settings.sqlite_path)
    out = tmp_path / "a.xlsx"
    assert cli.main(["--db", db, "export-list", "agreement", "-o", str(out), "--sort", "expires_on",
                     "--descending"]) == 0
    assert cli.main(["--db", db, "export-report", "attendance", "-o", str(out)]) == 2
    assert cli.main(["--db", db, "export-list", "meeting", "-o", str(out), "--sort", "colour"]) == 2
    said = capsys.readouterr()
    assert "Wrote 2 rows" in said.out and "needs a meeting" in said.err and "no column 'colour'" in said.err


# --- Word --------------------------------------------------------------------------------------------------


def test_minutes_in_word(sqlite_demo_app: bootstrap.App, tmp_path: Path) -> None:
    out = tmp_path / "minutes.docx"
    sqlite_demo_app.office.write_word(out, "minutes", "mtg-gc-2", SheetOptions(lang="ko"), date(2016, 1, 10))
    document = docx.Document(str(out))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", "회의록 — 서울-베이징 통합위원회 제2차 전체회의")
    assert ("Heading 1", "참석자") in headings and ("Heading 1", "결정 사항") in headings
    assert any(style == "Heading 2" for style, _ in headings)
    attendance = document.tables[2]
    # the roll call by city: Seoul's first, each line with its attendance (an older file's: present)
    assert [c.text for c in attendance.rows[0].cells] == ["성명", "직위", "소속", "참석 여부"] and len(attendance.rows) > 5
    assert {row.cells[3].text for row in attendance.rows[1:]} == {"참석"}
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia") == "Malgun Gothic"
    footer = zipfile.ZipFile(out).read("word/footer1.xml").decode()
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_agenda_in_word_shows_both_clocks(sqlite_demo_app: bootstrap.App, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "agenda.docx"
    assert cli.main(["--db", str(sqlite_demo_app.settings.sqlite_path), "print", "agenda", "mtg-gc-2", "-o", str(out),
                     "--lang", "zh"]) == 0
    table = docx.Document(str(out)).tables[-1]
    assert [c.text for c in table.rows[0].cells][:3] == ["序号", "北京时间", "首尔时间"]
    assert [c.text for c in table.rows[1].cells][1:3] == ["10:30", "11:30"]
    assert cli.main(["--db", str(sqlite_demo_app.settings.sqlite_path), "print", "agreement", "agr-2015-env-mou",
                     "-o", str(tmp_path / "a.docx")]) == 2
    assert "not made as a Word document" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (libreoffice-writer, -calc) is not installed")
def test_libreoffice_opens_them_with_korean_and_chinese(sqlite_demo_app: bootstrap.App, tmp_path: Path) -> None:
    sqlite_demo_app.office.write_word(tmp_path / "minutes.docx", "minutes", "mtg-gc-2", SheetOptions(lang="ko"),
                                 date(2016, 1, 10))
    sqlite_demo_app.office.export_report(tmp_path / "contacts.xlsx", "contacts", "zh")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(tmp_path / "minutes.docx"), str(tmp_path / "contacts.xlsx")],
                   check=True, capture_output=True, timeout=180)
    minutes = pdftools.text((tmp_path / "minutes.pdf").read_bytes())
    assert "결정 사항" in minutes and "참석자" in minutes
    assert "姓名" in pdftools.text((tmp_path / "contacts.pdf").read_bytes())
