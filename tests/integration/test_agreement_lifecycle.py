"""An agreement's history as dated events: its status and dates follow from them on every way in, a
service records an event as one undoable save, the migration gives existing agreements their events."""

from __future__ import annotations

import copy
import importlib.util
from datetime import date
from types import SimpleNamespace

import pytest
from alembic import command
from sqlalchemy import select

from secretariat_app.domain import lifecycle
from secretariat_app.domain import models as m
from secretariat_app.errors import ValidationError
from secretariat_app.services import agreements
from secretariat_app.storage import migrations
from tests import factories as f
from tests.integration.test_exchange import do_import

ENV_MOU = "agr-2015-env-mou"


def gc3(demo_app) -> str:  # type: ignore[no-untyped-def]
    doc = f.meeting("mtg-gc-3", kind="general_conference", number=3, city="seoul",
                    title={"en": "Third General Conference"}, starts_at="2026-11-05T10:00:00+09:00")
    demo_app.records.create("meeting", doc)
    return "mtg-gc-3"


def test_the_environment_mou_is_extended_at_conference_3(demo_app):
    before = demo_app.records.get("agreement", ENV_MOU).doc
    assert [e["kind"] for e in before["events"]] == ["signed", "entered_into_force"]
    assert before["expires_on"] == "2018-11-03"
    meeting = gc3(demo_app)
    change = agreements.extend(demo_app.records, ENV_MOU, meeting, until=date(2029, 11, 3))
    after = demo_app.records.get("agreement", ENV_MOU).doc
    assert after["expires_on"] == "2029-11-03"  # the expiry moved
    assert after["status"] == "in_force"
    assert [(e["kind"], e["date"], e["meeting"]) for e in after["events"]] == [
        ("signed", "2015-11-04", "mtg-gc-2"), ("entered_into_force", "2015-11-04", None),
        ("extended", "2026-11-05", "mtg-gc-3")]  # on the meeting's day at its venue
    assert demo_app.records.next_undo.change_id == change.change_id  # one undoable step
    demo_app.records.undo()
    assert demo_app.records.get("agreement", ENV_MOU).doc == before


def test_an_extension_without_its_new_expiry_is_refused_and_nothing_is_written(demo_app):
    before = demo_app.records.get("agreement", ENV_MOU)
    with pytest.raises(ValidationError) as refused:
        agreements.record_event(demo_app.records, ENV_MOU, {"kind": "extended", "date": "2026-11-05"})
    assert [(p.place, p.code, p.values["event"]) for p in refused.value.problems] == [
        ("events[2].expires_on", "required_for_event", "extended")]
    assert demo_app.records.get("agreement", ENV_MOU).version == before.version


def test_status_and_dates_that_contradict_the_timeline_are_refused_with_the_timelines_word(demo_app):
    doc = demo_app.records.get("agreement", ENV_MOU).doc
    bad = {**doc, "status": "terminated", "expires_on": "2030-01-01", "signed_on": "2015-11-05"}
    problems = {p.place: p for p in demo_app.records.validate("agreement", bad)}
    assert problems["status"].code == "status_from_events"
    assert problems["status"].values == {"status": "in_force", "event": "entered_into_force", "on": "2015-11-04"}
    assert problems["expires_on"].code == "date_from_events"
    assert problems["expires_on"].values["date"] == "2018-11-03"
    assert problems["signed_on"].values == {"date": "2015-11-04", "event": "signed", "on": "2015-11-04"}


def test_a_terminated_agreement_follows_its_last_event_and_the_document_must_be_an_attachment(demo_app):
    doc = demo_app.records.get("agreement", ENV_MOU).doc
    event = {"kind": "terminated", "date": "2017-06-30", "meeting": None, "document": "a" * 64,
             "note": {"en": "By notice"}, "status": None, "expires_on": None}
    new = lifecycle.with_event(doc, event)
    assert new["status"] == "terminated" and new["expires_on"] == "2018-11-03"
    problems = demo_app.records.validate("agreement", new)
    assert [(p.place, p.code) for p in problems] == [("events[2].document", "not_an_attachment")]
    new["events"][2]["document"] = None
    version = demo_app.records.get("agreement", ENV_MOU).version
    demo_app.records.update("agreement", new, version)
    assert demo_app.records.get("agreement", ENV_MOU).doc["status"] == "terminated"


