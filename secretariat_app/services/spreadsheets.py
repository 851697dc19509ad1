"""What goes into a spreadsheet: a list as the clerk sees it (its filter, facet and order), and the named
reports (the agreement register, action items by owner and status, a meeting's attendance, the contacts).

Each function takes an open read session and returns :class:`~secretariat_app.reports.spreadsheet.SheetData`
whose rows are read as the sheet is written (a page of ids at a time), so the whole archive never sits
in memory. Texts kept in three languages get three columns; the record's id is the last column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..domain import models as m
from ..domain.collation import zh_sort_key
from ..domain.documents import local_time
from ..domain.langmap import pick
from ..domain.vocab import LANGUAGES
from ..errors import NotFoundError
from ..reports import labels
from ..reports.calendar import CITY_ZONES
from ..reports.spreadsheet import SheetColumn, SheetData
from . import lists

PAGE = 2000
LIST_TITLES = {"team": "teams", "agreement": "agreements", "meeting": "meetings", "visit": "delegation",
               "person": "contacts", "template": "meeting_templates"}

# How each list column is written: (label key, type). lm: one column per language; lms: a list of names.
LIST_COLUMNS: dict[str, tuple[str, str]] = {
    "name": ("name", "lm"), "title": ("title", "lm"), "status": ("status", "status"),
    "established_on": ("established", "date"), "leads": ("lead_organizations", "lms"),
    "members": ("members", "number"), "reference": ("reference", "text"), "kind": ("kind", "kind"),
    "signed_on": ("signed", "date"), "expires_on": ("expires", "date"), "parties": ("parties", "lms"),
    "starts_at": ("date_time", "datetime"), "city": ("city", "city"), "team": ("team", "lm"),
    "minutes": ("minutes", "minutes"), "destination_city": ("destination", "city"),
    "starts_on": ("starts_on", "date"), "ends_on": ("ends_on", "date"), "head": ("head", "lm"),
    "delegation": ("delegation", "number"), "position": ("position", "lm"),
    "organization": ("organization", "lm"), "email": ("email", "text"), "phone": ("phone", "text"),
    "items": ("standing_items", "number"),
}


def lm_headers(key: str, lang: str) -> list[SheetColumn]:
    return [SheetColumn(f"{labels.label(key, lang)} ({labels.language_name(code, lang)})") for code in LANGUAGES]


def lm_cells(value: Any) -> list[str]:
    value = value or {}
    return [value.get(code) or "" for code in LANGUAGES]


def _text(value: Any, lang: str) -> str:
    return pick(value, lang)[0] if value else ""


def _minutes_state(value: str, lang: str) -> str:
    return labels.label("no_minutes", lang) if value == lists.NO_MINUTES else labels.status(value, lang)


def _columns(kind: str, lang: str) -> list[SheetColumn]:
    out: list[SheetColumn] = []
    for key in lists.spec(kind).keys:
        label, how = LIST_COLUMNS[key]
        if how == "lm":
            out += lm_headers(label, lang)
        elif how == "datetime":
            out += [SheetColumn(labels.label(label, lang), "datetime"), SheetColumn(labels.label("zone", lang))]
        else:
            out.append(SheetColumn(labels.label(label, lang), how if how in ("date", "number") else "text"))
    return [*out, SheetColumn(labels.label("record_id", lang))]


def zone_text(city: str | None, at: datetime) -> str:
    """The venue's zone as a calendar names it (Asia/Seoul), else its UTC offset."""
    named = CITY_ZONES.get(city or "")
    if named:
        return named
    offset = at.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _cell_makers(kind: str, lang: str) -> list[Callable[[dict[str, Any]], list[Any]]]:
    """For each column of the list, what it writes from a row (made once per export, not once per cell)."""
    makers: list[Callable[[dict[str, Any]], list[Any]]] = []
    for key in lists.spec(kind).keys:
        how = LIST_COLUMNS[key][1]
        if how == "lm":
            makers.append(lambda row, key=key: lm_cells(row.get(key)))
        elif how == "lms":
            makers.append(lambda row, key=key: ["; ".join(t for t in (_text(v, lang) for v in row.get(key) or []) if t)])
        elif how == "datetime":
            makers.append(lambda row, key=key: [row[key].replace(tzinfo=None), zone_text(row.get("city"), row[key])]
                          if row.get(key) else [None, ""])
        else:
            word = {"status": labels.status, "kind": labels.kind, "city": labels.city,
                    "minutes": _minutes_state}.get(how)
            if word is None:
                makers.append(lambda row, key=key: [row.get(key)])
            else:
                makers.append(lambda row, key=key, word=word: [word(row[key], lang) if row.get(key) else ""])
    return makers


def list_sheet(session: Session, query: lists.ListQuery, lang: str) -> SheetData:
    """The list as it stands: its ids in its order (filter, facet, sort), then its rows a page at a time."""
    ids = lists.ids(session, query)
    reader = lists.ROW_READERS[query.kind]
    makers = _cell_makers(query.kind, lang)

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), PAGE):
            page = ids[start:start + PAGE]
            found = reader(session, page)
            for rid in page:
                row = found.get(rid)
                if row is not None:
                    yield [cell for make in makers for cell in make(row)] + [rid]

    title = labels.label(LIST_TITLES.get(query.kind, "title"), lang) if query.kind != "visit" else \
        labels.label("calendar_visit", lang)
    return SheetData(title, _columns(query.kind, lang), rows())


