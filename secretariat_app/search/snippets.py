"""Snippets from the original text, with the matched words highlighted where the clerk wrote them.

The index holds split, folded words, which are no use to show; so a result's texts (kept as written)
are searched again here: each term becomes a pattern over the text folded for width and case (a CJK
run matches as a substring, each character in its Simplified or Traditional forms; a Latin word as
a whole word or, with ``*``, a word start), the field where most terms match is chosen, and the
spans found are mapped back to the original characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from operator import itemgetter

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
        # A term of one CJK run: the characters its first one may be written as (else None). No hit
        # of such a term can reach across texts, or depend on the characters around it.
        self.first_forms = words.variants(found[0][0][0]) if len(found) == 1 and found[0][1] else None
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
        forms = [m.first_forms for m in self.matchers]
        # Terms of one CJK run each: the characters that mark a text worth folding and searching.
        self.screen = "".join(dict.fromkeys("".join(forms))) if forms and all(forms) else None  # type: ignore[arg-type]

    def snippet(self, texts: Sequence[Sequence[str]]) -> Snippet | None:
        """The snippet of the text where most terms match (the record's own fields, then the clerk's
        language, then body before title); without terms, a summary-like text."""
        if not texts:
            return None
        hits = _Hits(self.matchers, self.screen, texts)
        most = max(map(len, hits.terms.values()), default=0)
        candidates = range(len(texts)) if most == 0 else [i for i in sorted(hits.terms) if len(hits.terms[i]) == most]
        best, best_key = 0, None
        for order in candidates:
            path, lang, _value = texts[order]
            key = (part_of(path) is None, lang == self.lang, not is_title(path), path in SUMMARIES, -order)
            if best_key is None or key > best_key:
                best, best_key = order, key
        return self.cut(*texts[best], spans=hits.spans_in(best))

    def spans(self, value: str) -> list[tuple[int, int]]:
        folded, starts, ends = words.fold_mapped(value)
        found = []
        for matcher in self.matchers:
            for start, end in matcher.spans(folded):
                found.append((start, end) if starts is None or ends is None else (starts[start], ends[end - 1]))
        return _merged(found)

    def cut(self, path: str, lang: str, value: str, spans: list[tuple[int, int]] | None = None) -> Snippet:
        """``spans``: the highlights, when they are known already (else they are looked for)."""
        spans = self.spans(value) if spans is None else spans
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
        shown = value[start:end]
        if "\n" in shown or "\r" in shown or "\t" in shown:
            shown = " ".join(shown.split("\n")).replace("\r", " ").replace("\t", " ")
        shift = len(prefix) - start
        highlights = tuple((max(s, start) + shift, min(e, end) + shift) for s, e in spans if e > start and s < end)
        return Snippet(prefix + shown + suffix, highlights, path, lang)


def _merged(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# Characters whose width and case folding (alone, or composed with the character before them) gives
# a CJK character other than themselves: compatibility and enclosed ideographs, radicals, half-width
# and compatibility Jamo, conjoining Jamo, kana voicing marks and ligatures. A test checks the list
# against every code point.
_CJK_SOURCES = ("\u1100-\u11ff\u2e80-\u2fdf\u3038-\u303a\u3099-\u309f\u30ff\u3131-\u319f\u3200-\u33ff"
                "\ua960-\ua97f\ud7b0-\ud7ff\uf900-\ufaff\uff65-\uffdc\U0001f200-\U0001f2ff\U0002f800-\U0002fa1f")
_CJK_SOURCE = re.compile(f"[{_CJK_SOURCES}]")
_PUNCTUATION = "，（）：；！？"  # Chinese text's full-width punctuation, which NFKC makes ASCII


def _normal_but_for_punctuation(text: str) -> bool:
    """Is ``text`` NFKC-normal once its full-width punctuation is made ASCII? Then NFKC and case folding
    change nothing but that punctuation and letters' case, and make no CJK character. (Looking for a
    class of characters costs ten times more than this, and Chinese texts are rarely normal as written.)"""
    if unicodedata.is_normalized("NFKC", text):
        return True
    for wide in _PUNCTUATION:
        if wide in text:
            text = text.replace(wide, words.narrow(wide))
    return unicodedata.is_normalized("NFKC", text)


class _Hits:
    """Where the terms occur in a record's texts.

    Terms of one CJK run each (the usual 2-character word): only the texts that hold, as written, a
    form of a term's first character (or a character that folds into CJK) are folded and searched.
    Other terms: all texts are folded as one string (a record has dozens), NUL-separated (folding
    keeps NUL, no term contains it, and neither NFKC nor case folding reaches across it), and each
    term is looked for once; a hit's text is told by the NULs before it."""

    def __init__(self, matchers: Sequence[TermMatcher], screen: str | None, texts: Sequence[Sequence[str]]):
        self.texts = texts
        self.terms: dict[int, set[int]] = {}  # text's place → the terms found in it
        self._spans: dict[int, list[tuple[int, int]]] = {}  # text's place → hits, in the folded whole
        self._own: dict[int, list[tuple[int, int]] | None] = {}  # text's place → its merged highlights
        self._crossed = False  # a hit ran across two texts: the whole's hits are not each text's
        if not matchers:
            return
        if screen is not None:
            self._each_text(matchers, screen)
            return
        self.joined = words.fold_width_case("\x00".join(map(itemgetter(2), texts)))
        for number, matcher in enumerate(matchers):
            place, counted = 0, 0  # the hits come in order: count the NULs between one and the next
            for start, end in matcher.spans(self.joined):
                place += self.joined.count("\x00", counted, start)
                counted = start
                self.terms.setdefault(place, set()).add(number)
                self._spans.setdefault(place, []).append((start, end))
                self._crossed = self._crossed or "\x00" in self.joined[start:end]

    def _each_text(self, matchers: Sequence[TermMatcher], forms: str) -> None:
        raw = "\x00".join(map(itemgetter(2), self.texts))
        places: set[int] = set()  # the texts worth folding and searching
        for ch in forms:  # (str.find runs at C speed; a character class does not)
            at = raw.find(ch)
            place, counted = 0, 0  # the hits come in order: count the NULs between one and the next
            while at >= 0:
                place += raw.count("\x00", counted, at)
                counted = at
                places.add(place)
                after = raw.find("\x00", at)
                at = raw.find(ch, after) if after >= 0 else -1
        if not _normal_but_for_punctuation(raw):  # else folding makes no CJK character
            place, counted = 0, 0
            for hit in _CJK_SOURCE.finditer(raw):
                place += raw.count("\x00", counted, hit.start())
                counted = hit.start()
                places.add(place)
        for place in sorted(places):
            value = self.texts[place][2]
            folded = words.fold_width_case(value)
            found = []
            for number, matcher in enumerate(matchers):
                hits = list(matcher.spans(folded))
                if hits:
                    self.terms.setdefault(place, set()).add(number)
                    found += hits
            self._own[place] = _merged(found) if len(folded) == len(value) else None

    def spans_in(self, place: int) -> list[tuple[int, int]] | None:
        """The merged highlights of one text, from the hits in the whole (no second folding and search),
        when folding kept that text's length and place; None when it must be searched on its own."""
        if place in self._own:
            return self._own[place]
        if self._crossed:
            return None
        hits = self._spans.get(place)
        if not hits:
            return []
        at = self.joined.rfind("\x00", 0, hits[0][0]) + 1  # where the folded text starts in the whole
        end = self.joined.find("\x00", at)
        end = len(self.joined) if end < 0 else end
        if at != sum(len(t[2]) for t in self.texts[:place]) + place or end - at != len(self.texts[place][2]):
            return None  # folding changed a length before or in it: its offsets are not the original's
        return _merged([(start - at, end - at) for start, end in hits])
