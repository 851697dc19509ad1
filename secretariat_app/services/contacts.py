"""Contact sheets in: people and their organizations from a mapped table, checked as a whole, with the
duplicates of people and organizations already kept found and decided on, then written in one
transaction through the same write path as a clerk's save (the rules, the audit trail, the search index).

A *plan* says what the sheet would do, row by row: add a person or an organization, update one (the
sheet's ``id`` column names it), or meet a *duplicate*: a person with the same e-mail address, or with the
same name in any of the three languages or scripts (金敏智 and 金敏智 in traditional characters, "KIM
Minji" and "Minji Kim"), an organization with the same name in any language. The clerk decides each
duplicate: merge (the sheet fills in what the record lacks), keep both, or skip the row.

All or nothing: one refused row (a bad e-mail, a name of 4,000 characters, a formula) and nothing is
written; every problem is named by its row and column.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import documents
from ..domain import models as m
from ..domain.vocab import LANGUAGES
from ..errors import Problem, SecretariatError, ValidationError
from .contact_sheets import ContactTable
from .lookup import ID_PREFIX, slug
from .store import Context, validate

MERGE, KEEP_BOTH, SKIP = "merge", "keep", "skip"
CHOICES = (MERGE, KEEP_BOTH, SKIP)
CITY_NAMES = {"서울": "seoul", "首尔": "seoul", "首爾": "seoul", "seoul": "seoul", "汉城": "seoul",
              "베이징": "beijing", "북경": "beijing", "北京": "beijing", "beijing": "beijing", "peking": "beijing"}


@dataclass(frozen=True)
class RowProblem:
    """A problem of one cell (or one row, with ``column`` ""): named by the file's row and column."""

    row: int
    column: str
    problem: Problem

    def __str__(self) -> str:
        where = f"row {self.row}, column {self.column!r}" if self.column else f"row {self.row}"
        return f"{where}: {self.problem.message}"


class ContactSheetRefused(ValidationError):
    """The sheet cannot be imported as it is: nothing was written."""

    def __init__(self, problems: Sequence[RowProblem]):
        self.row_problems = list(problems)
        super().__init__([Problem(f"row {p.row}" + (f", {p.column!r}" if p.column else ""), p.problem.code,
                                  p.problem.values) for p in problems])


@dataclass
class Step:
    """What one row does to one record."""

    row: int
    kind: str  # person, organization
    action: str  # add, update, unchanged, duplicate
    doc: dict[str, Any]  # the record as the sheet gives it (a new record's id is chosen already)
    existing: dict[str, Any] | None = None  # the stored record it updates or duplicates
    reasons: tuple[str, ...] = ()  # a duplicate's: email, name
    choice: str = MERGE  # a duplicate's: merge, keep, skip

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.row}"


@dataclass
class Plan:
    table: ContactTable
    mapping: dict[str, str]
    steps: list[Step] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def duplicates(self) -> list[Step]:
        return [s for s in self.steps if s.action == "duplicate"]

    def counts(self) -> dict[str, int]:
        """How many records would be added, updated (merged), kept as they are or skipped."""
        out = {"add": 0, "update": 0, "unchanged": 0, "skip": 0}
        for s in self.steps:
            action = s.action if s.action != "duplicate" else {MERGE: "update", KEEP_BOTH: "add", SKIP: "skip"}[s.choice]
            out[action] += 1
        return out

    def decide(self, choices: Mapping[str, str]) -> None:
        """The clerk's decisions, by step key ("person:12") → merge, keep or skip."""
        for s in self.duplicates:
            if s.key in choices:
                if choices[s.key] not in CHOICES:
                    raise SecretariatError(f"{choices[s.key]!r} is not one of {', '.join(CHOICES)}")
                s.choice = choices[s.key]


# --- matching names across languages and scripts ------------------------------------------------------


@lru_cache(maxsize=1)
def _simplified() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def name_keys(value: Mapping[str, str] | None) -> set[str]:
    """The ways a name is the same name: every language's text, in one script (simplified Chinese,
    compatibility forms folded, case and accents ignored) and, for Latin names, in any word order."""
    keys: set[str] = set()
    for text in (value or {}).values():
        if not isinstance(text, str) or not text.strip():
            continue
        folded = unicodedata.normalize("NFKC", text).casefold()
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
        folded = _simplified().convert(folded)
        words = re.findall(r"\w+", folded)
        if not words:
            continue
        keys.add("".join(words))
        if all(w.isascii() for w in words):
            keys.add(" ".join(sorted(words)))  # "Minji Kim" is "Kim Minji"
    return keys


