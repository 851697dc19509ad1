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
    clean,
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
    assert tree("NOT NOT 北京") == Term("北京") and tree("a NOT -b") == And((Term("a"), Term("b")))
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


def _well_formed(node, depth: int = 0) -> int:
    """Check one node of a parsed tree; return its number of leaves."""
    assert depth < 200
    if isinstance(node, Term):
        assert node.text.strip() and "\x00" not in node.text
        assert node.phrase or node.text == node.text.strip()  # a phrase keeps its spaces as typed
        return 1
    if isinstance(node, Not):
        assert not isinstance(node.child, Not)  # "--a" is not left as a double negation
        return _well_formed(node.child, depth + 1)
    if isinstance(node, And | Or):
        assert len(node.children) >= 2  # one child is the child itself
        return sum(_well_formed(child, depth + 1) for child in node.children)
    assert isinstance(node, KindIs | ValueIn | LangIs | DateIn | HasAttachment | FacetMatch)
    if isinstance(node, DateIn):
        assert node.start is None or node.end is None or node.start < node.end
    return 1


def _check(text: str) -> None:
    parsed = parse(text, TODAY)
    assert all(isinstance(m, str) and m for m in parsed.messages)
    if parsed.tree is not None:
        assert _well_formed(parsed.tree) <= MAX_LEAVES
        typed = clean(text).casefold().replace('"', "")  # as the parser reads it: NFKC, no control characters
        for term in parsed.highlight_terms():  # a term's words come from what was typed
            assert all(word.casefold() in typed for word in term.text.split())
    assert parse(text, TODAY) == parsed  # the same query, the same tree and messages
    if not text.strip():
        assert parsed.tree is None and parsed.messages == []


@settings(max_examples=1500, deadline=None)
@given(st.text(max_size=80))
def test_any_text_gives_a_well_formed_tree_or_none_property(text):
    _check(text)


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(['"', "(", ")", "-", "OR", "AND", "NOT", "*", ":", "kind:", "status:x", "due:<",
                                 "北京", "환경", "env", " ", "\x00", "NEAR(", "signed:2014..", "team:", "||"]),
                max_size=25))
def test_operator_soup_gives_a_well_formed_tree_or_none_property(pieces):
    _check("".join(pieces))
    _check(" ".join(pieces))


def test_the_well_formedness_check_can_fail():
    """The properties above would catch a malformed tree (so they assert something)."""
    with pytest.raises(AssertionError):
        _well_formed(And((Term("a"),)))
    with pytest.raises(AssertionError):
        _well_formed(Term(" "))
    with pytest.raises(AssertionError):
        _well_formed(Not(Not(Term("a"))))
