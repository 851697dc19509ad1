"""From one general conference to the next, the whole cycle on the demo data and on every backend: the third
conference is made from the second; the second's open actions come up as suggested agenda items; the
environment MOU is extended at the third (its expiry moves, its timeline keeps both events); the progress
report lists the actions as late with their owners in both cities; the roll call prints by city; and the
minutes go draft → circulated → approved by Seoul → approved by Beijing → final."""

from __future__ import annotations

import re
from datetime import date, datetime

from secretariat_app.domain import minutes_cycle
from secretariat_app.domain.documents import parse_datetime
from secretariat_app.reports.data import ProgressOptions, SheetOptions
from secretariat_app.services import agreements
from tests.reports import pdftools

MOU = "agr-2015-env-mou"
OPEN_FROM_CONFERENCE_2 = {"act-2015-003": "Draft a proposal for a joint start-up support programme",
                          "act-2015-004": "Draw up a joint tourism promotion plan"}
AS_OF = date(2017, 11, 10)


def _name(app, person_id: str) -> str:
    return app.records.get("person", person_id).doc["name"]["en"]


def test_from_the_second_general_conference_to_the_third(demo_app):
    app = demo_app

    # 1. Conference 3, made from conference 2: the next number, in Seoul, the minutes left behind.
    _, conference = app.meetings.new_from_meeting("mtg-gc-2", date(2017, 10, 26))
    doc = app.records.get("meeting", conference).doc
    assert doc["number"] == 3 and doc["city"] == "seoul" and doc["minutes"] is None

    # 2. The open actions of conference 2 come up as suggested items, and go onto the agenda naming their
    #    agreement.
    suggested = app.commitments.open_before(parse_datetime(doc["starts_at"]), AS_OF, exclude_meeting=conference)
    chosen = [c for c in suggested.rows if c.id in OPEN_FROM_CONFERENCE_2]
    assert {c.id for c in chosen} == set(OPEN_FROM_CONFERENCE_2)
    assert all(c.meeting_id == "mtg-gc-2" and c.standing == "late" for c in chosen)
    loaded = app.records.get("meeting", conference)
    items = app.commitments.agenda_items(chosen, suggested.names, len(loaded.doc["agenda"]) + 1)
    app.records.update("meeting", {**loaded.doc, "agenda": [*loaded.doc["agenda"], *items]}, loaded.version)
    agenda = app.records.get("meeting", conference).doc["agenda"]
    for action_id, text in OPEN_FROM_CONFERENCE_2.items():
        item = next(a for a in agenda if text in (a["title"].get("en") or ""))
        assert item["agreement"] == next(c.agreement_id for c in chosen if c.id == action_id) is not None

    # 3. The environment MOU is extended at conference 3: its expiry moves; its timeline keeps both.
    before = app.records.get("agreement", MOU).doc
    agreements.extend(app.records, MOU, conference, date(2023, 11, 3))
    after = app.records.get("agreement", MOU).doc
    assert after["expires_on"] == "2023-11-03" != before["expires_on"]
    assert len(after["events"]) == len(before["events"]) + 1
    assert after["events"][:-1] == before["events"] and after["events"][0]["kind"] == "signed"
    assert (after["events"][-1]["kind"], after["events"][-1]["meeting"]) == ("extended", conference)

    # 4. The progress report since conference 2 lists the two actions as late, each with its owner in Seoul
    #    and its owner in Beijing.
    report = app.printing.progress("2", ProgressOptions(lang="en", reproducible=True), AS_OF)
    assert pdftools.renders_cleanly(report.pdf)
    text = pdftools.text(report.pdf)
    for action_id, action in OPEN_FROM_CONFERENCE_2.items():
        commitment = next(c for c in chosen if c.id == action_id)
        seoul, beijing = _name(app, commitment.owner_seoul), _name(app, commitment.owner_beijing)
        row = next(line for line in text.splitlines() if action[:30] in line)
        assert re.search(rf"{seoul}\s+{beijing}\s+30 Jun 2016\s+late$", row), row

    # 5. The roll call of conference 3, printed by city.
    loaded = app.records.get("meeting", conference)
    app.records.update("meeting", {**loaded.doc, "minutes": {
        "status": "draft", "summary": {"en": "The council reviewed its commitments and extended the MOU."},
        "attendees": [
            {"person": "person-park-won-soon", "status": "present"},
            {"person": "person-wang-anshun", "status": "represented", "represented_by": "person-li-ming"},
            {"person": "person-kim-min-jun", "status": "excused"}]}}, loaded.version)
    minutes_pdf = app.printing.sheet("minutes", conference, SheetOptions(lang="en"), AS_OF).pdf
    lines = [line.strip() for line in pdftools.text(minutes_pdf).splitlines()]
    at = lambda start: next(i for i, line in enumerate(lines) if line.startswith(start))  # noqa: E731
    assert at("Attendance") < lines.index("Seoul") < at("Park Won Soon") < at("Kim Min-jun") \
        < lines.index("Beijing") < at("Wang Anshun")
    assert lines[at("Wang Anshun")].endswith("represented by Li Ming") and lines[at("Kim Min-jun")].endswith("excused")
    assert "1 present · 1 absent or excused · 1 represented" in lines

    # 6. The minutes: draft → circulated → approved by Seoul, then by Beijing → final.
    def state() -> str:
        return minutes_cycle.state(app.records.get("meeting", conference).doc["minutes"])

    assert state() == "draft"
    app.meetings.circulate(conference, date(2017, 10, 30), "beijing")
    assert state() == "circulated"
    app.meetings.approve(conference, "seoul", "person-park-won-soon", date(2017, 11, 2))
    assert state() == "approved_seoul"
    app.meetings.approve(conference, "beijing", "person-wang-anshun", date(2017, 11, 5))
    assert state() == "approved_both"
    app.meetings.lock(conference, date(2017, 11, 6))
    assert state() == "locked"
    history = [h.action for h in app.records.history("meeting", conference)]
    assert history[0] == "create" and len(history) >= 6
    assert isinstance(app.records.get("meeting", conference).updated_at, datetime)