class _Known:
    """The stored people and organizations, indexed by e-mail and by name key."""

    def __init__(self, session: Session):
        self.session = session
        self.people: dict[str, m.Person] = {}
        self.by_email: dict[str, str] = {}
        self.person_names: dict[str, list[str]] = {}
        self.org_names: dict[str, list[str]] = {}
        self.orgs: dict[str, dict[str, Any]] = {}
        for p in session.execute(select(m.Person.id, m.Person.name, m.Person.email)
                                 .where(m.Person.deleted_at.is_(None))):
            if p.email:
                self.by_email.setdefault(p.email.strip().casefold(), p.id)
            for key in name_keys(p.name):
                self.person_names.setdefault(key, []).append(p.id)
        for o in session.execute(select(m.Organization.id, m.Organization.name, m.Organization.short_name,
                                        m.Organization.city).where(m.Organization.deleted_at.is_(None))):
            self.orgs[o.id] = {"name": o.name, "city": o.city}
            for key in name_keys(o.name) | name_keys(o.short_name):
                self.org_names.setdefault(key, []).append(o.id)

    def person_match(self, doc: Mapping[str, Any]) -> tuple[str, tuple[str, ...]] | None:
        reasons: dict[str, list[str]] = {}
        email = (doc.get("email") or "").strip().casefold()
        if email and email in self.by_email:
            reasons.setdefault(self.by_email[email], []).append("email")
        for key in name_keys(doc.get("name")):
            for pid in self.person_names.get(key, []):
                if "name" not in reasons.get(pid, []):
                    reasons.setdefault(pid, []).append("name")
        if not reasons:
            return None
        best = max(reasons, key=lambda pid: (len(reasons[pid]), "email" in reasons[pid]))
        return best, tuple(reasons[best])

    def organization(self, name: Mapping[str, str]) -> str | None:
        for key in name_keys(name):
            found = self.org_names.get(key)
            if found:
                return found[0]
        return None


# --- the plan -----------------------------------------------------------------------------------------


class _Ids:
    """New ids, unused in the database and in the plan (person-kim-minji, org-seoul-city-hall-2, …)."""

    def __init__(self, session: Session):
        self.taken: dict[str, set[str]] = {}
        self.session = session

    def new(self, kind: str, names: Mapping[str, str]) -> str:
        if kind not in self.taken:
            cls: Any = m.RECORD_CLASSES[kind]
            self.taken[kind] = set(self.session.scalars(select(cls.id).where(cls.id.like(f"{ID_PREFIX[kind]}-%"))))
        words = slug(names.get("en", "")) or slug(next(iter(names.values()), "")) or "imported"
        stem = f"{ID_PREFIX[kind]}-{words}"[:90].rstrip("-")
        candidate, n = stem, 2
        while candidate in self.taken[kind]:
            candidate, n = f"{stem}-{n}", n + 1
        self.taken[kind].add(candidate)
        return candidate


def _values(table: ContactTable, mapping: Mapping[str, str], cells: Sequence[Any]) -> dict[str, tuple[str, str]]:
    """field → (text, column header) of one row."""
    out = {}
    for i, header in enumerate(table.headers):
        target = mapping.get(header)
        if target and i < len(cells) and cells[i].text:
            out[target] = (cells[i].text, header)
    return out


def _lm(values: Mapping[str, tuple[str, str]], prefix: str) -> dict[str, str] | None:
    out = {lang: values[f"{prefix}.{lang}"][0] for lang in LANGUAGES if f"{prefix}.{lang}" in values}
    return out or None


def _city(text: str) -> str:
    return CITY_NAMES.get(text.strip().casefold(), CITY_NAMES.get(text.strip(), text.strip()))


