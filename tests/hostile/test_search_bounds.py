"""`a*a*a*…` (300–1,500 repetitions) was one phrase of hundreds of the commonest word, and `a* a* a*…`
the same prefix walked 32 times: seconds on the 20-year archive. A term now asks for a repeated chunk
once and gives at most MAX_TERM_WORDS index words; a query asks for the same term once."""

from __future__ import annotations

import pytest

from secretariat_app.search.query import MAX_TERM_WORDS, Term, parse


@pytest.mark.parametrize(("query", "words"), [
    ("a*" * 300, [("a", True)]), ("a*" * 1500, [("a", True)]), ("환경*" * 300, [("환경", False)]),
    ('"' + "a " * 300 + '"', [("a", False)]), ("a* " * 300, [("a", True)]), (" OR ".join(["a*"] * 300), [("a", True)]),
])
def test_the_same_thing_asked_again_and_again_is_asked_once(query, words):
    """Measured on the 20-year archive: 5–29 s before, 9–43 ms after (bench/README.md)."""
    [term] = parse(query).highlight_terms()
    assert [(w.word, w.prefix) for w in term.words()] == words


@pytest.mark.parametrize("query", [" ".join(f"w{i}" for i in range(400)), '"' + "北京 上海 " * 100 + '"',
                                   "".join(f"ab{i}*" for i in range(300))])
def test_long_terms_are_cut_with_a_message(query):
    parsed = parse(query)
    assert all(len(t.words()) <= MAX_TERM_WORDS for t in parsed.highlight_terms())
    assert parsed.messages  # "only the first … words" or "only the first … terms"


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
