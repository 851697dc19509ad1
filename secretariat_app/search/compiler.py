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

from .backends import Backend
from .query import (
    CITY_NAMES,
    And,
    DateIn,
    FacetMatch,
    HasAttachment,
    KindIs,
    LangIs,
    Node,
    Not,
    Or,
    Term,
    ValueIn,
)
from .words import fold, query_words

COLUMNS = ("e.id, e.kind, e.record_kind, e.record_id, e.part, e.title, e.texts, e.status, e.day, e.due_on")


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
    def __init__(self, backend: Backend):
        self.b = backend
        self.params: dict[str, Any] = {}

    def bind(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return name

    # --- the match language ----------------------------------------------------------------------

    def match(self, node: Node) -> str | None:
        """The node as one match expression, or None if it is not pure text the language can say."""
        if isinstance(node, Term):
            return self.b.phrase(node.words())
        if isinstance(node, Or):
            parts = [self.match(c) for c in node.children]
            return None if None in parts else self.b.combine("OR", parts)  # type: ignore[arg-type]
        if isinstance(node, And):
            positives = [self.match(c) for c in node.children if not isinstance(c, Not)]
            negatives = [self.match(c.child) for c in node.children if isinstance(c, Not)]
            if not positives or None in positives or None in negatives:
                return None
            combined = self.b.combine("AND", positives)  # type: ignore[arg-type]
            return self.b.negate_within(combined, negatives) if negatives else combined  # type: ignore[arg-type]
        if isinstance(node, Not):
            inner = self.match(node.child)
            return self.b.negate(inner) if inner is not None else None
        return None

    # --- plain SQL -------------------------------------------------------------------------------

    def condition(self, node: Node) -> str:
        expr = self.match(node) if not isinstance(node, Not) else None
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
        if isinstance(node, FacetIds):
            return self.facet(node)
        raise TypeError(f"cannot compile {node!r}")

    def facet(self, node: FacetIds) -> str:
        if not node.ids:
            return "1 = 0"
        return (f"(e.record_kind, e.record_id) IN (SELECT f.record_kind, f.record_id FROM search_facets f "
                f"WHERE f.facet = :{self.bind(node.facet)} AND f.value IN ({self._list(node.ids)}))")

    def _list(self, values: tuple[str, ...]) -> str:
        return ", ".join(f":{self.bind(v)}" for v in values)

    # --- the statement ---------------------------------------------------------------------------

    def compile(self, tree: Node, limit: int) -> Statement:
        children = list(tree.children) if isinstance(tree, And) else [tree]
        positives, negatives, rest = [], [], []
        for child in children:
            if isinstance(child, Not) and self.match(child.child) is not None:
                negatives.append(child)
            elif not isinstance(child, Not) and self.match(child) is not None:
                positives.append(child)
            else:
                rest.append(child)
        ranked = None
        if positives:
            ranked = self.b.combine("AND", [self.match(c) for c in positives])  # type: ignore[misc]
            if negatives:
                within = self.b.negate_within(ranked, [self.match(c.child) for c in negatives])  # type: ignore[misc]
                if within is None:
                    rest += negatives
                else:
                    ranked = within
        else:
            rest += negatives
        conditions = [self.condition(c) for c in rest]
        top = self.b.ranked_top(self.bind(ranked), self.bind(int(limit))) if ranked and not conditions else None
        if top is not None:
            return Statement(f"SELECT {COLUMNS}, r.score AS score FROM {top} ORDER BY r.score, e.day DESC NULLS LAST, "
                             f"e.id", self.params, True)
        if ranked is not None:
            source, match, score = self.b.ranked_from(self.bind(ranked))
            where = " AND ".join([match, *conditions])
            order = f"{self.b.rank_order}, e.day DESC NULLS LAST, e.id"
        else:
            source, score = "search_entries e", "0"
            where = " AND ".join(conditions) or "1 = 1"
            order = "e.day DESC NULLS LAST, e.id DESC"
        sql = (f"SELECT {COLUMNS}, {score} AS score FROM {source} WHERE {where} "
               f"ORDER BY {order} LIMIT :{self.bind(int(limit))}")
        return Statement(sql, self.params, ranked is not None)


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
    found: list[str] = []
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
        found += [r for r in rows if r not in found]
        if found and i >= 1:  # names matched: the wider look through descriptions is not needed
            break
    if not found:
        messages.append(f"{node.facet}:{raw} — no {'team' if target == 'team' else 'organization'} "
                        f"by that name")
    return FacetIds(node.facet, tuple(found[:MAX_FACET_IDS]))
