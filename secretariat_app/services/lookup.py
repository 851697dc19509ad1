"""Finding records by name for pickers: type-ahead in any language, labels for ids, who links to a record.

A clerk types "北京", "베이징" or "Beijing" and expects the same organization, whatever language the
interface shows. Names are language maps stored as JSON; each language is matched separately
(``name->>'ko'`` on PostgreSQL, ``json_extract`` on SQLite), so Korean and Chinese texts are compared
as text, not as the JSON escapes SQLite stores them as.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import Session

from ..domain import models as m
from ..domain.documents import local_time
from ..domain.langmap import LangMap, pick
from ..domain.reference_numbers import next_reference
from ..domain.vocab import LANGUAGES
from ..storage.database import Database
from .references import REFERENCES

DEFAULT_LIMIT = 25

# The prefix of new ids per kind, as in the demo archive (org-smg, person-park-won-soon, agr-…).
ID_PREFIX = {
    "organization": "org",
    "person": "person",
    "team": "team",
    "agreement": "agr",
    "meeting": "mtg",
    "visit": "visit",
    "template": "tpl",
}


@dataclass(frozen=True)
class Choice:
    """One record as a picker shows it."""

    kind: str
    id: str
    names: LangMap  # the record's name or title in every language it has
    label: str  # the name in the asked language (or the first one recorded)
    detail: str = ""  # what tells two similar names apart: short name, position, reference
    city: str | None = None  # an organization's, a meeting's or a visit's city (a code or a name)
    status: str | None = None  # a team's or an agreement's status (a vocabulary value)
    when: date | None = None  # a meeting's day, an agreement's signing, a visit's start
    other_names: tuple[str, ...] = field(default=())  # the names in the other languages


def _name_columns(kind: str) -> list[Any]:
    cls: Any = m.RECORD_CLASSES[kind]
    if kind == "organization":
        return [cls.name, cls.short_name]
    if kind in ("person", "team", "template"):
        return [cls.name]
    return [cls.title]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _matches(kind: str, words: Sequence[str]) -> ColumnElement[bool]:
    """Every word appears in one of the record's names (any language), its id or its reference."""
    cls: Any = m.RECORD_CLASSES[kind]
    conditions = []
    for word in words:
        pattern = f"%{_escape_like(word)}%"
        alternatives = [cls.id.ilike(pattern, escape="\\")]
        for column in _name_columns(kind):
            alternatives += [column[lang].as_string().ilike(pattern, escape="\\") for lang in LANGUAGES]
        if kind == "agreement":
            alternatives.append(cls.reference.ilike(pattern, escape="\\"))
        conditions.append(or_(*alternatives))
    return and_(*conditions)


def _query(kind: str, live_only: bool = True) -> Select[Any]:
    """The columns a :class:`Choice` is made of, in a useful order (live records only, unless told)."""
    cls: Any = m.RECORD_CLASSES[kind]
    if kind == "organization":
        q = select(cls.id, cls.name, cls.city, cls.kind, cls.short_name).order_by(cls.city, cls.id)
    elif kind == "person":
        q = select(cls.id, cls.name, cls.position, cls.organization_id).order_by(cls.id)
    elif kind == "team":
        q = select(cls.id, cls.name, cls.status).order_by(cls.id)
    elif kind == "agreement":
        q = select(cls.id, cls.title, cls.reference, cls.status, cls.signed_on).order_by(
            cls.signed_on.desc(), cls.id)
    elif kind == "meeting":
        q = select(cls.id, cls.title, cls.city, cls.starts_at, cls.starts_offset).order_by(
            cls.starts_at.desc(), cls.id)
    elif kind == "visit":
        q = select(cls.id, cls.title, cls.destination_city, cls.starts_on).order_by(cls.starts_on.desc(), cls.id)
    elif kind == "template":
        q = select(cls.id, cls.name, cls.kind).order_by(cls.id)
    else:
        raise ValueError(f"unknown kind of record {kind!r}")
    return q.where(cls.deleted_at.is_(None)) if live_only else q


