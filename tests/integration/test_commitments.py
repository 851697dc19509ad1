"""The commitments register on every backend: where an action stands across meetings, its owners in both
cities, the rules on every way in (editor saves and imports), older files, and the agenda's suggestions."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from secretariat_app import bootstrap
from secretariat_app.errors import SecretariatError, ValidationError
from secretariat_app.services import commitments
from secretariat_app.settings import RESOURCES

TODAY = date(2026, 12, 7)
OPEN_AT_GC2 = {"act-2015-003", "act-2015-004", "act-2015-005"}  # the demo's: raised at conference 2, still open


def meeting(app: bootstrap.App, meeting_id: str) -> dict[str, Any]:
    return copy.deepcopy(app.records.get("meeting", meeting_id).doc)


def conference_3(app: bootstrap.App, reviews: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The third general conference (Seoul, 2017), its minutes reviewing conference 2's actions."""
    doc = meeting(app, "mtg-gc-2")
    doc.update(id="mtg-gc-3", number=3, title={"en": "Third General Conference"}, city="seoul",
               starts_at="2017-11-02T10:00:00+09:00", ends_at="2017-11-02T12:00:00+09:00", agenda=[])
    doc["minutes"] = {"status": "draft", "approved_on": None, "recorded_by": None, "attendees": [],
                      "summary": None, "items": [], "decisions": [], "actions": [], "statements": [],
                      "reviews": reviews or []}
    return doc


def codes(exc: pytest.ExceptionInfo[Any]) -> dict[str, str]:
    return {p.place: p.code for p in exc.value.problems}


def test_the_demo_has_conference_2s_open_actions_late_with_owners_in_both_cities(demo_app: bootstrap.App) -> None:
    reg = demo_app.commitments.register(TODAY, commitments.Filter(since="mtg-gc-2", standing="late"))
    gc2 = {c.id: c for c in reg.rows if c.meeting_id == "mtg-gc-2"}
    assert set(gc2) == OPEN_AT_GC2
    assert all(reg.names.person_cities[c.owner_seoul] == "seoul" for c in gc2.values())
    assert all(reg.names.person_cities[c.owner_beijing] == "beijing" for c in gc2.values())
    start_up = gc2["act-2015-003"]
    assert (start_up.owner_seoul, start_up.owner_beijing) == ("person-yoon-ji-hoon", "person-wang-fang")
    assert (start_up.agreement_id, start_up.article, start_up.team_id) == ("agr-2013-council-mou", "Art. 2",
                                                                          "team-economy")
    # A general conference's action belongs to a team through its agreement or its owners; else to the council.
    assert gc2["act-2015-005"].team_id is None
    # Reviewed at the Environment Team's first meeting: done there, closed where its minutes first said so.
    contacts = next(c for c in demo_app.commitments.register(TODAY).rows if c.id == "act-2015-001")
    assert [(r.meeting_id, r.status) for r in contacts.reviews] == [("mtg-env-1", "done")]
    assert (contacts.standing, contacts.closed_at) == ("done", "mtg-gc-2")


def test_a_later_review_closes_an_action_and_another_reopens_it(demo_app: bootstrap.App) -> None:
    note = {"en": "The programme was launched in September.", "ko": "9월 시행."}
    demo_app.records.create("meeting", conference_3(demo_app, [
        {"action": "act-2015-003", "note": note, "status": "done"},
        {"action": "act-2015-004", "note": None, "status": "cancelled"},
        {"action": "act-2015-005", "note": None, "status": "open"},
    ]))
    rows = {c.id: c for c in demo_app.commitments.register(TODAY).rows}
    assert (rows["act-2015-003"].standing, rows["act-2015-003"].closed_at) == ("done", "mtg-gc-3")
    assert rows["act-2015-003"].reviews[0].note == note
    assert rows["act-2015-003"].recorded_status == "open"  # conference 2's locked minutes are untouched
    assert (rows["act-2015-004"].standing, rows["act-2015-004"].closed_at) == ("cancelled", "mtg-gc-3")
    assert (rows["act-2015-005"].standing, rows["act-2015-005"].closed_at) == ("late", None)
    # A later working meeting finds the start-up programme unfinished after all: reopened, no longer closed.
    later = conference_3(demo_app, [{"action": "act-2015-003", "note": None, "status": "open"}])
    later.update(id="mtg-work-2018", kind="working_meeting", number=None, starts_at="2018-03-01T10:00:00+09:00",
                 ends_at=None)
    demo_app.records.create("meeting", later)
    again = next(c for c in demo_app.commitments.register(TODAY).rows if c.id == "act-2015-003")
    assert (again.standing, again.closed_at) == ("late", None)
    assert [r.meeting_id for r in again.reviews] == ["mtg-gc-3", "mtg-work-2018"]
    # Filters: by owner (either city), by agreement, by team, unfinished ones.
    by = demo_app.commitments.register(TODAY, commitments.Filter(owner="person-choi-yu-jin")).rows
    assert [c.id for c in by] == ["act-2015-004"]
    unfinished = demo_app.commitments.register(TODAY, commitments.Filter(standing="unfinished")).rows
    assert "act-2015-004" not in {c.id for c in unfinished} and "act-2015-003" in {c.id for c in unfinished}
    env = demo_app.commitments.register(TODAY, commitments.Filter(agreement="agr-2015-env-mou")).rows
    assert {c.agreement_id for c in env} == {"agr-2015-env-mou"} and len(env) == 4


