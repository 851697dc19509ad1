"""The one-record documents: a meeting's agenda (run sheet), its minutes, an agreement summary sheet."""

from __future__ import annotations

from datetime import timedelta

from reportlab.platypus import Flowable

from ..collector import pausing
from ..domain.langmap import pick
from . import common, labels, styles
from .data import ActionRow, AgreementData, Doc, MeetingData, SheetOptions
from .document import Document, Meta, Para, Progress, Rendered, fallback_mark


def _document(record_title: dict[str, str], kind_label: str, options: SheetOptions, as_of: object,
              watermark: str | None = None, strict_glyphs: bool = False) -> Document:
    text, fallback = pick(record_title, options.lang)
    lang = options.lang
    return Document(Meta(
        title=f"{labels.label(kind_label, lang)} — {text}", title_lang=fallback or lang, lang=lang,
        marking=options.marking, prepared_by=options.prepared_by, as_of=as_of,  # type: ignore[arg-type]
        watermark=watermark, reproducible=options.reproducible, subject=labels.label(kind_label, lang),
    ), strict_glyphs=strict_glyphs)


def _title(doc: Document, kind_label: str, value: dict[str, str], place: str) -> None:
    doc.add(doc.fixed(kind_label, "cover_council"))
    text, used, fallback = doc.pick(value)
    doc.heading(0, text, used, place, fallback)


def _meeting_facts(doc: Document, data: MeetingData) -> Flowable | None:
    g, rel = data.meeting, data.related
    at = common.as_time(g["starts_at"])
    when = f"{labels.long_date(at.date(), doc.lang)} {labels.clock(at)}"
    if g.get("ends_at"):
        when += f"–{labels.clock(common.as_time(g['ends_at']))}"
    team = rel.teams.get(g.get("team") or "")
    return doc.fields([
        ("kind", doc.para(labels.kind(g["kind"], doc.lang) + (f" · {g['number']}" if g.get("number") else ""),
                          doc.lang, "kind", "cell")),
        ("date_time", doc.para(when, doc.lang, "starts_at", "cell")),
        ("city", doc.para(labels.city(g["city"], doc.lang), doc.lang, "city", "cell")),
        ("venue", doc.lm(g.get("venue"), "venue", "cell")),
        ("host", common.organization(doc, rel, g.get("host_organization"), "host_organization")),
        ("team", doc.lm(team["name"], "team", "cell") if team else None),
        ("prepared_on", doc.para(labels.short_date(data.as_of, doc.lang), doc.lang, "as_of", "cell")),
    ])


@pausing  # (see collector.py)
def build_agenda(data: MeetingData, options: SheetOptions, progress: Progress | None = None,
                 strict_glyphs: bool = False) -> Rendered:
    """The run sheet: order, start times (from the meeting's start and each item's duration), presenters
    and the papers (agreements and their attachments) each item needs."""
    g, rel = data.meeting, data.related
    doc = _document(g["title"], "agenda", options, data.as_of, strict_glyphs=strict_glyphs)
    _title(doc, "agenda", g["title"], "title")
    doc.add(_meeting_facts(doc, data))
    participants = common.people_inline(doc, rel, g["participants"], "participants")
    if participants is not None:
        doc.heading(1, doc.label("attendance"), doc.lang, "participants")
        doc.add(participants)
    doc.heading(1, doc.label("agenda"), doc.lang, "agenda")
    clock = common.as_time(g["starts_at"])
    rows = []
    for i, item in enumerate(g["agenda"]):
        place = f"agenda[{i}]"
        minutes = item.get("duration_minutes")
        start = labels.clock(clock)
        if minutes is not None:
            clock += timedelta(minutes=minutes)
        what: list[Flowable | None] = [doc.lm(item["title"], f"{place}.title", "cell_bold"),
                                       doc.lm(item.get("description"), f"{place}.description", "small")]
        papers: list[Flowable | None] = []
        agreement = rel.agreements.get(item.get("agreement") or "")
        if agreement is not None:
            if agreement.get("reference"):
                papers.append(doc.para(agreement["reference"], "en", f"{place}.agreement", "cell_bold"))
            papers.append(doc.lm(agreement["title"], f"{place}.agreement", "small"))
            papers += [doc.para(x["name"], "en", f"{place}.attachments", "small") for x in agreement["attachments"]]
        elif item.get("agreement"):
            papers.append(doc.para(item["agreement"], "en", f"{place}.agreement", "small"))
        rows.append([
            doc.para(str(item["position"]), doc.lang, place, "cell_bold"),
            doc.para(start, doc.lang, place, "cell"),
            [w for w in what if w],
            common.person(doc, rel, item.get("presenter"), f"{place}.presenter") or "",
            doc.para(doc.label("minutes_unit", n=minutes), doc.lang, place, "cell") if minutes is not None else "",
            [p for p in papers if p],
        ])
    if rows:
        w = styles.FRAME_WIDTH
        doc.add(doc.grid(["order", "time", "item", "presenter", "duration", "papers"], rows,
                         [w * 0.06, w * 0.09, w * 0.40, w * 0.15, w * 0.09, w * 0.21]))
    else:
        doc.add(doc.fixed("none_recorded", "small"))
    return doc.render(progress)


