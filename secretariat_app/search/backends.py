"""Where the index words live: one backend per database, the same words and the same results.

- SQLite: a contentless FTS5 table ``search_fts`` (rowid = ``search_entries.id``) of one column, which
  keeps for each word only the entries it is in (``detail=none``: no positions, no columns — 79 MiB
  for the 20-year archive against 357 MiB with every position). A title's words are written a second
  time marked (``§harbour``), so that "in a title" is a word of its own; ranked by ``bm25``. A term
  of several words finds the entries with all of them, which are then checked on their texts
  (verify.py). Contentless keeps no copy of the split text; to remove a row its words are split
  again from the original texts kept (compressed: search/packing.py) in ``search_texts``.
- PostgreSQL: ``search_entries.tsv``, a ``tsvector`` built here (title words weighted A, body words D,
  with positions), searched with a GIN index and ranked by ``ts_rank``. Both the tsvector and the
  tsquery are written as literals, so the server's parser (and locale) never re-splits CJK text.

Each user term is one phrase of index words — a string literal for FTS5, a ``<->`` chain for
PostgreSQL — made only of letters and digits, so nothing the clerk types can break the syntax.

Newest first must not mean reading every match: on SQLite an entry's rowid starts with its date
(:class:`DatedIds`), so FTS5's own rowid order is date order and a scan can stop after a page of
results; PostgreSQL walks an index on (day, id) instead.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ..errors import SecretariatError
from . import words
from .driver import DriverSession
from .entries import Entry, is_title
from .packing import Packer
from .words import QueryWord

TITLE_WEIGHT, BODY_WEIGHT = 10.0, 1.0  # a word in a title counts ten times a word in the body
AVERAGE_WORDS = 300  # SQLite: BM25's average entry length, in words (k1 = 1.2, b = 0.75 as FTS5's)


def _byte(at: int) -> str:
    """SQL: the value of the byte at ``at`` (1-based) of ``d.sz``, from its hex digits (a digit's value
    is its place in '123456789ABCDEF'; 0 is not there)."""
    digit = "instr('123456789ABCDEF', substr(hex(d.sz), {}, 1))"
    return f"({digit.format(2 * at - 1)} * 16 + {digit.format(2 * at)})"


# The number of words of an entry: FTS5 keeps it in search_fts_docsize.sz as a varint (one column).
# Entries of 16 384 words and more count as that many.
_WORDS_OF_ENTRY = (f"(CASE length(d.sz) WHEN 1 THEN {_byte(1)} WHEN 2 THEN ({_byte(1)} - 128) * 128 + {_byte(2)} "
                   f"ELSE 16384 END)")
TITLE_MARK = "\u00a7"  # SQLite: "§" before a title's words, written again (splitting blanks it in texts)


def split_columns(texts: Iterable[Sequence[str]]) -> tuple[str, str]:
    """The title and body words of an entry's texts, each as one space-separated string.

    The texts of a column are split in two batches, plain ASCII (English: a quick path) and the
    rest, each joined by line breaks, which separate words like any other separator."""
    batches: dict[tuple[bool, bool], list[str]] = {(t, a): [] for t in (True, False) for a in (True, False)}
    for path, _lang, value in texts:
        batches[(is_title(path), value.isascii())].append(value)
    title = " ".join(words.index_text("\n".join(batches[(True, a)])) for a in (True, False))
    body = " ".join(words.index_text("\n".join(batches[(False, a)])) for a in (True, False))
    return title, body


def fts_words(texts: Iterable[Sequence[str]]) -> str:
    """The words of an entry for SQLite's one column: the title's, the body's, the title's marked."""
    title, body = split_columns(texts)
    return f"{title} {body} {TITLE_MARK}{(' ' + TITLE_MARK).join(title.split())}" if title.strip() else body


class Backend:
    """What differs between databases: the match language, ranking, and writing index rows."""

    dialect = ""
    rank_order = ""  # ORDER BY fragment for the rank column "score"
    filters_first = False  # can look up a few given entries in the word index quickly (see ranking.py)
    # Does a phrase find its words next to each other? Where not (SQLite: the index keeps no word
    # positions), it finds entries with all of them and the compiler has the candidates checked (verify.py).
    exact_phrases = True
    facets_by_record = "search_facets f"  # a record's facet rows, looked up by the record
    packer = Packer()  # how the original texts are kept: set by each writer from the index's dictionary

    def phrase(self, ws: list[QueryWord], title_only: bool = False) -> str:
        raise NotImplementedError

    def combine(self, op: str, parts: list[str]) -> str:
        raise NotImplementedError

    def negate_within(self, positive: str, negatives: list[str]) -> str:
        """``positive`` without matches of any of ``negatives``."""
        raise NotImplementedError

    def negate(self, expr: str) -> str | None:
        """A match expression for 'not expr' on its own, or None (then SQL's NOT is used)."""
        return None

    def matches(self, alias: str, param: str) -> str:
        """SQL: entry ``alias`` matches the match expression bound to ``param``."""
        raise NotImplementedError

    def ranked_from(self, param: str, title_param: str) -> tuple[str, str, str]:
        """(FROM clause, WHERE condition, score expression) for a ranked search on ``param``
        (``title_param``: the same words in a title)."""
        raise NotImplementedError

    def ranked_top(self, param: str, limit: str) -> str | None:
        """A FROM clause giving the ``limit`` best entries (alias e, column score) for a text-only
        search, when the backend can rank before joining; None otherwise."""
        return None

    def matching(self, param: str) -> str:
        """SQL: the ids (column ``id``) of the entries matching ``param``, in no particular order."""
        raise NotImplementedError

    def newest_from(self, param: str) -> tuple[str, str, str]:
        """(FROM clause, WHERE condition, ORDER BY) reading the matches of ``param`` newest first,
        so that a LIMIT stops the reading early."""
        raise NotImplementedError

    def newest_in_titles_from(self, title_words: str, in_titles: str, words: str | None) -> tuple[str, str, str]:
        """``newest_from`` for the title tier. Given three ways: the whole expression with the words
        in a title (``title_words``), the words in a title alone (``in_titles``), and — when something
        is excluded — the whole expression anywhere (``words``)."""
        return self.newest_from(title_words)

    def among(self, ids: list[int]) -> str:
        """SQL condition for ``newest_from``: the match is one of these entries, looked up one by one
        (only where ``filters_first``)."""
        raise NotImplementedError

    def newest(self, alias: str) -> str:
        """ORDER BY fragment: newest entries first."""
        raise NotImplementedError

    def walk_newest(self, session: Session, on: bool) -> None:
        """Make the next statements read the entries newest first and stop early (``on``), or leave
        the plan to the planner again. Only for matches known to be many (see ranking.py)."""

    def one_of(self, column: str, param: str) -> str:
        """SQL: ``column`` is one of the values bound to ``param`` (made by :meth:`values`) — one
        parameter however many values (party:beijing names a thousand organizations)."""
        raise NotImplementedError

    def values(self, items: Sequence[str]) -> Any:
        return list(items)

    def newest_by_day(self, alias: str) -> str:
        """The same order, said by day (so that an index on (kind, day) can give it)."""
        return self.newest(alias)

    def date(self, value: date | None) -> Any:
        return value

    def read_date(self, value: Any) -> date | None:
        return value

    # --- writing ---------------------------------------------------------------------------------

    def delete(self, session: Session, record_kind: str, record_ids: list[str]) -> None:
        raise NotImplementedError

    def prepare(self, entry: Entry) -> dict[str, Any]:
        """An entry as the row(s) to write: its columns and its words (for a worker process)."""
        raise NotImplementedError

    def insert_prepared(self, session: Session, rows: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def insert(self, session: Session, entries: list[Entry]) -> None:
        self.insert_prepared(session, [self.prepare(e) for e in entries])

    def clear(self, session: Session) -> None:
        raise NotImplementedError

    def start_rebuild(self, session: Session) -> None:
        """After ``clear``: anything that makes writing the whole index at once quicker."""

    def finish_rebuild(self, session: Session) -> None:
        pass

    def insert_facets(self, session: Session, facets: list[dict[str, str]]) -> None:
        """Facet rows: ``facet``, ``value``, ``k`` (the record's kind), ``id`` (the record's)."""
        if facets:
            session.execute(text(INSERT_FACETS), facets)

    def hold_words(self, session: Session, many: bool) -> None:
        """Before (``many``) and after writing many entries in one transaction: what makes that quicker."""

    def size_bytes(self, session: Session) -> int | None:
        return None

    def _row(self, e: Entry) -> dict[str, Any]:
        """The entry's columns, and its original texts packed (``packed``: for ``search_texts``)."""
        return {
            "kind": e.kind, "record_kind": e.record_kind, "record_id": e.record_id, "part": e.part,
            "packed": self.packer.pack(e.title, e.texts), "status": e.status, "city": e.city,
            "langs": e.langs, "day": self.date(e.day), "signed_on": self.date(e.signed_on),
            "expires_on": self.date(e.expires_on), "due_on": self.date(e.due_on), "has_attachment": e.has_attachment,
        }


_NAMES = ("id", "kind", "record_kind", "record_id", "part", "status", "city", "langs", "day", "signed_on",
          "expires_on", "due_on", "has_attachment")  # of search_entries (the texts go to search_texts)


REBUILD_CACHE_KIB = 256 * 1024  # page cache of the connection that rebuilds the index
REBUILD_HASH_BYTES = 64 << 20  # words FTS5 holds in memory before writing a segment, in a rebuild
FTS5_HASH_BYTES = 1 << 20  # … and otherwise (FTS5's default)
INSERT_FACETS = "INSERT INTO search_facets (facet, value, record_kind, record_id) VALUES (:facet, :value, :k, :id)"
_LAST_OF_DAY = text("SELECT max(id) FROM search_entries WHERE id >= :lo AND id < :hi")
DAY_SLOTS = 1 << 20  # entries per day in the rowid space; a day's entries never come near this


def day_key(day: Any) -> int:
    """The date part of an entry's rowid: the day's ordinal (0 for an entry without a date)."""
    if day is None:
        return 0
    return (date.fromisoformat(day) if isinstance(day, str) else day).toordinal()


class DatedIds:
    """Rowids that sort by date: ``day_key * DAY_SLOTS + n``. Writers hold the database's write lock
    (BEGIN IMMEDIATE), so the next free number of a day is theirs. A rebuild, which starts from an
    empty table, keeps counting here instead of asking the table each time."""

    def __init__(self, trusted: bool = False):
        self.trusted = trusted
        self.next: dict[int, int] = {}

    def allocate(self, session: Session, key: int) -> int:
        if key not in self.next:
            low = key * DAY_SLOTS
            # Through the driver (driver.py): an import's batch asks this for every day it has entries of.
            top = None if self.trusted else DriverSession(session).scalar(_LAST_OF_DAY, {"lo": low, "hi": low + DAY_SLOTS})
            self.next[key] = (top if top is not None else low) + 1
        found = self.next[key]
        if found >= (key + 1) * DAY_SLOTS:
            when = date.fromordinal(key).isoformat() if key else "without a date"
            raise SecretariatError(f"The search index has no room for more entries dated {when}; "
                                   f"run `secretariat reindex`.")
        self.next[key] = found + 1
        return found


class SqliteBackend(Backend):
    dialect = "sqlite"
    rank_order = "score ASC"  # bm25: lower is better
    filters_first = True
    # Without statistics SQLite would seek every (facet, value) pair for each entry instead.
    facets_by_record = "search_facets f INDEXED BY ix_search_facets_record"

    def __init__(self) -> None:
        self.ids: DatedIds | None = None  # set by a rebuild; otherwise each batch asks the table
        self.dropped_indexes: list[str] = []  # CREATE INDEX statements, during a rebuild
        self.cache_size: int | None = None  # the connection's own, during a rebuild

    exact_phrases = False

    def phrase(self, ws: list[QueryWord], title_only: bool = False) -> str:
        # Every word, anywhere in the entry (or in a title: the marked words): the table keeps no
        # positions, so a term of several words is checked on the texts (verify.py).
        mark = TITLE_MARK if title_only else ""
        expr = " AND ".join(f'"{mark}{w.word}"' + (" *" if w.prefix else "") for w in ws)
        return f"({expr})" if len(ws) > 1 else expr

    def combine(self, op: str, parts: list[str]) -> str:
        return "(" + f" {op} ".join(parts) + ")"

    def negate_within(self, positive: str, negatives: list[str]) -> str:
        return f"({positive} NOT {self.combine('OR', negatives)})"

    def matches(self, alias: str, param: str) -> str:
        return f"{alias}.id IN ({self.matching(param)})"

    def ranked_from(self, param: str, title_param: str) -> tuple[str, str, str]:
        # CROSS JOIN: the word index drives. Driven from a filter's index instead, FTS5 would start
        # its query over again for every entry. Without positions FTS5 knows no word's frequency in
        # an entry (its bm25 gives 0), so the score is BM25's with each word counted once: a title
        # match counts TITLE_WEIGHT times, a longer entry (its number of words) less.
        return ("search_fts CROSS JOIN search_entries e ON e.id = search_fts.rowid "
                "JOIN search_fts_docsize d ON d.id = e.id", f"search_fts MATCH :{param}",
                f"-(CASE WHEN e.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :{title_param}) "
                f"THEN {TITLE_WEIGHT} ELSE {BODY_WEIGHT} END) / (1.3 + 0.9 * {_WORDS_OF_ENTRY} / {AVERAGE_WORDS}.0)")

    def matching(self, param: str) -> str:
        return f"SELECT rowid AS id FROM search_fts WHERE search_fts MATCH :{param}"

    def newest_from(self, param: str) -> tuple[str, str, str]:
        return ("search_fts CROSS JOIN search_entries e ON e.id = search_fts.rowid",
                f"search_fts MATCH :{param}", "search_fts.rowid DESC")

    def among(self, ids: list[int]) -> str:
        return f"search_fts.rowid IN ({id_list(ids)})"

    def newest(self, alias: str) -> str:
        return f"{alias}.id DESC"

    def one_of(self, column: str, param: str) -> str:
        return f"{column} IN (SELECT value FROM json_each(:{param}))"

    def values(self, items: Sequence[str]) -> Any:
        return json.dumps(list(items), ensure_ascii=False)

    def newest_by_day(self, alias: str) -> str:
        # Dated rowids: the same order as by id. SQLite puts NULLs last when descending by itself;
        # spelling NULLS LAST out would keep it from reading the index backwards.
        return f"{alias}.day DESC, {alias}.id DESC"

    def date(self, value: date | None) -> Any:
        return value.isoformat() if value else None

    def read_date(self, value: Any) -> date | None:
        return date.fromisoformat(value) if isinstance(value, str) else value

    def delete(self, session: Session, record_kind: str, record_ids: list[str]) -> None:
        if not record_ids:
            return
        rows = session.execute(text(
            "SELECT e.id, t.packed FROM search_entries e JOIN search_texts t ON t.id = e.id "
            "WHERE e.record_kind = :k AND e.record_id IN :ids"
        ).bindparams(_expanding("ids")), {"k": record_kind, "ids": record_ids}).all()
        if not rows:
            return
        removals = [{"id": row_id, "w": fts_words(self.packer.unpack(packed)[1])} for row_id, packed in rows]
        # A contentless table forgets a row only when given exactly the words it was given.
        session.execute(text("INSERT INTO search_fts(search_fts, rowid, words) VALUES ('delete', :id, :w)"), removals)
        gone = {"ids": [r["id"] for r in removals]}
        session.execute(text("DELETE FROM search_entries WHERE id IN :ids").bindparams(_expanding("ids")), gone)
        session.execute(text("DELETE FROM search_texts WHERE id IN :ids").bindparams(_expanding("ids")), gone)

    def prepare(self, entry: Entry) -> dict[str, Any]:
        row = self._row(entry)
        row["w"] = fts_words(entry.texts)
        return row

    def insert_prepared(self, session: Session, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        ids = self.ids or DatedIds()
        for row in rows:
            row["id"] = ids.allocate(session, day_key(row["day"]))
        # Straight to the driver: a rebuild writes hundreds of thousands of rows.
        conn = session.connection()
        conn.exec_driver_sql(f"INSERT INTO search_entries ({', '.join(_NAMES)}) VALUES ({', '.join('?' * len(_NAMES))})",
                             [tuple(row[n] for n in _NAMES) for row in rows])
        conn.exec_driver_sql("INSERT INTO search_texts (id, packed) VALUES (?, ?)",
                             [(row["id"], row["packed"]) for row in rows])
        # In rowid order: FTS5 writes out what it holds in memory whenever a rowid is lower than the
        # one before, and dated rowids come in any order — unsorted, every row became a segment of
        # its own, merged again and again (the rebuild took 47 s in here instead of ~20).
        conn.exec_driver_sql("INSERT INTO search_fts(rowid, words) VALUES (?, ?)",
                             sorted((row["id"], row["w"]) for row in rows))

    def insert_facets(self, session: Session, facets: list[dict[str, str]]) -> None:
        if facets:  # straight to the driver (which binds the named parameters itself), as the entries
            session.connection().exec_driver_sql(INSERT_FACETS, facets)

    def clear(self, session: Session) -> None:
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('delete-all')"))
        session.execute(text("DELETE FROM search_entries"))
        session.execute(text("DELETE FROM search_texts"))

    def start_rebuild(self, session: Session) -> None:
        # Indexes of the empty tables are made again at the end from their sorted contents, rather
        # than updated entry by entry in rowid (date) order that is random to them.
        found = session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('search_entries', 'search_facets')")).all()
        self.dropped_indexes = [sql for _name, sql in found]
        for name, _sql in found:
            session.execute(text(f'DROP INDEX "{name}"'))
        # FTS5 merges its segments as they grow, reading them back: with the default 2 MB page
        # cache that reading goes to the file again and again.
        self.cache_size = session.scalar(text("PRAGMA cache_size"))
        session.execute(text(f"PRAGMA cache_size = {-REBUILD_CACHE_KIB}"))
        self.hold_words(session, True)

    def finish_rebuild(self, session: Session) -> None:
        for sql in self.dropped_indexes:
            session.execute(text(sql))
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))
        if self.cache_size is not None:
            session.execute(text(f"PRAGMA cache_size = {int(self.cache_size)}"))
        self.hold_words(session, False)

    def hold_words(self, session: Session, many: bool) -> None:
        # FTS5 writes a segment for every megabyte of words it holds (its default): for many entries,
        # hold more (a setting of the table: put back before the transaction ends).
        size = REBUILD_HASH_BYTES if many else FTS5_HASH_BYTES
        session.execute(text(f"INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', {size})"))

    def size_bytes(self, session: Session) -> int | None:
        try:
            return int(session.scalar(text(
                "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_%' OR name LIKE 'ix_search_%' "
                "OR name LIKE 'sqlite_autoindex_search_%'")) or 0)
        except Exception:  # noqa: BLE001 - dbstat is an optional SQLite module
            return None


MAX_POSITION = 16383  # PostgreSQL keeps word positions up to this
MAX_POSITIONS = 255  # … and at most this many positions per word


def tsvector_literal(title: str, body: str) -> str:
    """A ``tsvector`` literal: each word with its positions; title words weighted A, body words D.

    A gap of one position between title and body keeps a phrase from running across them (as FTS5's
    two columns do)."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for weight, column in (("A", title), ("", body)):
        for word in column.split():
            pos += 1
            if pos > MAX_POSITION:
                break
            slots = positions.setdefault(word[: words.MAX_WORD], [])
            if len(slots) < MAX_POSITIONS:
                slots.append(f"{pos}{weight}")
        pos += 1
    return " ".join(f"'{w}':{','.join(p)}" for w, p in positions.items())


class PostgresBackend(Backend):
    dialect = "postgresql"
    rank_order = "score DESC"

    def phrase(self, ws: list[QueryWord], title_only: bool = False) -> str:
        weight = "A" if title_only else ""
        return "(" + " <-> ".join(
            f"'{w.word[: words.MAX_WORD]}'" + (f":*{weight}" if w.prefix else (f":{weight}" if weight else ""))
            for w in ws) + ")"

    def combine(self, op: str, parts: list[str]) -> str:
        return "(" + f" {'&' if op == 'AND' else '|'} ".join(parts) + ")"

    def negate_within(self, positive: str, negatives: list[str]) -> str:
        return "(" + " & ".join([positive, *(f"!{n}" for n in negatives)]) + ")"

    def negate(self, expr: str) -> str | None:
        return f"!{expr}"

    def matches(self, alias: str, param: str) -> str:
        return f"{alias}.tsv @@ CAST(:{param} AS tsquery)"

    def ranked_from(self, param: str, title_param: str) -> tuple[str, str, str]:
        # Normalization 1: divide by 1 + log(length), so long texts do not win by sheer size (like BM25).
        return ("search_entries e", f"e.tsv @@ CAST(:{param} AS tsquery)",
                f"ts_rank(e.tsv, CAST(:{param} AS tsquery), 1)")

    def matching(self, param: str) -> str:
        return f"SELECT e.id FROM search_entries e WHERE e.tsv @@ CAST(:{param} AS tsquery)"

    def newest_from(self, param: str) -> tuple[str, str, str]:
        return ("search_entries e", f"e.tsv @@ CAST(:{param} AS tsquery)", self.newest("e"))

    def newest_in_titles_from(self, title_words: str, in_titles: str, words: str | None) -> tuple[str, str, str]:
        # tsv_title (the title words alone, with their own GIN index) is small and never compressed
        # out of the row: title matches are found without reading every match's whole tsvector.
        match = f"e.tsv_title @@ CAST(:{in_titles} AS tsquery)"
        if words is not None:
            match += f" AND e.tsv @@ CAST(:{words} AS tsquery)"  # what is excluded, anywhere
        return ("search_entries e", match, self.newest("e"))

    def newest(self, alias: str) -> str:
        return f"{alias}.day DESC NULLS LAST, {alias}.id DESC"  # ix_search_entries_newest

    def one_of(self, column: str, param: str) -> str:
        return f"{column} = ANY(CAST(:{param} AS text[]))"

    def walk_newest(self, session: Session, on: bool) -> None:
        # PostgreSQL guesses a phrase or several words to be nearly absent (it multiplies their
        # frequencies) and would read every match through the GIN index and sort them; with more than
        # RANK_ALL matches known, walking ix_search_entries_newest finds a page after a few hundred rows.
        value = "off" if on else "on"
        session.execute(text(f"SET LOCAL enable_bitmapscan = {value}"))
        session.execute(text(f"SET LOCAL enable_seqscan = {value}"))

    def delete(self, session: Session, record_kind: str, record_ids: list[str]) -> None:
        if record_ids:
            which = {"k": record_kind, "ids": record_ids}
            session.execute(text("DELETE FROM search_texts WHERE id IN (SELECT id FROM search_entries WHERE "
                                 "record_kind = :k AND record_id IN :ids)").bindparams(_expanding("ids")), which)
            session.execute(text("DELETE FROM search_entries WHERE record_kind = :k AND record_id IN :ids")
                            .bindparams(_expanding("ids")), which)

    def prepare(self, entry: Entry) -> dict[str, Any]:
        row = self._row(entry)
        row["tsv"] = tsvector_literal(*split_columns(entry.texts))
        return row

    def insert_prepared(self, session: Session, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        ids = session.scalars(text("SELECT nextval('search_entries_id_seq') FROM generate_series(1, :n)"),
                              {"n": len(rows)}).all()
        for row, row_id in zip(rows, ids, strict=True):
            row["id"] = row_id
        session.execute(text(f"INSERT INTO search_entries ({', '.join(_NAMES)}, tsv, tsv_title) VALUES "
                             f"({', '.join(':' + n for n in _NAMES)}, CAST(:tsv AS tsvector), "
                             f"ts_filter(CAST(:tsv AS tsvector), '{{a}}'))"), rows)
        session.execute(text("INSERT INTO search_texts (id, packed) VALUES (:id, :packed)"), rows)

    def clear(self, session: Session) -> None:
        session.execute(text("DELETE FROM search_entries"))
        session.execute(text("DELETE FROM search_texts"))

    def finish_rebuild(self, session: Session) -> None:
        # Statistics for the planner now, not whenever autovacuum comes by: without them it takes
        # every word for a rare one.
        for table in ("search_entries", "search_texts", "search_facets"):
            session.execute(text(f"ANALYZE {table}"))

    def size_bytes(self, session: Session) -> int | None:
        return int(session.scalar(text("SELECT pg_total_relation_size('search_entries') + "
                                       "pg_total_relation_size('search_texts') + "
                                       "pg_total_relation_size('search_facets')")) or 0)


def id_list(ids: Iterable[int]) -> str:
    """Entry ids written into SQL: integers from the index itself, never the clerk's text."""
    return ", ".join(str(int(i)) for i in ids)


def _expanding(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name, expanding=True)


def backend_for(dialect: str) -> Backend:
    if dialect == "sqlite":
        return SqliteBackend()
    if dialect == "postgresql":
        return PostgresBackend()
    raise ValueError(f"search has no backend for {dialect}")