@pytest.mark.parametrize(("review", "code"), [
    ({"action": "act-2099-none", "status": "done"}, "no_such_action"),
    ({"action": "act-2016-001", "status": "done"}, "review_before_raised"),  # raised at a meeting in 2016
])
def test_a_review_names_an_earlier_meetings_action(demo_app: bootstrap.App, review: dict[str, Any],
                                                    code: str) -> None:
    doc = conference_3(demo_app, [review])
    doc["starts_at"], doc["ends_at"] = "2016-01-10T10:00:00+09:00", None  # before the Environment Team met
    with pytest.raises(ValidationError) as exc:
        demo_app.records.create("meeting", doc)
    assert codes(exc) == {"minutes.reviews[0].action": code}
    assert not demo_app.records.exists("meeting", "mtg-gc-3")


def test_a_review_of_its_own_or_twice_is_refused(demo_app: bootstrap.App) -> None:
    doc = conference_3(demo_app, [{"action": "act-2015-003", "status": "done"},
                                  {"action": "act-2015-003", "status": "open"},
                                  {"action": "act-2017-010", "status": "done"}])
    doc["minutes"]["actions"] = [{"id": "act-2017-010", "text": {"en": "Report"}, "owner": None,
                                  "status": "open"}]
    with pytest.raises(ValidationError) as exc:
        demo_app.records.create("meeting", doc)
    assert codes(exc) == {"minutes.reviews[1].action": "reviewed_twice",
                          "minutes.reviews[2].action": "review_of_own_action"}


def test_the_two_owners_are_two_people_in_two_cities(demo_app: bootstrap.App) -> None:
    doc = meeting(demo_app, "mtg-env-1")
    actions = doc["minutes"]["actions"]
    actions[0]["counterpart_owner"] = "person-li-ming"  # Zhao Lei's colleague in Beijing
    actions[1]["counterpart_owner"] = actions[1]["owner"]
    actions.append({"id": "act-2016-009", "text": {"en": "Share the monitoring data"}, "owner": None,
                    "counterpart_owner": "person-kim-min-jun", "status": "open"})
    with pytest.raises(ValidationError) as exc:
        demo_app.records.update("meeting", doc, 1)
    assert codes(exc) == {"minutes.actions[0].counterpart_owner": "owners_in_one_city",
                          "minutes.actions[1].counterpart_owner": "counterpart_is_owner",
                          "minutes.actions[2].counterpart_owner": "counterpart_without_owner"}
    problem = next(p for p in exc.value.problems if p.code == "owners_in_one_city")
    assert problem.message == "is in Beijing, as the owner is; the counterpart owner is the one in the other city"
    assert meeting(demo_app, "mtg-env-1")["minutes"]["actions"][0]["counterpart_owner"] == "person-kim-min-jun"


