"""What the briefing service takes from the database for a pack (every backend)."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat_app import bootstrap
from secretariat_app.errors import NotFoundError, SecretariatError
from secretariat_app.services import briefing
from secretariat_app.services.briefing import Limits

VISIT = "visit-2015-beijing"


def _agreement(n: int, status: str, expires: str | None = None, signed: str | None = "2014-01-10",
               parties: tuple[str, ...] = ("org-smg", "org-bmpg")) -> dict[str, object]:
    return {"id": f"agr-test-{n:03d}", "kind": "agreement", "title": {"en": f"Test agreement {n}"},
            "status": status, "parties": list(parties), "signed_on": signed if status != "negotiating" else None,
            "expires_on": expires}


def test_demo_pack_data(demo_app: bootstrap.App) -> None:
    data = briefing.pack_data(demo_app.db, VISIT, date(2015, 10, 26))
    assert data.visit["id"] == VISIT
    assert data.home_city == "seoul"  # the head of delegation works for Seoul
    assert data.counterparts == ("person-wang-anshun", "person-li-ming", "person-zhang-wei", "person-zhao-lei")
    assert [t["id"] for t in data.teams] == ["team-culture", "team-economy", "team-education", "team-environment"]
    assert [a["id"] for a in data.agreements.in_force] == ["agr-2015-env-mou", "agr-2013-council-mou"]
    assert data.agreements.expiring == () and data.agreements.negotiating == ()
    assert [m["id"] for m in data.meetings] == ["mtg-gc-2"]
    assert [a["id"] for a in data.appendix] == ["agr-2015-env-mou"]
    # open actions of the visit's meetings, and those owned by the delegation or the people met
    assert {r.action["id"] for r in data.actions} == {"act-2015-003", "act-2015-004", "act-2015-005",
                                                     "act-2016-001", "act-2016-002"}
    dues = [r.action["due_on"] for r in data.actions]
    assert dues == sorted(dues)
    # everyone named is there to be printed by name
    assert {"person-park-won-soon", "person-wang-anshun", "person-liu-yang"} <= set(data.related.people)
    assert "org-smg-cehq" in data.related.organizations
    assert "mtg-env-1" in data.related.meetings


def test_agreements_are_grouped_on_the_pack_date_and_capped(demo_app: bootstrap.App) -> None:
    records = demo_app.records
    for n in range(6):
        records.create("agreement", _agreement(n, "in_force", expires=None, signed=f"2014-0{n + 1}-10"))
    records.create("agreement", _agreement(10, "in_force", expires="2016-01-31"))  # expires within the window
    records.create("agreement", _agreement(11, "signed", expires="2015-09-30"))  # past its date: counted only
    records.create("agreement", _agreement(12, "in_force", expires="2017-12-31"))  # beyond the window
    records.create("agreement", _agreement(13, "negotiating"))
    records.create("agreement", _agreement(14, "expired", expires="2015-01-01"))  # not listed at all
    records.create("agreement", _agreement(15, "in_force", parties=("org-smg", "org-smoe")))  # no Beijing party
    records.delete([("agreement", "agr-test-005")])  # in the trash: not listed
    data = briefing.pack_data(demo_app.db, VISIT, date(2015, 10, 26), limits=Limits(in_force=3))
    groups = data.agreements
    assert [a["id"] for a in groups.expiring] == ["agr-test-010"]
    assert groups.past_expiry == 1
    # the most recently signed, up to the cap
    assert [a["id"] for a in groups.in_force] == ["agr-2015-env-mou", "agr-test-004", "agr-test-003"]
    assert groups.omitted == {"in_force": 5}  # test agreements 000-002 and 012, and the council MOU
    assert [a["id"] for a in groups.negotiating] == ["agr-test-013"]


def test_the_visits_own_agreements_are_listed_beyond_the_cap(demo_app: bootstrap.App) -> None:
    data = briefing.pack_data(demo_app.db, VISIT, date(2015, 10, 26), limits=Limits(in_force=1))
    assert [a["id"] for a in data.agreements.in_force] == ["agr-2015-env-mou"]
    assert data.agreements.omitted == {"in_force": 1}
    loaded = demo_app.records.get("visit", VISIT)
    demo_app.records.update("visit", {**loaded.doc, "agreements": ["agr-2013-council-mou"]}, loaded.version)
    data = briefing.pack_data(demo_app.db, VISIT, date(2015, 10, 26), limits=Limits(in_force=1))
    assert [a["id"] for a in data.agreements.in_force] == ["agr-2013-council-mou", "agr-2015-env-mou"]
    assert data.agreements.omitted == {}


def test_open_actions_are_capped_with_a_count(demo_app: bootstrap.App) -> None:
    data = briefing.pack_data(demo_app.db, VISIT, date(2015, 10, 26), sections=("actions",),
                              limits=Limits(actions=2))
    assert [r.action["id"] for r in data.actions] == ["act-2016-002", "act-2015-003"]
    assert data.actions_omitted == 3
    assert data.meetings == () and data.agreements.in_force == ()  # sections not chosen: not read


def test_unknown_visit_section_or_appendix_is_refused(demo_app: bootstrap.App) -> None:
    with pytest.raises(NotFoundError, match="There is no visit 'visit-nope'"):
        briefing.pack_data(demo_app.db, "visit-nope", date(2015, 1, 1))
    with pytest.raises(SecretariatError, match="Unknown section 'gossip'"):
        briefing.pack_data(demo_app.db, VISIT, date(2015, 1, 1), sections=("overview", "gossip"))
    with pytest.raises(SecretariatError, match="There is no agreement 'agr-nope'"):
        briefing.pack_data(demo_app.db, VISIT, date(2015, 1, 1), appendix=["agr-2013-council-mou", "agr-nope"])


def test_meeting_and_agreement_data(demo_app: bootstrap.App) -> None:
    meeting = briefing.meeting_data(demo_app.db, "mtg-gc-2", date(2016, 1, 1))
    assert meeting.meeting["minutes"]["status"] == "approved"
    assert "agr-2015-env-mou" in meeting.related.agreements
    assert "person-zhang-wei" in meeting.related.people  # recorded_by and presenter
    agreement = briefing.agreement_data(demo_app.db, "agr-2015-env-mou", date(2016, 1, 1))
    assert set(agreement.related.organizations) >= {"org-smg", "org-bmpg"}
    assert "mtg-gc-2" in agreement.related.meetings


def test_plain_rows_read_the_same_documents_as_the_models(demo_app: bootstrap.App) -> None:
    """Packs and sheets read records as plain rows (domain/stand_ins.py): every demo record reads the
    same as through the mapped objects, parts and their order included, whatever the batch."""
    from sqlalchemy import select

    from secretariat_app.domain import documents, stand_ins
    from secretariat_app.domain import models as m

    read: dict[str, dict[str, dict[str, object]]] = {}
    with demo_app.db.reading() as uow:
        for kind, cls in m.RECORD_CLASSES.items():
            objects = list(uow.session.scalars(select(cls).order_by(cls.id)))
            read[kind] = stand_ins.docs(uow.session, kind, [o.id for o in objects] + ["no-such-id"])
            assert read[kind] == {o.id: documents.to_doc(kind, o) for o in objects}, kind
        assert stand_ins.docs(uow.session, "meeting", []) == {}
    # the demo has parts of parts, so the comparison above covers them
    assert any(len((d["minutes"] or {}).get("actions", [])) > 1 for d in read["meeting"].values())
    assert any(x["counterparts"] for d in read["visit"].values() for x in d["itinerary"])
    assert any(len(d["parties"]) > 1 and d["events"] for d in read["agreement"].values())
