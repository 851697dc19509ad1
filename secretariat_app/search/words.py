"""Folding and splitting text into index words — the same for the index and for queries.

Folding: NFKC (full-width and half-width forms alike), case folding, then Traditional → Simplified
Chinese character by character (OpenCC's table, ``resources/search/t2s.txt``), so 環境 and 环境 fold
to the same word.

Splitting: a run of Chinese, Japanese or Korean characters has no spaces between its words, so it is
split into overlapping two-character pieces, with its first and its last character alone around them
(北京市 → 北 北京 京市 市). Every substring of two or more characters is then a phrase of pieces (北京
inside 北京市环境保护局, 환경 inside 기후환경본부), and a single character is the prefix of a piece or a lone
last character. Other words (runs of letters and digits) are kept whole; everything else separates.
The databases only cut at the spaces put in here, so both backends index the same words.

Indexing ~150 million characters must take seconds, so the common case does all of this with C-speed
string operations (one ``str.translate`` that folds Traditional characters, doubles CJK characters and
blanks separators, then two ``str.replace``), not with a Python loop per character or per run.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from operator import add

from ..shipped import RESOURCES

T2S_TABLE = RESOURCES / "search" / "t2s.txt"
# Hangul Jamo, kana, Bopomofo, Hangul compatibility Jamo, CJK ideographs (+ extension A and the
# compatibility block), Hangul syllables and extended Jamo, ideographs of the supplementary planes.
CJK = ("\u1100-\u11ff\u3040-\u30ff\u3100-\u312f\u3130-\u318f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff"
       "\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff\uf900-\ufaff\U00020000-\U0003134f")
_WORD = re.compile(f"([{CJK}]+)|([^\\W_{CJK}]+)")
_IS_CJK = re.compile(f"[{CJK}]")
_IS_WORD = re.compile(r"[^\W_]")
MARK = "\x01"  # brackets each CJK character during splitting; never left in the output
MAX_WORD = 200  # PostgreSQL limits a lexeme to 2 KB: longer words are indexed by their beginning
# Changing how text is folded or split changes every index word: the index is then rebuilt.
SPLITTER_VERSION = "3"


@lru_cache(maxsize=1)
def _t2s() -> dict[int, str]:
    table = {}
    for line in T2S_TABLE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            trad, _, simp = line.partition("\t")
            table[ord(trad)] = simp
    return table


def traditional_count(text: str) -> int:
    """How many of the text's characters are Traditional forms (that fold into another Simplified one)."""
    table = _t2s()
    return sum(1 for ch in text if ord(ch) in table)


@lru_cache(maxsize=1)
def _split_table() -> tuple[str, ...]:
    """What splitting makes of each character of the Basic Multilingual Plane, by its code: a CJK
    character becomes MARK c SPACE c MARK (folded to Simplified), a separator a space, any other
    itself. A tuple, not a dict of the changes: ``str.translate`` indexes it without hashing (a third
    quicker on Chinese and Korean text; a character beyond it is left as it is, as by a dict)."""
    t2s = _t2s()
    table = []
    for code in range(0x10000):
        ch = chr(code)
        if _IS_CJK.match(ch):
            folded = t2s.get(code, ch)
            table.append(f"{MARK}{folded} {folded}{MARK}")
        elif ch != " " and not _IS_WORD.match(ch):
            table.append(" ")
        else:
            table.append(ch)
    return tuple(table)


@lru_cache(maxsize=1)
def index_version() -> str:
    """Names the splitting and the folding table; an index built with another one is rebuilt."""
    digest = hashlib.sha256(T2S_TABLE.read_bytes()).hexdigest()[:12]
    return f"{SPLITTER_VERSION}-{unicodedata.unidata_version}-{digest}"


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().translate(_t2s())


# Full-width ASCII forms and the ideographic space, which NFKC maps one to one to ASCII. Chinese text is
# full of them (，（）：), and one such character sends NFKC down its slow path for the whole text;
# replaced first (str.replace per distinct one: str.translate with a table is slower than NFKC), the
# rest is nearly always normal already, which NFKC's quick check sees at C speed.
_WIDE_FORM = re.compile("[\uff01-\uff5e\u3000]")


def narrow(wide: str) -> str:
    """The ASCII character NFKC makes of a full-width form (or of the ideographic space)."""
    return " " if wide == "\u3000" else chr(ord(wide) - 0xFEE0)


