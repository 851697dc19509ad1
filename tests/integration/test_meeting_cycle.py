"""From one general conference to the next on the demo data, on every backend: conference 3 made from
conference 2 (or a template), its roll call, and minutes both cities approve before they are final."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat_app.domain import minutes_cycle
from secretariat_app.errors import ValidationError


def _places(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.place: p.code for p in exc.value.problems}


def test_conference_3_is_made_from_conference_2(demo_app):
    meetings = demo_app.meetings
    assert meetings.previous("general_conference", None) == "mtg-gc-2"
    _, new_id = meetings.new_from_meeting("mtg-gc-2", date(2017, 10, 26))
    new = demo_app.records.get("meeting", new_id).doc
    old = demo_app.records.get("meeting", "mtg-gc-2").doc
    assert new["number"] == 3 and new["kind"] == "general_conference"
    assert new["title"] == {"ko": "서울-베이징 통합위원회 제3차 전체회의", "zh": "北京-首尔混合委员会第三次全体会议",
                            "en": "Third General Conference of the Seoul-Beijing Integration Council"}
    # Beijing held the 2nd: the 3rd is in Seoul, at the same hour on Seoul's clock, for as long
    assert new["city"] == "seoul" and new["starts_at"] == "2017-10-26T10:30:00+09:00"
    assert new["venue"] is None and new["host_organization"] is None
    assert [a["title"] for a in new["agenda"]] == [a["title"] for a in old["agenda"]]
    assert new["participants"] == old["participants"]
    assert new["minutes"] is None  # the minutes stay behind
    assert meetings.previous("general_conference", None) == new_id


def _lm(ko: str, zh: str, en: str) -> dict[str, str]:
    return {"ko": ko, "zh": zh, "en": en}


GENERAL_CONFERENCE = {
    "id": "tpl-general-conference", "kind": "general_conference",
    "name": _lm("전체회의 표준 의사일정", "全体会议标准议程", "General conference standing agenda"),
    "title": _lm("서울-베이징 통합위원회 전체회의", "北京-首尔混合委员会全体会议", "General Conference"),
    "items": [
        {"title": _lm("개회사", "开幕辞", "Opening remarks"), "duration_minutes": 10,
         "presenter_role": _lm("주최 도시 공동위원장", "主办城市共同委员长", "Host city co-chair")},
        {"title": _lm("팀별 추진 실적 보고", "各组工作报告", "Reports of the teams"), "duration_minutes": 60,
         "presenter_role": _lm("각 팀장", "各组组长", "Team leads")},
        {"title": _lm("폐회", "闭幕", "Closing"), "duration_minutes": 20},
    ],
}


def test_templates_are_records_with_their_rules(demo_app):
    demo_app.records.create("template", GENERAL_CONFERENCE)
    stored = demo_app.records.get("template", "tpl-general-conference").doc
    assert stored["items"][2] == {"title": _lm("폐회", "闭幕", "Closing"), "duration_minutes": 20,
                                  "presenter_role": None, "description": None}
    assert demo_app.lists.rows("template", ["tpl-general-conference"])["tpl-general-conference"]["items"] == 3
    bad = {**GENERAL_CONFERENCE, "id": "tpl-bad", "kind": "party", "items": [{"duration_minutes": 2000}]}
    with pytest.raises(ValidationError) as refused:
        demo_app.records.create("template", bad)
    assert _places(refused) == {"kind": "not_one_of", "items[0].title": "required",
                                "items[0].duration_minutes": "out_of_range"}


def test_a_meeting_from_a_template_has_its_standing_items_and_the_next_number(demo_app):
    demo_app.records.create("template", GENERAL_CONFERENCE)
    _, new_id = demo_app.meetings.new_from_template("tpl-general-conference", date(2017, 10, 26), city="beijing")
    new = demo_app.records.get("meeting", new_id).doc
    assert new["number"] == 3 and new["city"] == "beijing"
    assert new["starts_at"] == "2017-10-26T10:00:00+08:00" and new["ends_at"] == "2017-10-26T11:30:00+08:00"
    assert [(a["presenter_role"] or {}).get("en") for a in new["agenda"]] == ["Host city co-chair", "Team leads", None]
    assert all(a["presenter"] is None for a in new["agenda"])


def _with_minutes(app, meeting_id: str) -> None:
    loaded = app.records.get("meeting", meeting_id)
    doc = loaded.doc
    doc["minutes"] = {"status": "draft", "attendees": [
        {"person": "person-park-won-soon", "status": "present"},
        {"person": "person-wang-anshun", "status": "represented", "represented_by": "person-li-ming"},
        {"person": "person-kim-min-jun", "status": "excused"},
        {"person": "person-zhang-wei", "status": "absent"}],
        "guests": [{"name": "Dr. Lee", "affiliation": "Seoul Institute"}], "summary": {"en": "Agreed."}}
    app.records.update("meeting", doc, loaded.version)


def test_minutes_go_draft_circulated_approved_twice_locked_and_reopen(demo_app):
    _, mid = demo_app.meetings.new_from_meeting("mtg-gc-2", date(2017, 10, 26))
    _with_minutes(demo_app, mid)
    m = demo_app.meetings
    state = lambda: minutes_cycle.state(demo_app.records.get("meeting", mid).doc["minutes"])  # noqa: E731
    assert state() == "draft"
    with pytest.raises(ValidationError) as refused:  # not before both cities approved
        m.lock(mid, date(2017, 11, 1))
    assert _places(refused) == {"minutes": "not_circulated"}
    m.circulate(mid, date(2017, 10, 30), "beijing")
    assert state() == "circulated"
    m.approve(mid, "seoul", "person-park-won-soon", date(2017, 11, 2))
    assert state() == "approved_seoul"
    with pytest.raises(ValidationError) as refused:
        m.lock(mid, date(2017, 11, 3))
    assert refused.value.problems[0].values == {"cities": ["beijing"]}
    # With Seoul's approval standing, the text is what Seoul approved
    loaded = demo_app.records.get("meeting", mid)
    edited = {**loaded.doc, "minutes": {**loaded.doc["minutes"], "summary": {"en": "Changed."}}}
    with pytest.raises(ValidationError) as refused:
        demo_app.records.update("meeting", edited, loaded.version)
    assert _places(refused) == {"minutes": "minutes_locked"}
    m.approve(mid, "beijing", "person-wang-anshun", date(2017, 11, 5))
    assert state() == "approved_both"
    m.lock(mid, date(2017, 11, 6))
    minutes = demo_app.records.get("meeting", mid).doc["minutes"]
    assert state() == "locked" and minutes["approved_on"] == "2017-11-06"
    assert [(a["city"], a["by"], a["on"]) for a in minutes["approvals"]] == [
        ("seoul", "person-park-won-soon", "2017-11-02"), ("beijing", "person-wang-anshun", "2017-11-05")]
    m.reopen(mid, date(2017, 11, 20))
    minutes = demo_app.records.get("meeting", mid).doc["minutes"]
    assert state() == "draft"
    assert [a["withdrawn_on"] for a in minutes["approvals"]] == ["2017-11-20", "2017-11-20"]  # kept
    # ... and a second round of approvals follows the first in the history
    m.circulate(mid, date(2017, 11, 21), "beijing")
    m.approve(mid, "beijing", "person-wang-anshun", date(2017, 11, 22))
    minutes = demo_app.records.get("meeting", mid).doc["minutes"]
    assert len(minutes["approvals"]) == 3 and minutes_cycle.state(minutes) == "approved_beijing"


def test_locked_minutes_cannot_be_changed_by_an_import(demo_app, tmp_path):
    """The lock holds on the exchange's way in too: a file whose copy of final minutes differs is refused."""
    import json

    from secretariat_app.exchange import files

    doc = demo_app.records.get("meeting", "mtg-gc-2").doc
    assert minutes_cycle.state(doc["minutes"]) == "locked"  # the demo's approved minutes count as both cities'
    doc["minutes"]["summary"] = {"en": "Rewritten afterwards."}
    path = tmp_path / "changed.json"
    path.write_text(json.dumps({"format": files.FORMAT, "version": 2, "meetings": [doc]}), encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        demo_app.exchange.import_file(path)
    assert _places(refused) == {"meetings[0].minutes": "minutes_locked"}


def test_the_roll_call_is_kept_and_checked(demo_app):
    _, mid = demo_app.meetings.new_from_meeting("mtg-gc-2", date(2017, 10, 26))
    _with_minutes(demo_app, mid)
    minutes = demo_app.records.get("meeting", mid).doc["minutes"]
    assert minutes["attendees"][1] == {"person": "person-wang-anshun", "status": "represented",
                                       "represented_by": "person-li-ming"}
    assert minutes["guests"] == [{"name": "Dr. Lee", "affiliation": "Seoul Institute"}]
    loaded = demo_app.records.get("meeting", mid)
    doc = loaded.doc
    doc["minutes"]["attendees"][1]["represented_by"] = None
    doc["minutes"]["guests"].append({"name": "  ", "affiliation": None})
    with pytest.raises(ValidationError) as refused:
        demo_app.records.update("meeting", doc, loaded.version)
    assert _places(refused) == {"minutes.attendees[1].represented_by": "required_when_represented",
                                "minutes.guests[1].name": "required"}


def test_older_attendee_lists_are_everyone_present(demo_app):
    attendees = demo_app.records.get("meeting", "mtg-gc-2").doc["minutes"]["attendees"]
    assert attendees and all(a["status"] == "present" and a["represented_by"] is None for a in attendees)


def test_the_minutes_and_the_briefing_pack_print_attendance_by_city(demo_app):
    """Seoul, then Beijing (each person's city is their organization's), the ones not present with why, the
    guests; and each city's approval. Read back from the PDF by pdftotext."""
    from secretariat_app.reports.data import PackOptions, SheetOptions
    from tests.reports import pdftools

    _, mid = demo_app.meetings.new_from_meeting("mtg-gc-2", date(2017, 10, 26))
    _with_minutes(demo_app, mid)
    demo_app.meetings.circulate(mid, date(2017, 10, 30), "beijing")
    demo_app.meetings.approve(mid, "seoul", "person-park-won-soon", date(2017, 11, 2))
    text = pdftools.text(demo_app.printing.sheet("minutes", mid, SheetOptions(lang="en"), date(2017, 11, 3)).pdf,
                         layout=False)
    seoul, beijing, guests = text.index("\nSeoul\n"), text.index("\nBeijing\n"), text.index("\nGuests\n")
    assert seoul < text.index("Park Won Soon") < beijing < text.index("Wang Anshun") < guests
    assert text.index("Kim Min-jun") < beijing  # Seoul's, excused
    assert "represented by Li Ming" in text and "excused" in text and "absent" in text
    assert "Dr. Lee" in text[guests:] and "Seoul Institute" in text[guests:]
    assert "Seoul: Park Won Soon, 2 Nov 2017" in text and "Beijing: awaiting approval" in text
    assert "to Beijing on 30 Oct 2017" in text
    ko = pdftools.text(demo_app.printing.sheet("minutes", mid, SheetOptions(lang="ko"), date(2017, 11, 3)).pdf,
                       layout=False)
    assert ko.index("\n서울\n") < ko.index("\n베이징\n") and "리밍 대리 참석" in ko and "사유 불참" in ko

    pack = pdftools.text(demo_app.printing.pack("visit-2015-beijing", PackOptions(lang="zh"), date(2015, 12, 1)).pdf,
                         layout=False)
    assert "出席人员" in pack and "首尔: " in pack and "北京: " in pack  # the older minutes: everyone present


def test_an_export_with_templates_and_the_minutes_cycle_follows_the_schema(demo_app, tmp_path):
    import json

    import jsonschema

    from secretariat_app.exchange import files
    from secretariat_app.settings import RESOURCES

    demo_app.records.create("template", GENERAL_CONFERENCE)
    _, mid = demo_app.meetings.new_from_template("tpl-general-conference", date(2017, 10, 26))
    _with_minutes(demo_app, mid)
    demo_app.meetings.circulate(mid, date(2017, 10, 30), "beijing")
    demo_app.meetings.approve(mid, "seoul", None, date(2017, 11, 2))
    demo_app.exchange.export(tmp_path / "all.json")
    document = files.read(tmp_path / "all.json").whole()
    schema = json.loads((RESOURCES / "schema" / "exchange-v2.schema.json").read_text("utf-8"))
    jsonschema.validate(document, schema)
    [template] = document["meeting_templates"]
    assert template["items"][0]["presenter_role"]["en"] == "Host city co-chair"
    minutes = next(g for g in document["meetings"] if g["id"] == mid)["minutes"]
    assert minutes["approvals"] == [{"city": "seoul", "by": None, "on": "2017-11-02", "withdrawn_on": None}]
    minutes["attendees"][0]["status"] = "late"  # not a roll call answer
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, schema)
    # ... and the same file imports into an empty database as it was written
    empty = tmp_path / "empty.sqlite3"
    from secretariat_app import bootstrap
    from secretariat_app.settings import Settings

    other = bootstrap.open_app(Settings(database_url=f"sqlite:///{empty}", user="beijing"))
    try:
        other.exchange.import_file(tmp_path / "all.json")
        assert other.records.get("template", "tpl-general-conference").doc == \
            demo_app.records.get("template", "tpl-general-conference").doc
        assert minutes_cycle.state(other.records.get("meeting", mid).doc["minutes"]) == "approved_seoul"
    finally:
        other.close()


def test_the_templates_list_goes_to_a_spreadsheet(demo_app, tmp_path):
    import openpyxl

    from secretariat_app.services.lists import ListQuery

    demo_app.records.create("template", GENERAL_CONFERENCE)
    out = tmp_path / "templates.xlsx"
    assert demo_app.office.export_list(out, ListQuery("template"), "ko") == 1
    rows = list(openpyxl.load_workbook(out).active.values)
    assert "표준 안건" in rows[0] and rows[1][rows[0].index("표준 안건")] == 3 and "전체회의" in rows[1]
