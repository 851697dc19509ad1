"""What the UI and the command line call: ``SearchService(db).search(query, limit)`` → plain results.

Each result says what it is (an agreement, or a part of a record: an agenda item, an action, a
decision, a statement, an itinerary item, an attached file), which record opens and at which part,
its title as a language map, a snippet of the original text with the matched words' spans, its date
and status. Malformed filter values come back as short messages; no input raises.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.langmap import LangMap
from . import driver, ranking
from .backends import Backend, backend_for
from .compiler import Compiler, resolve_facets
from .entries import page_of, part_of
from .query import Parsed, parse
from .queue import built_percent
from .snippets import Highlighter, Snippet
from .verify import StoredTexts

MAX_LIMIT = 500


@dataclass(frozen=True)
class RecordRef:
    kind: str
    id: str


@dataclass(frozen=True)
class SearchResult:
    kind: str  # agreement, meeting, team, visit, person, organization, or a part: action, agenda_item,
    #            decision, statement, itinerary_item, minutes, attachment
    id: str  # the record's id, or the part's own id where it has one (an action's)
    title: LangMap  # the record's title (or name)
    snippet: Snippet | None
    record: RecordRef  # what opens
    part: str | None  # where it opens: "agenda-2", "decision-1", "act-2016-001", "attachment-1", …
    date: date | None
    status: str | None
    score: float
    page: int | None = None  # a match in a file's text: the page it is on (of a file of several pages)

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        from ..domain.langmap import text as pick

        out: dict[str, Any] = {
            "kind": self.kind, "id": self.id, "title": pick(self.title, lang),
            "snippet": self.snippet.text if self.snippet else "",
            "highlights": [list(h) for h in self.snippet.highlights] if self.snippet else [],
            "score": round(self.score, 4), "date": self.date.isoformat() if self.date else None,
            "status": self.status,
        }
        if self.part is not None:
            out["record"] = {"kind": self.record.kind, "id": self.record.id}
            out["part"] = self.part
        if self.page is not None:
            out["page"] = self.page
        return out


@dataclass
class SearchResults:
    query: str
    results: list[SearchResult] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)  # e.g. "expires:<2027-13-01 — not a real date"
    seconds: float = 0.0
    # While the records of a bulk change (an import) are still being indexed: how much of it is (0–99);
    # those records are not found until then. None: the index is complete.
    built_percent: int | None = None

    def grouped(self) -> dict[str, list[SearchResult]]:
        """Results by kind, in the order the kinds first appear (the best result's kind first)."""
        out: dict[str, list[SearchResult]] = {}
        for r in self.results:
            out.setdefault(r.kind, []).append(r)
        return out


class SearchService:
    def __init__(self, db: Any, lang: str = "en"):
        self.db = db
        self.lang = lang
        self.backend: Backend = backend_for(db.dialect)

    def search(self, query: str, limit: int = 50, lang: str | None = None, today: date | None = None) -> SearchResults:
        started = time.perf_counter()
        parsed = parse(query or "", today)
        out = SearchResults(query, messages=list(parsed.messages))
        if parsed.tree is None:
            out.seconds = time.perf_counter() - started
            return out
        limit = max(1, min(int(limit), MAX_LIMIT))
        rows, texts, out.built_percent = self.found(parsed, limit, out.messages)
        out.results = self._results(rows, texts, parsed, lang or self.lang, limit)
        out.seconds = time.perf_counter() - started
        return out

    def found(self, parsed: Parsed, limit: int,
              messages: list[Any]) -> tuple[list[Any], dict[int, tuple[Any, Any]], int | None]:
        """The entries found, best first, their stored (title, texts), and how much of a bulk change is
        indexed yet (None: all of it): one read transaction."""
        assert parsed.tree is not None
        with self.db.reading() as uow:
            session = driver.reading(uow.session)
            tree = resolve_facets(parsed.tree, session, self.backend, messages)
            compiler = Compiler(self.backend, session)
            compiler.prepare(tree)
            stored = StoredTexts(session)
            rows = ranking.find(session, compiler, limit + 10, stored)  # room for merged PDF stretches
            stored.load(r.id for r in rows)
            return rows, stored, built_percent(session)

    def _results(self, rows: list[Any], stored: dict[int, tuple[Any, Any]], parsed: Parsed, lang: str,
                 limit: int) -> list[SearchResult]:
        highlighter = Highlighter(parsed.highlight_terms(), lang)
        seen: set[tuple[str, str, str]] = set()
        results = []
        for row in rows:
            key = (row.record_kind, row.record_id, row.part)
            if key in seen:  # another stretch of the same PDF
                continue
            seen.add(key)
            title, texts = stored[row.id]
            snippet = highlighter.snippet(texts)
            kind, rid, part = self._what(row, snippet)
            due = self.backend.read_date(row.due_on)
            results.append(SearchResult(
                kind=kind, id=rid, title=title or {"en": row.record_id}, snippet=snippet,
                record=RecordRef(row.record_kind, row.record_id), part=part,
                date=due if row.kind == "action" and due else self.backend.read_date(row.day),
                status=row.status, score=float(row.score or 0),
                page=page_of(snippet.path) if snippet is not None and kind == "attachment" else None,
            ))
            if len(results) >= limit:
                break
        return results

    @staticmethod
    def _what(row: Any, snippet: Snippet | None) -> tuple[str, str, str | None]:
        """(kind, id, part) of a result: an action or a file is its entry; in a record's own entry, the
        part whose text the snippet shows."""
        if row.kind == "action":
            return "action", row.part, row.part
        if row.part.startswith("attachment-"):
            return "attachment", row.record_id, row.part
        where = part_of(snippet.path) if snippet else None
        if where is None:
            return row.kind, row.record_id, None
        return where[0], row.record_id, where[1]
