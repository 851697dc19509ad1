"""What the clerk types finds what the clerk expects — on every backend (same sets on SQLite and
PostgreSQL): Chinese and Korean substrings (2 characters included), English words, prefixes, NFKC,
Traditional ↔ Simplified, AND / OR / -term / phrases, and the demo's own records."""

from __future__ import annotations

import pytest

from tests.integration.search_helpers import add_corpus, found, search


@pytest.fixture
def corpus(app):
    add_corpus(app)
    return app


# --- Chinese and Korean: substrings -------------------------------------------------------------


def test_two_chinese_characters_match_inside_a_longer_word(corpus):
    assert found(corpus, "北京") == {"organization:org-a", "meeting:mtg-a"}
    assert found(corpus, "保护") == {"organization:org-a", "agreement:agr-dust"}  # inside 北京市环境保护局, 環境保護


def test_korean_two_syllables_match_inside_words(corpus):
    assert found(corpus, "환경") >= {"organization:org-a", "organization:org-b", "team:team-a",
                                     "agreement:agr-dust", "meeting:mtg-a"}
    assert "agreement:agr-dust" in found(corpus, "환경팀은")
    assert found(corpus, "탄소") == {"agreement:agr-dust"}  # inside 탄소중립을
    assert found(corpus, "기후환경") == {"organization:org-b"}


def test_a_single_cjk_character_matches_anywhere(corpus):
    assert found(corpus, "局") == {"organization:org-a"}  # the last character of its run
    assert "organization:org-a" in found(corpus, "保")  # inside


def test_no_false_cjk_matches(corpus):
    assert found(corpus, "北海") == set()
    assert found(corpus, "환경부") == set()


# --- English -------------------------------------------------------------------------------------


def test_english_words_case_insensitive_whole_words(corpus):
    assert found(corpus, "DUST") == {"agreement:agr-dust", "agreement:agr-culture", "visit:visit-a"}
    assert found(corpus, "dus") == set()  # a word, not a substring


def test_trailing_star_is_a_prefix(corpus):
    assert found(corpus, "environ*") >= {"organization:org-a", "organization:org-b", "team:team-a", "meeting:mtg-a"}
    assert "organization:org-c" not in found(corpus, "environ*")


def test_full_width_and_half_width_alike(corpus):
    assert found(corpus, "ＤＵＳＴ") == found(corpus, "dust")
    assert found(corpus, "ｃｏ２排放") == {"agreement:agr-draft"}


def test_mixed_script_terms(corpus):
    assert found(corpus, "CO2排放") == {"agreement:agr-draft"}
    assert found(corpus, "co2") == {"agreement:agr-draft"}
    assert found(corpus, "排放") == {"agreement:agr-draft"}


# --- Traditional and Simplified --------------------------------------------------------------------


def test_traditional_query_finds_simplified_text(corpus):
    assert found(corpus, "環境保護") == {"organization:org-a", "agreement:agr-dust"}


def test_simplified_query_finds_traditional_text(corpus):
    # agr-dust's summary is written with 環境保護 (Traditional): the Simplified query finds it.
    assert "agreement:agr-dust" in found(corpus, "环境保护")


# --- operators -------------------------------------------------------------------------------------


def test_every_term_must_match(corpus):
    assert found(corpus, "fine dust") == {"agreement:agr-dust", "visit:visit-a"}
    assert found(corpus, "dust 北京") == set()


def test_or_between_terms(corpus):
    assert found(corpus, "上海 OR 탄소") == {"agreement:agr-draft", "agreement:agr-dust"}


def test_minus_excludes(corpus):
    assert found(corpus, "dust -fine") == {"agreement:agr-culture"}
    assert found(corpus, "-dust kind:agreement") == {"agreement:agr-draft"}


def test_quoted_phrase(corpus):
    assert found(corpus, '"fine dust"') == {"agreement:agr-dust", "visit:visit-a"}
    assert found(corpus, '"dust fine"') == set()
    assert found(corpus, '"terms of reference"') == {"meeting:mtg-a"}


def test_parentheses_and_nested_negation(corpus):
    assert found(corpus, "(上海 OR 탄소) -fine") == {"agreement:agr-draft"}
    assert found(corpus, "dust (-fine OR tourism)") == {"agreement:agr-culture"}


def test_unknown_field_is_searched_as_text(corpus):
    assert found(corpus, "contact:e-mail") == {"agreement:agr-dust"}


def test_odd_input_finds_what_it_can_and_never_fails(corpus):
    assert found(corpus, "e-mail") == {"person:person-a", "agreement:agr-dust"}
    assert found(corpus, "C++") == {"agreement:agr-draft"}
    assert found(corpus, "100%") == {"agreement:agr-draft"}
    for text in ['"unbalanced', "NEAR(", "*", "北京-上海", "\x00", "-", "OR", "((((", "kind:", "'; DROP TABLE x; --"]:
        search(corpus, text)  # no exception from the database


# --- results point at the part that matched --------------------------------------------------------


def test_parts_open_their_record_at_the_part(corpus):
    by_kind = {r.kind: r for r in search(corpus, "terms reference").results}
    assert by_kind["action"].id == "act-1" and by_kind["action"].record.id == "mtg-a"
    assert by_kind["action"].part == "act-1"
    assert by_kind["decision"].part == "decision-1" and by_kind["decision"].record.kind == "meeting"
    statement = search(corpus, "屋顶绿化").results[0]
    assert (statement.kind, statement.part, statement.record.id) == ("statement", "statement-1", "mtg-a")
    agenda = search(corpus, "미세먼지 현황").results[0]
    assert (agenda.kind, agenda.part) == ("agenda_item", "agenda-2")


def test_demo_data_answers_the_clerks_question(demo_app):
    """"What did we agree with Beijing on fine dust, and when?" in each language."""
    for query in ("fine dust", "미세먼지", "细颗粒物"):
        assert "meeting:mtg-env-1" in found(demo_app, query), query
    assert found(demo_app, "kind:agreement party:beijing status:in_force") == {
        "agreement:agr-2013-council-mou", "agreement:agr-2015-env-mou"}
    results = search(demo_app, "환경팀 kind:agreement").results
    assert results[0].id == "agr-2015-env-mou" and results[0].date.isoformat() == "2015-11-04"
