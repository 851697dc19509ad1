"""The record lists of the desktop app, as plain queries: ids in order, then rows for a page of ids.

A list never loads all its rows. :func:`ids` returns the ids of the live records that match a
:class:`ListQuery`, sorted (one cheap query, indexes where it matters); :func:`rows` returns the
columns of a page of those ids. The table model holds the ids and asks for pages as the clerk
scrolls, as Anki's browser does, so a list of 100 000 meetings opens at once.

Texts are language maps; they are matched in every language (``json_extract`` on SQLite, ``->>`` on
PostgreSQL, both through SQLAlchemy's JSON index), so "환경", "环境" and "environment" all find the
Environment Team. Values come out plain: language maps, dates, vocabulary codes; the UI formats them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..domain import models as m
from ..domain.documents import local_time
from ..domain.vocab import AGREEMENT_STATUSES, LANGUAGES, MEETING_KINDS, MINUTES_STATUSES, TEAM_STATUSES
from ..storage.database import Database

Row = dict[str, Any]
NO_MINUTES = "none"  # the meetings facet value of a meeting without minutes


@dataclass(frozen=True)
class ListQuery:
    kind: str
    text: str = ""  # words that must all appear (any language, any text column)
    facet: str | None = None  # a status (or city, or minutes state) to keep; None for all
    sort: str | None = None  # a column key; None for the list's default order
    descending: bool | None = None  # None: the column's natural direction
    lang: str = "en"  # the language names are sorted in
    organizations: tuple[str, ...] | None = None  # people only: members of these organizations


@dataclass(frozen=True)
class Column:
    key: str
    # The SQL the list sorts by (given the record class and the language); None: not sortable.
    sort: Callable[[str], ColumnElement[Any]] | None
    descending_first: bool = False  # dates: newest first when the clerk first clicks


@dataclass(frozen=True)
class ListSpec:
    kind: str
    columns: tuple[Column, ...]
    default_sort: str
    facet: str | None  # what the facet filter is over (the UI names it), None for no facet
    facet_values: tuple[str, ...] = ()
    text_columns: tuple[Any, ...] = field(default=())  # plain string columns the filter also matches
    lm_columns: tuple[Any, ...] = field(default=())  # language-map columns the filter matches

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(f"the {self.kind} list has no column {key!r}")

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


def _lm_sort(column: Any) -> Callable[[str], ColumnElement[Any]]:
    return lambda lang: m.name_order(column, lang)


def _name_sort(cls: Any, column: Any) -> Callable[[str], ColumnElement[Any]]:
    """A record's own name or title: in Chinese by its stored pinyin key (code points would put 上海
    before 北京), else by the text itself (Hangul's code points are already in 가나다 order)."""

    def sort(lang: str) -> ColumnElement[Any]:
        return cls.sort_zh if lang == "zh" else m.name_order(column, lang)

    return sort


def _plain(column: Any) -> Callable[[str], ColumnElement[Any]]:
    return lambda lang: column


def _name_of(target: Any, key: Any, name: Any) -> Callable[[str], ColumnElement[Any]]:
    """Sort by a referenced record's name: a correlated subquery, so the id query needs no join."""
    return lambda lang: select(m.name_order(name, lang)).where(target.id == key).scalar_subquery()


def _count_of(part_key: Any, owner_id: Any) -> Callable[[str], ColumnElement[Any]]:
    return lambda lang: select(func.count()).where(part_key == owner_id).scalar_subquery()


Person2 = aliased(m.Person)
Team2 = aliased(m.Team)
Org2 = aliased(m.Organization)

SPECS: dict[str, ListSpec] = {
    "team": ListSpec(
        "team",
        (
            Column("name", _name_sort(m.Team, m.Team.name)),
            Column("status", _plain(m.Team.status)),
            Column("established_on", _plain(m.Team.established_on), descending_first=True),
            Column("leads", None),
            Column("members", _count_of(m.TeamMember.team_id, m.Team.id), descending_first=True),
        ),
        default_sort="name",
        facet="status",
        facet_values=TEAM_STATUSES,
        text_columns=(m.Team.id,),
        lm_columns=(m.Team.name, m.Team.description),
    ),
    "agreement": ListSpec(
        "agreement",
        (
            Column("title", _name_sort(m.Agreement, m.Agreement.title)),
            Column("reference", _plain(m.Agreement.reference)),
            Column("kind", _plain(m.Agreement.kind)),
            Column("status", _plain(m.Agreement.status)),
            Column("signed_on", _plain(m.Agreement.signed_on), descending_first=True),
            Column("expires_on", _plain(m.Agreement.expires_on), descending_first=True),
            Column("parties", None),
        ),
        default_sort="signed_on",
        facet="status",
        facet_values=AGREEMENT_STATUSES,
        text_columns=(m.Agreement.id, m.Agreement.reference),
        lm_columns=(m.Agreement.title,),
    ),
    "meeting": ListSpec(
        "meeting",
        (
            Column("title", _name_sort(m.Meeting, m.Meeting.title)),
            Column("kind", _plain(m.Meeting.kind)),
            Column("starts_at", _plain(m.Meeting.starts_at), descending_first=True),
            Column("city", _plain(m.Meeting.city)),
            Column("team", _name_of(Team2, m.Meeting.team_id, Team2.name)),
            Column("minutes", None),
        ),
        default_sort="starts_at",
        facet="minutes",
        facet_values=(NO_MINUTES, *MINUTES_STATUSES),
        text_columns=(m.Meeting.id,),
        lm_columns=(m.Meeting.title,),
    ),
    "visit": ListSpec(
        "visit",
        (
            Column("title", _name_sort(m.Visit, m.Visit.title)),
            Column("destination_city", _plain(m.Visit.destination_city)),
            Column("starts_on", _plain(m.Visit.starts_on), descending_first=True),
            Column("ends_on", _plain(m.Visit.ends_on), descending_first=True),
            Column("head", _name_of(Person2, m.Visit.head_id, Person2.name)),
            Column("delegation", _count_of(m.VisitDelegate.visit_id, m.Visit.id), descending_first=True),
        ),
        default_sort="starts_on",
        facet="destination_city",
        facet_values=(),  # any city: the values come from the data (see facet_counts)
        text_columns=(m.Visit.id,),
        lm_columns=(m.Visit.title,),
    ),
    "template": ListSpec(
        "template",
        (
            Column("name", _name_sort(m.MeetingTemplate, m.MeetingTemplate.name)),
            Column("kind", _plain(m.MeetingTemplate.kind)),
            Column("team", _name_of(Team2, m.MeetingTemplate.team_id, Team2.name)),
            Column("items", _count_of(m.TemplateItem.template_id, m.MeetingTemplate.id), descending_first=True),
        ),
        default_sort="name",
        facet="kind",
        facet_values=MEETING_KINDS,
        text_columns=(m.MeetingTemplate.id,),
        lm_columns=(m.MeetingTemplate.name, m.MeetingTemplate.title),
    ),
    "person": ListSpec(
        "person",
        (
            Column("name", _name_sort(m.Person, m.Person.name)),
            Column("position", _lm_sort(m.Person.position)),
            Column("organization", _name_of(Org2, m.Person.organization_id, Org2.name)),
            Column("email", _plain(m.Person.email)),
            Column("phone", _plain(m.Person.phone)),
        ),
        default_sort="name",
        facet=None,
        text_columns=(m.Person.id, m.Person.email, m.Person.phone),
        lm_columns=(m.Person.name, m.Person.position),
    ),
}

LIST_KINDS = tuple(SPECS)


def spec(kind: str) -> ListSpec:
    try:
        return SPECS[kind]
    except KeyError:
        raise ValueError(f"there is no list of {kind!r} records") from None


# --- which ids --------------------------------------------------------------------------------------


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _text_filter(s: ListSpec, text: str) -> ColumnElement[bool] | None:
    words = text.split()
    if not words:
        return None
    conditions = []
    for word in words:
        pattern = f"%{escape_like(word)}%"
        alternatives = [c.ilike(pattern, escape="\\") for c in s.text_columns]
        alternatives += [c[lang].as_string().ilike(pattern, escape="\\") for c in s.lm_columns for lang in LANGUAGES]
        conditions.append(or_(*alternatives))
    return and_(*conditions)


def _facet_column(kind: str) -> Any:
    if kind in ("team", "agreement"):
        return m.RECORD_CLASSES[kind].status  # type: ignore[attr-defined]
    if kind == "visit":
        return m.Visit.destination_city
    if kind == "template":
        return m.MeetingTemplate.kind
    if kind == "meeting":
        # A meeting without minutes has no row in `minutes`: the facet is the minutes' status or "none".
        return func.coalesce(
            select(m.Minutes.status).where(m.Minutes.meeting_id == m.Meeting.id).scalar_subquery(), NO_MINUTES)
    return None


def _base(q: ListQuery, columns: Sequence[Any], with_facet: bool = True) -> Select[Any]:
    s = spec(q.kind)
    cls: Any = m.RECORD_CLASSES[q.kind]
    query = select(*columns).where(cls.deleted_at.is_(None))
    text_filter = _text_filter(s, q.text)
    if text_filter is not None:
        query = query.where(text_filter)
    if with_facet and q.facet is not None and s.facet is not None:
        query = query.where(_facet_column(q.kind) == q.facet)
    if q.organizations is not None and q.kind == "person":
        query = query.where(m.Person.organization_id.in_(q.organizations))
    return query


def _order(q: ListQuery) -> list[ColumnElement[Any]]:
    s = spec(q.kind)
    cls: Any = m.RECORD_CLASSES[q.kind]
    col = s.column(q.sort or s.default_sort)
    if col.sort is None:
        col = s.column(s.default_sort)
    descending = col.descending_first if q.descending is None else q.descending
    expr = col.sort(q.lang)
    # Records without the value go last either way; the id keeps the order stable between pages.
    return [expr.desc().nulls_last() if descending else expr.asc().nulls_last(),
            cls.id.desc() if descending else cls.id.asc()]


def ids(session: Session, q: ListQuery) -> list[str]:
    """The ids of the live records that match, in the list's order."""
    cls: Any = m.RECORD_CLASSES[q.kind]
    return _first_column(session, _base(q, [cls.id]).order_by(*_order(q)))


def _first_column(session: Session, query: Select[Any]) -> list[Any]:
    """The first column of every row as the driver gives it. Ids are plain strings: 100 000 of them need
    none of SQLAlchemy's row processing, which took as long as the query itself."""
    result = session.connection().execute(query)
    try:
        return [row[0] for row in result.cursor]
    finally:
        result.close()


def facet_counts(session: Session, q: ListQuery) -> dict[str, int]:
    """How many records match the text filter, per facet value (for "In force (12)" in the filter)."""
    s = spec(q.kind)
    if s.facet is None:
        return {}
    value = _facet_column(q.kind).label("value")
    query = _base(q, [value, func.count().label("n")], with_facet=False).group_by(value)
    counts = {str(v): int(n) for v, n in session.execute(query)}
    return {v: counts.get(v, 0) for v in s.facet_values} | counts


@dataclass(frozen=True)
class ListResult:
    """What a list shows after a query: its ids in order, and how many records there are in all."""

    query: ListQuery
    ids: list[str]
    total: int  # live records of the kind, unfiltered


def run(db: Database, q: ListQuery) -> ListResult:
    """One query of a list, in one read-only unit of work (the UI runs it on a worker thread)."""
    cls: Any = m.RECORD_CLASSES[q.kind]
    with db.reading() as uow:
        found = ids(uow.session, q)
        total = uow.session.scalar(select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))) or 0
    return ListResult(q, found, int(total))


