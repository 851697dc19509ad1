"""The council's invariants (domain/rules.py): every rule, every refusal, each with its place.

:func:`rules.check` is pure: it asks a ``Refs`` what exists. Here that is :class:`Known`, a plain
in-memory stand-in for "these records exist"; the same rules against a real database are exercised by
the integration tests (records, import, command line).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from secretariat_app.domain import minutes_cycle, rules
from secretariat_app.domain.vocab import COLLECTIONS
from secretariat_app.errors import Problem
from tests import factories as f

KINDS_BY_COLLECTION = {v: k for k, v in COLLECTIONS.items()}


class Known:
    """What exists besides the record under check."""

    def __init__(self, ids: dict[str, set[str]] | None = None, links: dict[tuple[str, str], str] | None = None,
                 actions: dict[str, str] | None = None):
        self.ids = ids or {}
        self.links = links or {}
        self.actions = actions or {}
        self.cities: dict[str, str] = {}
        self.starts: dict[str, str] = {}

    def exists(self, kind: str, record_id: str) -> bool:
        return record_id in self.ids.get(kind, set())

    def link(self, kind: str, record_id: str) -> str | None:
        return self.links.get((kind, record_id))

    def action_meeting(self, action_id: str) -> str | None:
        return self.actions.get(action_id)

    def city_of(self, kind: str, record_id: str) -> str | None:
        return None

    def person_city(self, person_id: str) -> str | None:
        return self.cities.get(person_id)

    def meeting_start(self, meeting_id: str) -> str | None:
        return self.starts.get(meeting_id)


EVERYTHING = Known({
    "organization": {"org-a", "org-b", "org-c"},
    "person": {"person-a", "person-b"},
    "team": {"team-a"},
    "agreement": {"agr-old"},
    "meeting": {"mtg-old"},
    "visit": set(),
})


def check(kind: str, doc: Any, refs: Known = EVERYTHING, before: dict[str, Any] | None = None,
          place: str = "") -> list[Problem]:
    return rules.check(kind, doc, refs, place=place, before=before)


def problems_of(kind: str, doc: Any, **kw: Any) -> dict[str, str]:
    """place → message(s), joined; for compact assertions."""
    out: dict[str, str] = {}
    for p in check(kind, doc, **kw):
        out[p.place] = f"{out[p.place]} | {p.message}" if p.place in out else p.message
    return out


def assert_refused(kind: str, doc: Any, place: str, words: str, **kw: Any) -> None:
    found = problems_of(kind, doc, **kw)
    assert place in found, f"expected a problem at {place!r}, got {found}"
    assert words in found[place], f"{place}: expected {words!r} in {found[place]!r}"


# --- the baseline: valid records pass -----------------------------------------------------------


def test_every_demo_record_is_valid():
    doc = f.demo_document()
    known = Known({KINDS_BY_COLLECTION[c]: {r["id"] for r in doc.get(c, [])} for c in COLLECTIONS.values()},
                  actions={a["id"]: g["id"] for g in doc["meetings"] for a in (g.get("minutes") or {}).get("actions", [])})
    cities = {o["id"]: o["city"] for o in doc["organizations"]}
    known.cities = {p["id"]: cities.get(p.get("organization")) for p in doc["people"]}
    known.starts = {g["id"]: g["starts_at"] for g in doc["meetings"]}
    for collection, kind in KINDS_BY_COLLECTION.items():
        for i, record in enumerate(doc.get(collection, [])):  # (the demo file is older than templates)
            assert check(kind, record, known, place=f"{collection}[{i}]") == []


@pytest.mark.parametrize("kind, doc", [
    ("organization", f.organization()),
    ("person", f.person()),
    ("team", f.team()),
    ("agreement", f.agreement()),
    ("meeting", f.meeting()),
    ("visit", f.visit()),
])
def test_minimal_records_are_valid(kind, doc):
    assert check(kind, doc) == []


def test_problem_names_its_place_in_the_document():
    doc = f.agreement(signed_on="2015-11-04", expires_on="2015-11-03")
    (problem,) = check("agreement", doc, place="agreements[3]")
    assert str(problem) == "agreements[3].expires_on: is before the signing date (2015-11-04)"


def test_all_problems_are_reported_together():
    doc = f.agreement(parties=["org-a"], signed_on="2015-11-04", expires_on="2015-11-01", kind="treaty",
                      title={"fr": "Accord"})
    found = problems_of("agreement", doc)
    assert set(found) == {"parties", "expires_on", "kind", "title"}


# --- dates in order -----------------------------------------------------------------------------


def test_agreement_expires_before_signing_is_refused():
    assert_refused("agreement", f.agreement(signed_on="2015-11-04", expires_on="2015-11-03"),
                   "expires_on", "is before the signing date (2015-11-04)")


def test_agreement_may_expire_on_the_day_it_is_signed():
    assert check("agreement", f.agreement(signed_on="2015-11-04", expires_on="2015-11-04")) == []


@pytest.mark.parametrize("expires", ["2015-11-04", "2015-11-03"])
def test_agreement_must_expire_after_it_takes_effect(expires):
    assert_refused("agreement", f.agreement(effective_on="2015-11-04", expires_on=expires),
                   "expires_on", "must be after the day it takes effect (2015-11-04)")


@pytest.mark.parametrize("status", ["signed", "in_force", "expired", "terminated", "superseded"])
def test_signed_statuses_need_a_signing_date(status):
    assert_refused("agreement", f.agreement(status=status), "signed_on", f"required when the status is {status}")


@pytest.mark.parametrize("status", ["draft", "negotiating"])
def test_unsigned_statuses_need_no_signing_date(status):
    assert check("agreement", f.agreement(status=status)) == []


@pytest.mark.parametrize("ends", ["2015-11-04T10:30:00+08:00", "2015-11-04T10:00:00+08:00"])
def test_meeting_must_end_after_it_starts(ends):
    assert_refused("meeting", f.meeting(ends_at=ends), "ends_at", "must be after the start (2015-11-04T10:30:00+08:00)")


def test_meeting_end_is_compared_as_an_instant_across_offsets():
    # 10:30 in Beijing (+08:00) is 11:30 in Seoul (+09:00): an end at 11:00 Seoul time is before it.
    assert_refused("meeting", f.meeting(ends_at="2015-11-04T11:00:00+09:00"), "ends_at", "must be after the start")
    assert check("meeting", f.meeting(ends_at="2015-11-04T12:00:00+09:00")) == []


def test_visit_ends_on_or_after_its_start():
    assert_refused("visit", f.visit(starts_on="2015-11-05", ends_on="2015-11-04"),
                   "ends_on", "is before the first day (2015-11-05)")
    assert check("visit", f.visit(starts_on="2015-11-05", ends_on="2015-11-05")) == []


@pytest.mark.parametrize("value", ["2015-02-30", "2015-2-3", "03/11/2015", "2015-11-04T10:00", 20151104,
                                   "2015-W45-3", "20151104"])
def test_dates_are_iso_calendar_dates(value):
    assert_refused("visit", f.visit(starts_on=value), "starts_on", "is not a date (YYYY-MM-DD)")


@pytest.mark.parametrize("value", ["2015-11-04T10:30:00", "2015-11-04", "tomorrow", 1446604200])
def test_date_times_carry_their_utc_offset(value):
    found = problems_of("meeting", f.meeting(starts_at=value))
    assert "starts_at" in found and ("UTC offset" in found["starts_at"] or "date-time" in found["starts_at"])


@pytest.mark.parametrize("value", ["2015-11-04T10:30:00.250+08:00", "2015-11-04T10:30:00+08:00:30"])
def test_date_times_are_to_the_second_with_whole_minute_offsets(value):
    # Anything finer would be silently cut off when stored (and so lost on export).
    assert_refused("visit", f.visit(itinerary=[{"starts_at": value, "title": {"en": "Arrival"}}]),
                   "itinerary[0].starts_at", "to the second")


def test_itinerary_times_need_their_offset():
    doc = f.visit(itinerary=[{"starts_at": "2015-11-01T18:00:00", "title": {"en": "Arrival"}}])
    assert_refused("visit", doc, "itinerary[0].starts_at", "UTC offset")


# --- references ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind, doc, place, target", [
    ("organization", f.organization(parent="org-x"), "parent", "organization 'org-x'"),
    ("person", f.person(organization="org-x"), "organization", "organization 'org-x'"),
    ("team", f.team(established_by="agr-x"), "established_by", "agreement 'agr-x'"),
    ("team", f.team(lead_organizations=["org-a", "org-x"]), "lead_organizations[1]", "organization 'org-x'"),
    ("team", f.team(members=[{"person": "person-x"}]), "members[0].person", "person 'person-x'"),
    ("agreement", f.agreement(parties=["org-a", "org-x"]), "parties[1]", "organization 'org-x'"),
    ("agreement", f.agreement(meeting="mtg-x"), "meeting", "meeting 'mtg-x'"),
    ("agreement", f.agreement(teams=["team-x"]), "teams[0]", "team 'team-x'"),
    ("agreement", f.agreement(supersedes="agr-x"), "supersedes", "agreement 'agr-x'"),
    ("agreement", f.agreement(signatories=[{"person": "person-x", "organization": "org-a"}]),
     "signatories[0].person", "person 'person-x'"),
    ("meeting", f.meeting(team="team-x"), "team", "team 'team-x'"),
    ("meeting", f.meeting(host_organization="org-x"), "host_organization", "organization 'org-x'"),
    ("meeting", f.meeting(participants=["person-x"]), "participants[0]", "person 'person-x'"),
    ("meeting", f.meeting(agenda=[f.agenda_item(1, presenter="person-x")]), "agenda[0].presenter", "person"),
    ("meeting", f.meeting(agenda=[f.agenda_item(1, agreement="agr-x")]), "agenda[0].agreement", "agreement"),
    ("meeting", f.meeting(minutes=f.minutes(recorded_by="person-x")), "minutes.recorded_by", "person"),
    ("meeting", f.meeting(minutes=f.minutes(attendees=["person-x"])), "minutes.attendees[0]", "person"),
    ("meeting", f.meeting(minutes=f.minutes(actions=[f.action("act-1", owner="person-x")])),
     "minutes.actions[0].owner", "person 'person-x'"),
    ("meeting", f.meeting(minutes=f.minutes(statements=[{"speaker": "person-x", "text": {"en": "Hi"}}])),
     "minutes.statements[0].speaker", "person 'person-x'"),
    ("visit", f.visit(head="person-x"), "head", "person 'person-x'"),
    ("visit", f.visit(delegation=["person-a", "person-x"]), "delegation[1]", "person 'person-x'"),
    ("visit", f.visit(meetings=["mtg-x"]), "meetings[0]", "meeting 'mtg-x'"),
    ("visit", f.visit(agreements=["agr-x"]), "agreements[0]", "agreement 'agr-x'"),
    ("visit", f.visit(itinerary=[{"starts_at": "2015-11-01T18:00:00+08:00", "title": {"en": "Dinner"},
                                  "counterparts": ["person-x"]}]), "itinerary[0].counterparts[0]", "person"),
])
def test_every_reference_must_exist(kind, doc, place, target):
    assert_refused(kind, doc, place, "there is no " + target.split(" ")[0])
    assert target.split(" ")[0] in problems_of(kind, doc)[place]


def test_references_to_existing_records_pass():
    doc = f.agreement(parties=["org-a", "org-b"], meeting="mtg-old", teams=["team-a"], supersedes="agr-old",
                      signatories=[{"person": "person-a", "organization": "org-a"}])
    assert check("agreement", doc) == []


def test_a_reference_must_be_a_valid_id():
    assert_refused("person", f.person(organization="org a"), "organization", "is not a valid id")
    assert_refused("agreement", f.agreement(parties=["org-a", 7]), "parties[1]", "is not a valid id")


# --- agreements: parties and signatories --------------------------------------------------------


@pytest.mark.parametrize("parties", [[], ["org-a"]])
def test_an_agreement_has_at_least_two_parties(parties):
    assert_refused("agreement", f.agreement(parties=parties), "parties", "at least 2")


def test_an_agreement_without_parties_is_refused():
    doc = f.agreement()
    del doc["parties"]
    assert_refused("agreement", doc, "parties", "is required")


def test_a_party_is_listed_once():
    assert_refused("agreement", f.agreement(parties=["org-a", "org-b", "org-a"]), "parties[2]", "listed twice")


def test_signatory_organization_must_be_a_party():
    doc = f.agreement(signatories=[{"person": "person-a", "organization": "org-a"},
                                   {"person": "person-b", "organization": "org-c"}])
    assert_refused("agreement", doc, "signatories[1].organization", "is not one of the parties")
    assert "signatories[0].organization" not in problems_of("agreement", doc)


def test_attachments_have_a_plain_name_and_a_sha256():
    att = {"name": "../signed.pdf", "media_type": "application/pdf", "size": 10, "sha256": "ABC"}
    found = problems_of("agreement", f.agreement(attachments=[att]))
    assert "plain file name" in found["attachments[0].name"]
    assert "64 lower-case hex" in found["attachments[0].sha256"]
    assert_refused("agreement", f.agreement(attachments=[{**att, "name": "a.pdf", "sha256": "0" * 64, "size": -1}]),
                   "attachments[0].size", "between 0 and")


# --- cycles in parent / supersedes --------------------------------------------------------------


def test_an_organization_cannot_be_its_own_parent():
    assert_refused("organization", f.organization("org-a", parent="org-a"), "parent", "its own parent")


def test_an_organization_cannot_be_its_own_ancestor():
    # org-b's parent is org-c, whose parent is org-a: making org-a a child of org-b closes the loop.
    known = Known(EVERYTHING.ids, links={("organization", "org-b"): "org-c", ("organization", "org-c"): "org-a"})
    assert_refused("organization", f.organization("org-a", parent="org-b"), "parent", "makes a cycle", refs=known)
    assert check("organization", f.organization("org-x", parent="org-b"), refs=known) == []


def test_an_agreement_cannot_supersede_itself_or_its_successor():
    assert_refused("agreement", f.agreement("agr-old", supersedes="agr-old"), "supersedes", "cannot supersede itself")
    known = Known({**EVERYTHING.ids, "agreement": {"agr-old", "agr-new"}},
                  links={("agreement", "agr-new"): "agr-old"})
    assert_refused("agreement", f.agreement("agr-old", supersedes="agr-new"), "supersedes", "makes a cycle",
                   refs=known)


# --- language maps ------------------------------------------------------------------------------


@pytest.mark.parametrize("value, words", [
    ({"fr": "Accord"}, "unknown language 'fr'"),
    ({"en": "MOU", "zh-Hant": "備忘錄"}, "unknown language 'zh-Hant'"),
    ({}, "needs a text in at least one of ko, zh, en"),
    ({"ko": "", "zh": "  ", "en": "\n"}, "needs a text"),
    ({"en": 5}, "en: must be text"),
    ("MOU", "must be an object of ko/zh/en texts"),
    (["MOU"], "must be an object"),
])
def test_language_maps_use_ko_zh_en_with_a_text(value, words):
    assert_refused("agreement", f.agreement(title=value), "title", words)


def test_language_map_with_one_language_is_enough():
    assert check("agreement", f.agreement(title={"zh": "谅解备忘录"})) == []


def test_blank_translations_are_allowed_beside_a_text():
    assert check("agreement", f.agreement(title={"ko": "", "en": "MOU"})) == []


@pytest.mark.parametrize("kind, doc, place", [
    ("organization", f.organization(short_name={"de": "X"}), "short_name"),
    ("person", f.person(position={"ja": "市長"}), "position"),
    ("team", f.team(members=[{"person": "person-a", "role": {}}]), "members[0].role"),
    ("team", f.team(focus_areas=[{"en": "Air"}, {"ko": " "}]), "focus_areas[1]"),
    ("agreement", f.agreement(areas=[{"xx": "?"}]), "areas[0]"),
    ("agreement", f.agreement(signed_venue={"en": ""}), "signed_venue"),
    ("meeting", f.meeting(agenda=[f.agenda_item(1, description={"es": "?"})]), "agenda[0].description"),
    ("meeting", f.meeting(minutes=f.minutes(decisions=[{"text": {}}])), "minutes.decisions[0].text"),
    ("meeting", f.meeting(agenda=[f.agenda_item(1)], minutes=f.minutes(items=[{"agenda_item": 1, "notes": "x"}])),
     "minutes.items[0].notes"),
    ("visit", f.visit(talking_points=["Air quality"]), "talking_points[0]"),
    ("visit", f.visit(purpose={"en": None}), "purpose"),
])
def test_every_text_field_is_a_language_map(kind, doc, place):
    assert place in problems_of(kind, doc)


# --- ids ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("rid", ["", "-org", "org a", "org/a", "기관", "a" * 101, 17, None])
def test_record_ids_are_valid(rid):
    assert_refused("organization", f.organization(rid), "id", "is not a valid id")


def test_longest_id_is_accepted():
    assert check("organization", f.organization("o" * 100)) == []


@pytest.mark.parametrize("kind, doc, place", [
    ("meeting", f.meeting(participants=["person-a", "person-a"]), "participants[1]"),
    ("team", f.team(lead_organizations=["org-a", "org-a"]), "lead_organizations[1]"),
    ("agreement", f.agreement(teams=["team-a", "team-a"]), "teams[1]"),
    ("visit", f.visit(delegation=["person-a", "person-a"]), "delegation[1]"),
    ("visit", f.visit(meetings=["mtg-old", "mtg-old"]), "meetings[1]"),
    ("meeting", f.meeting(minutes=f.minutes(attendees=["person-b", "person-b"])), "minutes.attendees[1]"),
])
def test_lists_of_references_name_each_record_once(kind, doc, place):
    assert_refused(kind, doc, place, "listed twice")


def test_a_team_member_is_listed_once():
    doc = f.team(members=[{"person": "person-a", "role": {"en": "Lead"}}, {"person": "person-a"}])
    assert_refused("team", doc, "members[1].person", "a member twice")


def test_action_ids_are_valid_and_unique_within_the_minutes():
    doc = f.meeting(minutes=f.minutes(actions=[f.action("act-1"), f.action("act-1"), f.action("act 2")]))
    found = problems_of("meeting", doc)
    assert "used twice" in found["minutes.actions[1].id"]
    assert "not a valid id" in found["minutes.actions[2].id"]


def test_action_ids_are_unique_across_meetings():
    known = Known(EVERYTHING.ids, actions={"act-1": "mtg-old"})
    doc = f.meeting("mtg-new", minutes=f.minutes(actions=[f.action("act-1")]))
    assert_refused("meeting", doc, "minutes.actions[0].id", "already an action of meeting 'mtg-old'", refs=known)
    # The meeting that holds it may keep it.
    assert check("meeting", {**doc, "id": "mtg-old"}, refs=known) == []


# --- agenda positions and the minutes' links to them --------------------------------------------


@pytest.mark.parametrize("positions", [[2], [1, 3], [2, 1], [1, 1], [0, 1]])
def test_agenda_positions_are_1_2_3_in_order(positions):
    doc = f.meeting(agenda=[f.agenda_item(p) for p in positions])
    assert "agenda" in problems_of("meeting", doc)


def test_agenda_in_order_passes():
    assert check("meeting", f.meeting(agenda=[f.agenda_item(p) for p in (1, 2, 3)])) == []


def test_minutes_notes_and_decisions_name_existing_agenda_items():
    doc = f.meeting(agenda=[f.agenda_item(1), f.agenda_item(2)], minutes=f.minutes(
        items=[{"agenda_item": 2, "notes": {"en": "ok"}}, {"agenda_item": 3, "notes": {"en": "?"}}],
        decisions=[{"text": {"en": "Agreed"}, "agenda_item": 4}, {"text": {"en": "General"}, "agenda_item": None}],
    ))
    found = problems_of("meeting", doc)
    assert set(found) == {"minutes.items[1].agenda_item", "minutes.decisions[0].agenda_item"}
    assert "there is no agenda item 3" in found["minutes.items[1].agenda_item"]


def test_approved_minutes_need_their_approval_date():
    assert_refused("meeting", f.meeting(minutes={"status": "approved"}), "minutes.approved_on",
                   "required when the minutes are approved")


def test_agenda_durations_are_minutes_of_one_day():
    assert_refused("meeting", f.meeting(agenda=[f.agenda_item(1, duration_minutes=-5)]),
                   "agenda[0].duration_minutes", "between 0 and 1440")
    assert_refused("meeting", f.meeting(agenda=[f.agenda_item(1, duration_minutes=1.5)]),
                   "agenda[0].duration_minutes", "whole number")


# --- approved minutes are locked unless reopened ------------------------------------------------


def _approved_meeting() -> dict[str, Any]:
    return f.meeting(
        agenda=[f.agenda_item(1)],
        minutes=f.minutes("approved", summary={"en": "Agreed."}, items=[{"agenda_item": 1, "notes": {"en": "ok"}}],
                          actions=[f.action("act-1")]),
    )


def _stored(doc: dict[str, Any]) -> dict[str, Any]:
    """The document as the database gives it back: every field present, defaults filled."""
    from secretariat_app.domain import documents

    return documents.normalized("meeting", doc)


def test_approved_minutes_cannot_be_changed():
    before = _stored(_approved_meeting())
    after = _approved_meeting()
    after["minutes"]["summary"] = {"en": "Changed after approval."}
    assert_refused("meeting", after, "minutes", "approved and locked; reopen them", before=before)


def test_approved_minutes_cannot_be_removed():
    before = _stored(_approved_meeting())
    assert_refused("meeting", {**_approved_meeting(), "minutes": None}, "minutes", "locked", before=before)


def test_approved_minutes_can_be_reopened():
    before = _stored(_approved_meeting())
    reopened = minutes_cycle.reopened(before, date(2015, 12, 1))
    assert check("meeting", reopened, before=before) == []
    # the approvals they had stay, withdrawn on the day they were reopened
    assert [(a["city"], a["withdrawn_on"]) for a in reopened["minutes"]["approvals"]] == [
        ("seoul", "2015-12-01"), ("beijing", "2015-12-01")]


def test_reopening_and_changing_in_one_save_is_refused():
    before = _stored(_approved_meeting())
    doc = minutes_cycle.reopened(before, date(2015, 12, 1))
    doc["minutes"]["summary"] = {"en": "Rewritten"}
    assert_refused("meeting", doc, "minutes", "locked", before=before)


def test_reopening_cannot_drop_the_earlier_approvals():
    before = _stored(_approved_meeting())
    doc = minutes_cycle.reopened(before, date(2015, 12, 1))
    doc["minutes"]["approvals"] = doc["minutes"]["approvals"][:1]
    assert_refused("meeting", doc, "minutes.approvals", "earlier approvals stay", before=before)


def test_draft_minutes_can_be_changed_and_approved():
    draft = _approved_meeting()
    draft["minutes"].update(status="draft", approved_on=None)
    approved = _approved_meeting()
    approved["minutes"]["summary"] = {"en": "Final."}
    assert check("meeting", approved, before=_stored(draft)) == []


def test_the_rest_of_a_meeting_with_approved_minutes_can_change():
    before = _stored(_approved_meeting())
    assert check("meeting", {**_approved_meeting(), "venue": {"en": "City Hall"}}, before=before) == []


def test_saving_approved_minutes_unchanged_is_allowed_in_any_spelling():
    # The stored form has every optional field; an incoming document may omit them or leave
    # translations blank: that is the same minutes, not a change.
    before = _stored(_approved_meeting())
    same = _approved_meeting()
    same["minutes"]["summary"] = {"ko": "", "en": "Agreed."}
    same["minutes"]["statements"] = []
    assert check("meeting", same, before=before) == []


# --- unknown fields, required fields, types and vocabularies -------------------------------------


@pytest.mark.parametrize("kind, doc, place", [
    ("organization", f.organization(colour="blue"), "colour"),
    ("person", f.person(version=3), "version"),
    ("agreement", f.agreement(signatories=[{"person": "person-a", "organization": "org-a", "title": "Mayor"}]),
     "signatories[0].title"),
    ("meeting", f.meeting(agenda=[f.agenda_item(1, minutes=5)]), "agenda[0].minutes"),
    ("meeting", f.meeting(minutes=f.minutes(approved_by="person-a")), "minutes.approved_by"),
    ("visit", f.visit(itinerary=[{"starts_at": "2015-11-01T18:00:00+08:00", "title": {"en": "x"}, "ends_at": "?"}]),
     "itinerary[0].ends_at"),
])
def test_unknown_fields_are_refused(kind, doc, place):
    assert_refused(kind, doc, place, "unknown field")


@pytest.mark.parametrize("kind, doc, field_name", [
    ("organization", f.organization(), "name"),
    ("organization", f.organization(), "city"),
    ("organization", f.organization(), "kind"),
    ("person", f.person(), "name"),
    ("team", f.team(), "status"),
    ("agreement", f.agreement(), "title"),
    ("agreement", f.agreement(), "status"),
    ("meeting", f.meeting(), "starts_at"),
    ("meeting", f.meeting(), "city"),
    ("visit", f.visit(), "destination_city"),
    ("visit", f.visit(), "ends_on"),
])
def test_required_fields(kind, doc, field_name):
    doc.pop(field_name)
    assert_refused(kind, doc, field_name, "is required")


@pytest.mark.parametrize("kind, doc, place", [
    ("organization", f.organization(kind="ministry"), "kind"),
    ("team", f.team(status="paused"), "status"),
    ("agreement", f.agreement(kind="treaty"), "kind"),
    ("agreement", f.agreement(status="In Force"), "status"),
    ("meeting", f.meeting(kind="dinner"), "kind"),
    ("meeting", f.meeting(minutes={"status": "final"}), "minutes.status"),
    ("meeting", f.meeting(minutes=f.minutes(actions=[f.action("act-1", status="late")])), "minutes.actions[0].status"),
])
def test_kinds_and_statuses_come_from_the_vocabulary(kind, doc, place):
    assert_refused(kind, doc, place, "is not one of")


@pytest.mark.parametrize("value", ["", "   ", 5, "x" * 101])
def test_cities_are_named(value):
    assert "city" in problems_of("organization", f.organization(city=value))


@pytest.mark.parametrize("kind, doc, place, words", [
    ("meeting", f.meeting(number=0), "number", "between 1 and"),
    ("meeting", f.meeting(number="2"), "number", "whole number"),
    ("meeting", f.meeting(number=True), "number", "whole number"),
    ("meeting", f.meeting(participants="person-a"), "participants", "must be a list"),
    ("meeting", f.meeting(minutes="approved"), "minutes", "must be an object"),
    ("person", f.person(email=["a@b"]), "email", "must be text"),
])
def test_values_have_their_types(kind, doc, place, words):
    assert_refused(kind, doc, place, words)


@pytest.mark.parametrize("kind, doc, place", [
    ("person", f.person(notes="line\x00break"), "notes"),
    ("agreement", f.agreement(title={"ko": "양해각서", "en": "MOU\x00"}), "title"),
    ("organization", f.organization(city="Seo\x00ul"), "city"),
    ("agreement", f.agreement(reference="SBIC\x00"), "reference"),
])
def test_nul_characters_are_refused(kind, doc, place):
    # PostgreSQL cannot store them; refused here, they get a place instead of a database error.
    assert_refused(kind, doc, place, "NUL character")


def test_a_record_must_be_an_object():
    assert [str(p) for p in check("person", ["person-a"], place="people[0]")] == ["people[0]: must be an object"]
