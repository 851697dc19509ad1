"""Language maps' problems: the quick look at a map that is fine gives what naming each problem gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat_app.domain import langmap

texts = st.one_of(st.text(max_size=8), st.sampled_from(["", "  ", "\x00", "a\x00", "\ud800", "환경", "\udc00x"]))
values = st.one_of(texts, st.integers(), st.none(), st.lists(st.text(max_size=2), max_size=2))
keys = st.one_of(st.sampled_from(["ko", "zh", "en"]), st.sampled_from(["fr", "", "KO"]))
maps = st.one_of(st.dictionaries(keys, values, max_size=4), st.dictionaries(st.sampled_from(["ko", "zh", "en"]), texts),
                 st.none(), st.text(max_size=3), st.lists(texts, max_size=2))


@settings(max_examples=800)
@given(maps)
def test_the_quick_look_agrees_with_the_problems_named_one_by_one(value: object) -> None:
    assert langmap.problems(value) == langmap._problems(value)


def test_each_problem_is_named() -> None:
    assert langmap.problems({"ko": "환경팀", "en": "Environment Team"}) == []
    assert langmap.problems({"ko": "\ud800"}) == [("lang_not_unicode", {"lang": "ko"})]
    assert langmap.problems({"zh": "a\x00"}) == [("lang_has_nul", {"lang": "zh"})]
    assert langmap.problems({"en": " "}) == [("langmap_empty", {})]
    assert langmap.problems({"fr": "x", "en": "y"}) == [("unknown_language", {"languages": ["fr"]})]
    assert langmap.problems({"ko": 3, "en": "y"}) == [("lang_not_text", {"lang": "ko"})]
    assert langmap.problems("x") == [("not_langmap", {})]
