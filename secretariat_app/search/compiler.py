"""A query tree compiled to one SQL statement for a backend.

The text terms that every result must match are folded into one match expression (one FTS5 MATCH,
one tsquery): that drives the search and gives the rank. Everything else (filters, ORs that mix
terms and filters, negations the match language cannot say) becomes plain SQL over the entries,
each text part as a sub-condition of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from .backends import Backend, id_list
from .entries import ATTACHMENT_PART
from .query import (
    CITY_NAMES,
    And,
    DateIn,
    FacetMatch,
    HasAttachment,
    HasFileText,
    InAttachment,
    KindIs,
    LangIs,
    Node,
    Not,
    Or,
    Term,
    ValueIn,
)
from .verify import Check, StoredTexts
from .words import fold, query_words

COLUMNS = "e.id, e.kind, e.record_kind, e.record_id, e.part, e.status, e.day, e.due_on"  # texts: fetched for the page
IN_FILE = f"e.part LIKE '{ATTACHMENT_PART}%'"  # an entry holding a file's text


FEW_FACET_IDS = 20
MAX_CHECKED = 20000  # entries a phrase inside a filter's condition is checked in (beyond: its words alone)


def _terms(node: Node) -> list[Node]:
    if isinstance(node, And | Or):
        return [t for c in node.children for t in _terms(c)]
    return [node]


@dataclass(frozen=True)
class FacetIds:
    """A ``team:``/``party:`` filter once its value is resolved to the ids of teams or organizations."""

    facet: str
    ids: tuple[str, ...]


@dataclass
class Statement:
    sql: str
    params: dict[str, Any] = field(default_factory=dict)
    ranked: bool = False


class Compiler:
    def __init__(self, backend: Backend, session: Session | None = None):
        self.b = backend
        self.params: dict[str, Any] = {}
        self.session = session  # to check a phrase inside a filter's condition (see condition)
        self.check: Check | None = None  # what the rows found must still be checked for (verify.py)

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return name

    # --- the match language ----------------------------------------------------------------------

    def match(self, node: Node, title_only: bool = False) -> str | None:
        """The node as one match expression, or None if it is not pure text the language can say.
        ``title_only``: its words must be in a title (what is excluded is excluded anywhere)."""
        if isinstance(node, Term):
            return self.b.phrase(node.words(), title_only)
        if isinstance(node, Or):
            parts = [self.match(c, title_only) for c in node.children]
            return None if None in parts else self.b.combine("OR", parts)  # type: ignore[arg-type]
        if isinstance(node, And):
            positives = [self.match(c, title_only) for c in node.children if not isinstance(c, Not)]
            negatives = [self.match(c.child) for c in node.children if isinstance(c, Not)]
            if not positives or None in positives or None in negatives:
                return None
            # A phrase's words apart are no reason to exclude: such a phrase is left to the check.
            negatives = [n for c, n in zip([c for c in node.children if isinstance(c, Not)], negatives, strict=True)
                         if self.exact(c.child)]
            combined = self.b.combine("AND", positives)  # type: ignore[arg-type]
            return self.b.negate_within(combined, negatives) if negatives else combined  # type: ignore[arg-type]
        if isinstance(node, Not):
            inner = self.match(node.child)
            return self.b.negate(inner) if inner is not None and self.exact(node.child) else None
        return None

    def exact(self, node: Node) -> bool:
        """Does the match expression of ``node`` find exactly its matches (not a superset)? Not where
        a term of several words is matched by its words anywhere (backends.Backend.exact_phrases)."""
        if self.b.exact_phrases:
            return True
        if isinstance(node, Term):
            return len(node.words()) <= 1
        if isinstance(node, Not):
            return self.exact(node.child)
        if isinstance(node, And | Or):
            return all(self.exact(c) for c in node.children)
        return True

    # --- plain SQL -------------------------------------------------------------------------------

    def condition(self, node: Node) -> str:
        expr = self.match(node) if not isinstance(node, Not) else None
        if expr is not None and not self.exact(node):
            checked = self.b.values(self._checked(node, expr))  # type: ignore[arg-type]
            return self.b.one_of("e.id", self.bind(checked))
        if expr is not None:
            return self.b.matches("e", self.bind(expr))
        if isinstance(node, And):
            return "(" + " AND ".join(self.condition(c) for c in node.children) + ")"
        if isinstance(node, Or):
            return "(" + " OR ".join(self.condition(c) for c in node.children) + ")"
        if isinstance(node, Not):
            return f"NOT ({self.condition(node.child)})"
        return self.filter(node)

    def filter(self, node: Node) -> str:
        if isinstance(node, KindIs):
            return f"e.kind IN ({self._list(node.kinds)})"
        if isinstance(node, ValueIn):
            return f"e.{node.column} IN ({self._list(node.values)})"
        if isinstance(node, LangIs):
            return f"e.langs LIKE :{self.bind('%' + node.lang + '%')}"
        if isinstance(node, DateIn):
            parts = []
            if node.start is not None:
                parts.append(f"e.{node.column} >= :{self.bind(self.b.date(node.start))}")
            if node.end is not None:
                parts.append(f"e.{node.column} < :{self.bind(self.b.date(node.end))}")
            return "(" + " AND ".join(parts) + ")" if parts else f"e.{node.column} IS NOT NULL"
        if isinstance(node, HasAttachment):
            return f"e.has_attachment = :{self.bind(True)}"
        if isinstance(node, HasFileText):  # the agreements (few) drive, by the facets' key
            return (f"(e.record_kind, e.record_id) IN (SELECT f.record_kind, f.record_id FROM search_facets f "
                    f"WHERE f.facet = 'has' AND f.value = :{self.bind(node.how)})")
        if isinstance(node, InAttachment):
            return IN_FILE
        if isinstance(node, FacetIds):
            return self.facet(node)
        raise TypeError(f"cannot compile {node!r}")

    def facet(self, node: FacetIds) -> str:
        if not node.ids:
            return "1 = 0"
        values = f"f.facet = :{self.bind(node.facet)} AND {self.b.one_of('f.value', self.bind(self.b.values(node.ids)))}"
        if len(node.ids) <= FEW_FACET_IDS:  # a few teams or organizations: their records can drive
            return f"(e.record_kind, e.record_id) IN (SELECT f.record_kind, f.record_id FROM search_facets f WHERE {values})"
        # party:beijing names a thousand organizations: rather than collect every record of theirs,
        # check each entry the search reads (a few facet rows per record, by index).
        return (f"EXISTS (SELECT 1 FROM {self.b.facets_by_record} WHERE f.record_kind = e.record_kind "
                f"AND f.record_id = e.record_id AND {values})")

    def _checked(self, node: Node, expr: str) -> list[int]:
        """The entries that match ``node`` (a phrase mixed with filters, as in ``("fine dust" OR
        kind:team)``), checked on their texts: a condition SQL may negate must be exact."""
        if self.session is None:
            raise ValueError("a phrase inside a filter's condition needs the session to be checked")
        found = list(self.session.scalars(text(f"{self.b.matching('m')} LIMIT {MAX_CHECKED}"), {"m": expr}))
        stored = StoredTexts(self.session)
        check = Check(node)
        kept = []
        for start in range(0, len(found), 500):
            chunk = found[start:start + 500]
            stored.load(chunk)
            kept += [i for i in chunk if check.passes(stored, i)]
            stored.forget(chunk)
        return kept

    def _list(self, values: tuple[str, ...]) -> str:
        return ", ".join(f":{self.bind(v)}" for v in values)

    # --- the statements ---------------------------------------------------------------------------

    def prepare(self, tree: Node) -> None:
        """Split the query: the text terms every result must match become one match expression
        (``words``; ``title_words`` the same with the positive words in a title), the rest plain SQL
        conditions (``conditions``)."""
        children = list(tree.children) if isinstance(tree, And) else [tree]
        positives, negatives, rest, checked = [], [], [], []
        for child in children:
            if isinstance(child, Not) and self.match(child.child) is not None:
                (negatives if self.exact(child.child) else checked).append(child.child)
            elif not isinstance(child, Not) and self.match(child) is not None:
                positives.append(child)
            else:
                rest.append(child)
        self.words: str | None = None
        self.title_words: str | None = None
        self.title_only_words: str | None = None  # the positive words in a title, nothing excluded
        self.excludes = bool(negatives)
        self.prefixed = any(isinstance(t, Term) and t.prefix for c in positives for t in _terms(c))
        if positives:
            self.words = self._words(positives, negatives, title_only=False)
            self.title_words = self._words(positives, negatives, title_only=True)
            self.title_only_words = self._words(positives, [], title_only=True)
            if checked or not all(self.exact(p) for p in positives):
                self.check = Check(And((*positives, *(Not(n) for n in negatives + checked))))
        else:
            rest += [Not(n) for n in negatives + checked]
        self.conditions = [self.condition(c) for c in rest]
        self.one_kind = any(isinstance(c, KindIs) and len(c.kinds) == 1 for c in rest)

    def _words(self, positives: list[Node], negatives: list[Node], title_only: bool) -> str:
        expr = self.b.combine("AND", [self.match(c, title_only) for c in positives])  # type: ignore[misc]
        return self.b.negate_within(expr, [self.match(c) for c in negatives]) if negatives else expr  # type: ignore[misc]

    def _where(self, *conditions: str) -> str:
        return " AND ".join([*conditions, *self.conditions]) or "1 = 1"

    def count_words(self, cap: int) -> Statement:
        """How many entries match the words, counting no further than ``cap``."""
        assert self.words is not None
        return Statement(f"SELECT count(*) FROM ({self.b.matching(self.bind(self.words))} "
                         f"LIMIT :{self.bind(cap)}) x", self.params)

    def filtered_ids(self, cap: int) -> Statement:
        """The ids of (at most ``cap``) entries the conditions let through."""
        return Statement(f"SELECT e.id FROM search_entries e WHERE {self._where()} LIMIT :{self.bind(cap)}",
                         self.params)

    def ranked(self, limit: int, top: bool = True) -> Statement:
        """Every match ranked: the record's own fields before the text of its files, then by BM25 (title
        words weigh more), then newest first. ``top``: the backend's quicker statement where it has one,
        which ranks by BM25 alone (right as long as no file's text is among the rows it gives)."""
        assert self.words is not None
        if not self.conditions and top:
            best = self.b.ranked_top(self.bind(self.words), self.bind(int(limit)))
            if best is not None:
                return Statement(f"SELECT {COLUMNS}, r.score AS score FROM {best} "
                                 f"ORDER BY r.score, {self.b.newest('e')}", self.params, True)
        assert self.title_words is not None
        source, match, score = self.b.ranked_from(self.bind(self.words), self.bind(self.title_words))
        return Statement(f"SELECT {COLUMNS}, {score} AS score FROM {source} WHERE {self._where(match)} "
                         f"ORDER BY CASE WHEN {IN_FILE} THEN 1 ELSE 0 END, {self.b.rank_order}, "
                         f"{self.b.newest('e')} LIMIT :{self.bind(int(limit))}", self.params, True)

    def newest_matches(self, limit: int, title_only: bool, exclude: list[int], among: list[int] | None,
                       files: bool | None = None) -> Statement:
        """The newest ``limit`` matches (of the words in a title, or anywhere), reading no more of the
        index than it takes; not those in ``exclude``; only those in ``among`` when given; only the
        text of files (``files``), or only the records' own fields (``not files``), or both (None)."""
        assert self.words is not None and self.title_words is not None and self.title_only_words is not None
        if title_only:
            source, match, order = self.b.newest_in_titles_from(
                self.bind(self.title_words), self.bind(self.title_only_words),
                self.bind(self.words) if self.excludes else None)
        else:
            source, match, order = self.b.newest_from(self.bind(self.words))
        extra = [match]
        if exclude:
            extra.append(f"e.id NOT IN ({id_list(exclude)})")
        if among is not None:
            extra.append(self.b.among(among))
        if files is not None:
            extra.append(IN_FILE if files else f"NOT {IN_FILE}")
        return Statement(f"SELECT {COLUMNS}, {2.0 if title_only else 1.0} AS score FROM {source} "
                         f"WHERE {self._where(*extra)} ORDER BY {order} LIMIT :{self.bind(int(limit))}",
                         self.params, True)

    def filters_only(self, limit: int) -> Statement:
        """No words to match: what the filters let through, newest first. With the narrow entry rows
        the planner's own choice (a filter's index, or the table in date order) takes milliseconds;
        one kind is read from the (kind, day) index, already in order."""
        order = self.b.newest_by_day("e") if self.one_kind else self.b.newest("e")
        return Statement(f"SELECT {COLUMNS}, 0 AS score FROM search_entries e WHERE {self._where()} "
                         f"ORDER BY {order} LIMIT :{self.bind(int(limit))}", self.params)


# --- team: and party: values → ids ---------------------------------------------------------------

MAX_FACET_IDS = 2000


def resolve_facets(tree: Node, session: Session, backend: Backend, messages: list[str]) -> Node:
    """Replace each ``team:``/``party:`` filter by the ids it names: by id, by city (parties), by a
    phrase in the names (any language) — or, when no name has it, anywhere in the team's or
    organization's texts (team:環境 finds the team named 环保组 whose description speaks of 环境)."""
    if isinstance(tree, FacetMatch):
        return _resolve(tree, session, backend, messages)
    if isinstance(tree, Not):
        return Not(resolve_facets(tree.child, session, backend, messages))
    if isinstance(tree, And | Or):
        return type(tree)(tuple(resolve_facets(c, session, backend, messages) for c in tree.children))
    return tree


def _resolve(node: FacetMatch, session: Session, backend: Backend, messages: list[str]) -> FacetIds:
    target = "team" if node.facet == "team" else "organization"
    raw = node.text.strip()
    found: dict[str, None] = {}  # in order, each once
    ws = query_words(raw)
    steps = [("t.record_id = :raw OR t.record_id = :folded", {"raw": raw, "folded": raw.casefold()})]
    if node.facet == "party":
        steps[0] = (steps[0][0] + " OR t.city = :city", {**steps[0][1], "city": CITY_NAMES.get(fold(raw), fold(raw))})
    if ws:
        steps.append((backend.matches("t", "m"), {"m": backend.phrase(ws, title_only=True)}))
        steps.append((backend.matches("t", "m"), {"m": backend.phrase(ws)}))
    for i, (condition, params) in enumerate(steps):
        rows = session.execute(text(
            f"SELECT DISTINCT t.record_id FROM search_entries t WHERE t.kind = :kind AND ({condition}) "
            f"LIMIT {MAX_FACET_IDS}"), {"kind": target, **params}).scalars().all()
        found.update(dict.fromkeys(rows))
        if found and i >= 1:  # names matched: the wider look through descriptions is not needed
            break
    if not found:
        messages.append(f"{node.facet}:{raw} — no {'team' if target == 'team' else 'organization'} "
                        f"by that name")
    return FacetIds(node.facet, tuple(found)[:MAX_FACET_IDS])
