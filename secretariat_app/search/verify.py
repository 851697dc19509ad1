"""Checking candidates on their texts: what a word index without word positions cannot say.

On SQLite the index keeps which column each word is in, not where (FTS5 ``detail=column``: a third
of the size of keeping every position). A term of several index words — every CJK term of three or
more characters (미세먼지: 미세 세먼 먼지), a quoted phrase, ``CO2-emission`` — then finds the entries
holding all its words in one column, anywhere: a superset. The candidates are checked here on the
original texts (which the snippets need anyway), each term looked for the way the snippets look for
it: as a substring of one text, folded for width and case, in Simplified or Traditional forms, Latin
words whole.

The match expression is built so that it never loses a true hit: a phrase that must be *absent*
(``-"fine dust"``) is left out of it (its words alone would exclude entries that hold them apart)
and only checked here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from sqlalchemy import text
from sqlalchemy.orm import Session

from . import packing
from .entries import is_title
from .query import And, Node, Not, Or, Term
from .snippets import _CJK_SOURCE, TermMatcher
from .words import fold_width_case, runs

Texts = Sequence[Sequence[str]]  # (path, lang, value) of one entry
_ESCAPE = re.compile(r'\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})')  # of JSON, each read from the left


class Check:
    """Whether an entry's texts satisfy a tree of terms (And, Or, Not, Term) — the words part of a query."""

    def __init__(self, tree: Node):
        self.tree = tree
        self._matchers: dict[int, TermMatcher] = {}

    def passes(self, stored: StoredTexts, entry: int, title_only: bool = False) -> bool:
        """:meth:`holds` for a stored entry. Most candidates that fail (a phrase found nowhere still has
        thousands whose words stand apart) are told by one search of the packed value's JSON text."""
        raw = _ESCAPE.sub(" ", stored.raw(entry))
        # Folded as a whole where that is cheap: ASCII, or NFKC-normal already (then folding is case
        # folding, character by character). Else CJK terms are looked for as written, where no
        # character would fold into a CJK one.
        folded = raw.lower() if raw.isascii() else raw.casefold() if unicodedata.is_normalized("NFKC", raw) else None
        as_written = folded is None and _CJK_SOURCE.search(raw) is None
        if self._screen(self.tree, raw, folded, as_written) is False:
            return False
        return self.holds(stored[entry][1], title_only)

    def _screen(self, node: Node, raw: str, folded: str | None, as_written: bool) -> bool | None:
        """False when ``node`` cannot hold for an entry whose JSON text is ``raw`` (None: not known so).
        With its escapes made spaces (what they stand for — quotes, backslashes, line breaks — separates
        words as a space does) each text stands in the JSON as written, and the JSON ``folded`` whole
        holds each text folded. Without that, a term of CJK runs only is looked for ``as_written``
        (no character folds into a CJK one: ``snippets._CJK_SOURCE``; the term's pattern takes every
        Traditional form and any separator, full-width or not); other terms are not known absent."""
        if isinstance(node, Term):
            matcher = self._matcher(node)
            if matcher.regex is None:
                return None
            if folded is not None:
                return None if matcher.found_in(folded) else False
            if as_written and self._cjk_only(node):
                return None if matcher.regex.search(raw) else False
            return None
        if isinstance(node, Not):
            inner = self._screen(node.child, raw, folded, as_written)
            return None if inner is None else not inner
        found = [self._screen(c, raw, folded, as_written) for c in node.children]  # type: ignore[attr-defined]
        if isinstance(node, And):
            return False if False in found else (True if all(f is True for f in found) else None)
        return True if True in found else (False if all(f is False for f in found) else None)

    def holds(self, texts: Texts, title_only: bool = False) -> bool:
        """``title_only``: the positive terms must be in a title (what is excluded is excluded anywhere),
        as in the title tier."""
        folded: dict[int, str] = {}
        return self._holds(self.tree, texts, title_only, folded)

    def _holds(self, node: Node, texts: Texts, title_only: bool, folded: dict[int, str]) -> bool:
        if isinstance(node, Term):
            matcher = self._matcher(node)
            for place, (path, _lang, value) in enumerate(texts):
                if title_only and not is_title(path):
                    continue
                if place not in folded:
                    folded[place] = fold_width_case(value)
                if matcher.found_in(folded[place]):
                    return True
            return False
        if isinstance(node, Not):
            return not self._holds(node.child, texts, False, folded)
        if isinstance(node, And):
            return all(self._holds(c, texts, title_only, folded) for c in node.children)
        if isinstance(node, Or):
            return any(self._holds(c, texts, title_only, folded) for c in node.children)
        raise TypeError(f"not a words node: {node!r}")

    def _cjk_only(self, term: Term) -> bool:
        return all(cjk for _run, cjk in runs(term.text))

    def _matcher(self, term: Term) -> TermMatcher:
        key = id(term)
        if key not in self._matchers:
            self._matchers[key] = TermMatcher(term)
        return self._matchers[key]


class StoredTexts(dict[int, tuple[dict[str, str] | None, list[tuple[str, str, str]]]]):
    """(title, texts) of entries as they were written (``search_texts``), read a batch of ids at a time
    and unpacked when first asked for — by the check and by the snippets, once."""

    def __init__(self, session: Session):
        super().__init__()
        self.session = session
        self.packer = packing.current(session)
        self.packed: dict[int, bytes] = {}
        self.texts: dict[int, str] = {}  # JSON, unpacked but not parsed

    def raw(self, entry: int) -> str:
        if entry not in self.texts:
            if entry not in self.packed:
                self.load([entry])
            self.texts[entry] = self.packer.raw(self.packed[entry])
        return self.texts[entry]

    def load(self, ids: Iterable[int]) -> None:
        wanted = [int(i) for i in ids if i not in self.packed]
        if wanted:
            self.packed.update((row[0], row[1]) for row in self.session.execute(text(
                f"SELECT id, packed FROM search_texts WHERE id IN ({', '.join(map(str, wanted))})")))

    def __missing__(self, entry: int) -> tuple[dict[str, str] | None, list[tuple[str, str, str]]]:
        self[entry] = found = self.packer.parse(self.raw(entry))
        return found

    def forget(self, entries: Iterable[int]) -> None:
        for entry in entries:
            self.pop(entry, None)
            self.packed.pop(entry, None)
            self.texts.pop(entry, None)
