"""Snippets from the original text, with the matched words highlighted where the clerk wrote them.

The index holds split, folded words, which are no use to show; so a result's texts (kept as written)
are searched again here: each term becomes a pattern over the text folded for width and case (a CJK
run matches as a substring, each character in its Simplified or Traditional forms; a Latin word as
a whole word or, with ``*``, a word start), the field where most terms match is chosen, and the
spans found are mapped back to the original characters.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from . import words
from .entries import is_title, part_of
from .query import Term

SUMMARIES = frozenset({"summary", "minutes.summary", "description", "purpose", "action", "position"})
WINDOW = 180  # characters of a snippet
LEAD = 50  # characters kept before the first highlight
@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) offsets into ``text``
    path: str  # where in the record the text is, e.g. "decision.1" or "summary"
    lang: str  # "" when the text has no language of its own (a reference, an e-mail address)


def _latin(ch: str) -> bool:
    """A letter or digit of a word that is not CJK (such words match whole, not as substrings)."""
    return ch.isalnum() and not words.is_cjk(ch)


def _one_of(chars: str) -> str:
    return re.escape(chars) if len(chars) == 1 else f"[{re.escape(chars)}]"


class TermMatcher:
    """Where one term occurs in a folded text. The pattern itself is plain (escaped runs joined by
    separators: quick to compile for every new query); whole-word rules are checked on each hit."""

    def __init__(self, term: Term):
        found = list(words.runs(term.text))
        pieces = []
        for i, (run, cjk) in enumerate(found):
            if i:
                pieces.append(r"[\W_]+" if cjk == found[i - 1][1] else r"[\W_]*")
            if cjk:  # 环 also finds 環: the text is searched as written, not translated
                pieces.append("".join(_one_of(words.variants(ch)) for ch in run))
            else:
                pieces.append(re.escape(run))
        self.regex = re.compile("".join(pieces)) if found else None
        self.check_start = bool(found) and not found[0][1]
        self.check_end = bool(found) and not found[-1][1] and not term.prefix
        self.extend = bool(found) and not found[-1][1] and term.prefix

    def spans(self, folded: str) -> Iterator[tuple[int, int]]:
        if self.regex is None:
            return
        for m in self.regex.finditer(folded):
            start, end = m.span()
            if self.check_start and start > 0 and _latin(folded[start - 1]):
                continue
            if self.extend:
                while end < len(folded) and _latin(folded[end]):
                    end += 1
            elif self.check_end and end < len(folded) and _latin(folded[end]):
                continue
            if end > start:
                yield start, end

    def found_in(self, folded: str) -> bool:
        return next(self.spans(folded), None) is not None


class Highlighter:
    def __init__(self, terms: Sequence[Term], lang: str = "en"):
        self.matchers = [TermMatcher(t) for t in terms]
        self.lang = lang

    def snippet(self, texts: Sequence[Sequence[str]]) -> Snippet | None:
        """The snippet of the text where most terms match (the record's own fields, then the clerk's
        language, then body before title); without terms, a summary-like text."""
        if not texts:
            return None
        found = self._terms_per_text(texts)
        most = max(len(f) for f in found)
        best, best_key = texts[0], None
        for order, (path, lang, value) in enumerate(texts):
            if len(found[order]) < most:
                continue
            key = (part_of(path) is None, lang == self.lang, not is_title(path), path in SUMMARIES, -order)
            if best_key is None or key > best_key:
                best, best_key = (path, lang, value), key
        return self.cut(*best)

    def _terms_per_text(self, texts: Sequence[Sequence[str]]) -> list[set[int]]:
        """Which terms occur in each text. All texts are folded as one string (a record has dozens),
        NUL-separated (folding keeps NUL, and no term contains it), and each term is looked for once."""
        found: list[set[int]] = [set() for _ in texts]
        if not self.matchers:
            return found
        joined = words.fold_width_case("\x00".join(value for _, _, value in texts))
        bounds, at = [], joined.find("\x00")
        while at >= 0:
            bounds.append(at)
            at = joined.find("\x00", at + 1)
        for number, matcher in enumerate(self.matchers):
            for start, _end in matcher.spans(joined):
                found[bisect_right(bounds, start)].add(number)
        return found

    def spans(self, value: str) -> list[tuple[int, int]]:
        folded, starts, ends = words.fold_mapped(value)
        found = []
        for matcher in self.matchers:
            for start, end in matcher.spans(folded):
                found.append((start, end) if starts is None or ends is None else (starts[start], ends[end - 1]))
        merged: list[tuple[int, int]] = []
        for start, end in sorted(found):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        return merged

    def cut(self, path: str, lang: str, value: str) -> Snippet:
        spans = self.spans(value)
        start = 0
        if spans and spans[0][0] > LEAD:
            start = spans[0][0] - LEAD
            space = value.rfind(" ", start - 15, start + 15)  # begin at a word where there are words
            start = space + 1 if space >= 0 and space < spans[0][0] else start
        end = min(len(value), start + WINDOW)
        if end < len(value):
            space = value.rfind(" ", end - 20, end)
            end = space if space > (spans[0][1] if spans else 0) else end
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < len(value) else ""
        shown = " ".join(value[start:end].split("\n")).replace("\r", " ").replace("\t", " ")
        shift = len(prefix) - start
        highlights = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end)
        return Snippet(prefix + shown + suffix, highlights, path, lang)
