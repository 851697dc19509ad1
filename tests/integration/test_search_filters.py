"""Field filters, alone and with terms, on every backend; ranking order; snippets from the original."""

from __future__ import annotations

import pytest

from tests.integration.search_helpers import add_corpus, found, hits, search


@pytest.fixture
def corpus(app):
    add_corpus(app)
    return app


def test_kind(corpus):
    assert found(corpus, "kind:agreement") == {"agreement:agr-dust", "agreement:agr-culture", "agreement:agr-draft"}
    assert set(hits(corpus, "kind:action")) == {"action:act-1", "action:act-2", "action:act-3"}
    assert found(corpus, "kind:team,organization") == {"team:team-a", "team:team-b", "organization:org-a",
                                                       "organization:org-b", "organization:org-c"}
    assert found(corpus, "kind:visit dust") == {"visit:visit-a"}


def test_status(corpus):
    assert found(corpus, "status:in_force") == {"agreement:agr-dust"}
    assert set(hits(corpus, "status:done")) == {"action:act-3"}
    assert found(corpus, "status:draft kind:agreement") == {"agreement:agr-draft"}


def test_team_by_name_in_any_language_or_by_description(corpus):
    assert found(corpus, "team:environment kind:agreement") == {"agreement:agr-dust"}
    assert found(corpus, "team:환경 kind:agreement") == {"agreement:agr-dust"}
    # 環境 is not in the team's names (环保组, 환경팀 — Korean, not Chinese): its description has 环境.
    assert found(corpus, "team:環境 kind:agreement") == {"agreement:agr-dust"}
    assert found(corpus, "team:team-b") == {"agreement:agr-culture", "team:team-b"}
    assert "meeting:mtg-a" in found(corpus, "team:environment")


def test_party_by_city_or_name(corpus):
    # org-b is in Beijing (by city), org-a's name says Beijing.
    assert found(corpus, "party:beijing kind:agreement") == {"agreement:agr-dust", "agreement:agr-culture",
                                                            "agreement:agr-draft"}
    assert found(corpus, "party:tourism kind:agreement") == {"agreement:agr-culture"}
    assert found(corpus, "party:org-c") >= {"agreement:agr-culture", "organization:org-c"}


def test_city(corpus):
    assert found(corpus, "city:seoul kind:agreement") == {"agreement:agr-culture"}
    assert found(corpus, "city:北京 kind:agreement") == {"agreement:agr-dust"}
    assert "meeting:mtg-a" in found(corpus, "city:서울")


def test_lang(corpus):
    assert found(corpus, "lang:zh kind:agreement") == {"agreement:agr-dust", "agreement:agr-draft"}
    assert found(corpus, "lang:ko kind:agreement") == {"agreement:agr-dust"}


def test_signed_years_and_ranges(corpus):
    assert found(corpus, "signed:2015") == {"agreement:agr-dust"}
    assert found(corpus, "signed:2013..2015") == {"agreement:agr-dust", "agreement:agr-culture"}
    assert found(corpus, "signed:<2014") == {"agreement:agr-culture"}
    assert found(corpus, "signed:2015-11-04") == {"agreement:agr-dust"}


def test_expires(corpus):
    assert found(corpus, "expires:<2027-06-30") == set()
    assert found(corpus, "expires:<=2027-06-30") == {"agreement:agr-dust"}
    assert found(corpus, "status:in_force expires:<2028-01-01") == {"agreement:agr-dust"}


def test_due(corpus):
    assert set(hits(corpus, "due:<today")) == {"action:act-1", "action:act-3"}
    assert set(hits(corpus, "due:<today status:open")) == {"action:act-1"}
    assert set(hits(corpus, "due:2027")) == {"action:act-2"}


def test_has_attachment(corpus):
    doc = corpus.records.get("agreement", "agr-culture")
    attachment = {"name": "scan.txt", "media_type": "text/plain", "size": 3, "sha256": "a" * 64}
    corpus.records.update("agreement", {**doc.doc, "attachments": [attachment]}, doc.version)
    assert found(corpus, "has:attachment kind:agreement") == {"agreement:agr-culture"}
    assert "attachment" in {r.kind for r in search(corpus, "scan").results}


def test_malformed_filter_is_reported_and_ignored(corpus):
    results = search(corpus, "dust expires:<2027-13-01")
    assert results.messages and "expires" in results.messages[0]
    assert {r.record.id for r in results.results} == {"agr-dust", "agr-culture", "visit-a"}


