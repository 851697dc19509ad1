"""The order of results, and how it stays fast on an archive of 100 000 records.

- Words found in at most ``RANK_ALL`` entries: every match ranked by BM25 with field weights (a word
  in a title counts ten times a word in the body), then newest first.
- Words found in more entries than that (北京, Seoul, 환경 are in half of the archive): ranking all
  of them would read every match (≈ 2 µs each, a quarter of a second for 北京), and BM25 then has
  little to say anyway — a word in half of the entries has an inverse document frequency near zero.
  These come in two tiers, each newest first: entries with the words in their title, then the rest.
  The index is read in date order and the reading stops once a page of results is full.
- A word ending in ``*`` always comes in tiers: FTS5 gathers every word of that beginning on each
  reading, so counting the matches first would cost as much as the search itself.
- With filters as well, a filter that lets through only a few entries (``FILTERS_FIRST``) drives:
  those few are looked up in the word index one by one, instead of reading the word's matches
  until enough of them pass the filter.
- No words, only filters: newest first.
- A file's text ranks below the record's own fields: the rows from files come after the others (in
  the tiers: the own fields' title tier, their other tier, then the files' rows, newest first).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .compiler import Compiler, Statement
from .entries import ATTACHMENT_PART
from .verify import StoredTexts

RANK_ALL = 1000
FILTERS_FIRST = 250


def find(session: Session, compiler: Compiler, limit: int, stored: StoredTexts | None = None) -> list[Any]:
    """The rows of the best ``limit`` entries for a prepared compiler, best first. Where the words
    found are only candidates (``compiler.check``), each is checked on its texts, read into ``stored``."""
    if compiler.words is None:
        return _rows(session, compiler.filters_only(limit))
    stored = StoredTexts(session) if stored is None else stored
    if not compiler.prefixed:
        count = session.scalar(text((s := compiler.count_words(RANK_ALL + 1)).sql), s.params)
        if count == 0:  # a phrase found nowhere: no second look
            return []
        if count <= RANK_ALL:
            # Candidates to check: all of them ranked (at most RANK_ALL), kept in order until enough pass.
            asked = limit if compiler.check is None else count
            rows = _kept(compiler, _rows(session, compiler.ranked(asked)), False, stored, limit)
            if any(r.part.startswith(ATTACHMENT_PART) for r in rows) and not compiler.conditions:
                rows = _kept(compiler, _rows(session, compiler.ranked(asked, top=False)), False, stored, limit)
            return rows
    among = None
    if compiler.conditions and compiler.b.filters_first:
        ids = list(session.scalars(text((s := compiler.filtered_ids(FILTERS_FIRST + 1)).sql), s.params))
        if len(ids) <= FILTERS_FIRST:
            if not ids:
                return []
            among = ids
    rows = _newest(session, compiler, limit, True, [], among, False, stored)
    for files in (False, True):  # the records' own fields, then the files' text
        if len(rows) >= limit:
            break
        # Counted, and no filter to pass: a page of matches is near in date order.
        many = not compiler.prefixed and not compiler.conditions
        if many:
            compiler.b.walk_newest(session, True)
        try:
            rows += _newest(session, compiler, limit - len(rows), False, [r.id for r in rows], among, files, stored)
        finally:
            if many:
                compiler.b.walk_newest(session, False)
    return rows


def _newest(session: Session, compiler: Compiler, limit: int, title_only: bool, exclude: list[int],
            among: list[int] | None, files: bool, stored: StoredTexts) -> list[Any]:
    """``compiler.newest_matches``, its candidates checked: read on (twice as many each time, past the
    ones that failed) until ``limit`` pass or the matches end."""
    if compiler.check is None:
        return _rows(session, compiler.newest_matches(limit, title_only, exclude, among, files=files))
    out: list[Any] = []
    failed: list[int] = []
    ask = limit
    while len(out) < limit:
        found = _rows(session, compiler.newest_matches(ask, title_only, exclude + [r.id for r in out] + failed,
                                                       among, files=files))
        kept = _kept(compiler, found, title_only, stored, limit - len(out))
        out += kept
        passed = {r.id for r in kept}
        failed += [r.id for r in found if r.id not in passed]
        if len(found) < ask:
            break
        ask = min(2 * ask, 1000)
    return out


def _kept(compiler: Compiler, rows: list[Any], title_only: bool, stored: StoredTexts, limit: int) -> list[Any]:
    """The first ``limit`` rows that pass the compiler's check (all of them, when there is none)."""
    check = compiler.check
    if check is None:
        return rows[:limit]
    out: list[Any] = []
    for start in range(0, len(rows), limit):
        chunk = rows[start:start + limit]
        stored.load(r.id for r in chunk)
        out += [r for r in chunk if check.passes(stored, r.id, title_only)]
        if len(out) >= limit:
            break
    return out[:limit]


def _rows(session: Session, statement: Statement) -> list[Any]:
    return list(session.execute(text(statement.sql), statement.params).all())