# --- named reports -------------------------------------------------------------------------------------


def _names(session: Session, cls: Any, ids: set[str]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    wanted = [i for i in ids if i]
    name = cls.name if hasattr(cls, "name") else cls.title
    for start in range(0, len(wanted), 500):
        found.update(session.execute(select(cls.id, name).where(cls.id.in_(wanted[start:start + 500]))).all())
    return found


def register_sheet(session: Session, lang: str) -> SheetData:
    """Every live agreement: reference, title, kind, status, parties, signatories, dates, teams."""
    a = m.Agreement
    agreements = session.execute(
        select(a.id, a.reference, a.title, a.kind, a.status, a.signed_on, a.signed_city, a.effective_on,
               a.expires_on).where(a.deleted_at.is_(None)).order_by(a.signed_on.asc().nulls_last(), a.id)).all()
    ids = [r.id for r in agreements]
    parties: dict[str, list[str]] = {}
    signatories: dict[str, list[tuple[str, str]]] = {}
    teams: dict[str, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for aid, org in session.execute(select(m.AgreementParty.agreement_id, m.AgreementParty.organization_id)
                                        .where(m.AgreementParty.agreement_id.in_(chunk))
                                        .order_by(m.AgreementParty.agreement_id, m.AgreementParty.position)):
            parties.setdefault(aid, []).append(org)
        for aid, person, org in session.execute(
                select(m.AgreementSignatory.agreement_id, m.AgreementSignatory.person_id,
                       m.AgreementSignatory.organization_id).where(m.AgreementSignatory.agreement_id.in_(chunk))
                .order_by(m.AgreementSignatory.agreement_id, m.AgreementSignatory.position)):
            signatories.setdefault(aid, []).append((person, org))
        for aid, team in session.execute(select(m.AgreementTeam.agreement_id, m.AgreementTeam.team_id)
                                         .where(m.AgreementTeam.agreement_id.in_(chunk))
                                         .order_by(m.AgreementTeam.agreement_id, m.AgreementTeam.position)):
            teams.setdefault(aid, []).append(team)
    orgs = _names(session, m.Organization, {o for v in parties.values() for o in v}
                  | {o for v in signatories.values() for _, o in v})
    people = _names(session, m.Person, {p for v in signatories.values() for p, _ in v})
    team_names = _names(session, m.Team, {t for v in teams.values() for t in v})

    def signed_by(person: str, org: str) -> str:
        name, org_name = _text(people.get(person), lang) or person, _text(orgs.get(org), lang) or org
        return f"{name} ({org_name})"

    def rows() -> Iterator[list[Any]]:
        for r in agreements:
            yield [r.reference or "", *lm_cells(r.title), labels.kind(r.kind, lang), labels.status(r.status, lang),
                   "; ".join(_text(orgs.get(o), lang) or o for o in parties.get(r.id, [])),
                   "; ".join(signed_by(p, o) for p, o in signatories.get(r.id, [])),
                   r.signed_on, labels.city(r.signed_city, lang), r.effective_on, r.expires_on,
                   "; ".join(_text(team_names.get(t), lang) or t for t in teams.get(r.id, [])), r.id]

    L = labels.label
    columns = [SheetColumn(L("reference", lang)), *lm_headers("title", lang), SheetColumn(L("kind", lang)),
               SheetColumn(L("status", lang)), SheetColumn(L("parties", lang)), SheetColumn(L("signatories", lang)),
               SheetColumn(L("signed", lang), "date"), SheetColumn(L("signed_city", lang)),
               SheetColumn(L("effective", lang), "date"), SheetColumn(L("expires", lang), "date"),
               SheetColumn(L("teams", lang)), SheetColumn(L("record_id", lang))]
    return SheetData(L("register", lang), columns, rows())


STATUS_ORDER = {"open": 0, "done": 1, "cancelled": 2}


def text_key(lang: str) -> Callable[[str], str]:
    """Names in the language's order: pinyin for Chinese, the text itself (가나다, a–z) otherwise."""
    return zh_sort_key if lang == "zh" else str.casefold


def actions_sheet(session: Session, lang: str, as_of: date) -> SheetData:
    """Every action item of a live meeting, by owner (in the language's order), status and due date."""
    a, g, p = m.ActionItem, m.Meeting, aliased(m.Person)
    found = session.execute(
        select(a.id, a.text, a.status, a.due_on, a.owner_id, p.name, g.id.label("meeting_id"), g.title,
               g.starts_at, g.starts_offset)
        .join(g, g.id == a.meeting_id).outerjoin(p, p.id == a.owner_id).where(g.deleted_at.is_(None))).all()
    key = text_key(lang)
    found.sort(key=lambda r: (r.owner_id is None, key(_text(r.name, lang)), r.owner_id or "",
                              STATUS_ORDER.get(r.status, 9), r.due_on or date.max, r.id))

    def rows() -> Iterator[list[Any]]:
        for r in found:
            late = (as_of - r.due_on).days if r.due_on and r.status == "open" and r.due_on < as_of else None
            yield [_text(r.name, lang) or (r.owner_id or ""), labels.status(r.status, lang), r.due_on, late,
                   *lm_cells(r.text), _text(r.title, lang),
                   local_time(r.starts_at, r.starts_offset).replace(tzinfo=None), r.meeting_id, r.id]

    L = labels.label
    columns = [SheetColumn(L("owner", lang)), SheetColumn(L("status", lang)), SheetColumn(L("due", lang), "date"),
               SheetColumn(L("days_overdue", lang), "number"), *lm_headers("action", lang),
               SheetColumn(L("meeting", lang)), SheetColumn(L("meeting_date", lang), "datetime"),
               SheetColumn(L("meeting_id", lang)), SheetColumn(L("record_id", lang))]
    return SheetData(L("actions_by_owner", lang), columns, rows())


def attendance_sheet(session: Session, meeting_id: str, lang: str) -> SheetData:
    """Who was invited to a meeting and who attended (by its minutes), with their positions and contacts."""
    meeting = session.get(m.Meeting, meeting_id)
    if meeting is None or meeting.deleted_at is not None:
        raise NotFoundError(f"There is no meeting {meeting_id!r}.")
    invited = [x.person_id for x in meeting.participants]
    roll = {x.person_id: x for x in meeting.minutes.attendees} if meeting.minutes else {}
    deputies = [x.represented_by_id for x in roll.values() if x.represented_by_id]
    order = list(dict.fromkeys([*invited, *roll]))
    people = {x.id: x for x in session.scalars(select(m.Person).where(m.Person.id.in_([*order, *deputies])))}
    orgs = _names(session, m.Organization, {p.organization_id for p in people.values() if p.organization_id})
    yes = labels.label("yes", lang)

    def attendance(line: m.MinutesAttendee | None) -> str:
        """Yes for one present; else the roll call's word (absent, excused, represented by whom)."""
        if line is None:
            return ""
        if line.status == "present":
            return yes
        deputy = people.get(line.represented_by_id or "")
        if line.status == "represented" and deputy is not None:
            return labels.label("represented_by", lang, name=_text(deputy.name, lang))
        return labels.status(line.status, lang)

    def rows() -> Iterator[list[Any]]:
        for pid in order:
            person = people.get(pid)
            yield [*lm_cells(person.name if person else {"en": pid}),
                   _text(person.position, lang) if person else "",
                   _text(orgs.get(person.organization_id or ""), lang) if person else "",
                   person.email if person else "", person.phone if person else "",
                   yes if pid in invited else "", attendance(roll.get(pid)), pid]

    L = labels.label
    columns = [*lm_headers("name", lang), SheetColumn(L("position", lang)), SheetColumn(L("organization", lang)),
               SheetColumn(L("email", lang)), SheetColumn(L("phone", lang)), SheetColumn(L("invited", lang)),
               SheetColumn(L("attended", lang)), SheetColumn(L("record_id", lang))]
    title = _text(meeting.title, lang)
    return SheetData(f"{L('attendance', lang)} {title}", columns, rows())


def contacts_sheet(session: Session, lang: str) -> SheetData:
    """Every live person with their organization: the columns the contact import reads back."""
    p, o = m.Person, aliased(m.Organization)
    found = session.execute(select(p.id, p.name, p.position, p.email, p.phone, p.notes, o.name.label("org"), o.city)
                            .outerjoin(o, o.id == p.organization_id).where(p.deleted_at.is_(None))).all()
    key = text_key(lang)
    found.sort(key=lambda r: (key(_text(r.name, lang)), r.id))

    def rows() -> Iterator[list[Any]]:
        for r in found:
            yield [*lm_cells(r.name), *lm_cells(r.position), *lm_cells(r.org), labels.city(r.city, lang),
                   r.email or "", r.phone or "", r.notes or "", r.id]

    L = labels.label
    columns = [*lm_headers("name", lang), *lm_headers("position", lang), *lm_headers("organization", lang),
               SheetColumn(L("organization_city", lang)), SheetColumn(L("email", lang)),
               SheetColumn(L("phone", lang)), SheetColumn(L("notes", lang)), SheetColumn(L("record_id", lang))]
    return SheetData(L("contacts", lang), columns, rows())


REPORTS: dict[str, Callable[..., SheetData]] = {
    "register": lambda s, lang, as_of, record_id: register_sheet(s, lang),
    "actions": lambda s, lang, as_of, record_id: actions_sheet(s, lang, as_of),
    "attendance": lambda s, lang, as_of, record_id: attendance_sheet(s, record_id, lang),
    "contacts": lambda s, lang, as_of, record_id: contacts_sheet(s, lang),
}
REPORT_NAMES: Sequence[str] = tuple(REPORTS)
