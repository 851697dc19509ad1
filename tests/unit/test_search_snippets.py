"""Snippets: the highlights found once in a record's folded texts are each text's own highlights, also
where folding changes lengths (㈱ → (株), e + combining accent → é) or a phrase runs across two texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat_app.search.query import parse
from secretariat_app.search.snippets import Highlighter


def _alone(highlighter: Highlighter, texts: list[tuple[str, str, str]]) -> None:
    """The snippet equals the same text's snippet searched on its own (the plain definition)."""
    shown = highlighter.snippet(texts)
    assert shown is not None
    value = next(v for p, lang, v in texts if (p, lang) == (shown.path, shown.lang))
    assert shown == highlighter.cut(shown.path, shown.lang, value)


def test_highlights_after_a_text_that_folding_made_longer():
    texts = [("name", "zh", "㈱北京环境"), ("summary", "zh", "北京的湿地（环境）与北京")]
    shown = Highlighter(parse("北京").highlight_terms(), "zh").snippet(texts)
    assert shown is not None and shown.path == "summary"
    assert [shown.text[s:e] for s, e in shown.highlights] == ["北京", "北京"]
    _alone(Highlighter(parse("北京").highlight_terms(), "zh"), texts)


def test_highlights_after_a_text_that_folding_made_shorter():
    texts = [("name", "en", "Cafe\u0301 e\u0301te\u0301"), ("summary", "en", "fine dust in Seoul, FINE DUST")]
    highlighter = Highlighter(parse('"fine dust"').highlight_terms(), "en")
    shown = highlighter.snippet(texts)
    assert shown is not None and [shown.text[s:e] for s, e in shown.highlights] == ["fine dust", "FINE DUST"]
    _alone(highlighter, texts)


def test_a_phrase_across_two_texts_highlights_nothing_in_either():
    """"b" ending one text and "b" starting the next read as the phrase "b b" in the folded whole (which
    picks the text, as before); the highlights are the text's own: none in "b"."""
    texts = [("name", "en", "b"), ("summary", "en", "b b and more")]
    highlighter = Highlighter(parse('"b b"').highlight_terms(), "en")
    _alone(highlighter, texts)
    shown = highlighter.snippet(texts)
    assert shown is not None and (shown.text, shown.highlights) == ("b", ())


PIECES = ["北京", "北亰", "環境", "环境", "㈱", "ｓｅｏｕｌ", "Seoul", "e\u0301", "ß", "（", "，", " ", "dust", "\n", "서울"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), max_size=8).map("".join), min_size=1, max_size=5),
       st.sampled_from(["北京", "环境", "seoul", "dust", '"seoul dust"', "se*", "서울", "ss"]))
def test_highlights_equal_those_of_each_text_alone_property(values, query):
    texts = [(f"field{i}", "en", v) for i, v in enumerate(values)]
    _alone(Highlighter(parse(query).highlight_terms(), "en"), texts)


def test_every_character_that_folds_into_cjk_marks_a_text_for_searching():
    """Texts are searched for a CJK term only where a form of its first character, or a character
    folding into CJK, is written; the list of the latter covers every code point."""
    import re
    import sys
    import unicodedata

    from secretariat_app.search import snippets, words

    sources = re.compile(f"[{snippets._CJK_SOURCES}]")  # noqa: SLF001
    missed = []
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch).casefold()
        if folded != ch and words.is_cjk(folded[0]) or any(words.is_cjk(c) and c != ch for c in folded):
            if not sources.match(ch):
                missed.append(hex(code))
    assert missed == []
    # Composed with the character before them: conjoining Jamo, kana voicing marks.
    for ch in "\u1161\u11a8\ud7b0\u3099\u309a":
        assert sources.match(ch)


def test_a_term_written_in_compatibility_jamo_or_ideographs_is_still_highlighted():
    texts = [("name", "ko", "서울 환경"), ("summary", "ko", "ㅅㅡㅂ지 보전 (습지)"), ("note", "zh", "\uf963京")]
    for query in ("습지", "北京"):
        highlighter = Highlighter(parse(query).highlight_terms(), "ko")
        _alone(highlighter, texts)
        shown = highlighter.snippet(texts)
        assert shown is not None and shown.highlights, query
