"""`a*a*a*…` (300–1,500 repetitions) was one phrase of hundreds of the commonest word: 0.6–1.5 s on the
20-year archive. A term now gives at most MAX_TERM_WORDS index words (bench/bench_search.py times it)."""

from __future__ import annotations

import pytest

from secretariat_app.search.query import MAX_TERM_WORDS, Term, parse


@pytest.mark.parametrize("query", ["a*" * 300, "a*a" * 500, '"' + "환경 " * 200 + '"', "北京" * 400])
def test_pathological_terms_are_bounded_and_said(query):
    parsed = parse(query)
    terms = parsed.highlight_terms()
    assert terms and all(len(t.words()) <= MAX_TERM_WORDS for t in terms)
    assert any("words of a long phrase" in m for m in parsed.messages)


def test_an_ordinary_phrase_keeps_every_word():
    sentence = '"Memorandum of Understanding on the Establishment of the Environment Team"'
    [term] = parse(sentence).highlight_terms()
    assert isinstance(term, Term) and len(term.words()) == 10 and not parse(sentence).messages


def test_a_bounded_phrase_still_finds_what_it_names(demo_app):
    purpose = demo_app.records.get("visit", "visit-2015-beijing").doc["purpose"]["en"]
    words = purpose.replace(",", " ").split()[:24]
    found = demo_app.search.search('"' + " ".join(words + ["nowhere"] * 30) + '"', 5)
    assert found.messages  # said …
    assert [r.id for r in found.results] == ["visit-2015-beijing"]  # … and its first words still find it
