"""The visit briefing pack: cover, contents, and the sections the clerk chose.

Every field is printed in the pack's language, or in another recorded language with a mark such as
[EN] where the translation is missing. With a bilingual pair (e.g. ko | zh) the agreements, the
talking points and the appendix show both languages side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, timezone
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..collector import pausing
from ..domain.langmap import pick
from ..domain.vocab import KNOWN_CITIES
from . import common, labels, styles
from .data import SECTIONS, Doc, PackData, PackOptions
from .document import Document, Meta, Para, Progress, Rendered, fallback_mark


@pausing  # (see collector.py)
def build_pack(data: PackData, options: PackOptions, progress: Progress | None = None,
               strict_glyphs: bool = False) -> Rendered:
    return _Pack(data, options, strict_glyphs).render(progress)


class _Pack:
    def __init__(self, data: PackData, options: PackOptions, strict_glyphs: bool):
        self.data, self.options, self.visit, self.rel = data, options, data.visit, data.related
        lang = options.lang
        title, title_lang = _pick_plain(self.visit["title"], lang)
        self.doc = Document(Meta(
            title=title, title_lang=title_lang, lang=lang, marking=options.marking,
            prepared_by=options.prepared_by, as_of=data.as_of, reproducible=options.reproducible,
            subject=labels.label("briefing_pack", lang),
        ), strict_glyphs=strict_glyphs)

    def render(self, progress: Progress | None) -> Rendered:
        self.cover()
        self.doc.start_body()
        self.doc.contents_here()
        writers: dict[str, Callable[[], None]] = {
            "overview": self.overview, "itinerary": self.itinerary, "delegation": self.delegation,
            "counterparts": self.counterparts, "council": self.council, "agreements": self.agreements,
            "meetings": self.meetings, "actions": self.actions, "talking_points": self.talking_points,
            "appendix": self.appendix,
        }
        for name in SECTIONS:  # the pack's order, whatever order the clerk listed them in
            if name in self.options.sections:
                writers[name]()
        return self.doc.render(progress)

    # --- cover -----------------------------------------------------------------------------------------

    def cover(self) -> None:
        doc, v, lang = self.doc, self.visit, self.options.lang
        doc.add(Spacer(1, 22 * mm), doc.fixed("council", "cover_council"), doc.fixed("briefing_pack", "cover_small"),
                Spacer(1, 16 * mm), doc.lm(v["title"], "title", "cover_title"))
        for other in self._other_languages():  # the title as recorded in the pair's other language
            doc.add(doc.lm({other: v["title"][other]}, f"title.{other}", "cover_line", lang=other))
        when = labels.date_range(_d(v["starts_on"]), _d(v["ends_on"]), lang)
        doc.add(Spacer(1, 10 * mm),
                doc.para(f"{doc.label('destination')}: {labels.city(v['destination_city'], lang)}", lang,
                         "destination_city", "cover_line"),
                doc.para(f"{doc.label('dates')}: {when}", lang, "dates", "cover_line"))
        head = common.person(doc, self.rel, v.get("head"), "head", "cover_line",
                             suffix=doc.markup(f" — {doc.label('head')}", lang, "head", inline=True))
        doc.add(head, Spacer(1, 60 * mm))
        if self.options.prepared_by_names:  # the clerk's display name, in its own language's font
            name = doc.inline(self.options.prepared_by_names, "prepared_by")
            doc.add(Para(doc.markup(f"{doc.label('prepared_by')}: ", lang, "label prepared_by") + name,
                         styles.style("cover_small", lang)))
        elif self.options.prepared_by:
            doc.add(doc.para(f"{doc.label('prepared_by')}: {self.options.prepared_by}", lang, "prepared_by",
                             "cover_small"))
        doc.add(doc.para(f"{doc.label('prepared_on')}: {labels.short_date(self.data.as_of, lang)}", lang,
                         "prepared_on", "cover_small"),
                Spacer(1, 6 * mm),
                doc.para(self.options.marking or doc.label("marking"), lang, "marking", "cover_marking"))

    def _other_languages(self) -> list[str]:
        pair = self.options.bilingual or ()
        return [x for x in pair if x != self.options.lang and self.visit["title"].get(x)]

    # --- sections -----------------------------------------------------------------------------------

    def overview(self) -> None:
        doc, v, lang = self.doc, self.visit, self.options.lang
        doc.section("overview")
        start, end = _d(v["starts_on"]), _d(v["ends_on"])
        meetings = [g for i in v["meetings"] if (g := self.rel.meetings.get(i))]
        agreements = [a for i in v["agreements"] if (a := self.rel.agreements.get(i))]
        doc.add(doc.fields([
            ("destination", doc.para(labels.city(v["destination_city"], lang), lang, "destination_city", "cell")),
            ("dates", doc.para(labels.date_range(start, end, lang), lang, "dates", "cell")),
            ("head", common.person_block(doc, self.rel, v["head"], "head") if v.get("head") else None),
            ("delegation", common.people_list(doc, self.rel, v["delegation"], "delegation") or None),
            ("purpose", doc.lm(v.get("purpose"), "purpose", "cell")),
            ("related_meetings", [p for g in meetings if (p := doc.lm(g["title"], f"meeting {g['id']}", "cell"))]
             or None),
            ("related_agreements", [p for a in agreements
                                    if (p := doc.lm(a["title"], f"agreement {a['id']}", "cell"))] or None),
        ]))

    def itinerary(self) -> None:
        doc, v, lang = self.doc, self.visit, self.options.lang
        doc.section("itinerary")
        items = [(common.as_time(x["starts_at"]), i, x) for i, x in enumerate(v["itinerary"])]
        if not items:
            doc.add(doc.fixed("none_recorded", "small"))
            return
        home = self.data.home_city
        home_tz = KNOWN_CITIES.get(home)
        dest = v["destination_city"]
        local_head = (doc.label("home_time", city=labels.city(dest, lang)) if dest in KNOWN_CITIES
                      else doc.label("local_time"))
        home_head = doc.label("home_time", city=labels.city(home, lang))
        width = styles.FRAME_WIDTH
        first_day = items[0][0].date()
        for day, group in groupby(items, key=lambda t: t[0].date()):
            number = (day - first_day).days + 1
            doc.heading(1, f"{doc.label('day', n=number)} — {labels.long_date(day, lang)}", lang, "itinerary")
            rows = []
            for at, i, item in group:
                place = f"itinerary[{i}]"
                event: list[Flowable] = [doc.lm(item["title"], f"{place}.title", "cell_bold")]
                event.append(doc.lm(item.get("venue"), f"{place}.venue", "small"))
                event.append(common.people_inline(
                    doc, self.rel, item["counterparts"], f"{place}.counterparts", "small",
                    prefix=f'<font color="#1f3a5f"><b>{doc.markup(doc.label("to_meet"), lang, place)}:</b></font> '))
                event.append(doc.lm(item.get("notes"), f"{place}.notes", "small"))
                rows.append([doc.para(labels.clock(at), lang, place, "cell_bold"),
                             doc.para(_home_clock(at, home_tz), lang, place, "small"),
                             [e for e in event if e is not None]])
            table = doc.grid(["", "", "event"], rows, [width * 0.14, width * 0.16, width * 0.70])
            table._cellvalues[0][0] = doc.para(local_head, lang, "itinerary", "cell_head")
            table._cellvalues[0][1] = doc.para(home_head, lang, "itinerary", "cell_head")
            doc.add(table)

    def delegation(self) -> None:
        doc, v = self.doc, self.visit
        doc.section("delegation")
        ids = list(v["delegation"])
        if v.get("head") and v["head"] not in ids:
            ids.insert(0, v["head"])
        if not ids:
            doc.add(doc.fixed("none_recorded", "small"))
            return
        width = styles.FRAME_WIDTH
        rows = []
        for i, pid in enumerate(ids):
            found = self.rel.people.get(pid) or {}
            suffix = (f' <font size="7" color="#1f3a5f">({doc.markup(doc.label("head"), doc.lang, "head", inline=True)})</font>'
                      if pid == v.get("head") else "")
            rows.append([doc.para(str(i + 1), doc.lang, "delegation", "cell"),
                         common.person(doc, self.rel, pid, f"delegation[{i}]", "cell_bold", suffix),
                         doc.lm(found.get("position"), f"delegation[{i}].position", "cell") or "",
                         common.organization(doc, self.rel, found.get("organization"), f"delegation[{i}]") or ""])
        doc.add(doc.grid(["order", "name", "position", "organization"], rows,
                         [width * 0.07, width * 0.23, width * 0.35, width * 0.35]))

    def counterparts(self) -> None:
        doc, v = self.doc, self.visit
        doc.section("counterparts")
        if not self.data.counterparts:
            doc.add(doc.fixed("none_recorded", "small"))
            return
        for pid in self.data.counterparts:
            found = self.rel.people.get(pid)
            place = f"counterparts ({pid})"
            if found is None:
                doc.heading(1, pid, "en", place)
                continue
            doc.lm_heading(1, found["name"], place)
            meetings = []
            for i, item in enumerate(v["itinerary"]):
                if pid in item["counterparts"]:
                    at = common.as_time(item["starts_at"])
                    when = f"{labels.short_date(at.date(), doc.lang)} {labels.clock(at)} "
                    text, used, fallback = doc.pick(item["title"])
                    meetings.append(Para(
                        doc.markup(when, doc.lang, place, inline=True) + doc.markup(text, used, f"itinerary[{i}].title")
                        + fallback_mark(fallback), styles.style("cell", used)))
            doc.add(doc.fields([
                ("name", common.names_in_all_languages(doc, found["name"], f"{place}.name")),
                ("position", doc.lm(found.get("position"), f"{place}.position", "cell")),
                ("organization", common.organization(doc, self.rel, found.get("organization"), place)),
                ("met_at", meetings or None),
            ]))

    def council(self) -> None:
        doc = self.doc
        doc.section("council_section")
        if not self.data.teams:
            doc.add(doc.fixed("none_recorded", "small"))
        for team in self.data.teams:
            place = f"team {team['id']}"
            doc.lm_heading(1, team["name"], place)
            founded = common.as_date(team.get("established_on"))
            by = team.get("established_by")
            by_doc = self.rel.agreements.get(by) if by else None
            members = []
            for i, x in enumerate(team["members"]):
                role = doc.pick(x.get("role"))
                suffix = (f' <font size="7" color="#5b6670">— {doc.markup(role[0], role[1], place, inline=True)}'
                          f"{fallback_mark(role[2])}</font>" if role[0] else "")
                members.append(common.person(doc, self.rel, x["person"], f"{place}.members[{i}]", "cell", suffix))
            doc.add(doc.lm(team.get("description"), f"{place}.description"),
                    doc.fields([
                        ("lead_organizations", [common.organization(doc, self.rel, o, f"{place}.leads")
                                                for o in team["lead_organizations"]] or None),
                        ("members", [p for p in members if p] or None),
                        ("focus_areas", common.lm_list(doc, team.get("focus_areas"), f"{place}.focus_areas") or None),
                        ("established", doc.para(labels.short_date(founded, doc.lang), doc.lang, place, "cell")
                         if founded else None),
                        ("established_by", doc.lm(by_doc["title"], f"{place}.established_by", "cell")
                         if by_doc else None),
                    ]))

    def agreements(self) -> None:
        doc, groups = self.doc, self.data.agreements
        doc.section("agreements")
        shown = False
        for key, docs, group, alert in (("expiring", groups.expiring, "expiring", True),
                                        ("in_force_now", groups.in_force, "in_force", False),
                                        ("negotiating_now", groups.negotiating, "negotiating", False)):
            if not docs and not groups.omitted.get(group):
                continue
            shown = True
            doc.heading(1, doc.label(key), doc.lang, f"agreements {group}")
            for a in docs:
                self._agreement(a, alert)
            if groups.omitted.get(group):
                doc.add(doc.note(doc.label("more_not_listed", n=groups.omitted[group])))
        if groups.past_expiry:
            doc.add(doc.note(doc.label("past_expiry", n=groups.past_expiry)))
        elif not shown:
            doc.add(doc.fixed("none_recorded", "small"))

    def _agreement(self, a: Doc, alert: bool) -> None:
        doc, pair = self.doc, self.options.bilingual
        place = f"agreement {a['id']}"
        doc.lm_heading(2, a["title"], f"{place}.title")
        body = common.agreement_fields(doc, self.rel, a, place, self.data.as_of, with_summary=pair is None,
                                       expiry_alert=alert)
        if pair:
            body.append(Spacer(1, 3))
            body.append(self._pair_rows([("title", "cell_bold"), ("summary", "cell")], a, place))
        if alert:
            for flowable in body:
                if isinstance(flowable, Table):
                    flowable.setStyle([("BACKGROUND", (0, 0), (-1, -1), styles.HIGHLIGHT)])
        history = common.timeline(doc, self.rel, a, place)
        if history is not None:
            body += [Spacer(1, 2), history]
        doc.add(*body, Spacer(1, 4))

    def _pair_rows(self, fields: Sequence[tuple[str, str]], record: Doc, place: str) -> Flowable:
        """The bilingual layout: the same fields in two languages, side by side."""
        doc = self.doc
        left, right = self.options.bilingual or ("ko", "zh")
        rows = []
        for name, style in fields:
            rows.append([doc.lm(record.get(name), f"{place}.{name}", style, lang=left) or "",
                         doc.lm(record.get(name), f"{place}.{name}", style, lang=right) or ""])
        return doc.side_by_side(left, right, rows)

    def meetings(self) -> None:
        doc = self.doc
        doc.section("meetings")
        if not self.data.meetings:
            doc.add(doc.fixed("none_recorded", "small"))
        for g in self.data.meetings:
            place = f"meeting {g['id']}"
            doc.lm_heading(1, g["title"], f"{place}.title")
            at = common.as_time(g["starts_at"])
            minutes = g.get("minutes")
            status = (f"{labels.status(minutes['status'], doc.lang)}" if minutes else doc.label("no_minutes"))
            doc.add(doc.fields([
                ("date_time", doc.para(f"{labels.long_date(at.date(), doc.lang)} {labels.clock(at)}", doc.lang,
                                       place, "cell")),
                ("city", doc.para(labels.city(g["city"], doc.lang), doc.lang, place, "cell")),
                ("venue", doc.lm(g.get("venue"), f"{place}.venue", "cell")),
                ("minutes_status", doc.para(status, doc.lang, place, "cell")),
                ("summary", doc.lm((minutes or {}).get("summary"), f"{place}.minutes.summary", "cell")),
            ]))
            if minutes and (minutes.get("attendees") or minutes.get("guests")):
                doc.add(doc.fixed("attendance", "h3"), *common.attendance(doc, self.rel, minutes, place, compact=True))
            doc.add(doc.fixed("decisions", "h3"), *common.decisions(doc, minutes, place))

    def actions(self) -> None:
        doc = self.doc
        doc.section("actions")
        if not self.data.actions:
            doc.add(doc.fixed("none_recorded", "small"))
        else:
            doc.add(common.action_table(doc, self.rel, self.data.actions, self.data.as_of, "actions"))
        if self.data.actions_omitted:
            doc.add(doc.note(doc.label("more_actions", n=self.data.actions_omitted)))

    def talking_points(self) -> None:
        doc, points = self.doc, self.visit.get("talking_points") or []
        doc.section("talking_points")
        if not points:
            doc.add(doc.fixed("none_recorded", "small"))
            return
        pair = self.options.bilingual
        if pair:
            rows = [[self._numbered(i, p, f"talking_points[{i}]", lang) for lang in pair]
                    for i, p in enumerate(points)]
            doc.add(doc.side_by_side(pair[0], pair[1], rows))
            return
        for i, p in enumerate(points):
            doc.add(self._numbered(i, p, f"talking_points[{i}]", None, "body"))

    def _numbered(self, i: int, value: dict[str, str], place: str, lang: str | None,
                  style: str = "cell") -> Paragraph:
        text, used, fallback = self.doc.pick(value, lang)
        return Para(f"<b>{i + 1}.</b> " + self.doc.markup(text, used, place) + fallback_mark(fallback),
                         styles.style(style, used))

    def appendix(self) -> None:
        doc, pair = self.doc, self.options.bilingual
        doc.section("appendix")
        if not self.data.appendix:
            doc.add(doc.fixed("none_recorded", "small"))
        for a in self.data.appendix:
            place = f"agreement {a['id']}.text"
            doc.lm_heading(1, a["title"], f"agreement {a['id']}.title")
            if a.get("reference"):
                doc.add(doc.para(a["reference"], "en", place, "small"))
            if not a.get("text"):
                doc.add(doc.fixed("no_text", "small"))
                continue
            if pair:
                columns = [_paragraphs(doc.pick(a["text"], lang)) for lang in pair]
                rows = []
                for n in range(max(len(c[0]) for c in columns)):
                    rows.append([self._text_cell(c, n, f"{place}[{n}]") for c in columns])
                doc.add(doc.side_by_side(pair[0], pair[1], rows))
            else:
                lines, used, fallback = _paragraphs(doc.pick(a["text"]))
                for n, line in enumerate(lines):
                    doc.add(doc.para(line, used, f"{place}[{n}]", "body",
                                     suffix=fallback_mark(fallback) if n == 0 else ""))

    def _text_cell(self, column: tuple[list[str], str, str | None], n: int, place: str) -> Flowable | str:
        lines, used, fallback = column
        if n >= len(lines):
            return ""
        return self.doc.para(lines[n], used, place, "cell", suffix=fallback_mark(fallback) if n == 0 else "")


PARAGRAPH_CHARS = 3_000  # longer lines are cut into paragraphs: ReportLab lays out one paragraph in
# time that grows faster than its length (a 1 MB line took over two minutes); pieces keep it linear.


def _paragraphs(picked: tuple[str, str, str | None]) -> tuple[list[str], str, str | None]:
    """A long text as its paragraphs (split at blank lines and line breaks), keeping empty ones out; a
    line longer than PARAGRAPH_CHARS is cut after a sentence or a space near the limit."""
    text, used, fallback = picked
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > PARAGRAPH_CHARS:
            # After the last sentence in reach if there is one, else after the last space, else at the limit.
            found = (line.rfind(mark, PARAGRAPH_CHARS // 2, PARAGRAPH_CHARS) for mark in (". ", "。", " "))
            cut = next((at + 1 for at in found if at >= 0), PARAGRAPH_CHARS)
            out.append(line[:cut])
            line = line[cut:]
        if line.strip():
            out.append(line)
    return [p for p in out if p.strip()], used, fallback


def _home_clock(at: datetime, home: timezone | None) -> str:
    if home is None:
        return ""
    there = at.astimezone(home)
    shift = (there.date() - at.date()).days
    return labels.clock(there) + (f" ({'+' if shift > 0 else '−'}{abs(shift)})" if shift else "")


def _pick_plain(value: dict[str, str], lang: str) -> tuple[str, str]:
    text, fallback = pick(value, lang)
    return text, fallback or lang


def _d(value: str) -> date:
    found = common.as_date(value)
    assert found is not None
    return found
