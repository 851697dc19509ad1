"""No input raises: whatever the clerk types (or pastes) reaches the database only as words made of
letters and digits inside string literals, on every backend. And the command line's shape."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secretariat_app import cli
from tests.integration.search_helpers import search

NASTY = ['"', '""', '"a', 'a"b"c', "(", ")", "((((((((", "))))", "NEAR(", "NEAR(a b)", "*", "**", "a*b*",
         "-", "--", "- -", "-(", "OR", "AND", "NOT", "OR OR", "a OR", "NOT NOT a", "^", "{title}:x", "title:x",
         "e-mail", "北京-上海", "C++", "100%", "\x00", "a\x00b", "\u200b", "\ufeff", "'", "';--", "\\", "\\'",
         ":", "kind:", "status:", "due:<", "signed:..", "expires:<2027-13-01", "team:", "party:(", "x" * 5000,
         "北" * 3000, "🙂", "𠀀𠀁", "ｆｕｌｌ－ｗｉｄｔｈ", "a:b:c", "::", "|", "||", "&&", "!", "<->", "'a':*",
         "a & b | !c", "$", "%", "_", "%_%", "NULL", "null:null", "1=1"]


def test_known_troublemakers(demo_app):
    for text in NASTY:
        search(demo_app, text)  # raises nothing
    assert search(demo_app, "'a':* & !b").results == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_no_input_raises_property(demo_app, text):
    results = search(demo_app, text, limit=5)
    assert len(results.results) <= 5


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(['"', "(", ")", "-", " OR ", " AND ", "NOT ", "*", ":", "kind:meeting", "status:x",
                                 "due:<today", "北京", "환경", "env", " ", "\x00", "NEAR(", "signed:2014..", "team:환경",
                                 "party:beijing", "e-mail", "'"]), max_size=20))
def test_operator_soup_property(demo_app, pieces):
    search(demo_app, "".join(pieces), limit=5)


def test_cli_search_json(demo_app, database_url, capsys):
    assert cli.main(["--database-url", database_url, "search", "fine dust", "--json", "--limit", "5"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results and all({"kind", "id", "title", "snippet", "score"} <= set(r) for r in results)
    part = next(r for r in results if r["kind"] == "agenda_item")
    assert part["record"] == {"kind": "meeting", "id": "mtg-env-1"} and part["part"] == "agenda-2"
    assert "dust" in part["snippet"].casefold()
    assert cli.main(["--database-url", database_url, "search", "kind:action", "--json"]) == 0
    actions = json.loads(capsys.readouterr().out)
    assert {a["id"] for a in actions} == {a["part"] for a in actions}  # an action's own id
    assert all(a["record"]["kind"] == "meeting" for a in actions)


def test_cli_search_text_and_messages(demo_app, database_url, capsys):
    assert cli.main(["--database-url", database_url, "search", "환경팀 expires:<2027-13-01", "--lang", "ko"]) == 0
    out, err = capsys.readouterr()
    assert "[환경팀]" in out and "result(s)" in out
    assert "expires:<2027-13-01" in err and "Traceback" not in err
