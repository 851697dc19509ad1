"""Pieces several documents print: people, organizations, agreements, decisions, action items."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from ..domain import lifecycle, minutes_cycle
from ..domain.documents import parse_datetime
from ..domain.vocab import APPROVING_CITIES, LANGUAGES
from . import labels, styles
from .data import ActionRow, Doc, Related
from .document import Document, Para, fallback_mark


def as_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def as_time(value: str) -> datetime:
    """A stored date-time at its own (the venue's) UTC offset."""
    return parse_datetime(value)


def person(doc: Document, rel: Related, pid: str | None, place: str, style: str = "cell",
           suffix: str = "") -> Paragraph | None:
    """A person's name in the document's language; an unknown id is printed as the id."""
    if not pid:
        return None
    found = rel.people.get(pid)
    if found is None:
        return doc.para(pid, "en", place, style, suffix)
    para = doc.lm(found["name"], f"{place} (person {pid})", style)
    if suffix and para is not None:
        para = Para(para.text + suffix, para.style)
    return para


def organization(doc: Document, rel: Related, oid: str | None, place: str, style: str = "cell") -> Paragraph | None:
    if not oid:
        return None
    found = rel.organizations.get(oid)
    if found is None:
        return doc.para(oid, "en", place, style)
    return doc.lm(found["name"], f"{place} (organization {oid})", style)


def person_block(doc: Document, rel: Related, pid: str, place: str, suffix: str = "") -> list[Flowable]:
    """Name (bold), position and organization, one paragraph each (each in its own language's font)."""
    found = rel.people.get(pid) or {}
    out = [person(doc, rel, pid, place, "cell_bold", suffix),
           doc.lm(found.get("position"), f"{place} position", "cell"),
           organization(doc, rel, found.get("organization"), place, "small")]
    return [p for p in out if p is not None]


def people_inline(doc: Document, rel: Related, ids: Sequence[str], place: str, style: str = "cell",
                  prefix: str = "") -> Paragraph | None:
    """Names run together on one line ("Wang Anshun, Li Ming"), each in its own language's font."""
    parts = []
    for i, pid in enumerate(ids):
        found = rel.people.get(pid)
        parts.append(doc.inline(found["name"], f"{place}[{i}] (person {pid})") if found
                     else doc.markup(pid, "en", place))
    para = doc.joined(parts, style)
    if para is not None and prefix:
        para = Para(prefix + para.text, para.style)
    return para


def people_list(doc: Document, rel: Related, ids: Sequence[str], place: str, style: str = "cell") -> list[Flowable]:
    return [p for i, pid in enumerate(ids) if (p := person(doc, rel, pid, f"{place}[{i}]", style)) is not None]


def names_in_all_languages(doc: Document, value: dict[str, str] | None, place: str) -> list[Flowable]:
    """Every recorded language of a name, each in its own font: "ko  왕안순", "zh  王安顺", ..."""
    out: list[Flowable] = []
    for lang in LANGUAGES:
        text = (value or {}).get(lang)
        if text:
            tag = labels.language_name(lang, doc.lang)
            out.append(doc.para(text, lang, f"{place}.{lang}", "cell",
                                suffix=f' <font size="7" color="#5b6670">({doc.markup(tag, doc.lang, place, inline=True)})</font>'))
    return out


def lm_list(doc: Document, values: Sequence[dict[str, str]] | None, place: str, style: str = "cell",
            lang: str | None = None) -> list[Flowable]:
    return [p for i, v in enumerate(values or []) if (p := doc.lm(v, f"{place}[{i}]", style, lang)) is not None]


def date_para(doc: Document, value: str | None, place: str, style: str = "cell",
              alert: bool = False) -> Paragraph | None:
    d = as_date(value)
    if d is None:
        return None
    text = labels.short_date(d, doc.lang)
    markup = doc.markup(text, doc.lang, place)
    if alert:
        markup = f'<font color="#9b1c1c"><b>{markup}</b></font>'
    return Para(markup, styles.style(style, doc.lang))


def agreement_fields(doc: Document, rel: Related, a: Doc, place: str, as_of: date | None = None,
                     with_summary: bool = True, expiry_alert: bool = False,
                     extra: Sequence[tuple[str, Flowable | None]] = ()) -> list[Flowable]:
    """The facts of an agreement as a labelled table (parties, signatories, dates, areas...)."""
    signed = as_date(a.get("signed_on"))
    signed_text = " · ".join(x for x in (labels.short_date(signed, doc.lang) if signed else "",
                                         labels.city(a.get("signed_city"), doc.lang)) if x)
    venue = doc.lm(a.get("signed_venue"), f"{place}.signed_venue", "small")
    signatories: list[Flowable] = []
    for i, s in enumerate(a.get("signatories") or []):
        signatories += [p for p in (person(doc, rel, s["person"], f"{place}.signatories[{i}]", "cell"),
                                    organization(doc, rel, s["organization"], f"{place}.signatories[{i}]",
                                                 "small")) if p]
    teams = [doc.lm(rel.teams[t]["name"], f"{place}.teams", "cell") if t in rel.teams
             else doc.para(t, "en", place, "cell") for t in a.get("teams") or []]
    supersedes = a.get("supersedes")
    status_text = labels.status(a["status"], doc.lang)
    rows: list[tuple[str, Flowable | Sequence[Flowable] | None]] = [
        ("reference", doc.para(a["reference"], "en", f"{place}.reference", "cell") if a.get("reference") else None),
        ("kind", doc.para(f"{labels.kind(a['kind'], doc.lang)} · {status_text}", doc.lang, place, "cell")),
        ("parties", [organization(doc, rel, o, f"{place}.parties[{i}]") for i, o in enumerate(a["parties"])]
         or None),
        ("signatories", signatories or None),
        ("signed", [p for p in (doc.para(signed_text, doc.lang, place, "cell") if signed_text else None, venue)
                    if p] or None),
        ("effective", date_para(doc, a.get("effective_on"), f"{place}.effective_on")),
        ("expires", date_para(doc, a.get("expires_on"), f"{place}.expires_on", alert=expiry_alert)),
        ("renewal", doc.lm(a.get("renewal_terms"), f"{place}.renewal_terms", "cell")),
        *renewal_rows(doc, rel, a, place),
        ("areas", lm_list(doc, a.get("areas"), f"{place}.areas") or None),
        ("teams", teams or None),
        ("supersedes", _agreement_title(doc, rel, supersedes, f"{place}.supersedes") if supersedes else None),
        ("summary", doc.lm(a.get("summary"), f"{place}.summary", "cell") if with_summary else None),
        *extra,
    ]
    table = doc.fields(rows, label_width=28 * mm)
    return [table] if table is not None else []


def renewal_rows(doc: Document, rel: Related, a: Doc, place: str) -> list[tuple[str, Flowable | None]]:
    """The renewal terms as data: the notice period and its last day, automatic renewal, the owners."""
    days, expires = a.get("notice_days"), as_date(a.get("expires_on"))
    notice = None
    if days is not None:
        deadline = lifecycle.notice_deadline(expires, days)
        text = (labels.label("notice_text", doc.lang, n=days, date=labels.short_date(deadline, doc.lang))
                if deadline else f"{days}")
        notice = doc.para(text, doc.lang, f"{place}.notice_days", "cell")
    renews = None
    if a.get("auto_renews"):
        months = a.get("renews_for_months")
        text = labels.label("renews_for", doc.lang, n=months) if months else labels.label("renews_itself", doc.lang)
        renews = doc.para(text, doc.lang, f"{place}.auto_renews", "cell")
    owners = [person(doc, rel, a.get(f"owner_{city}"), f"{place}.owner_{city}", "cell",
                     suffix=f" ({labels.city(city, doc.lang)})") for city in ("seoul", "beijing")]
    return [("notice", notice), ("auto_renewal", renews), ("owners", [p for p in owners if p] or None)]


def timeline(doc: Document, rel: Related, a: Doc, place: str) -> Flowable | None:
    """An agreement's events in date order: when, what, its effect, where it was decided and a note."""
    events = lifecycle.in_order(a.get("events") or [])
    if not events:
        return None
    files = {x["sha256"]: x["name"] for x in a.get("attachments") or []}
    rows = []
    for i, e in events:
        ep = f"{place}.events[{i}]"
        effect = []
        status = lifecycle.status_of(e)
        if e.get("status") or status and status != e["kind"]:
            effect.append(labels.status(status, doc.lang))
        if e.get("expires_on"):
            effect.append(labels.label("until", doc.lang, date=labels.short_date(as_date(e["expires_on"]), doc.lang)))
        meeting = rel.meetings.get(e.get("meeting") or "")
        where = [doc.lm(meeting["title"], f"{ep}.meeting", "small") if meeting else None,
                 doc.para(files[e["document"]], "en", f"{ep}.document", "small") if e.get("document") in files
                 else None,
                 doc.lm(e.get("note"), f"{ep}.note", "small")]
        rows.append([date_para(doc, e["date"], f"{ep}.date"),
                     doc.para(labels.event(e["kind"], doc.lang), doc.lang, f"{ep}.kind", "cell_bold"),
                     doc.para(", ".join(effect), doc.lang, f"{ep}.effect", "cell") if effect else "",
                     [p for p in where if p is not None] or ""])
    w = styles.FRAME_WIDTH
    return doc.grid(["event_date", "timeline_event", "effect", "decided_at"], rows,
                    [w * 0.15, w * 0.17, w * 0.22, w * 0.46])


def _agreement_title(doc: Document, rel: Related, aid: str, place: str) -> Paragraph:
    found = rel.agreements.get(aid)
    if found is None:
        return doc.para(aid, "en", place, "cell")
    return doc.lm(found["title"], place, "cell") or doc.para(aid, "en", place, "cell")


def decisions(doc: Document, minutes: Doc | None, place: str) -> list[Flowable]:
    """The decisions of a meeting, numbered, each with the agenda item it belongs to."""
    found = (minutes or {}).get("decisions") or []
    if not found:
        return [doc.fixed("no_decisions", "small")]
    out: list[Flowable] = []
    for i, d in enumerate(found, 1):
        text, used, fallback = doc.pick(d["text"])
        suffix = ""
        if d.get("agenda_item") is not None:
            tag = doc.label("agenda_item_n", n=d["agenda_item"])
            suffix = f' <font size="7" color="#5b6670">({doc.markup(tag, doc.lang, place, inline=True)})</font>'
        out.append(Para(
            f"{i}. " + doc.markup(text, used, f"{place}.decisions[{i - 1}]") + fallback_mark(fallback) + suffix,
            styles.style("body", used)))
    return out


def action_table(doc: Document, rel: Related, rows: Sequence[ActionRow], as_of: date, place: str,
                 meeting_column: bool = True) -> Flowable:
    """Action items: what, who, by when (overdue ones highlighted), and from which meeting."""
    width = styles.FRAME_WIDTH
    cells, overdue = [], []
    for i, row in enumerate(rows):
        a = row.action
        due = as_date(a.get("due_on"))
        late = due is not None and due < as_of and a.get("status") == "open"
        if late:
            overdue.append(i)
        due_cell: list[Flowable] = [p for p in (date_para(doc, a.get("due_on"), f"{place}[{i}].due_on", alert=late),)
                                    if p]
        if late:
            due_cell.append(Para(f'<font color="#9b1c1c">{doc.markup(doc.label("overdue"), doc.lang, place)}'
                                      f"</font>", styles.style("small", doc.lang)))
        line: list[object] = [
            doc.lm(a["text"], f"{place}[{i}].text ({a['id']})", "cell"),
            person(doc, rel, a.get("owner"), f"{place}[{i}].owner") or "",
            due_cell,
        ]
        if meeting_column:
            meeting = rel.meetings.get(row.meeting_id)
            line.append(doc.lm(meeting["title"], f"{place}[{i}].meeting", "small") if meeting
                        else doc.para(row.meeting_id, "en", place, "small"))
        else:
            line.append(doc.para(labels.status(a.get("status") or "open", doc.lang), doc.lang, place, "cell"))
        cells.append(line)
    if meeting_column:
        widths = [width * 0.42, width * 0.18, width * 0.14, width * 0.26]
        header = ["action", "owner", "due", "meeting"]
    else:
        widths = [width * 0.50, width * 0.20, width * 0.16, width * 0.14]
        header = ["action", "owner", "due", "status"]
    return doc.grid(header, cells, widths, highlight=overdue)


# --- the roll call and the minutes' approval ------------------------------------------------------------


def _city_of(rel: Related, pid: str) -> str | None:
    person = rel.people.get(pid) or {}
    return (rel.organizations.get(person.get("organization") or "") or {}).get("city")


def _group_title(doc: Document, city: str) -> str:
    return doc.label("others") if city == "other" else labels.city(city, doc.lang)


def attendance(doc: Document, rel: Related, minutes: Doc, place: str, compact: bool = False) -> list[Flowable]:
    """The roll call by city (Seoul, Beijing, others, each person's city being their organization's),
    then the guests. ``compact``: one paragraph per city (the briefing pack) instead of a table."""
    minutes = minutes_cycle.upgraded(minutes)
    entries = [a for a in minutes.get("attendees") or [] if isinstance(a, dict)]
    index = {id(a): i for i, a in enumerate(entries)}
    groups = minutes_cycle.by_city(entries, {a["person"]: _city_of(rel, a["person"]) for a in entries})
    out: list[Flowable] = []
    w = styles.FRAME_WIDTH
    for city, rows in groups.items():
        if not rows:
            continue
        where = f"{place}.attendees ({city})"
        if compact:
            parts = []
            for a in rows:
                at = f"{place}.attendees[{index[id(a)]}]"
                name = _person_inline(doc, rel, a["person"], at)
                parts.append(name + doc.markup(f" ({_attendance_text(doc, rel, a)})", doc.lang, at)
                             if a.get("status") != "present" else name)
            out.append(Para(doc.markup(_group_title(doc, city) + ": ", doc.lang, where, bold=True)
                            + doc.markup(", ", doc.lang, "separator").join(parts), styles.style("cell", doc.lang)))
            continue
        out.append(doc.para(_group_title(doc, city), doc.lang, where, "h3"))
        table = []
        for a in rows:
            at = f"{place}.attendees[{index[id(a)]}]"
            found = rel.people.get(a["person"]) or {}
            table.append([person(doc, rel, a["person"], at, "cell_bold") or "",
                          doc.lm(found.get("position"), f"{at}.position", "cell") or "",
                          organization(doc, rel, found.get("organization"), at) or "",
                          doc.para(_attendance_text(doc, rel, a), doc.lang, at, "cell")])
        out.append(doc.grid(["name", "position", "organization", "attendance_status"], table,
                            [w * 0.22, w * 0.26, w * 0.30, w * 0.22]))
    if not entries:
        out.append(doc.fixed("none_recorded", "small"))
    else:
        counts = {s: sum(1 for a in entries if a.get("status") == s) for s in ("present", "absent", "excused",
                                                                                "represented")}
        out.append(doc.fixed("attendance_count", "small", present=counts["present"],
                             absent=counts["absent"] + counts["excused"], represented=counts["represented"]))
    guests = minutes.get("guests") or []
    if guests:
        if compact:
            out.append(Para(doc.markup(doc.label("guests") + ": ", doc.lang, f"{place}.guests", bold=True)
                            + doc.markup(", ", doc.lang, "separator").join(
                                doc.markup(g["name"] + (f" ({g['affiliation']})" if g.get("affiliation") else ""),
                                           doc.lang, f"{place}.guests[{i}]") for i, g in enumerate(guests)),
                            styles.style("cell", doc.lang)))
        else:
            out.append(doc.para(doc.label("guests"), doc.lang, f"{place}.guests", "h3"))
            out.append(doc.grid(["name", "affiliation"], [
                [doc.para(g["name"], doc.lang, f"{place}.guests[{i}].name", "cell_bold"),
                 doc.para(g.get("affiliation") or "", doc.lang, f"{place}.guests[{i}].affiliation", "cell")]
                for i, g in enumerate(guests)], [w * 0.4, w * 0.6]))
    return out


def _person_inline(doc: Document, rel: Related, pid: str, place: str) -> str:
    found = rel.people.get(pid)
    return doc.inline(found["name"], f"{place} (person {pid})") if found else doc.markup(pid, "en", place)


def _name_text(doc: Document, rel: Related, pid: str | None) -> str:
    found = rel.people.get(pid or "")
    return doc.pick(found["name"])[0] if found else (pid or "")


def _attendance_text(doc: Document, rel: Related, a: Doc) -> str:
    status = a.get("status") or "present"
    if status == "represented" and a.get("represented_by"):
        return doc.label("represented_by", name=_name_text(doc, rel, a["represented_by"]))
    return labels.status(status, doc.lang)


def approvals(doc: Document, rel: Related, minutes: Doc) -> list[tuple[str, Flowable | None]]:
    """The minutes' circulation and each city's approval, as field rows: standing ones (or "awaiting")
    per city, withdrawn ones of earlier rounds after them."""
    minutes = minutes_cycle.upgraded(minutes)
    rows: list[tuple[str, Flowable | None]] = []
    if minutes.get("circulated_on"):
        rows.append(("circulated", doc.para(doc.label(
            "circulated_to", date=labels.short_date(as_date(minutes["circulated_on"]), doc.lang),
            city=labels.city(minutes.get("circulated_to"), doc.lang)), doc.lang, "minutes.circulated_on", "cell")))
    if minutes.get("status") == "draft" and not minutes.get("approvals"):
        return rows
    standing = minutes_cycle.approved_by(minutes)
    lines = []
    for city in APPROVING_CITIES:
        a = standing.get(city)
        lines.append(_approval_line(doc, rel, a) if a else doc.label("approval_awaited",
                                                                          city=labels.city(city, doc.lang)))
    for a in minutes.get("approvals") or []:
        if a.get("withdrawn_on"):
            lines.append(_approval_line(doc, rel, a) + " — " + doc.label(
                "approval_withdrawn", date=labels.short_date(as_date(a["withdrawn_on"]), doc.lang)))
    rows.append(("approvals", [doc.para(line, doc.lang, "minutes.approvals", "cell") for line in lines]))
    return rows


def _approval_line(doc: Document, rel: Related, a: Doc) -> str:
    when = labels.short_date(as_date(a.get("on")), doc.lang)
    city = labels.city(a.get("city"), doc.lang)
    if a.get("by"):
        return doc.label("approval_by", city=city, name=_name_text(doc, rel, a["by"]), date=when)
    return doc.label("approval_by_city", city=city, date=when)