def counts(db: Database, q: ListQuery) -> dict[str, int]:
    """The facet counts beside the filter; asked for after the ids, so the rows show first."""
    with db.reading() as uow:
        return facet_counts(uow.session, q)


# --- the rows of a page -----------------------------------------------------------------------------


def _names(session: Session, cls: Any, ids_: set[str]) -> dict[str, Any]:
    if not ids_:
        return {}
    name = cls.name if hasattr(cls, "name") else cls.title
    return {k: v for k, v in session.execute(select(cls.id, name).where(cls.id.in_(ids_)))}


def _team_rows(session: Session, page: Sequence[str]) -> dict[str, Row]:
    out: dict[str, Row] = {}
    for rid, name, status, est in session.execute(
            select(m.Team.id, m.Team.name, m.Team.status, m.Team.established_on).where(m.Team.id.in_(page))):
        out[rid] = {"name": name, "status": status, "established_on": est, "leads": [], "members": 0}
    leads = session.execute(select(m.TeamLead.team_id, m.TeamLead.organization_id)
                            .where(m.TeamLead.team_id.in_(page)).order_by(m.TeamLead.team_id, m.TeamLead.position)).all()
    orgs = _names(session, m.Organization, {o for _, o in leads})
    for team_id, org in leads:
        out[team_id]["leads"].append(orgs.get(org) or {"en": org})
    for team_id, n in session.execute(select(m.TeamMember.team_id, func.count())
                                      .where(m.TeamMember.team_id.in_(page)).group_by(m.TeamMember.team_id)):
        out[team_id]["members"] = n
    return out


