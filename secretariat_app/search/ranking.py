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

RANK_ALL = 1000
FILTERS_FIRST = 250


def find(session: Session, compiler: Compiler, limit: int) -> list[Any]:
    """The rows of the best ``limit`` entries for a prepared compiler, best first."""
    if compiler.words is None:
        return _rows(session, compiler.filters_only(limit))
    if not compiler.prefixed:
        count = session.scalar(text((s := compiler.count_words(RANK_ALL + 1)).sql), s.params)
        if count == 0:  # a phrase found nowhere: no second look
            return []
        if count <= RANK_ALL:
            rows = _rows(session, compiler.ranked(limit))
            if any(r.part.startswith(ATTACHMENT_PART) for r in rows) and not compiler.conditions:
                rows = _rows(session, compiler.ranked(limit, top=False))  # BM25 alone put a file too high
            return rows
    among = None
    if compiler.conditions and compiler.b.filters_first:
        ids = list(session.scalars(text((s := compiler.filtered_ids(FILTERS_FIRST + 1)).sql), s.params))
        if len(ids) <= FILTERS_FIRST:
            if not ids:
                return []
            among = ids
    rows = _rows(session, compiler.newest_matches(limit, True, [], among, files=False))
    for files in (False, True):  # the records' own fields, then the files' text
        if len(rows) >= limit:
            break
        # Counted, and no filter to pass: a page of matches is near in date order.
        many = not compiler.prefixed and not compiler.conditions
        if many:
            compiler.b.walk_newest(session, True)
        try:
            rows += _rows(session, compiler.newest_matches(limit - len(rows), False, [r.id for r in rows], among,
                                                           files=files))
        finally:
            if many:
                compiler.b.walk_newest(session, False)
    return rows


def _rows(session: Session, statement: Statement) -> list[Any]:
    return list(session.execute(text(statement.sql), statement.params).all())
