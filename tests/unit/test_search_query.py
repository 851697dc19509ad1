"""The query language: lexer and parser, filter values, and the promise that no input raises."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat_app.search.query import (
    MAX_LEAVES,
    And,
    DateIn,
    FacetMatch,
    HasAttachment,
    KindIs,
    LangIs,
    Not,
    Or,
    Term,
    ValueIn,
    parse,
)

TODAY = date(2026, 11, 28)


def tree(text: str):
    return parse(text, TODAY).tree


def test_terms_are_anded_and_or_binds_looser():
    assert tree("a b") == And((Term("a"), Term("b")))
    assert tree("a OR b c") == Or((Term("a"), And((Term("b"), Term("c")))))
    assert tree("a AND b") == And((Term("a"), Term("b")))


def test_minus_and_not_exclude():
    assert tree("北京 -上海") == And((Term("北京"), Not(Term("上海"))))
    assert tree("a NOT b") == And((Term("a"), Not(Term("b"))))
    assert tree('-"a b"') == Not(Term("a b", phrase=True))


def test_a_dash_inside_a_word_is_part_of_it():
    assert tree("北京-上海") == Term("北京-上海")
    assert tree("e-mail") == Term("e-mail")


def test_quoted_phrases_and_prefixes():
    assert tree('"fine dust" env*') == And((Term("fine dust", phrase=True), Term("env", prefix=True)))
    assert tree('"air qual"*') == Term("air qual", phrase=True, prefix=True)


def test_parentheses_group():
    assert tree("(a OR b) c") == And((Or((Term("a"), Term("b"))), Term("c")))


@pytest.mark.parametrize("text,expected", [
    ('"unbalanced', Term("unbalanced", phrase=True)),
    ("NEAR(", Term("NEAR")),
    ("(a OR", Term("a")),
    ("a )) b", And((Term("a"), Term("b")))),
    ("OR a", Term("a")),
    ("a OR", Term("a")),
    ("NOT", None),
    ("-", None),
    ("*", None),
    ("", None),
    ("   ", None),
    ("100%", Term("100%")),
    ("C++", Term("C++")),
    ("%%%", None),
])
def test_malformed_input_gives_a_sensible_tree(text, expected):
    parsed = parse(text, TODAY)
    assert parsed.tree == expected
    assert parsed.messages == []


def test_control_characters_and_nul_are_removed():
    assert tree("北\x00京\x07") == And((Term("北"), Term("京")))


def test_unknown_fields_are_searched_as_text():
    assert tree("foo:bar") == Term("foo:bar")
    assert tree("https://data.seoul.go.kr") == Term("https://data.seoul.go.kr")
    assert tree("10:30") == Term("10:30")


def test_filters():
    assert tree("kind:agreement") == KindIs(("agreement",))
    assert tree("kind:meetings,action") == KindIs(("meeting", "action"))
    assert tree("status:in_force") == ValueIn("status", ("in_force",))
    assert tree("status:in-force") == ValueIn("status", ("in_force",))
    assert tree("city:서울") == ValueIn("city", ("seoul",))
    assert tree("city:北京") == ValueIn("city", ("beijing",))
    assert tree("lang:zh") == LangIs("zh")
    assert tree("lang:korean") == LangIs("ko")
    assert tree("has:attachment") == HasAttachment()
    assert tree("team:環境") == FacetMatch("team", "環境")
    assert tree('team:"environment team"') == FacetMatch("team", "environment team")
    assert tree("party:beijing") == FacetMatch("party", "beijing")
    assert tree("Kind:Agreement") == KindIs(("agreement",))


@pytest.mark.parametrize("text,start,end", [
    ("signed:2014", date(2014, 1, 1), date(2015, 1, 1)),
    ("signed:2014..2016", date(2014, 1, 1), date(2017, 1, 1)),
    ("signed:2014-06", date(2014, 6, 1), date(2014, 7, 1)),
    ("signed:2014-12", date(2014, 12, 1), date(2015, 1, 1)),
    ("signed:2015-11-04", date(2015, 11, 4), date(2015, 11, 5)),
    ("signed:2014..", date(2014, 1, 1), None),
    ("signed:..2016", None, date(2017, 1, 1)),
    ("expires:<2027-06-30", None, date(2027, 6, 30)),
    ("expires:<=2027-06-30", None, date(2027, 7, 1)),
    ("expires:>2027", date(2028, 1, 1), None),
    ("expires:>=2027", date(2027, 1, 1), None),
    ("due:<today", None, TODAY),
    ("due:today", TODAY, date(2026, 11, 29)),
    ("due:>=yesterday", date(2026, 11, 27), None),
])
def test_date_filters(text, start, end):
    node = tree(text)
    assert isinstance(node, DateIn)
    assert (node.start, node.end) == (start, end)


def test_a_filter_alone_is_a_query():
    assert tree("status:in_force expires:<2027-01-01") == And(
        (ValueIn("status", ("in_force",)), DateIn("expires_on", None, date(2027, 1, 1))))


@pytest.mark.parametrize("text,fragment", [
    ("expires:<2027-13-01", "not a real date"),
    ("signed:yesterdayish", "not a date"),
    ("signed:2016..2014", "ends before it starts"),
    ("signed:..", "at least one end"),
    ("status:maybe", "no such status"),
    ("kind:unicorn", "no such kind"),
    ("lang:fr", "lang:ko"),
    ("has:minutes", "has:attachment"),
    ("status:", "needs a value"),
])
def test_malformed_filter_values_give_a_message_and_are_left_out(text, fragment):
    parsed = parse(f"北京 {text}", TODAY)
    assert parsed.tree == Term("北京")
    assert len(parsed.messages) == 1 and fragment in parsed.messages[0]


def test_too_many_terms_are_cut_with_a_message():
    parsed = parse(" ".join(f"w{i}" for i in range(MAX_LEAVES + 5)), TODAY)
    assert isinstance(parsed.tree, And) and len(parsed.tree.children) == MAX_LEAVES
    assert "first" in parsed.messages[0]


def test_deep_nesting_is_bounded():
    parsed = parse("(" * 500 + "a" + ")" * 500, TODAY)
    assert parsed.messages  # the innermost part was dropped, nothing raised


def test_highlight_terms_skip_negated_ones():
    assert parse("a -b (c OR -d)", TODAY).highlight_terms() == [Term("a"), Term("c")]


@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=80))
def test_no_input_raises_property(text):
    parsed = parse(text, TODAY)
    assert parsed.tree is None or parsed.tree is not None


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(['"', "(", ")", "-", "OR", "AND", "NOT", "*", ":", "kind:", "status:x", "due:<",
                                 "北京", "환경", "env", " ", "\x00", "NEAR(", "signed:2014..", "team:", "||"]),
                max_size=25))
def test_operator_soup_parses_property(pieces):
    parse("".join(pieces), TODAY)
    parse(" ".join(pieces), TODAY)