def test_an_import_that_contradicts_its_timeline_is_refused_whole(demo_app):
    document = f.document(agreements=[{**f.demo_record("agreements", ENV_MOU), "status": "expired"}])
    with pytest.raises(ValidationError, match=r"agreements\[0\]\.status: must be in_force, as its timeline says "
                                              r"\(entered into force on 2015-11-04\)") as refused:
        do_import(demo_app, document)
    assert [p.code for p in refused.value.problems] == ["status_from_events"]
    assert demo_app.records.get("agreement", ENV_MOU).doc["status"] == "in_force"


def test_an_exchange_file_without_timelines_or_renewal_data_still_imports(app):
    old = copy.deepcopy(f.demo_document())
    for a in old["agreements"]:
        for key in ("events", "notice_days", "auto_renews", "renews_for_months", "owner_seoul", "owner_beijing"):
            a.pop(key)
    do_import(app, old)
    env = app.records.get("agreement", ENV_MOU).doc
    assert env["events"] == [] and env["expires_on"] == "2018-11-03" and env["auto_renews"] is False


def test_renewal_terms_as_data_are_kept_and_checked(demo_app):
    doc = demo_app.records.get("agreement", ENV_MOU).doc
    assert (doc["notice_days"], doc["auto_renews"], doc["renews_for_months"]) == (90, True, 36)
    assert (doc["owner_seoul"], doc["owner_beijing"]) == ("person-kang-do-hyun", "person-li-ming")
    bad = {**doc, "auto_renews": False, "notice_days": -1, "owner_beijing": "person-nobody"}
    codes = {p.place: p.code for p in demo_app.records.validate("agreement", bad)}
    assert codes == {"renews_for_months": "only_when_auto_renews", "notice_days": "out_of_range",
                     "owner_beijing": "no_such_record"}


def test_each_owner_is_a_person_of_their_city_on_every_way_in(demo_app):
    doc = demo_app.records.get("agreement", ENV_MOU).doc
    swapped = {**doc, "owner_seoul": "person-li-ming", "owner_beijing": "person-kang-do-hyun"}
    problems = demo_app.records.validate("agreement", swapped)
    assert [(p.place, p.code, p.values) for p in problems] == [
        ("owner_beijing", "owner_of_other_city", {"city": "beijing", "found": "seoul"}),
        ("owner_seoul", "owner_of_other_city", {"city": "seoul", "found": "beijing"})]
    assert str(problems[1]) == "owner_seoul: must be a person of Seoul; this one belongs to Beijing"
    # In an import, as the file says: a person moved to a Seoul organization in the same file may own it.
    moved = {**f.demo_record("people", "person-li-ming"), "organization": "org-smg-cehq"}
    do_import(demo_app, f.revised(demo_app, f.document(
        people=[moved], agreements=[{**doc, "owner_seoul": "person-li-ming", "owner_beijing": None}])))
    assert demo_app.records.get("agreement", ENV_MOU).doc["owner_seoul"] == "person-li-ming"


def test_an_owner_cannot_be_deleted_while_an_agreement_names_them(demo_app):
    from secretariat_app.services import references

    with demo_app.db.reading() as uow:
        assert ("agreement", ENV_MOU) in references.referrers(uow.session, "person", "person-li-ming")
        assert ("agreement", ENV_MOU) in references.referrers(uow.session, "meeting", "mtg-gc-2")


# --- the migration --------------------------------------------------------------------------------