@pausing
def build_minutes(data: MeetingData, options: SheetOptions, progress: Progress | None = None,
                  strict_glyphs: bool = False) -> Rendered:
    """Attendance, notes per agenda item, decisions, actions and statements; a "draft" watermark on
    every page until the minutes are approved."""
    g, rel = data.meeting, data.related
    m: Doc = g.get("minutes") or {}
    approved = m.get("status") == "approved"
    doc = _document(g["title"], "minutes", options, data.as_of,
                    watermark=None if approved else labels.label("draft", options.lang), strict_glyphs=strict_glyphs)
    _title(doc, "minutes", g["title"], "title")
    doc.add(_meeting_facts(doc, data))
    status = labels.status(m.get("status", "draft"), doc.lang)
    if approved and m.get("approved_on"):
        status += f" · {doc.label('approved_on')} {labels.short_date(common.as_date(m['approved_on']), doc.lang)}"
    doc.add(doc.fields([
        ("minutes_status", doc.para(status if m else doc.label("no_minutes"), doc.lang, "minutes.status", "cell")),
        *(common.approvals(doc, rel, m) if m else []),
        ("recorded_by", common.person(doc, rel, m.get("recorded_by"), "minutes.recorded_by")),
    ]))
    if not m:
        return doc.render(progress)
    doc.heading(1, doc.label("attendance"), doc.lang, "minutes.attendees")
    doc.add(*common.attendance(doc, rel, m, "minutes"))
    if m.get("summary"):
        doc.heading(1, doc.label("summary"), doc.lang, "minutes.summary")
        doc.add(doc.lm(m["summary"], "minutes.summary"))
    _item_notes(doc, g, m)
    doc.heading(1, doc.label("decisions"), doc.lang, "minutes.decisions")
    doc.add(*common.decisions(doc, m, "minutes"))
    doc.heading(1, doc.label("action_items"), doc.lang, "minutes.actions")
    actions = [ActionRow(a, g["id"]) for a in m.get("actions") or []]
    doc.add(common.action_table(doc, rel, actions, data.as_of, "minutes.actions", meeting_column=False)
            if actions else doc.fixed("none_recorded", "small"))
    statements = m.get("statements") or []
    if statements:
        doc.heading(1, doc.label("statements"), doc.lang, "minutes.statements")
        for i, s in enumerate(statements):
            place = f"minutes.statements[{i}]"
            speaker = rel.people.get(s.get("speaker") or "")
            name = doc.inline(speaker["name"], f"{place}.speaker") if speaker else doc.markup(
                s.get("speaker") or "", "en", place)
            text, used, fallback = doc.pick(s["text"])
            speaker_markup = f"<b>{name}</b>: " if name else ""
            doc.add(Para(speaker_markup + doc.markup(text, used, f"{place}.text") + fallback_mark(fallback),
                              styles.style("body", used)))
    return doc.render(progress)


def _item_notes(doc: Document, g: Doc, m: Doc) -> None:
    notes = m.get("items") or []
    if not notes:
        return
    doc.heading(1, doc.label("item_notes"), doc.lang, "minutes.items")
    titles = {item["position"]: item["title"] for item in g["agenda"]}
    for i, note in enumerate(notes):
        place = f"minutes.items[{i}]"
        n = note["agenda_item"]
        title = titles.get(n)
        if title:
            doc.lm_heading(2, title, f"{place}.agenda_item", prefix=f"{n}. ")
        else:
            doc.heading(2, doc.label("agenda_item_n", n=n), doc.lang, place)
        doc.add(doc.lm(note["notes"], f"{place}.notes"))


@pausing
def build_agreement_sheet(data: AgreementData, options: SheetOptions, progress: Progress | None = None,
                          strict_glyphs: bool = False) -> Rendered:
    """One agreement on a page or two: its facts, its summary, its timeline and its attachments."""
    a, rel = data.agreement, data.related
    doc = _document(a["title"], "agreement_sheet", options, data.as_of, strict_glyphs=strict_glyphs)
    _title(doc, "agreement_sheet", a["title"], "title")
    expires = common.as_date(a.get("expires_on"))
    soon = expires is not None and a["status"] in ("signed", "in_force") and expires <= data.as_of + timedelta(days=180)
    meeting = rel.meetings.get(a.get("meeting") or "")
    doc.add(*common.agreement_fields(
        doc, rel, a, f"agreement {a['id']}", data.as_of, expiry_alert=soon,
        extra=[("signed_at_meeting", doc.lm(meeting["title"], "meeting", "cell") if meeting else None)]))
    history = common.timeline(doc, rel, a, "")
    if history is not None:
        doc.heading(1, doc.label("timeline"), doc.lang, "events")
        doc.add(history)
    if a.get("attachments"):
        doc.heading(1, doc.label("attachments"), doc.lang, "attachments")
        rows = [[doc.para(x["name"], "en", f"attachments[{i}].name", "cell"),
                 doc.para(x["media_type"], "en", f"attachments[{i}].media_type", "small"),
                 doc.para(f"{x['size']:,} B", "en", f"attachments[{i}].size", "cell_right")]
                for i, x in enumerate(a["attachments"])]
        w = styles.FRAME_WIDTH
        doc.add(doc.grid(["name", "kind", ""], rows, [w * 0.55, w * 0.30, w * 0.15]))
    doc.add(doc.para(f"{doc.label('prepared_on')}: {labels.short_date(data.as_of, doc.lang)}", doc.lang,
                     "as_of", "note"))
    return doc.render(progress)
