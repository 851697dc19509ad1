"""A meeting's agenda (run sheet) and minutes as editable Word documents, made with ``python-docx`` from the
same data and language choices as the PDFs: Word's own headings (so the navigation pane and a table of
contents find them), real tables, and page numbers in the footer.

Korean and Chinese show in Word and LibreOffice because every style and every run names an East Asian
font (``w:eastAsia``) and language: Malgun Gothic for Korean and Microsoft YaHei for Chinese, which every
Windows has; LibreOffice substitutes its own CJK font for them, chosen by the language.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from ..domain import minutes_cycle
from ..domain.langmap import pick
from ..domain.vocab import APPROVING_CITIES, KNOWN_CITIES
from . import labels
from .calendar import zone_of
from .data import Doc, MeetingData, Related, SheetOptions

LATIN_FONT = "Arial"
EAST_ASIAN_FONTS = {"ko": "Malgun Gothic", "zh": "Microsoft YaHei"}
LANGUAGE_TAGS = {"ko": "ko-KR", "zh": "zh-CN", "en": "en-GB"}
MUTED = RGBColor(0x5B, 0x66, 0x70)
PAGE_WIDTH = 17.0  # cm between the margins of an A4 page


def _fonts(rpr: Any, lang: str, doc_lang: str) -> None:
    """Name the fonts of a run or style: the Latin one, and the East Asian one of the text's language
    (the document's for Latin text), with the languages Word and LibreOffice choose glyphs by."""
    east = EAST_ASIAN_FONTS.get(lang) or EAST_ASIAN_FONTS.get(doc_lang) or EAST_ASIAN_FONTS["ko"]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr, value in (("w:ascii", LATIN_FONT), ("w:hAnsi", LATIN_FONT), ("w:eastAsia", east),
                        ("w:cs", LATIN_FONT)):
        fonts.set(qn(attr), value)
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.append(tag)
    tag.set(qn("w:val"), LANGUAGE_TAGS["en"] if lang not in ("ko", "zh") else LANGUAGE_TAGS[lang])
    tag.set(qn("w:eastAsia"), LANGUAGE_TAGS["zh" if lang == "zh" else "ko" if lang == "ko" else
                                            (doc_lang if doc_lang in ("ko", "zh") else "ko")])


def _field(paragraph: Paragraph, code: str) -> None:
    """A field Word and LibreOffice fill in (PAGE, NUMPAGES)."""
    run = paragraph.add_run()
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), f" {code} ")
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    inner.append(text)
    simple.append(inner)
    run._r.addnext(simple)


