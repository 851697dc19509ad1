"""Where the index words live: one backend per database, the same words and the same results.

- SQLite: a contentless FTS5 table ``search_fts`` (rowid = ``search_entries.id``), two columns (title,
  body) ranked by ``bm25`` with field weights. Contentless keeps no copy of the split text; to remove
  a row its words are split again from the original texts kept in ``search_entries.texts``.
- PostgreSQL: ``search_entries.tsv``, a ``tsvector`` built here (title words weighted A, body words D,
  with positions), searched with a GIN index and ranked by ``ts_rank``. Both the tsvector and the
  tsquery are written as literals, so the server's parser (and locale) never re-splits CJK text.

Each user term is one phrase of index words — a string literal for FTS5, a ``<->`` chain for
PostgreSQL — made only of letters and digits, so nothing the clerk types can break the syntax.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from . import words
from .entries import Entry, is_title
from .words import QueryWord

TITLE_WEIGHT, BODY_WEIGHT = 10.0, 1.0  # a word in a title counts ten times a word in the body


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


class Backend:
    """What differs between databases: the match language, ranking, and writing index rows."""

    dialect = ""
    rank_order = ""  # ORDER BY fragment for the rank column "score"

    def phrase(self, ws: list[QueryWord], title_only: bool = False) -> str:
        raise NotImplementedError

    def combine(self, op: str, parts: list[str]) -> str:
        raise NotImplementedError

    def negate_within(self, positive: str, negatives: list[str]) -> str | None:
        """``positive`` without matches of any of ``negatives``; None if the language cannot say it."""
        raise NotImplementedError

    def negate(self, expr: str) -> str | None:
        """A match expression for 'not expr' on its own, or None (then SQL's NOT is used)."""
        return None

    def matches(self, alias: str, param: str) -> str:
        """SQL: entry ``alias`` matches the match expression bound to ``param``."""
        raise NotImplementedError

    def ranked_from(self, param: str) -> tuple[str, str, str]:
        """(FROM clause, WHERE condition, score expression) for a ranked search on ``param``."""
        raise NotImplementedError

    def ranked_top(self, param: str, limit: str) -> str | None:
        """A FROM clause giving the ``limit`` best entries (alias e, column score) for a text-only
        search, when the backend can rank before joining; None otherwise."""
        return None

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

    def finish_rebuild(self, session: Session) -> None:
        pass

    def size_bytes(self, session: Session) -> int | None:
        return None

    def _row(self, e: Entry, json_: Any) -> dict[str, Any]:
        return {
            "kind": e.kind, "record_kind": e.record_kind, "record_id": e.record_id, "part": e.part,
            "title": json_(e.title), "texts": json_(e.texts), "status": e.status, "city": e.city,
            "langs": e.langs, "day": self.date(e.day), "signed_on": self.date(e.signed_on),
            "expires_on": self.date(e.expires_on), "due_on": self.date(e.due_on), "has_attachment": e.has_attachment,
        }


_COLUMNS = ("kind, record_kind, record_id, part, title, texts, status, city, langs, day, signed_on, "
            "expires_on, due_on, has_attachment")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class SqliteBackend(Backend):
    dialect = "sqlite"
    rank_order = "score ASC"  # bm25: lower is better

    def phrase(self, ws: list[QueryWord], title_only: bool = False) -> str:
        body = " ".join(w.word for w in ws)
        expr = f'"{body}"' + (" *" if ws[-1].prefix else "")
        return f"{{title}} : ({expr})" if title_only else expr

    def combine(self, op: str, parts: list[str]) -> str:
        return "(" + f" {op} ".join(parts) + ")"

    def negate_within(self, positive: str, negatives: list[str]) -> str | None:
        return f"({positive} NOT {self.combine('OR', negatives)})"

    def matches(self, alias: str, param: str) -> str:
        return f"{alias}.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH :{param})"

    def ranked_from(self, param: str) -> tuple[str, str, str]:
        return ("search_fts JOIN search_entries e ON e.id = search_fts.rowid",
                f"search_fts MATCH :{param}", f"bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})")

    def ranked_top(self, param: str, limit: str) -> str | None:
        # FTS5 keeps only the best rows while it ranks (ORDER BY rank LIMIT): the join then reads just those.
        return (f"(SELECT rowid AS id, rank AS score FROM search_fts WHERE search_fts MATCH :{param} "
                f"AND rank MATCH 'bm25({TITLE_WEIGHT}, {BODY_WEIGHT})' ORDER BY rank LIMIT :{limit}) r "
                f"JOIN search_entries e ON e.id = r.id")

    def date(self, value: date | None) -> Any:
        return value.isoformat() if value else None

    def read_date(self, value: Any) -> date | None:
        return date.fromisoformat(value) if isinstance(value, str) else value

    def delete(self, session: Session, record_kind: str, record_ids: list[str]) -> None:
        if not record_ids:
            return
        rows = session.execute(text(
            "SELECT id, texts FROM search_entries WHERE record_kind = :k AND record_id IN :ids"
        ).bindparams(_expanding("ids")), {"k": record_kind, "ids": record_ids}).all()
        if not rows:
            return
        removals = []
        for row_id, texts in rows:
            title, body = split_columns(json.loads(texts) if isinstance(texts, str) else texts)
            removals.append({"id": row_id, "t": title, "b": body})
        # A contentless table forgets a row only when given exactly the words it was given.
        session.execute(text("INSERT INTO search_fts(search_fts, rowid, title, body) "
                             "VALUES ('delete', :id, :t, :b)"), removals)
        session.execute(text("DELETE FROM search_entries WHERE id IN :ids").bindparams(_expanding("ids")),
                        {"ids": [r["id"] for r in removals]})

    def prepare(self, entry: Entry) -> dict[str, Any]:
        row = self._row(entry, _json)
        row["t"], row["b"] = split_columns(entry.texts)
        return row

    def insert_prepared(self, session: Session, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        # Writers hold the database's write lock (BEGIN IMMEDIATE), so the next ids are ours.
        first = (session.scalar(text("SELECT max(id) FROM search_entries")) or 0) + 1
        for offset, row in enumerate(rows):
            row["id"] = first + offset
        # Straight to the driver: a rebuild writes hundreds of thousands of rows.
        names = ["id", *(c.strip() for c in _COLUMNS.split(","))]
        conn = session.connection()
        conn.exec_driver_sql(f"INSERT INTO search_entries ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                             [tuple(row[n] for n in names) for row in rows])
        conn.exec_driver_sql("INSERT INTO search_fts(rowid, title, body) VALUES (?, ?, ?)",
                             [(row["id"], row["t"], row["b"]) for row in rows])

    def clear(self, session: Session) -> None:
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('delete-all')"))
        session.execute(text("DELETE FROM search_entries"))

    def finish_rebuild(self, session: Session) -> None:
        session.execute(text("INSERT INTO search_fts(search_fts) VALUES ('optimize')"))

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

    def negate_within(self, positive: str, negatives: list[str]) -> str | None:
        return "(" + " & ".join([positive, *(f"!{n}" for n in negatives)]) + ")"

    def negate(self, expr: str) -> str | None:
        return f"!{expr}"

    def matches(self, alias: str, param: str) -> str:
        return f"{alias}.tsv @@ CAST(:{param} AS tsquery)"

    def ranked_from(self, param: str) -> tuple[str, str, str]:
        # Normalization 1: divide by 1 + log(length), so long texts do not win by sheer size (like BM25).
        return ("search_entries e", f"e.tsv @@ CAST(:{param} AS tsquery)",
                f"ts_rank(e.tsv, CAST(:{param} AS tsquery), 1)")

    def delete(self, session: Session, record_kind: str, record_ids: list[str]) -> None:
        if record_ids:
            session.execute(text("DELETE FROM search_entries WHERE record_kind = :k AND record_id IN :ids")
                            .bindparams(_expanding("ids")), {"k": record_kind, "ids": record_ids})

    def prepare(self, entry: Entry) -> dict[str, Any]:
        row = self._row(entry, _json)
        row["tsv"] = tsvector_literal(*split_columns(entry.texts))
        return row

    def insert_prepared(self, session: Session, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        values = ", ".join(f"CAST(:{c} AS json)" if c in ("title", "texts") else f":{c}"
                           for c in (c.strip() for c in _COLUMNS.split(",")))
        session.execute(text(f"INSERT INTO search_entries ({_COLUMNS}, tsv) VALUES ({values}, "
                             f"CAST(:tsv AS tsvector))"), rows)

    def clear(self, session: Session) -> None:
        session.execute(text("DELETE FROM search_entries"))

    def size_bytes(self, session: Session) -> int | None:
        return int(session.scalar(text("SELECT pg_total_relation_size('search_entries') + "
                                       "pg_total_relation_size('search_facets')")) or 0)


def _expanding(name: str) -> Any:
    from sqlalchemy import bindparam

    return bindparam(name, expanding=True)


def backend_for(dialect: str) -> Backend:
    if dialect == "sqlite":
        return SqliteBackend()
    if dialect == "postgresql":
        return PostgresBackend()
    raise ValueError(f"search has no backend for {dialect}")
