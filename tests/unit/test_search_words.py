"""Folding and splitting: the index words every backend stores, and the phrases queries look for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat_app.search import words
from secretariat_app.search.words import QueryWord, fold, index_words, query_words


def test_cjk_runs_split_into_overlapping_pairs_with_lone_first_and_last_characters():
    assert index_words("北京市") == ["北", "北京", "京市", "市"]
    assert index_words("환경팀은") == ["환", "환경", "경팀", "팀은", "은"]
    assert index_words("市") == ["市", "市"]


def test_other_words_stay_whole_lowercased_and_everything_else_separates():
    assert index_words("Fine-Dust, e-mail: C++ 100%") == ["fine", "dust", "e", "mail", "c", "100"]


def test_scripts_are_split_where_they_meet():
    assert index_words("CO2排放 2016년") == ["co2", "排", "排放", "放", "2016", "년", "년"]


def test_full_width_and_half_width_forms_fold_alike():
    assert index_words("ＣＯ２ ｱｲ") == index_words("CO2 アイ") == ["co2", "ア", "アイ", "イ"]


def test_traditional_folds_to_simplified():
    assert fold("環境保護") == "环境保护"
    assert index_words("環境") == index_words("环境")


def test_the_fast_split_equals_the_plain_definition_on_any_text():
    texts = ["北京市環境保護局 환경팀은 Ｃ０２ e-mail CO2排放 100% C++ 2016년", "𠀀北京😀abc", "x\x00y\x01z", "ß Straße"]
    for text in texts:
        assert words.index_text(text).split() == words._split_slow(fold(text))  # noqa: SLF001


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_fast_and_plain_split_agree_property(text):
    assert words.index_text(text).split() == words._split_slow(fold(text))  # noqa: SLF001
    assert "\x01" not in words.index_text(text)


def test_query_words_find_a_cjk_term_inside_a_longer_run():
    # 北京 in 北京市: the run's lone first and last characters are left out of the phrase.
    assert query_words("北京") == [QueryWord("北京")]
    assert query_words("北京市") == [QueryWord("北京"), QueryWord("京市")]


def test_a_single_cjk_character_is_a_prefix():
    assert query_words("市") == [QueryWord("市", prefix=True)]


def test_phrase_of_several_runs_keeps_the_inner_lone_characters():
    # "北京 市政府": 北京 must end its run, 市政府 must start one.
    assert query_words("北京 市政府") == [QueryWord("北京"), QueryWord("京"), QueryWord("市"),
                                     QueryWord("市政"), QueryWord("政府")]


def test_query_phrase_is_a_run_of_the_indexed_words():
    """Every query phrase made from a text occurs, as consecutive index words, in that text."""
    for haystack, needle in [("서울특별시 기후환경본부", "환경"), ("北京市 市政府大楼", "北京市 市政府"),
                             ("CO2排放量", "co2排放"), ("2016년 업무계획", "2016년 업무"), ("北京", "北")]:
        indexed = index_words(haystack)
        wanted = query_words(needle)
        assert _occurs(indexed, wanted), (haystack, needle)


def _occurs(indexed: list[str], wanted: list[QueryWord]) -> bool:
    for start in range(len(indexed) - len(wanted) + 1):
        if all(indexed[start + i] == w.word or (w.prefix and indexed[start + i].startswith(w.word))
               for i, w in enumerate(wanted)):
            return True
    return False


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="北京市环境保护局환경팀은기후본부 abcCO2-", min_size=1, max_size=30), st.data())
def test_every_substring_is_found_as_a_phrase_property(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    needle = text[start:end]
    wanted = query_words(needle)
    if not wanted:
        return
    # A substring that cuts a Latin word is not a word of the text (English words match whole).
    cut_word = (start > 0 and text[start - 1].isascii() and text[start - 1].isalnum() and needle[0].isascii()
                and needle[0].isalnum()) or (end < len(text) and text[end].isascii() and text[end].isalnum()
                                             and needle[-1].isascii() and needle[-1].isalnum())
    if not cut_word:
        assert _occurs(index_words(text), wanted), (text, needle)


def test_index_version_names_the_table_and_the_splitting():
    version = words.index_version()
    assert version.startswith(words.SPLITTER_VERSION + "-")


def test_fold_mapped_maps_back_to_the_original_characters():
    folded, starts, ends = words.fold_mapped("㈱北京")  # ㈱ → (株): folding changes the length
    assert folded == "(株)北京"
    assert starts is not None and ends is not None
    assert (starts[3], ends[4]) == (1, 3)


def test_the_quick_width_and_case_folding_is_nfkc_and_case_folding():
    """Snippets fold with full-width forms replaced first (NFKC's slow path avoided): the same text."""
    import unicodedata

    texts = ["北京市（环境）：合作，计划！", "Ａ\u0301ｂｃ　ｄ", "ｆｉ ﬁ Straße ㈱", "서울\u3000기후，환경", "plain ASCII",
             "（\u0301）", "～～", "Ｅ\u0308\u0323"]
    for text in texts:
        assert words.fold_width_case(text) == unicodedata.normalize("NFKC", text).casefold(), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.characters(min_codepoint=0xFF00,
                                                                                max_codepoint=0xFF65),
                                  st.sampled_from("\u3000\u0301\u0308\u0323\u20dd")), max_size=40))
def test_the_quick_width_and_case_folding_property(text):
    import unicodedata

    assert words.fold_width_case(text) == unicodedata.normalize("NFKC", text).casefold()