def _choice(kind: str, row: Any, lang: str, org_names: dict[str, LangMap]) -> Choice:
    names: LangMap = row[1] or {}
    label, _ = pick(names, lang)
    others = tuple(t for code, t in names.items() if code != lang and t and t != label)
    detail, city, status, when = "", None, None, None
    if kind == "organization":
        detail = pick(row[4], lang)[0] if row[4] else ""
        city = row[2]
    elif kind == "person":
        position = pick(row[2], lang)[0] if row[2] else ""
        org = pick(org_names.get(row[3]), lang)[0] if row[3] else ""
        detail = ", ".join(x for x in (position, org) if x)
    elif kind == "team":
        status = row[2]
    elif kind == "agreement":
        detail, status, when = row[2] or "", row[3], row[4]
    elif kind == "meeting":
        city, when = row[2], local_time(row[3], row[4]).date()
    elif kind == "visit":
        city, when = row[2], row[3]
    elif kind == "template":
        status = row[2]  # the meeting kind it makes
    return Choice(kind, row[0], names, label or row[0], detail, city, status, when, others)


class Lookup:
    """Read-only look-ups for pickers; each call is one short reading unit of work."""

    def __init__(self, db: Database):
        self.db = db

    def search(self, kind: str, text: str, lang: str = "en", limit: int = DEFAULT_LIMIT,
               exclude: Iterable[str] = ()) -> list[Choice]:
        """Live records whose name (in any language), id or reference contains every typed word."""
        words = [w for w in unicodedata.normalize("NFC", text).split() if w]
        query = _query(kind)
        cls: Any = m.RECORD_CLASSES[kind]
        if words:
            query = query.where(_matches(kind, words))
        skip = list(exclude)
        if skip:
            query = query.where(cls.id.not_in(skip))
        with self.db.reading() as uow:
            rows = list(uow.session.execute(query.limit(limit)))
            return self._choices(uow.session, kind, rows, lang)

    def choices(self, kind: str, ids: Iterable[str], lang: str = "en", live_only: bool = False) -> dict[str, Choice]:
        """The records with these ids (trashed ones too, unless told: an old link still has a name)."""
        wanted = list(dict.fromkeys(i for i in ids if i))
        if not wanted:
            return {}
        cls: Any = m.RECORD_CLASSES[kind]
        query = _query(kind, live_only=live_only).where(cls.id.in_(wanted))
        with self.db.reading() as uow:
            rows = list(uow.session.execute(query))
            found = {c.id: c for c in self._choices(uow.session, kind, rows, lang)}
        return {i: found[i] for i in wanted if i in found}

    def choice(self, kind: str, record_id: str, lang: str = "en") -> Choice | None:
        return self.choices(kind, [record_id], lang).get(record_id)

    def linked(self, kind: str, record_id: str, lang: str = "en") -> list[Choice]:
        """The live records that refer to this one (a team's agreements and meetings, ...)."""
        owners: dict[str, set[str]] = {}
        with self.db.reading() as uow:
            # One indexed look-up per referring column; liveness is checked on the few owners found
            # (not with "owner in all live records", which is slow on a large archive).
            for target, column, owner_col, owner_kind in REFERENCES:
                if target == kind:
                    found = uow.session.scalars(select(owner_col).distinct().where(column == record_id))
                    owners.setdefault(owner_kind, set()).update(found)
        owners.get(kind, set()).discard(record_id)
        out: list[Choice] = []
        for other, ids in owners.items():
            if ids:
                out += self.choices(other, sorted(ids), lang, live_only=True).values()
        return out

    def new_id(self, kind: str, names: LangMap | None, extra: str = "") -> str:
        """A readable unused id: ``team-environment``, ``mtg-2016-03-15-env``; a number keeps it unique."""
        base = ID_PREFIX[kind]
        words = "-".join(x for x in (extra, slug((names or {}).get("en", ""))) if x)
        stem = f"{base}-{words}" if words else f"{base}-new"
        stem = stem[:90].rstrip("-")
        cls: Any = m.RECORD_CLASSES[kind]
        with self.db.reading() as uow:
            taken = set(uow.session.scalars(select(cls.id).where(cls.id.like(f"{_escape_like(stem)}%", escape="\\"))))
        if stem not in taken and words:
            return stem
        n = 2 if words else 1
        while f"{stem}-{n}" in taken:
            n += 1
        return f"{stem}-{n}"

    def next_reference(self, year: int) -> str:
        """The agreement reference to suggest for ``year``, in the council's pattern (trashed ones count:
        a number is never given twice)."""
        with self.db.reading() as uow:
            taken = list(uow.session.scalars(select(m.Agreement.reference).where(m.Agreement.reference.is_not(None))))
        return next_reference(taken, year)

    def organization_of(self, person_id: str, among: Iterable[str]) -> str | None:
        """Which of the organizations ``among`` the person works for: their own, or one it belongs to
        (a department of the Seoul Metropolitan Government signs for the SMG)."""
        wanted = set(among)
        with self.db.reading() as uow:
            org = uow.session.scalar(select(m.Person.organization_id).where(m.Person.id == person_id))
            for _ in range(20):  # the rules refuse cycles; a bound keeps a damaged file from looping
                if org is None or org in wanted:
                    return org
                org = uow.session.scalar(select(m.Organization.parent_id).where(m.Organization.id == org))
        return None

    def first_member(self, team_id: str) -> str | None:
        """The team's first member (the council lists its coordinator first)."""
        with self.db.reading() as uow:
            return uow.session.scalar(select(m.TeamMember.person_id).where(m.TeamMember.team_id == team_id)
                                      .order_by(m.TeamMember.position).limit(1))

    def _choices(self, session: Session, kind: str, rows: list[Any], lang: str) -> list[Choice]:
        org_names: dict[str, LangMap] = {}
        if kind == "person":
            org_ids = {r[3] for r in rows if r[3]}
            if org_ids:
                # A person's organization by its short name when it has one ("SMG"), else its name.
                rows_org = session.execute(
                    select(m.Organization.id, m.Organization.short_name, m.Organization.name)
                    .where(m.Organization.id.in_(org_ids)))
                org_names = {r[0]: r[1] or r[2] for r in rows_org}
        return [_choice(kind, row, lang, org_names) for row in rows]


