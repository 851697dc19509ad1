"""Recent and saved searches: per database, most recent first, kept across sessions, never in the way."""

from __future__ import annotations

import pytest

from secretariat_app.search.history import MAX_RECENT, SavedSearch, SearchHistory


def test_recent_searches_most_recent_first_without_duplicates(tmp_path):
    history = SearchHistory.for_database("council.sqlite3", tmp_path)
    for query in ("北京", "fine  dust", "北京", "  "):
        history.add_recent(query)
    assert history.recent() == ["北京", "fine dust"]
    assert SearchHistory.for_database("council.sqlite3", tmp_path).recent() == ["北京", "fine dust"]
    assert SearchHistory.for_database("clerk@server/council", tmp_path).recent() == []


def test_recent_is_bounded(tmp_path):
    history = SearchHistory(tmp_path / "h.json")
    for i in range(MAX_RECENT + 5):
        history.add_recent(f"q{i}")
    assert len(history.recent()) == MAX_RECENT and history.recent()[0] == f"q{MAX_RECENT + 4}"


def test_saved_searches_by_name(tmp_path):
    history = SearchHistory(tmp_path / "h.json")
    history.save("Expiring soon", "status:in_force expires:<2027-01-01")
    history.save("", "kind:action due:<today")
    history.save("Expiring soon", "status:in_force expires:<2027-06-30")
    again = SearchHistory(tmp_path / "h.json")
    assert again.saved() == [SavedSearch("Expiring soon", "status:in_force expires:<2027-06-30"),
                             SavedSearch("kind:action due:<today", "kind:action due:<today")]
    again.remove("Expiring soon")
    assert [s.name for s in SearchHistory(tmp_path / "h.json").saved()] == ["kind:action due:<today"]
    with pytest.raises(ValueError):
        again.save("empty", "   ")


def test_a_damaged_file_starts_a_new_history(tmp_path):
    path = tmp_path / "h.json"
    path.write_text("{not json", encoding="utf-8")
    history = SearchHistory(path)
    assert history.recent() == [] and history.saved() == []
    history.add_recent("환경")
    assert SearchHistory(path).recent() == ["환경"]