def _migration():  # type: ignore[no-untyped-def]
    path = migrations.alembic_config().get_main_option("script_location") + "/versions/0010_agreement_events.py"
    spec = importlib.util.spec_from_file_location("m0010", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def row(status: str, signed=None, effective=None, expires=None, updated="2020-05-06 10:00:00"):  # type: ignore[no-untyped-def]
    return SimpleNamespace(status=status, signed_on=signed, effective_on=effective, expires_on=expires,
                           meeting_id="mtg-1", updated_at=updated)


@pytest.mark.parametrize("fields, superseded_on, expected", [
    (row("draft", "2014-01-01"), None, []),
    (row("in_force", "2014-01-01"), None, [("signed", "2014-01-01", "in_force", None)]),
    (row("signed", "2014-01-01", "2014-03-01", "2016-01-01"), None, [("signed", "2014-01-01", None, "2016-01-01")]),
    (row("expired", "2014-01-01", "2014-01-01", "2016-01-01"), None,
     [("signed", "2014-01-01", None, None), ("entered_into_force", "2014-01-01", None, "2016-01-01"),
      ("expired", "2016-01-01", None, None)]),
    (row("terminated", "2014-01-01"), None, [("signed", "2014-01-01", None, None), ("terminated", "2020-05-06", None, None)]),
    (row("superseded", "2014-01-01"), "2017-02-03",
     [("signed", "2014-01-01", None, None), ("superseded", "2017-02-03", None, None)]),
])
def test_the_migration_tells_the_events_the_fields_already_say(fields, superseded_on, expected):
    module = _migration()
    events = module.events_of(fields, date.fromisoformat(superseded_on) if superseded_on else None)
    got = [(e["kind"], e["occurred_on"].isoformat(), e.get("status"),
            e["expires_on"].isoformat() if e.get("expires_on") else None) for e in events]
    assert got == expected
    # The same as the domain's own reading of the fields (the demo and generated archives use that one).
    doc = {"status": fields.status, "signed_on": fields.signed_on, "effective_on": fields.effective_on,
           "expires_on": fields.expires_on, "meeting": "mtg-1"}
    same = lifecycle.events_from_fields(doc, superseded_on, "2020-05-06")
    assert [(e["kind"], e["date"], e["status"], e["expires_on"]) for e in same] == expected
    if events:
        derived = lifecycle.derive(same)
        assert derived["status"].value == fields.status


def test_the_migration_gives_the_stored_agreements_their_events(demo_app):
    """Down to 0009 (the events and renewal data go), up again: each agreement has the events its fields
    tell, and its status and dates are what they were."""
    with demo_app.db.reading() as uow:
        before = {a.id: (a.status, a.signed_on, a.effective_on, a.expires_on)
                  for a in uow.session.scalars(select(m.Agreement))}
    cfg = migrations.alembic_config()
    with demo_app.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0009")
    with demo_app.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with demo_app.db.reading() as uow:
        parties = uow.session.scalar(select(m.AgreementParty).limit(1))
        assert parties is not None  # the parts were not lost on the way
        for a in uow.session.scalars(select(m.Agreement)):
            assert (a.status, a.signed_on, a.effective_on, a.expires_on) == before[a.id]
        env = uow.session.get(m.Agreement, ENV_MOU)
        assert [(e.kind, e.occurred_on, e.meeting_id, e.expires_on) for e in env.events] == [
            ("signed", date(2015, 11, 4), "mtg-gc-2", None),
            ("entered_into_force", date(2015, 11, 4), None, date(2018, 11, 3))]
    for a in demo_app.records.get("agreement", ENV_MOU), demo_app.records.get("agreement", "agr-2013-council-mou"):
        assert demo_app.records.validate("agreement", a.doc) == []


# --- notice deadlines -------------------------------------------------------------------------------


@pytest.mark.parametrize("today, days, flag", [
    (date(2018, 5, 1), 96, None), (date(2018, 5, 8), 89, 90), (date(2018, 7, 7), 29, 30),
    (date(2018, 8, 2), 3, 7), (date(2018, 8, 5), 0, 7), (date(2018, 9, 1), -27, 0)])
def test_the_dashboard_ranks_the_last_day_to_give_notice_with_its_flag(demo_app, today, days, flag):
    """The environment MOU expires on 2018-11-03 with 90 days' notice: the last day is 2018-08-05."""
    d = demo_app.dashboard.load(today)
    entries = [e for e in d.notices.entries if e.record_id == ENV_MOU]
    if flag is None:
        assert entries == []
        return
    (entry,) = entries
    assert (entry.when, entry.until, entry.days, entry.flag) == (date(2018, 8, 5), date(2018, 11, 3), days, flag)
    assert [o["en"] for o in entry.owners] == ["Kang Do-hyun", "Li Ming"]  # Seoul's, then Beijing's


def test_the_calendar_carries_the_notice_deadline_with_its_four_reminders(demo_app):
    from icalendar import Calendar

    from secretariat_app.reports.calendar import build_calendar
    from secretariat_app.services import calendar_feed

    events = calendar_feed.events(demo_app.db, calendar_feed.CalendarQuery(
        date_from=date(2018, 8, 1), date_to=date(2018, 8, 31), kinds=("expiries",)))
    (notice,) = [e for e in events if e.kind == "notice"]
    assert notice.start == date(2018, 8, 5) and notice.uid.startswith(f"agreement-{ENV_MOU}-notice@")
    cal = Calendar.from_ical(build_calendar(events, "ko"))  # read back by the library
    (event,) = [c for c in cal.walk("VEVENT") if "notice" in str(c["uid"])]
    assert str(event["summary"]).startswith("통보 기한: ")
    assert event.decoded("dtstart") == date(2018, 8, 5)
    assert sorted(-a.decoded("trigger").days for a in event.walk("VALARM")) == [7, 30, 60, 90]