def _agreement_rows(session: Session, page: Sequence[str]) -> dict[str, Row]:
    a = m.Agreement
    out: dict[str, Row] = {}
    for r in session.execute(select(a.id, a.title, a.reference, a.kind, a.status, a.signed_on, a.expires_on)
                             .where(a.id.in_(page))):
        out[r.id] = {"title": r.title, "reference": r.reference, "kind": r.kind, "status": r.status,
                     "signed_on": r.signed_on, "expires_on": r.expires_on, "parties": []}
    parties = session.execute(
        select(m.AgreementParty.agreement_id, m.Organization.short_name, m.Organization.name)
        .join(m.Organization, m.Organization.id == m.AgreementParty.organization_id)
        .where(m.AgreementParty.agreement_id.in_(page))
        .order_by(m.AgreementParty.agreement_id, m.AgreementParty.position))
    for agreement_id, short, name in parties:
        out[agreement_id]["parties"].append(short or name)
    return out


def _meeting_rows(session: Session, page: Sequence[str]) -> dict[str, Row]:
    g = m.Meeting
    query = (select(g.id, g.title, g.kind, g.number, g.starts_at, g.starts_offset, g.city, m.Team.name,
                    m.Minutes.status)
             .outerjoin(m.Team, m.Team.id == g.team_id)
             .outerjoin(m.Minutes, m.Minutes.meeting_id == g.id)
             .where(g.id.in_(page)))
    return {
        r[0]: {"title": r[1], "kind": r[2], "number": r[3], "starts_at": local_time(r[4], r[5]), "city": r[6],
               "team": r[7], "minutes": r[8] or NO_MINUTES}
        for r in session.execute(query)
    }