_SLUG_DROP = re.compile(r"[^a-z0-9]+")
_SLUG_SKIP = {"the", "of", "on", "and", "a", "an", "for", "in", "under", "to"}


def slug(text: str, words: int = 4) -> str:
    """``"MOU on the Environment Team"`` → ``"mou-environment-team"`` (ASCII letters and digits only)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    parts = [p for p in _SLUG_DROP.split(ascii_text) if p and p not in _SLUG_SKIP]
    return "-".join(parts[:words])


class CachingLookup(Lookup):
    """A :class:`Lookup` that remembers the names it has given (an editor shows the same linked
    people in many lists); :meth:`prefetch` loads a record's links in one query per kind."""

    def __init__(self, db: Database):
        super().__init__(db)
        self._known: dict[tuple[str, str, str], Choice | None] = {}

    def choices(self, kind: str, ids: Iterable[str], lang: str = "en", live_only: bool = False) -> dict[str, Choice]:
        if live_only:
            return super().choices(kind, ids, lang, live_only)
        wanted = list(dict.fromkeys(i for i in ids if i))
        missing = [i for i in wanted if (kind, i, lang) not in self._known]
        if missing:
            found = super().choices(kind, missing, lang)
            for i in missing:
                self._known[(kind, i, lang)] = found.get(i)
        out = {i: self._known[(kind, i, lang)] for i in wanted}
        return {i: c for i, c in out.items() if c is not None}

    def prefetch(self, links: Iterable[tuple[str, str]], lang: str) -> None:
        by_kind: dict[str, list[str]] = {}
        for kind, record_id in links:
            by_kind.setdefault(kind, []).append(record_id)
        for kind, ids in by_kind.items():
            self.choices(kind, ids, lang)

    def forget(self) -> None:
        """Names may have changed (another record was saved): ask the database again."""
        self._known.clear()
