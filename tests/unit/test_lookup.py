"""Type-ahead look-ups for pickers: a name in any language finds the record, on every backend."""

from __future__ import annotations

import pytest

from secretariat_app.services.lookup import Lookup, slug


@pytest.fixture
def lookup(demo_app):  # type: ignore[no-untyped-def]
    return Lookup(demo_app.db)


@pytest.mark.parametrize("typed", ["北京市人民政府", "베이징시 인민정부", "beijing municipal people", "BMPG"])
def test_a_name_in_any_language_finds_the_organization(lookup: Lookup, typed: str) -> None:
    found = [c.id for c in lookup.search("organization", typed, "en")]
    assert "org-bmpg" in found


def test_every_typed_word_must_match_and_the_label_follows_the_interface_language(lookup: Lookup) -> None:
    found = lookup.search("person", "元淳", "ko")
    assert [c.id for c in found] == ["person-park-won-soon"]
    choice = found[0]
    assert choice.label == "박원순"
    assert set(choice.other_names) == {"朴元淳", "Park Won Soon"}
    assert choice.detail  # position and organization tell namesakes apart
    assert lookup.search("person", "park zhang", "en") == []


def test_agreements_are_found_by_reference_and_meetings_carry_their_local_day(lookup: Lookup) -> None:
    [agreement] = lookup.search("agreement", "SBIC-2015", "en")
    assert agreement.id == "agr-2015-env-mou"
    assert agreement.status == "in_force" and agreement.when is not None
    meeting = next(c for c in lookup.search("meeting", "second general", "en"))
    assert meeting.id == "mtg-gc-2"
    assert meeting.when.isoformat() == "2015-11-04" and meeting.city == "beijing"


def test_like_wildcards_typed_by_the_clerk_are_taken_literally(lookup: Lookup) -> None:
    assert lookup.search("organization", "%", "en") == []
    assert lookup.search("organization", "_", "en") == []


def test_excluded_and_trashed_records_are_not_offered_but_old_links_keep_their_name(demo_app, lookup) -> None:  # type: ignore[no-untyped-def]
    assert "visit-2015-beijing" in [c.id for c in lookup.search("visit", "", "en")]
    assert lookup.search("visit", "", "en", exclude=["visit-2015-beijing"]) == []
    demo_app.records.delete([("visit", "visit-2015-beijing")])
    assert lookup.search("visit", "Park", "en") == []
    assert lookup.choice("visit", "visit-2015-beijing", "en") is not None
    assert lookup.choices("visit", ["visit-2015-beijing", "no-such-visit"], "en").keys() == {"visit-2015-beijing"}


def test_linked_lists_the_records_that_refer_to_a_team(lookup: Lookup) -> None:
    linked = {(c.kind, c.id) for c in lookup.linked("team", "team-environment", "en")}
    assert ("agreement", "agr-2015-env-mou") in linked
    assert any(kind == "meeting" for kind, _ in linked)


def test_new_ids_are_readable_and_unused(demo_app, lookup) -> None:  # type: ignore[no-untyped-def]
    assert slug("MOU on the Establishment of the Environment Team") == "mou-establishment-environment-team"
    first = lookup.new_id("team", {"en": "Environment"})
    assert first == "team-environment-2"  # team-environment is taken
    assert not demo_app.records.exists("team", first)
    assert lookup.new_id("team", {"ko": "교통팀"}) == "team-new-1"  # no Latin name: a number
    assert lookup.new_id("meeting", {"en": "Env meeting"}, "2026-03-10") == "mtg-2026-03-10-env-meeting"


def test_an_editors_lookup_remembers_names_until_told_to_forget(demo_app) -> None:  # type: ignore[no-untyped-def]
    from secretariat_app.services.lookup import CachingLookup

    lookup = CachingLookup(demo_app.db)
    lookup.prefetch([("person", "person-li-ming"), ("organization", "org-smg"), ("person", "nobody")], "en")
    record = demo_app.records.get("person", "person-li-ming")
    demo_app.records.update("person", {**record.doc, "name": {**record.doc["name"], "en": "Li Ming (BJ)"}},
                            record.version)
    assert lookup.choice("person", "person-li-ming", "en").label == "Li Ming"  # remembered
    assert lookup.choice("person", "nobody", "en") is None
    lookup.forget()
    assert lookup.choice("person", "person-li-ming", "en").label == "Li Ming (BJ)"
