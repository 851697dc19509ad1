"""The queries behind the lists and the dashboard, on every backend (SQLite, and PostgreSQL when given)."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat_app.services import dashboard, lists
from secretariat_app.services.lists import ListQuery


def ids(app, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    return lists.run(app.db, ListQuery(**kw)).ids


def test_default_orders_and_totals(demo_app) -> None:  # type: ignore[no-untyped-def]
    result = lists.run(demo_app.db, ListQuery("meeting"))
    assert result.ids == ["mtg-env-1", "mtg-gc-2", "mtg-gc-1"] and result.total == 3
    assert ids(demo_app, kind="agreement") == ["agr-2015-env-mou", "agr-2013-council-mou"]
    assert ids(demo_app, kind="team")[0] == "team-culture"
    assert len(ids(demo_app, kind="person")) == 14


@pytest.mark.parametrize("kind", lists.LIST_KINDS)
def test_every_sortable_column_sorts_both_ways(demo_app, kind) -> None:  # type: ignore[no-untyped-def]
    everything = set(ids(demo_app, kind=kind))
    for column in lists.spec(kind).columns:
        if column.sort is None:
            continue
        for lang in ("ko", "zh", "en"):
            up = ids(demo_app, kind=kind, sort=column.key, descending=False, lang=lang)
            down = ids(demo_app, kind=kind, sort=column.key, descending=True, lang=lang)
            assert set(up) == set(down) == everything


def test_names_sort_in_the_chosen_language(demo_app) -> None:  # type: ignore[no-untyped-def]
    en = ids(demo_app, kind="team", sort="name", lang="en")
    ko = ids(demo_app, kind="team", sort="name", lang="ko")
    assert en == ["team-culture", "team-economy", "team-education", "team-environment"]
    # 경제팀 (economy) < 교육팀 (education) < 문화팀 (culture) < 환경팀 (environment) in Hangul order.
    assert ko == ["team-economy", "team-education", "team-culture", "team-environment"]


def test_filter_words_in_any_language_and_literal_wildcards(demo_app) -> None:  # type: ignore[no-untyped-def]
    assert ids(demo_app, kind="agreement", text="환경팀") == ["agr-2015-env-mou"]
    assert ids(demo_app, kind="agreement", text="环保组") == ["agr-2015-env-mou"]
    assert ids(demo_app, kind="agreement", text="ENVIRONMENT mou") == ["agr-2015-env-mou"]
    assert ids(demo_app, kind="person", text="kim") == ["person-kim-min-jun"]
    assert ids(demo_app, kind="agreement", text="%") == []  # a percent sign is a character, not "anything"
    assert ids(demo_app, kind="agreement", text="SBIC_2015") == []


def test_facets_and_their_counts(demo_app) -> None:  # type: ignore[no-untyped-def]
    counts = lists.counts(demo_app.db, ListQuery("agreement"))
    assert counts["in_force"] == 2 and counts["draft"] == 0
    assert lists.counts(demo_app.db, ListQuery("meeting")) == {"none": 0, "draft": 1, "circulated": 0, "approved": 2}
    assert ids(demo_app, kind="meeting", facet="draft") == ["mtg-env-1"]
    assert lists.counts(demo_app.db, ListQuery("visit")) == {"beijing": 1}
    assert ids(demo_app, kind="visit", facet="seoul") == []


def test_people_of_an_organization_and_its_departments(demo_app) -> None:  # type: ignore[no-untyped-def]
    nodes = lists.organizations(demo_app.db)
    smg = lists.subtree(nodes, "org-smg")
    assert "org-smg-cehq" in smg and "org-bmpg" not in smg
    people = ids(demo_app, kind="person", organizations=smg)
    assert "person-kim-min-jun" in people and "person-park-won-soon" in people and "person-li-ming" not in people
    assert next(n for n in nodes if n.id == "org-smg-cehq").people == 2


def test_rows_of_a_page(demo_app) -> None:  # type: ignore[no-untyped-def]
    rows = lists.rows(demo_app.db, "meeting", ["mtg-gc-2", "no-such-meeting"])
    assert set(rows) == {"mtg-gc-2"}
    row = rows["mtg-gc-2"]
    assert row["starts_at"].isoformat() == "2015-11-04T10:30:00+08:00"  # the venue's clock
    assert row["minutes"] == "approved" and row["city"] == "beijing"
    agreement = lists.rows(demo_app.db, "agreement", ["agr-2015-env-mou"])["agr-2015-env-mou"]
    assert [p["en"] for p in agreement["parties"]] == ["SMG", "Beijing"]
    visit = lists.rows(demo_app.db, "visit", ["visit-2015-beijing"])["visit-2015-beijing"]
    assert visit["head"]["en"] == "Park Won Soon" and visit["delegation"] > 0


def test_trash_leaves_the_lists(demo_app) -> None:  # type: ignore[no-untyped-def]
    demo_app.records.delete([("visit", "visit-2015-beijing")])
    result = lists.run(demo_app.db, ListQuery("visit"))
    assert result.ids == [] and result.total == 0


def test_dashboard_on_a_given_day(demo_app) -> None:  # type: ignore[no-untyped-def]
    d = dashboard.load(demo_app.db, date(2018, 9, 1))
    assert [e.record_id for e in d.expiring.entries] == ["agr-2015-env-mou"] and d.expiring.entries[0].days == 63
    assert d.expired_in_force.entries == []
    overdue = {e.part for o in d.actions for e in o.overdue}
    assert "minutes.actions[1]" in overdue and d.overdue_count == 5
    later = dashboard.load(demo_app.db, date(2026, 11, 28))
    assert [e.record_id for e in later.expired_in_force.entries] == ["agr-2015-env-mou"]
    before = dashboard.load(demo_app.db, date(2015, 10, 20))
    assert [e.record_id for e in before.meetings.entries] == ["mtg-gc-2"]
    assert [e.record_id for e in before.visits.entries] == ["visit-2015-beijing"]
    assert len(before.recent) == dashboard.RECENT and before.recent[0].action == "import"


def test_the_long_lists_are_read_in_index_order_not_sorted(app):
    """Meetings and people by name in every language (and meetings by date on SQLite): the database reads
    an index in order instead of sorting 50 000 rows, because the index is on the very expression the
    list sorts by (migration 0007)."""
    cases = [("meeting", "title"), ("person", None)] + ([("meeting", None)] if app.db.dialect == "sqlite" else [])
    with app.db.reading() as uow:
        conn = uow.session.connection()
        if app.db.dialect == "postgresql":
            conn.exec_driver_sql("SET LOCAL enable_sort = off")  # an empty table: say what the index allows
        for kind, sort in cases:
            for lang in ("en", "ko", "zh"):
                q = ListQuery(kind, sort=sort, lang=lang)
                query = lists._base(q, [lists.m.RECORD_CLASSES[kind].id]).order_by(*lists._order(q))
                sql = str(query.compile(conn, compile_kwargs={"literal_binds": True}))
                plan = " ".join(str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")) \
                    if app.db.dialect == "sqlite" else " ".join(r[0] for r in conn.exec_driver_sql(f"EXPLAIN {sql}"))
                assert "ix_" in plan, (kind, sort, lang, plan)
                assert "TEMP B-TREE" not in plan and "Sort" not in plan, (kind, sort, lang, plan)
