"""The order of results when words are common (tiers read newest first) and when they are not
(BM25), on every backend; and the dated rowids that make newest-first cheap on SQLite."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from secretariat_app.search import index, ranking
from secretariat_app.search.backends import DAY_SLOTS
from tests import factories as f
from tests.integration.search_helpers import hits


def _agreement(app, rid: str, title: str, summary: str, signed_on: str | None, status: str = "signed") -> None:
    doc = {"id": rid, "kind": "mou", "title": {"en": title}, "summary": {"en": summary}, "status": status,
           "parties": ["org-a", "org-b"]}
    if signed_on:
        doc["signed_on"] = signed_on
    app.records.create("agreement", doc)


@pytest.fixture
def harbours(app):
    app.records.create("organization", f.organization("org-a", name={"en": "Port Authority"}))
    app.records.create("organization", f.organization("org-b", city="beijing", name={"en": "Harbour Office"}))
    _agreement(app, "t-2001", "Harbour cooperation", "Ships.", "2001-05-01")
    _agreement(app, "t-2011", "Harbour safety", "Boats and a lighthouse.", "2011-05-01")
    _agreement(app, "b-2005", "Fisheries", "The harbour of Incheon.", "2005-05-01", status="expired")
    _agreement(app, "b-2020", "Ferries", "A ferry leaves the harbour daily.", "2020-05-01")
    _agreement(app, "b-undated", "Draft on ports", "Any harbour.", None, status="draft")
    return app


ORDER = ["agreement:t-2011", "agreement:t-2001",  # title matches, newest first
         "agreement:b-2020", "agreement:b-2005", "agreement:b-undated"]  # then the rest, undated last


def _common(monkeypatch, filters_first: int = ranking.FILTERS_FIRST) -> None:
    """Make every word 'common' for these few records, so the tiers are what orders them."""
    monkeypatch.setattr(ranking, "RANK_ALL", 1)
    monkeypatch.setattr(ranking, "FILTERS_FIRST", filters_first)


def test_common_words_come_title_matches_first_then_the_rest_each_newest_first(harbours, monkeypatch):
    _common(monkeypatch)
    assert [h for h in hits(harbours, "harbour") if h.startswith("agreement:")] == ORDER


def test_a_page_of_common_matches_stops_inside_a_tier(harbours, monkeypatch):
    _common(monkeypatch)
    assert hits(harbours, "harbour kind:agreement", limit=1) == ORDER[:1]
    assert hits(harbours, "harbour kind:agreement", limit=3) == ORDER[:3]


def test_excluded_words_are_excluded_anywhere_in_both_tiers(harbours, monkeypatch):
    _common(monkeypatch)
    assert hits(harbours, "harbour -lighthouse kind:agreement") == [h for h in ORDER if h != "agreement:t-2011"]
    assert hits(harbours, "harbour -ferry kind:agreement") == [h for h in ORDER if h != "agreement:b-2020"]


@pytest.mark.parametrize("filters_first", [0, 100])  # read the word's matches, or look up the few filtered
def test_filters_give_the_same_order_whichever_side_drives(harbours, monkeypatch, filters_first):
    _common(monkeypatch, filters_first)
    assert hits(harbours, "harbour status:signed") == ["agreement:t-2011", "agreement:t-2001", "agreement:b-2020"]
    assert hits(harbours, "harbour signed:2000..2010") == ["agreement:t-2001", "agreement:b-2005"]
    assert hits(harbours, "harbour status:cancelled") == []


def test_rare_words_are_ranked_by_bm25_title_weight_first(harbours):
    # Below RANK_ALL every match is scored: the title match wins although it is older.
    _agreement(harbours, "t-1999", "Lighthouse keepers", "Keepers.", "1999-01-01")
    assert hits(harbours, "lighthouse kind:agreement") == ["agreement:t-1999", "agreement:t-2011"]


def test_both_ways_find_the_same_entries(harbours, monkeypatch):
    everything = set(hits(harbours, "harbour OR ferry"))
    _common(monkeypatch)
    assert set(hits(harbours, "harbour OR ferry")) == everything


# --- dated rowids (SQLite) ---------------------------------------------------------------------------


def _entry_ids(app) -> dict[str, int]:
    with app.db.reading() as uow:
        return dict(uow.session.execute(text(
            "SELECT record_id, id FROM search_entries WHERE kind = 'agreement' AND part = ''")).all())


def test_sqlite_rowids_start_with_the_entrys_date(sqlite_app):
    app = sqlite_app
    app.records.create("organization", f.organization("org-a", name={"en": "Port Authority"}))
    app.records.create("organization", f.organization("org-b", city="beijing", name={"en": "Harbour Office"}))
    _agreement(app, "a", "One", "x", "2015-11-04")
    _agreement(app, "b", "Two", "x", "2015-11-04")
    _agreement(app, "c", "Three", "x", None, status="draft")
    ids = _entry_ids(app)
    day = date(2015, 11, 4).toordinal()
    assert ids["a"] // DAY_SLOTS == day and ids["b"] // DAY_SLOTS == day and ids["a"] != ids["b"]
    assert ids["c"] // DAY_SLOTS == 0
    # An edit keeps the entry in its day; a new date moves it.
    for rid, change in (("a", {"summary": {"en": "y"}}), ("b", {"signed_on": "2020-01-02"})):
        stored = app.records.get("agreement", rid)
        app.records.update("agreement", {**stored.doc, **change}, stored.version)
    again = _entry_ids(app)
    assert again["a"] // DAY_SLOTS == day and again["a"] not in (ids["a"], ids["b"])
    assert again["b"] // DAY_SLOTS == date(2020, 1, 2).toordinal()


def test_a_rebuild_numbers_the_same_way_and_finds_the_same(sqlite_app, monkeypatch):
    app = sqlite_app
    app.records.create("organization", f.organization("org-a", name={"en": "Port Authority"}))
    app.records.create("organization", f.organization("org-b", city="beijing", name={"en": "Harbour Office"}))
    for year in range(2001, 2011):
        _agreement(app, f"h-{year}", "Harbour" if year % 2 else "Port", f"harbour {year}", f"{year}-03-01")
    _common(monkeypatch)
    before = hits(app, "harbour")
    index.rebuild(app.db)
    ids = _entry_ids(app)
    assert all(ids[f"h-{y}"] // DAY_SLOTS == date(y, 3, 1).toordinal() for y in range(2001, 2011))
    assert hits(app, "harbour") == before
    assert before[:5] == [f"agreement:h-{y}" for y in (2009, 2007, 2005, 2003, 2001)]  # titles first
    _agreement(app, "h-2011", "Harbour", "harbour", "2011-03-01")  # after a rebuild, writes go on numbering
    assert hits(app, "harbour")[0] == "agreement:h-2011"


def test_an_index_numbered_the_old_way_is_rebuilt_on_open_with_progress(sqlite_app):
    from secretariat_app import bootstrap

    app = sqlite_app
    app.records.create("organization", f.organization("org-a", name={"en": "Port Authority"}))
    with app.db.writing() as uow:
        uow.session.execute(text("UPDATE search_meta SET value = :v WHERE key = 'index_version'"),
                            {"v": index.wanted_version("sqlite").removesuffix("+dated")})
        uow.commit()
    settings = app.settings
    app.close()
    heard: list[tuple[int, int]] = []
    reopened = bootstrap.open_app(settings, lambda done, total: heard.append((done, total)))
    try:
        assert heard and heard[-1][0] == heard[-1][1] >= 1
        with reopened.db.reading() as uow:
            assert index.stored_version(uow.session) == index.wanted_version("sqlite")
    finally:
        reopened.close()


def test_a_word_beginning_comes_in_tiers_however_few_match(harbours):
    # No RANK_ALL lowered here: a trailing * is never counted and scored (see ranking.py).
    assert hits(harbours, "harb* kind:agreement") == ORDER