def plan(session: Session, table: ContactTable, mapping: Mapping[str, str]) -> Plan:
    """What importing the table with this mapping would do, without writing anything."""
    result = Plan(table, dict(mapping))
    fields = set(mapping.values())
    if not table.rows:
        result.problems.append(RowProblem(1, "", Problem("", "sheet_empty")))
        return result
    names = {f"{kind}.name.{lang}" for kind in ("person", "organization") for lang in LANGUAGES}
    if not fields & names:
        result.problems.append(RowProblem(1, "", Problem("", "no_name_column")))
        return result
    known = _Known(session)
    ids = _Ids(session)
    new_orgs: dict[str, str] = {}  # name key → the id given to an organization the sheet adds
    seen_people: dict[str, int] = {}  # e-mail or name key → the row that had it first
    for row, cells in table.rows:
        for i, cell in enumerate(cells):
            if cell.formula and i < len(table.headers) and mapping.get(table.headers[i]):
                result.problems.append(RowProblem(row, table.headers[i], Problem("", "formula_in_cell")))
        values = _values(table, mapping, cells)
        org_name = _lm(values, "organization.name")
        org_id = None
        if org_name:
            org_id = known.organization(org_name) or next((new_orgs[k] for k in name_keys(org_name) if k in new_orgs),
                                                          None)
            if org_id is None:
                city = _city(values["organization.city"][0]) if "organization.city" in values else ""
                if not city:
                    column = next(h for h, f in mapping.items() if f.startswith("organization.name"))
                    result.problems.append(RowProblem(row, column, Problem("", "organization_needs_city")))
                    continue
                org_id = ids.new("organization", org_name)
                doc = {"id": org_id, "name": org_name, "city": city, "kind": "other"}
                for key in name_keys(org_name):
                    new_orgs[key] = org_id
                result.steps.append(Step(row, "organization", "add", doc))
        person_name = _lm(values, "person.name")
        if not person_name and not any(k.startswith("person.") for k in values):
            continue  # a row of an organization alone
        doc = {"name": person_name, "position": _lm(values, "person.position"), "organization": org_id,
               "email": values.get("person.email", ("", ""))[0] or None,
               "phone": values.get("person.phone", ("", ""))[0] or None,
               "notes": values.get("person.notes", ("", ""))[0] or None}
        twice = [seen_people[k] for k in [*(name_keys(person_name)), (doc["email"] or "").casefold()]
                 if k and k in seen_people]
        if twice:
            column = next((h for h, f in mapping.items() if f.startswith("person.name")), "")
            result.problems.append(RowProblem(row, column, Problem("", "row_twice_in_sheet", {"row": twice[0]})))
            continue
        for k in [*name_keys(person_name), (doc["email"] or "").casefold()]:
            if k:
                seen_people[k] = row
        given_id = values.get("person.id", ("", ""))[0]
        stored = session.get(m.Person, given_id) if given_id else None
        if stored is not None and stored.deleted_at is None:
            existing = documents.to_doc("person", stored)
            merged = merge_into(existing, doc)
            result.steps.append(Step(row, "person", "unchanged" if merged == existing else "update",
                                     merged, existing))
            continue
        match = known.person_match(doc)
        if match is not None:
            existing = documents.to_doc("person", known.session.get(m.Person, match[0]))  # type: ignore[arg-type]
            result.steps.append(Step(row, "person", "duplicate", doc, existing, match[1]))
            continue
        doc["id"] = given_id or ids.new("person", person_name or {"en": doc.get("email") or "imported"})
        result.steps.append(Step(row, "person", "add", doc))
    return result


def merge_into(existing: Mapping[str, Any], incoming: Mapping[str, Any]) -> dict[str, Any]:
    """The stored record with what the sheet adds: languages it lacks, fields it leaves blank. What the
    record holds already is kept (the clerk's records are not overwritten by a counterpart's list)."""
    out = dict(existing)
    for key, value in incoming.items():
        if key == "id" or value in (None, "", {}):
            continue
        if isinstance(value, Mapping):
            current = dict(out.get(key) or {})
            for lang, text in value.items():
                if not current.get(lang):
                    current[lang] = text
            out[key] = current
        elif not out.get(key):
            out[key] = value
    return out


# --- writing ------------------------------------------------------------------------------------------

_COLUMN_OF = {"name": "person.name", "position": "person.position", "email": "person.email",
              "phone": "person.phone", "notes": "person.notes", "organization": "organization.name",
              "city": "organization.city"}


def _column(plan_: Plan, step: Step, place: str) -> str:
    """The sheet's column a problem's place comes from ("name.ko" → the column mapped to person.name.ko)."""
    head, _, lang = place.partition(".")
    target = _COLUMN_OF.get(head, "")
    if step.kind == "organization" and head == "name":
        target = "organization.name"
    wanted = f"{target}.{lang}" if lang in LANGUAGES else target
    for header, mapped in plan_.mapping.items():
        if mapped == wanted or (mapped.startswith(wanted + ".") and not lang):
            return header
    return ""


def apply(ctx: Context, plan_: Plan, tally: Any) -> dict[str, int]:
    """Write the plan in the caller's transaction; refuse it whole, each problem by row and column."""
    from . import store

    problems = list(plan_.problems)
    if problems:
        raise ContactSheetRefused(problems)
    written = {"add": 0, "update": 0, "unchanged": 0, "skip": 0}
    for step in plan_.steps:
        doc, action = step.doc, step.action
        if action == "duplicate":
            if step.choice == SKIP:
                written["skip"] += 1
                continue
            if step.choice == MERGE:
                doc, action = merge_into(step.existing or {}, step.doc), "update"
            else:
                doc = {**doc, "id": doc.get("id") or _Ids(ctx.session).new("person", doc.get("name") or {})}
                action = "add"
        if action == "unchanged":
            written["unchanged"] += 1
            continue
        found = validate(ctx.session, step.kind, doc)
        if found:
            problems += [RowProblem(step.row, _column(plan_, step, p.place), replace(p, place="")) for p in found]
            continue
        change = store.save(ctx, step.kind, doc, store.ANY_VERSION if action == "update" else None, checked=True)
        tally.add(change)
        written["add" if action == "add" else "update" if change is not None else "unchanged"] += 1
        ctx.session.flush()
    if problems:
        raise ContactSheetRefused(problems)
    return written


def steps_of(plan_: Plan, kind: str) -> Iterable[Step]:
    return (s for s in plan_.steps if s.kind == kind)
