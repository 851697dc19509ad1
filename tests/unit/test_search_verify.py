"""The word index without positions (SQLite, FTS5 detail=none) finds every entry holding a term's words;
the check on the texts (search/verify.py) must then keep exactly the entries a plain substring search
finds: no true hit lost, no false one kept — for terms, phrases, exclusions and words in a title."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from secretariat_app.search.backends import SqliteBackend, fts_words
from secretariat_app.search.compiler import Compiler
from secretariat_app.search.packing import Packer
from secretariat_app.search.query import parse
from secretariat_app.search.words import fold

CHARS = "北京上海环境環大气"  # few characters, so that a term's pieces often stand apart in an entry
# Separators of every sort: the check looks at the stored JSON first, where quotes, backslashes and line
# breaks are escaped.
texts = st.lists(st.text(alphabet=CHARS + " ，\n\"\\", min_size=1, max_size=12), min_size=1, max_size=3)
entries = st.lists(st.tuples(texts, texts), min_size=1, max_size=12)  # (title texts, body texts)
# A term's repeated words count once, by design (query.Term.words: 上上上 asks for 上上): terms here repeat no
# character, so a substring search is the truth.
terms = st.text(alphabet=CHARS, min_size=2, max_size=4).filter(lambda t: all(t[i] != t[i + 1] for i in range(len(t) - 1)))


class _Stored(dict):
    """Entries' texts packed as the index keeps them (what Check.passes reads)."""

    packer = Packer()

    def raw(self, entry: int) -> str:
        return self.packer.raw(self.packer.pack(None, super().__getitem__(entry)))

    def __getitem__(self, entry: int):
        return self.packer.parse(self.raw(entry))


def _table(found: list[tuple[list[str], list[str]]]) -> tuple[sqlite3.Connection, dict[int, list]]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE search_fts USING fts5(words, content='', tokenize='ascii', detail=none)")
    stored = _Stored()
    for number, (titles, bodies) in enumerate(found, 1):
        texts_ = [("title", "zh", t) for t in titles] + [("summary", "zh", b) for b in bodies]
        stored[number] = texts_
        db.execute("INSERT INTO search_fts(rowid, words) VALUES (?, ?)", (number, fts_words(texts_)))
    return db, stored


def _searched(db: sqlite3.Connection, stored: dict[int, list], query: str, title_only: bool = False) -> set[int]:
    compiler = Compiler(SqliteBackend())
    compiler.prepare(parse(query).tree)
    expr = compiler.title_words if title_only else compiler.words
    candidates = {r for (r,) in db.execute("SELECT rowid FROM search_fts WHERE search_fts MATCH ?", (expr,))}
    if compiler.check is None:
        return candidates
    return {r for r in candidates if compiler.check.passes(stored, r, title_only)}


def _in(term: str, texts: list) -> bool:
    return any(fold(term) in fold(value) for _path, _lang, value in texts)


@settings(max_examples=150, deadline=None)
@given(entries, terms, terms)
def test_the_check_keeps_exactly_what_a_substring_search_finds(found, term, other):
    db, stored = _table(found)
    stored_texts = {n: stored[n][1] for n in stored}
    titles = {n: [t for t in texts if t[0] == "title"] for n, texts in stored_texts.items()}
    assert _searched(db, stored, term) == {n for n, t in stored_texts.items() if _in(term, t)}
    assert _searched(db, stored, f"{term} -{other}") == {
        n for n, t in stored_texts.items() if _in(term, t) and not _in(other, t)}
    assert _searched(db, stored, f"{term} OR {other}") == {
        n for n, t in stored_texts.items() if _in(term, t) or _in(other, t)}
    assert _searched(db, stored, term, title_only=True) == {n for n in stored if _in(term, titles[n])}


def test_a_phrase_whose_words_stand_apart_is_not_found_and_not_excluded():
    db, stored = _table([(["北京"], ["上海 环境"]), (["上海环境"], ["北京"])])
    assert _searched(db, stored, "海环") == {2}  # 上海 and 环境 in both, 海环 in one
    assert _searched(db, stored, "北京 -海环") == {1}
    assert _searched(db, stored, "\"上海 环境\"") == {1}  # two words: a separator between them, as written