def test_an_import_is_checked_by_the_same_rules_and_refused_whole(demo_app: bootstrap.App, tmp_path: Path) -> None:
    doc = conference_3(demo_app, [{"action": "act-2099-none", "status": "done"}])
    ok = meeting(demo_app, "mtg-env-1")
    ok["title"] = {"en": "Renamed in the same file"}
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "secretariat-exchange", "version": 2, "meetings": [ok, doc]}), "utf-8")
    with pytest.raises(SecretariatError) as exc:
        demo_app.exchange.import_file(path)
    assert "meetings[1].minutes.reviews[0].action" in str(exc.value) and "act-2099-none" in str(exc.value)
    assert not demo_app.records.exists("meeting", "mtg-gc-3")
    assert meeting(demo_app, "mtg-env-1")["title"]["en"] == "First Meeting of the Environment Team"
    # The same file with an action of conference 2 imports, and the register follows it.
    doc["minutes"]["reviews"] = [{"action": "act-2015-004", "note": {"zh": "已完成。"}, "status": "done"}]
    path.write_text(json.dumps({"format": "secretariat-exchange", "version": 2, "meetings": [doc]}), "utf-8")
    demo_app.exchange.import_file(path)
    tourism = next(c for c in demo_app.commitments.register(TODAY).rows if c.id == "act-2015-004")
    assert (tourism.standing, tourism.closed_at) == ("done", "mtg-gc-3")


def test_an_older_file_without_the_registers_fields_still_imports(app: bootstrap.App, tmp_path: Path) -> None:
    demo = json.loads((RESOURCES / "demo" / "seoul-beijing-council.json").read_text("utf-8"))
    demo["version"] = 1
    for g in demo["meetings"]:
        minutes = g.get("minutes") or {}
        minutes.pop("reviews", None)
        for part in minutes.get("actions", []) + minutes.get("decisions", []):
            for key in ("counterpart_owner", "agreement", "article"):
                part.pop(key, None)
    path = tmp_path / "v1.json"
    path.write_text(json.dumps(demo, ensure_ascii=False), "utf-8")
    app.exchange.import_file(path)
    rows = {c.id: c for c in app.commitments.register(TODAY).rows}
    start_up = rows["act-2015-003"]
    assert (start_up.owner, start_up.counterpart_owner, start_up.agreement_id) == ("person-yoon-ji-hoon", None, None)
    assert (start_up.owner_seoul, start_up.owner_beijing, start_up.standing) == ("person-yoon-ji-hoon", None, "late")
    stored = app.records.get("meeting", "mtg-gc-2").doc["minutes"]["actions"][2]
    assert (stored["counterpart_owner"], stored["agreement"], stored["article"]) == (None, None, None)


def test_the_next_conference_takes_the_open_commitments_as_agenda_items(demo_app: bootstrap.App) -> None:
    start = datetime.fromisoformat("2017-11-02T10:00:00+09:00")
    found = demo_app.commitments.open_before(start, TODAY)
    assert {c.id for c in found.rows} >= OPEN_AT_GC2 and all(c.standing in ("open", "late") for c in found.rows)
    chosen = [c for c in found.rows if c.id in ("act-2015-003", "act-2015-004")]
    items = demo_app.commitments.agenda_items(chosen, found.names, 1)
    assert [i["agreement"] for i in items] == ["agr-2013-council-mou", "agr-2013-council-mou"]
    assert items[0]["title"]["en"] == "Review of action: Draft a proposal for a joint start-up support programme"
    assert items[0]["title"]["ko"].startswith("조치 사항 점검: ") and items[0]["title"]["zh"].startswith("事项检查：")
    assert "Yoon Ji-hoon" in items[0]["description"]["en"] and "Wang Fang" in items[0]["description"]["en"]
    doc = conference_3(demo_app)
    doc["agenda"] = items
    demo_app.records.create("meeting", doc)
    assert [i["agreement"] for i in meeting(demo_app, "mtg-gc-3")["agenda"]] == ["agr-2013-council-mou"] * 2
    # A meeting before conference 2 has nothing of it to review; conference 2 itself neither (its own).
    assert not demo_app.commitments.open_before(datetime.fromisoformat("2015-11-04T10:30:00+08:00"), TODAY).rows


def test_the_progress_report_data_since_conference_2(demo_app: bootstrap.App) -> None:
    data = commitments.progress_data(demo_app.db, "2", TODAY)
    assert data.since["id"] == "mtg-gc-2" and data.since["number"] == 2
    late = {c["id"]: c for c in data.commitments if c["standing"] == "late"}
    assert set(late) >= OPEN_AT_GC2
    assert data.related.people[late["act-2015-004"]["owner_beijing"]]["name"]["en"] == "Liu Yang"
    assert data.related.people[late["act-2015-004"]["owner_seoul"]]["name"]["en"] == "Choi Yu-jin"
    assert "act-2013-001" not in {c["id"] for c in data.commitments}  # raised at conference 1
    with pytest.raises(SecretariatError, match="No general conference '9'"):
        commitments.progress_data(demo_app.db, "9", TODAY)