def test_unknown_team_says_so(corpus):
    results = search(corpus, "team:astronomy")
    assert results.results == [] and "no team" in results.messages[0]


def test_filters_combine_with_or_and_not(corpus):
    assert found(corpus, "kind:agreement (status:signed OR 上海)") == {"agreement:agr-culture", "agreement:agr-draft"}
    assert found(corpus, "kind:agreement -status:in_force") == {"agreement:agr-culture", "agreement:agr-draft"}
    assert found(corpus, "kind:agreement -(status:in_force OR 上海)") == {"agreement:agr-culture"}


# --- ranking --------------------------------------------------------------------------------------


def test_title_matches_rank_above_body_matches(corpus):
    order = hits(corpus, "dust kind:agreement")
    assert order == ["agreement:agr-dust", "agreement:agr-culture"]  # title "Fine Dust" vs summary


def test_then_recency(corpus):
    for rid, year in (("agr-old", "2001"), ("agr-new", "2011")):
        corpus.records.create("agreement", {
            "id": rid, "kind": "mou", "title": {"en": "Harbour cooperation"}, "status": "signed",
            "signed_on": f"{year}-05-01", "parties": ["org-a", "org-b"]})
    assert hits(corpus, "harbour")[:2] == ["agreement:agr-new", "agreement:agr-old"]


def test_filter_only_results_newest_first(corpus):
    assert hits(corpus, "kind:agreement") == ["agreement:agr-dust", "agreement:agr-culture", "agreement:agr-draft"]


def test_results_say_kind_title_date_and_status(corpus):
    r = search(corpus, "미세먼지 kind:agreement").results[0]
    assert (r.kind, r.id, r.status, r.date.isoformat()) == ("agreement", "agr-dust", "in_force", "2015-11-04")
    assert r.title["en"] == "MOU on Fine Dust Reduction"
    assert r.record.kind == "agreement" and r.part is None


def test_grouped_by_kind(corpus):
    groups = search(corpus, "terms OR dust").grouped()
    assert {"agreement", "action", "decision", "visit"} <= set(groups)


# --- snippets ------------------------------------------------------------------------------------


def _marked(snippet) -> list[str]:
    return [snippet.text[a:b] for a, b in snippet.highlights]


def test_snippet_highlights_the_original_text(corpus):
    r = search(corpus, "환경팀은 탄소").results[0]
    assert r.snippet.text == "환경팀은 탄소중립을 위해 협력한다."
    assert _marked(r.snippet) == ["환경팀은", "탄소"]
    assert r.snippet.lang == "ko" and r.snippet.path == "summary"


def test_snippet_of_a_traditional_query_shows_the_text_as_written(corpus):
    r = [x for x in search(corpus, "环境保护").results if x.id == "agr-dust"][0]
    assert _marked(r.snippet) == ["環境保護"]


def test_snippet_highlights_full_width_text_where_it_is(corpus):
    corpus.records.create("organization", {"id": "org-fw", "name": {"en": "ＷＩＤＥ Ｄｕｓｔ Office"},
                                           "city": "seoul", "kind": "agency"})
    r = search(corpus, "dust kind:organization").results[0]
    assert _marked(r.snippet) == ["Ｄｕｓｔ"]


def test_snippet_prefers_the_clerks_language(corpus):
    r = search(corpus, "kind:agreement 환경 OR cooperate", lang="en").results[0]
    assert r.id == "agr-dust"
    assert search(corpus, "agr-dust OR 미세먼지", lang="ko").results[0].snippet.lang == "ko"


def test_long_text_snippet_is_a_window_around_the_match(corpus):
    long_text = "Preamble. " * 80 + "The parties agree on hydrogen buses. " + "Closing words. " * 40
    corpus.records.create("agreement", {"id": "agr-long", "kind": "mou", "title": {"en": "Transport"},
                                        "status": "draft", "parties": ["org-a", "org-b"], "text": {"en": long_text}})
    s = search(corpus, "hydrogen").results[0].snippet
    assert s.text.startswith("…") and s.text.endswith("…") and len(s.text) <= 185
    assert _marked(s) == ["hydrogen"]


def test_negated_terms_are_not_highlighted(corpus):
    s = search(corpus, "dust -culture kind:agreement").results[0].snippet
    assert all(t.casefold() == "dust" for t in _marked(s))