def _visit_rows(session: Session, page: Sequence[str]) -> dict[str, Row]:
    v = m.Visit
    query = (select(v.id, v.title, v.destination_city, v.starts_on, v.ends_on, m.Person.name)
             .outerjoin(m.Person, m.Person.id == v.head_id).where(v.id.in_(page)))
    out = {r[0]: {"title": r[1], "destination_city": r[2], "starts_on": r[3], "ends_on": r[4], "head": r[5],
                  "delegation": 0} for r in session.execute(query)}
    for visit_id, n in session.execute(select(m.VisitDelegate.visit_id, func.count())
                                       .where(m.VisitDelegate.visit_id.in_(page)).group_by(m.VisitDelegate.visit_id)):
        out[visit_id]["delegation"] = n
    return out


def _template_rows(session: Session, page: Sequence[str]) -> dict[str, Row]:
    t = m.MeetingTemplate
    query = (select(t.id, t.name, t.kind, m.Team.name).outerjoin(m.Team, m.Team.id == t.team_id).where(t.id.in_(page)))
    out = {r[0]: {"name": r[1], "kind": r[2], "team": r[3], "items": 0} for r in session.execute(query)}
    for template_id, n in session.execute(select(m.TemplateItem.template_id, func.count())
                                          .where(m.TemplateItem.template_id.in_(page))
                                          .group_by(m.TemplateItem.template_id)):
        out[template_id]["items"] = n
    return out


def _person_rows(session: Session, page: Sequence[str]) -> dict[str, Row]:
    p = m.Person
    query = (select(p.id, p.name, p.position, m.Organization.name, p.email, p.phone)
             .outerjoin(m.Organization, m.Organization.id == p.organization_id).where(p.id.in_(page)))
    return {r[0]: {"name": r[1], "position": r[2], "organization": r[3], "email": r[4], "phone": r[5]}
            for r in session.execute(query)}


ROW_READERS: dict[str, Callable[[Session, Sequence[str]], dict[str, Row]]] = {
    "team": _team_rows,
    "agreement": _agreement_rows,
    "meeting": _meeting_rows,
    "visit": _visit_rows,
    "template": _template_rows,
    "person": _person_rows,
}


def rows(db: Database, kind: str, page: Sequence[str]) -> dict[str, Row]:
    """The columns of these records (by id; a record gone since the ids were read is simply absent)."""
    if not page:
        return {}
    with db.reading() as uow:
        return ROW_READERS[kind](uow.session, list(page))


# --- organizations, as a tree per city --------------------------------------------------------------


@dataclass(frozen=True)
class OrganizationNode:
    id: str
    name: dict[str, str]
    short_name: dict[str, str] | None
    city: str
    kind: str
    parent: str | None
    people: int


def organizations(db: Database) -> list[OrganizationNode]:
    """Every live organization with its parent and how many people it has (the tree is built by the UI)."""
    o = m.Organization
    with db.reading() as uow:
        counts = {k: v for k, v in uow.session.execute(
            select(m.Person.organization_id, func.count())
            .where(m.Person.deleted_at.is_(None), m.Person.organization_id.is_not(None))
            .group_by(m.Person.organization_id))}
        rows_ = uow.session.execute(
            select(o.id, o.name, o.short_name, o.city, o.kind, o.parent_id).where(o.deleted_at.is_(None)))
        return [OrganizationNode(r[0], r[1], r[2], r[3], r[4], r[5], int(counts.get(r[0], 0))) for r in rows_]


def subtree(nodes: Sequence[OrganizationNode], root: str) -> tuple[str, ...]:
    """``root`` and every organization under it (a cycle, which the rules forbid, cannot loop here)."""
    children: dict[str | None, list[str]] = {}
    for n in nodes:
        children.setdefault(n.parent, []).append(n.id)
    found, todo = [root], [root]
    seen = {root}
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in seen:
                seen.add(child)
                found.append(child)
                todo.append(child)
    return tuple(found)