def fold_width_case(text: str) -> str:
    """NFKC and case folding only: cheap on text that is already normal. Snippets search this and
    match Traditional forms with :func:`variants` instead of translating every character.

    Replacing a character by its own compatibility decomposition first does not change NFKC's result
    (NFKC decomposes it to that anyway), and keeps the length."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text):
        return text.casefold()
    for wide in set(_WIDE_FORM.findall(text)):
        text = text.replace(wide, narrow(wide))
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.casefold()


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    out: dict[str, list[str]] = {}
    for trad, simp in _t2s().items():
        out.setdefault(simp, [simp]).append(chr(trad))
    return {simp: "".join(chars) for simp, chars in out.items()}


def variants(folded_char: str) -> str:
    """The characters that fold to this (Simplified) one: itself and its Traditional forms."""
    return _variants().get(folded_char, folded_char)


# CPython stores a string with a character beyond U+FFFF at 4 bytes a character; its size says so
# without reading it. Such (rare) strings take the slow path, which handles every plane.
_WIDE_HEAD = sys.getsizeof("\U00010000") - 8


def _has_wide(text: str) -> bool:
    return sys.getsizeof(text) == _WIDE_HEAD + 4 * (len(text) + 1)


@lru_cache(maxsize=1)
def _ascii_table() -> dict[int, str]:
    return {code: " " for code in range(128) if not chr(code).isalnum()}


def index_text(text: str) -> str:
    """The index words of a text, separated by one or more spaces, in order."""
    if text.isascii():  # English: already NFKC, no CJK; CPython translates ASCII to ASCII quickly
        return text.lower().translate(_ascii_table())
    normal = fold_width_case(text)  # = NFKC and case folding, without NFKC's slow path where it can
    if _has_wide(normal):
        return " ".join(_split_slow(normal.translate(_t2s())))
    # 北京 → ␁北 北␁␁京 京␁ → ␁北 北京 京␁ → " 北 北京 京 ": the marks pair neighbours and space runs.
    return normal.translate(_split_table()).replace(MARK + MARK, "").replace(MARK, " ")


def index_words(text: str) -> list[str]:
    return index_text(text).split()


def _split_slow(folded: str) -> list[str]:
    out: list[str] = []
    for match in _WORD.finditer(folded):
        run = match.group(1)
        if run is None:
            out.append(match.group(2))
        else:
            out.append(run[0])
            out.extend(map(add, run, run[1:]))
            out.append(run[-1])
    return out


@dataclass(frozen=True)
class QueryWord:
    word: str
    prefix: bool = False  # matches index words that start with it


def query_words(text: str, prefix: bool = False) -> list[QueryWord]:
    """A term (or quoted phrase) as the phrase of index words that finds it as a substring.

    A CJK run may start or end inside a longer run of the text, so its lone first character is left
    out when it is the term's first run and its lone last character when it is the last run (北京 is
    then found in 北京市, indexed 北 北京 京市 市). A term that is a single CJK character is a prefix.
    ``prefix`` (a trailing ``*``) makes a last Latin word a prefix.
    """
    runs = [(m.group(1) or m.group(2), m.group(1) is not None) for m in _WORD.finditer(fold(text))]
    out: list[QueryWord] = []
    for i, (run, cjk) in enumerate(runs):
        first, last = i == 0, i == len(runs) - 1
        if not cjk:
            out.append(QueryWord(run, prefix and last))
        elif first and last and len(run) == 1:
            out.append(QueryWord(run, True))
        else:
            if not first:
                out.append(QueryWord(run[0]))
            out.extend(QueryWord(piece) for piece in map(add, run, run[1:]))
            if not last:
                out.append(QueryWord(run[-1]))
    return out


def is_cjk(ch: str) -> bool:
    return _IS_CJK.match(ch) is not None


def runs(text: str) -> Iterator[tuple[str, bool]]:
    """The folded runs of a text: (run, is_cjk). Snippets use them to find a term in the original."""
    for m in _WORD.finditer(fold(text)):
        yield (m.group(1) or m.group(2)), m.group(1) is not None


# --- folding with a way back to the original text (for highlighting) --------------------------------


def _continues(ch: str) -> bool:
    """Does ``ch`` belong to the character before it for normalization (a combining mark, a Jamo
    vowel or final consonant)?"""
    return unicodedata.combining(ch) != 0 or "\u1160" <= ch <= "\u11ff" or "\ud7b0" <= ch <= "\ud7ff"


def fold_mapped(text: str) -> tuple[str, list[int] | None, list[int] | None]:
    """The text folded for width and case, and for each of its characters where it starts and ends
    in ``text``.

    None for both when folding kept the length (nearly always): the offsets are then the same.
    """
    folded = fold_width_case(text)
    if len(folded) == len(text):
        return folded, None, None
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _continues(text[j]):
            j += 1
        piece = fold_width_case(text[i:j])
        parts.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return "".join(parts), starts, ends