class WordDocument:
    """One document in one language: headings, paragraphs and tables whose texts carry their language."""

    def __init__(self, lang: str, title: str, options: SheetOptions, marking: str = ""):
        self.lang = lang
        self.doc: Document = new_document()
        self.doc.core_properties.title = title
        self.doc.core_properties.author = options.prepared_by or ""
        self.doc.core_properties.language = LANGUAGE_TAGS[lang]
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4, as the PDFs
        for side in ("left_margin", "right_margin"):
            setattr(section, side, Cm(2))
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
        for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "Table Grid", "List Number"):
            try:
                style = self.doc.styles[name]
            except KeyError:
                continue
            _fonts(style.element.get_or_add_rPr(), lang, lang)
        self.doc.styles["Normal"].font.size = Pt(10.5)
        header = section.header.paragraphs[0]
        header.text = ""
        self.run(header, marking or labels.label("marking", lang), lang, size=8, color=MUTED)
        self.run(header, "    " + labels.label("council", lang), lang, size=8, color=MUTED)
        footer = section.footer.paragraphs[0]
        prepared = " · ".join(x for x in (options.prepared_by, ) if x)
        if prepared:
            self.run(footer, f"{labels.label('prepared_by', lang)}: {prepared}    ", lang, size=8, color=MUTED)
        self.run(footer, "", lang, size=8)
        _field(footer, "PAGE")
        self.run(footer, " / ", lang, size=8)
        _field(footer, "NUMPAGES")

    # --- text -----------------------------------------------------------------------------------------

    def run(self, paragraph: Paragraph, text: str, lang: str, bold: bool = False, size: float | None = None,
            color: RGBColor | None = None) -> Any:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size is not None:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        _fonts(run._r.get_or_add_rPr(), lang, self.lang)
        return run

    def pick(self, value: Mapping[str, str] | None) -> tuple[str, str]:
        """A language map's text in the document's language, else another's marked "[EN]" (as the PDFs)."""
        text, fallback = pick(value, self.lang)
        if fallback:
            return f"{text} [{fallback.upper()}]", fallback
        return text, self.lang

    def label(self, key: str, **values: object) -> str:
        return labels.label(key, self.lang, **values)

    def heading(self, level: int, text: str, lang: str | None = None) -> Paragraph:
        paragraph = self.doc.add_heading("", level)
        self.run(paragraph, text, lang or self.lang)
        return paragraph

    def lm_heading(self, level: int, value: Mapping[str, str] | None, prefix: str = "") -> Paragraph:
        text, lang = self.pick(value)
        return self.heading(level, prefix + text, lang)

    def para(self, text: str = "", lang: str | None = None, bold: bool = False, style: str | None = None,
             color: RGBColor | None = None, size: float | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph(style=style)
        if text:
            self.run(paragraph, text, lang or self.lang, bold, size, color)
        return paragraph

    def lm_para(self, value: Mapping[str, str] | None, prefix: str = "", bold_prefix: bool = True) -> Paragraph | None:
        if not value:
            return None
        text, lang = self.pick(value)
        paragraph = self.doc.add_paragraph()
        if prefix:
            self.run(paragraph, prefix, self.lang, bold=bold_prefix)
        for i, line in enumerate(text.split("\n")):
            run = self.run(paragraph, line, lang)
            if i:
                run._r.addprevious(OxmlElement("w:br"))
        return paragraph

    # --- tables ---------------------------------------------------------------------------------------

    def table(self, header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> Table:
        """A grid with a bold header row repeated on every page; a cell is text, (text, lang) or a list of them."""
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        head = table.rows[0]
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        head._tr.get_or_add_trPr().append(flag)
        for cell, text in zip(head.cells, header, strict=True):
            self._cell(cell, [(text, self.lang)], bold=True)
            shade = OxmlElement("w:shd")
            shade.set(qn("w:val"), "clear")
            shade.set(qn("w:fill"), "E8EEF3")
            cell._tc.get_or_add_tcPr().append(shade)
        for values in rows:
            cells = table.add_row().cells
            for cell, value in zip(cells, values, strict=True):
                self._cell(cell, value)
        _widths(table, widths)
        self.doc.add_paragraph()
        return table

    def fields(self, rows: Sequence[tuple[str, Any]]) -> Table | None:
        """Label and value, one row each (rows without a value are left out)."""
        shown = [(key, value) for key, value in rows if value]
        if not shown:
            return None
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        for key, value in shown:
            cells = table.add_row().cells
            self._cell(cells[0], [(self.label(key), self.lang)], bold=True)
            self._cell(cells[1], value)
        _widths(table, [4, PAGE_WIDTH - 4])
        self.doc.add_paragraph()
        return table

    def _cell(self, cell: _Cell, value: Any, bold: bool = False) -> None:
        parts = value if isinstance(value, list) else [value]
        first = True
        for part in parts:
            if part is None or part == "":
                continue
            text, lang = part if isinstance(part, tuple) else (str(part), self.lang)
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            self.run(paragraph, text, lang, bold=bold)
            first = False

    def lm_cell(self, value: Mapping[str, str] | None) -> tuple[str, str] | str:
        return self.pick(value) if value else ""

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def _widths(table: Table, widths: Sequence[float]) -> None:
    """Column widths in cm, in the table's grid (LibreOffice reads these) and in every cell (Word does)."""
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)


# --- the pieces both documents print -------------------------------------------------------------------


def _at(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _person(w: WordDocument, rel: Related, pid: str | None) -> tuple[str, str] | str:
    if not pid:
        return ""
    found = rel.people.get(pid)
    return w.pick(found["name"]) if found else (pid, "en")


def _organization(w: WordDocument, rel: Related, oid: str | None) -> tuple[str, str] | str:
    if not oid:
        return ""
    found = rel.organizations.get(oid)
    return w.pick(found["name"]) if found else (oid, "en")


def _meeting_facts(w: WordDocument, data: MeetingData) -> None:
    g, rel = data.meeting, data.related
    at = _at(g["starts_at"])
    when = f"{labels.long_date(at.date(), w.lang)} {labels.clock(at)}"
    if g.get("ends_at"):
        when += f"–{labels.clock(_at(g['ends_at']))}"
    team = rel.teams.get(g.get("team") or "")
    kind = labels.kind(g["kind"], w.lang) + (f" · {g['number']}" if g.get("number") else "")
    w.fields([
        ("kind", kind),
        ("date_time", when),
        ("city", labels.city(g["city"], w.lang)),
        ("venue", w.lm_cell(g.get("venue"))),
        ("host", _organization(w, rel, g.get("host_organization"))),
        ("team", w.lm_cell(team["name"]) if team else ""),
        ("prepared_on", labels.short_date(data.as_of, w.lang)),
    ])


def _title(w: WordDocument, kind_label: str, title: Mapping[str, str]) -> None:
    text, lang = w.pick(title)
    paragraph = w.doc.add_heading("", 0)
    w.run(paragraph, f"{w.label(kind_label)} — ", w.lang)
    w.run(paragraph, text, lang)


def _zones(city: str) -> list[tuple[str, Any]]:
    """The clocks a run sheet shows: the venue's, then the other council city's (or both, elsewhere)."""
    own = zone_of(city)
    if own is not None:
        return [(city, own), *[(c, zone_of(c)) for c in KNOWN_CITIES if c != city]]
    return [("", None), *[(c, zone_of(c)) for c in KNOWN_CITIES]]


def build_agenda(data: MeetingData, options: SheetOptions) -> bytes:
    """The run sheet: order, start times on the venue's clock and the other city's, the items with their
    descriptions, presenters, durations and the papers (agreements) each needs."""
    g, rel, lang = data.meeting, data.related, options.lang
    text, _ = pick(g["title"], lang)
    w = WordDocument(lang, f"{labels.label('agenda', lang)} — {text}", options, options.marking)
    _title(w, "agenda", g["title"])
    _meeting_facts(w, data)
    if g["participants"]:
        w.heading(1, w.label("attendance"))
        w.table([w.label("name"), w.label("position"), w.label("organization")],
                [_attendee_row(w, rel, pid) for pid in g["participants"]], [5, 6, 6])
    w.heading(1, w.label("agenda"))
    zones = _zones(g["city"])
    clock = _at(g["starts_at"])
    rows = []
    for item in g["agenda"]:
        minutes = item.get("duration_minutes")
        times = [labels.clock(clock if zone is None else clock.astimezone(zone)) for _, zone in zones]
        if minutes is not None:
            clock += timedelta(minutes=minutes)
        what: list[Any] = [(w.pick(item["title"])[0], w.pick(item["title"])[1])]
        if item.get("description"):
            what.append(w.pick(item["description"]))
        papers: list[Any] = []
        agreement = rel.agreements.get(item.get("agreement") or "")
        if agreement is not None:
            if agreement.get("reference"):
                papers.append((agreement["reference"], "en"))
            papers.append(w.pick(agreement["title"]))
            papers += [(x["name"], "en") for x in agreement["attachments"]]
        elif item.get("agreement"):
            papers.append((item["agreement"], "en"))
        rows.append([str(item["position"]), *times, what, _person(w, rel, item.get("presenter")),
                     w.label("minutes_unit", n=minutes) if minutes is not None else "", papers])
    if rows:
        clocks = [w.label("local_time") if not city else w.label("home_time", city=labels.city(city, lang))
                  for city, _ in zones]
        time_width, others = 2.0, 1.3 + 2.6 + 1.5 + 2.8  # the item's column takes what the others leave
        w.table([w.label("order"), *clocks, w.label("item"), w.label("presenter"), w.label("duration"),
                 w.label("papers")], rows,
                [1.3, *([time_width] * len(zones)), PAGE_WIDTH - others - time_width * len(zones), 2.6, 1.5, 2.8])
    else:
        w.para(w.label("none_recorded"), color=MUTED)
    return w.to_bytes()


def _attendee_row(w: WordDocument, rel: Related, pid: str) -> list[Any]:
    found = rel.people.get(pid) or {}
    return [_person(w, rel, pid), w.lm_cell(found.get("position")), _organization(w, rel, found.get("organization"))]


def _roll_call_row(w: WordDocument, rel: Related, a: Doc) -> list[Any]:
    """A line of the roll call: the person, and present, absent, excused or represented by whom."""
    status = a.get("status") or "present"
    if status == "represented" and a.get("represented_by"):
        deputy = rel.people.get(a["represented_by"])
        attendance = w.label("represented_by", name=pick(deputy["name"], w.lang)[0] if deputy else a["represented_by"])
    else:
        attendance = labels.status(status, w.lang)
    return [*_attendee_row(w, rel, a["person"]), attendance]


def _approval_fields(w: WordDocument, rel: Related, m: Doc) -> list[tuple[str, Any]]:
    """When and to whom the minutes were circulated, and each city's approval (who, when)."""
    if not m:
        return []
    m = minutes_cycle.upgraded(m)
    lang = w.lang
    out: list[tuple[str, Any]] = []
    if m.get("circulated_on"):
        out.append(("circulated", w.label("circulated_to", city=labels.city(m.get("circulated_to"), lang),
                                          date=labels.short_date(date.fromisoformat(m["circulated_on"]), lang))))
    if m.get("status") == "draft" and not m.get("approvals"):
        return out
    lines = []
    standing = minutes_cycle.approved_by(m)
    for a in [*(standing.get(c) or {"city": c} for c in APPROVING_CITIES),
              *(a for a in m.get("approvals") or [] if a.get("withdrawn_on"))]:
        city = labels.city(a["city"], lang)
        if not a.get("on"):
            lines.append(w.label("approval_awaited", city=city))
            continue
        when = labels.short_date(date.fromisoformat(a["on"]), lang)
        person = rel.people.get(a.get("by") or "")
        line = w.label("approval_by", city=city, name=pick(person["name"], lang)[0], date=when) if person else \
            w.label("approval_by_city", city=city, date=when)
        if a.get("withdrawn_on"):
            line += " — " + w.label("approval_withdrawn",
                                    date=labels.short_date(date.fromisoformat(a["withdrawn_on"]), lang))
        lines.append(line)
    out.append(("approvals", "\n".join(lines)))
    return out


def _attendance(w: WordDocument, rel: Related, m: Doc) -> None:
    """The roll call by city (Seoul, Beijing, others: each person's organization's city), then the guests."""
    m = minutes_cycle.upgraded(m)
    entries = [a for a in m.get("attendees") or [] if isinstance(a, dict)]
    city_of = {a["person"]: (rel.organizations.get((rel.people.get(a["person"]) or {}).get("organization") or "")
                             or {}).get("city") for a in entries}
    for city, rows in minutes_cycle.by_city(entries, city_of).items():
        if rows:
            w.heading(2, w.label("others") if city == "other" else labels.city(city, w.lang))
            w.table([w.label("name"), w.label("position"), w.label("organization"), w.label("attendance_status")],
                    [_roll_call_row(w, rel, a) for a in rows], [4, 4.5, 5, 3.5])
    if not entries:
        w.para(w.label("none_recorded"), color=MUTED)
    if m.get("guests"):
        w.heading(2, w.label("guests"))
        w.table([w.label("name"), w.label("affiliation")],
                [[g["name"], g.get("affiliation") or ""] for g in m["guests"]], [6, 11])


def build_minutes(data: MeetingData, options: SheetOptions) -> bytes:
    """Attendance, summary, notes per agenda item, decisions, action items and statements; "draft" in the
    header until the minutes are approved."""
    g, rel, lang = data.meeting, data.related, options.lang
    m: Doc = g.get("minutes") or {}
    approved = m.get("status") == "approved"
    marking = options.marking or labels.label("marking", lang)
    if not approved:
        marking = f"{labels.label('draft', lang)} · {marking}"
    text, _ = pick(g["title"], lang)
    w = WordDocument(lang, f"{labels.label('minutes', lang)} — {text}", options, marking)
    _title(w, "minutes", g["title"])
    _meeting_facts(w, data)
    status = labels.status(m.get("status", "draft"), lang) if m else w.label("no_minutes")
    if approved and m.get("approved_on"):
        status += f" · {w.label('approved_on')} {labels.short_date(date.fromisoformat(m['approved_on']), lang)}"
    w.fields([("minutes_status", status), *_approval_fields(w, rel, m),
              ("recorded_by", _person(w, rel, m.get("recorded_by")))])
    if not m:
        return w.to_bytes()
    w.heading(1, w.label("attendance"))
    _attendance(w, rel, m)
    if m.get("summary"):
        w.heading(1, w.label("summary"))
        w.lm_para(m["summary"])
    if m.get("items"):
        w.heading(1, w.label("item_notes"))
        titles = {item["position"]: item["title"] for item in g["agenda"]}
        for note in m["items"]:
            n = note["agenda_item"]
            if titles.get(n):
                w.lm_heading(2, titles[n], prefix=f"{n}. ")
            else:
                w.heading(2, w.label("agenda_item_n", n=n))
            w.lm_para(note["notes"])
    w.heading(1, w.label("decisions"))
    if m.get("decisions"):
        for i, d in enumerate(m["decisions"], 1):
            paragraph = w.lm_para(d["text"], prefix=f"{i}. ", bold_prefix=True)
            if paragraph is not None and d.get("agenda_item") is not None:
                w.run(paragraph, f"  ({w.label('agenda_item_n', n=d['agenda_item'])})", lang, size=8, color=MUTED)
    else:
        w.para(w.label("no_decisions"), color=MUTED)
    w.heading(1, w.label("action_items"))
    actions = m.get("actions") or []
    if actions:
        rows = []
        for a in actions:
            due = date.fromisoformat(a["due_on"]) if a.get("due_on") else None
            late = due is not None and due < data.as_of and a.get("status") == "open"
            due_text = labels.short_date(due, lang) + (f" ({w.label('overdue')})" if late else "")
            rows.append([w.pick(a["text"]), _person(w, rel, a.get("owner")), due_text,
                         labels.status(a.get("status") or "open", lang)])
        w.table([w.label("action"), w.label("owner"), w.label("due"), w.label("status")], rows, [8.5, 3.5, 3, 2])
    else:
        w.para(w.label("none_recorded"), color=MUTED)
    if m.get("statements"):
        w.heading(1, w.label("statements"))
        for s in m["statements"]:
            speaker = rel.people.get(s.get("speaker") or "")
            name, name_lang = w.pick(speaker["name"]) if speaker else (s.get("speaker") or "", "en")
            text, text_lang = w.pick(s["text"])
            paragraph = w.doc.add_paragraph()
            if name:
                w.run(paragraph, name, name_lang, bold=True)
                w.run(paragraph, ": ", lang)
            w.run(paragraph, text, text_lang)
    return w.to_bytes()
