"""The facade every printed document is written through: it owns the story and the page templates.

A document is built in one pass. Numbers that are only known at the end — the page count in "n / N"
and the page of every heading in the table of contents — are drawn as PDF form objects that are
defined after the last page (ReportLab allows a form to be used before it is defined). That keeps
the TOC exact without the two or three passes of ReportLab's ``multiBuild``.

Every heading becomes a bookmark (the PDF outline, with sub-sections nested), a TOC line and a link.
User text reaches ReportLab only through :meth:`Document.markup` (escaped, glyph-checked).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.langmap import pick
from . import labels, styles, typeface
from .markup import MissingGlyph, Scribe, plain

# (flowables done, flowables in all). It may raise to cancel: the exception ends the build, nothing is kept.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Meta:
    title: str  # plain text, for the page header, the PDF's title and the cover
    title_lang: str  # the language that title is in (picks its font)
    lang: str  # the document's language: labels, dates, fallbacks
    marking: str = ""  # the handling marking on every page; "" = the standard one in ``lang``
    prepared_by: str = ""
    as_of: date | None = None  # the "prepared on" date printed on the document
    watermark: str | None = None  # e.g. "DRAFT" across every page
    reproducible: bool = False  # ReportLab's invariant output: same input, same bytes
    subject: str = ""


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    missing: tuple[MissingGlyph, ...]  # characters no bundled font has (printed as □)


@dataclass
class _Heading:
    key: str
    level: int
    markup: str  # for the TOC line (already escaped)
    lang: str  # the language of the heading text (its font)
    outline: str  # plain text for the bookmark
    page: int | None = None


class Para(Paragraph):
    """A Paragraph that remembers its line breaking for the last width: tables wrap every cell two or
    three times (to size the rows, to split them, to draw them), and breaking lines is most of the
    cost of a pack. A paragraph's lines depend only on its width."""

    _wrapped_at: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_at and "blPara" in self.__dict__:  # (split() may drop the lines)
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth if availWidth >= 1 else None
        return size


class Heading(Para):
    """A heading paragraph that places its bookmark, outline entry and page record when drawn."""

    entry: _Heading | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if parts and self.entry is not None:
            parts[0].entry = self.entry  # only the first part carries the bookmark
        return parts

    def draw(self) -> None:
        entry = self.entry
        if entry is not None and entry.page is None:
            canv = self.canv
            canv.bookmarkHorizontal(entry.key, 0, self.height + 4)
            canv.addOutlineEntry(entry.outline, entry.key, level=entry.level, closed=entry.level > 0)
            entry.page = canv.getPageNumber()
        super().draw()


class FormRef(Flowable):
    """Draws a form that is defined after the build (a page number known only at the end)."""

    def __init__(self, form: str, width: float, height: float, align_right: bool = True):
        super().__init__()
        self.form, self.width, self.height, self.align_right = form, width, height, align_right

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width if self.align_right else 0, 2)
        self.canv.doForm(self.form)
        self.canv.restoreState()


class _Template(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, owner: Document, **kw: Any):
        super().__init__(buffer, **kw)
        self.owner = owner
        self.page_count = 0

    def afterPage(self) -> None:
        self.page_count = self.canv.getPageNumber()


class Document:
    """One printed document: add flowables through the helpers, then :meth:`render`."""

    def __init__(self, meta: Meta, strict_glyphs: bool = False):
        typeface.font_name(meta.lang)
        typeface.font_name("en")  # page numbers and table defaults
        self.meta = meta
        self.lang = meta.lang
        self.scribe = Scribe(strict=strict_glyphs)
        self.story: list[Flowable] = []
        self.headings: list[_Heading] = []
        self._contents_at: int | None = None
        self._fallback_used = False
        self._contents_key: str | None = None
        self._has_cover = False
        self._lines: dict[tuple[Any, ...], Para] = {}  # the running header's and footer's, made once
        size = styles.style("header", self.lang).fontSize
        marking = meta.marking or labels.label("marking", self.lang)
        self._marking_lang = _guess_lang(marking) if meta.marking else self.lang
        self._marking_width = min(70 * mm, stringWidth(plain(marking), typeface.font_name(
            self._marking_lang, bold=True), size) + 2)
        marking = fit(marking, typeface.font_name(self._marking_lang, bold=True), size, self._marking_width)
        self._marking_markup = self.markup(marking, self._marking_lang, "marking")
        title = fit(meta.title, typeface.font_name(meta.title_lang), size,
                    styles.FRAME_WIDTH - self._marking_width - 8 * mm)
        self._header_markup = self.markup(title, meta.title_lang, "title")

    # --- text -------------------------------------------------------------------------------------

    def markup(self, text: str, lang: str, place: str, bold: bool = False, inline: bool = False) -> str:
        """The one way text becomes markup (escaped, set in fonts that have its glyphs). ``inline``: the
        text sits in a paragraph of another language, so it carries its own font."""
        markup = self.scribe.markup(text, lang, place, bold)
        if inline and markup:
            return f'<font name="{typeface.font_name(lang, bold)}">{markup}</font>'
        return markup

    def label(self, key: str, **values: object) -> str:
        return labels.label(key, self.lang, **values)

    def para(self, text: str, lang: str, place: str, style: str = "body", suffix: str = "") -> Paragraph:
        """A paragraph of plain text in ``lang``; ``suffix`` is extra markup (already safe)."""
        markup = self.markup(text, lang, place, styles.is_bold(style))
        return Para(markup + suffix, styles.style(style, lang))

    def fixed(self, key: str, style: str = "body", **values: object) -> Paragraph:
        return self.para(self.label(key, **values), self.lang, f"label {key}", style)

    def pick(self, value: Mapping[str, str] | None, lang: str | None = None) -> tuple[str, str, str | None]:
        """(text, its language, the fallback language or None) of a language map for ``lang``."""
        want = lang or self.lang
        text, fallback = pick(value, want)
        if fallback:
            self._fallback_used = True
        return text, fallback or want, fallback

    def lm(self, value: Mapping[str, str] | None, place: str, style: str = "body",
           lang: str | None = None, empty: str = "") -> Paragraph | None:
        """A language map in the document's language (or ``lang``), marked when it falls back."""
        text, used, fallback = self.pick(value, lang)
        if not text:
            return self.para(empty, self.lang, place, style) if empty else None
        return self.para(text, used, place, style, suffix=fallback_mark(fallback))

    def inline(self, value: Mapping[str, str] | None, place: str, lang: str | None = None) -> str:
        """Markup of a language map to sit inside a paragraph of another language: in its own font."""
        text, used, fallback = self.pick(value, lang)
        if not text:
            return ""
        return self.markup(text, used, place, inline=True) + fallback_mark(fallback)

    def joined(self, parts: Sequence[str], style: str = "cell", separator: str = ", ") -> Paragraph | None:
        """Pieces of markup (from :meth:`inline`) run together in one paragraph."""
        parts = [p for p in parts if p]
        if not parts:
            return None
        return Para(self.markup(separator, self.lang, "separator").join(parts), styles.style(style, self.lang))

    def lm_text(self, value: Mapping[str, str] | None, lang: str | None = None) -> str:
        """Plain text of a language map (for outline entries and headers), with its fallback mark."""
        text, _, fallback = self.pick(value, lang)
        return plain(text) + (f" [{fallback.upper()}]" if fallback else "")

    # --- structure ----------------------------------------------------------------------------------

    def add(self, *flowables: Flowable | None) -> None:
        self.story.extend(f for f in flowables if f is not None)

    def heading(self, level: int, text: str, lang: str, place: str, fallback: str | None = None,
                new_page: bool = False) -> str:
        """A section (level 0) or sub-section (level 1, 2) heading; returns its bookmark key."""
        key = f"h{len(self.headings) + 1}"
        style = ("h1", "h2", "h3")[level]
        markup = self.markup(text, lang, place, bold=True)
        toc_markup = self.markup(text, lang, place, bold=level == 0) + fallback_mark(fallback)
        entry = _Heading(key, level, toc_markup, lang,
                         plain(text) + (f" [{fallback.upper()}]" if fallback else ""))
        self.headings.append(entry)
        if new_page:
            self.story.append(PageBreak())
        para = Heading(markup + fallback_mark(fallback), styles.style(style, lang))
        para.keepWithNext = True
        para.entry = entry
        self.story.append(para)
        return key

    def section(self, label_key: str, **values: object) -> str:
        """A top-level section on a new page, titled with a fixed label."""
        return self.heading(0, self.label(label_key, **values), self.lang, f"section {label_key}",
                            new_page=True)

    def lm_heading(self, level: int, value: Mapping[str, str] | None, place: str, prefix: str = "") -> str:
        text, used, fallback = self.pick(value)
        return self.heading(level, prefix + text, used, place, fallback)

    def contents_here(self) -> None:
        """Put the table of contents here (filled in when the story is complete)."""
        self._contents_key = self.heading(0, self.label("contents"), self.lang, "contents")
        self._contents_at = len(self.story)

    def start_body(self) -> None:
        """After the cover: later pages get the running header and footer."""
        self._has_cover = True
        self.story += [NextPageTemplate("body"), PageBreak()]

    # --- tables --------------------------------------------------------------------------------------

    def fields(self, rows: Sequence[tuple[str, Flowable | Sequence[Flowable] | None]],
               label_width: float = 34 * mm) -> Table | None:
        """A two-column table of labelled values; rows whose value is None are left out."""
        data = [[self.fixed(key, "cell_head"), value] for key, value in rows if value]
        if not data:
            return None
        return make_table(data, [label_width, styles.FRAME_WIDTH - label_width], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, styles.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
        ])

    def grid(self, header: Sequence[str | Flowable], rows: Sequence[Sequence[Any]], widths: Sequence[float],
             highlight: Sequence[int] = ()) -> Table:
        """A data table: a header row of labels (or ready cells), repeated on every page, then rows of cells."""
        head = [(self.fixed(key, "cell_head") if isinstance(key, str) else key) if key else "" for key in header]
        commands: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.NAVY),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, styles.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ]
        commands += [("BACKGROUND", (0, r + 1), (-1, r + 1), styles.HIGHLIGHT) for r in highlight]
        return make_table([head, *rows], widths, commands, repeatRows=1)

    def side_by_side(self, left: str, right: str, rows: Sequence[tuple[Any, Any]]) -> Table:
        """Two languages in two columns, headed by the languages' names (the bilingual layout)."""
        head = [self.para(labels.language_name(code, self.lang), self.lang, "column", "cell_head")
                for code in (left, right)]
        half = styles.FRAME_WIDTH / 2
        return make_table([head, *rows], [half, half], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, styles.NAVY),
            ("LINEBEFORE", (1, 0), (1, -1), 0.4, styles.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("LEFTPADDING", (1, 0), (1, -1), 8),
            ("RIGHTPADDING", (0, 0), (0, -1), 8),
        ], repeatRows=1)

    def note(self, text: str) -> Paragraph:
        return self.para(text, self.lang, "note", "note")

    # --- rendering -----------------------------------------------------------------------------------

    def render(self, progress: Progress | None = None) -> Rendered:
        buffer = io.BytesIO()
        doc = _Template(
            buffer, self, pagesize=styles.PAGE, leftMargin=styles.MARGIN_X, rightMargin=styles.MARGIN_X,
            topMargin=styles.MARGIN_TOP, bottomMargin=styles.MARGIN_BOTTOM,
            title=plain(self.meta.title), author=self.meta.prepared_by, subject=self.meta.subject,
            creator="Secretariat", invariant=1 if self.meta.reproducible else 0,
            initialFontName=typeface.font_name("en"), initialFontSize=9.5, lang=_pdf_lang(self.lang),
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("cover", [frame], onPage=self._draw_cover_page),
                     PageTemplate("body", [frame], onPage=self._draw_body_page)]
        doc.addPageTemplates(templates if self._has_cover else templates[::-1])  # the first one starts
        story = list(self.story)
        if self._contents_at is not None:
            story[self._contents_at:self._contents_at] = self._contents()
        if progress is not None:
            total = len(story)

            def on_progress(kind: str, value: int) -> None:
                if kind == "PROGRESS":
                    progress(value, total)

            doc.setProgressCallBack(on_progress)
        self._check_glyphs(story)
        doc._doSave = 0  # the forms below must be defined before the file is written
        doc.build(story)
        self._define_forms(doc.canv, doc.page_count)
        doc.canv.save()
        pages = doc.page_count
        # The template and its canvas refer to each other, and through the template to this document and
        # its story: let go of them here, so that a hundred thousand objects go at once, not wait for
        # the cycle collector to find them.
        vars(doc).clear()
        return Rendered(buffer.getvalue(), pages, tuple(self.scribe.missing))

    def _check_glyphs(self, story: Sequence[Any]) -> None:
        """Every run of every paragraph against the font it is set in (ReportLab would draw a blank)."""
        for para in _paragraphs(story):
            def where(frags: Any = para.frags) -> str:
                return f"the text “{plain(' '.join(getattr(f, 'text', '') for f in frags))[:40]}”"

            for frag in para.frags:
                text = getattr(frag, "text", "")
                if text:
                    self.scribe.check_drawn(text, frag.fontName, where)

    def _contents(self) -> list[Flowable]:
        number_width = 14 * mm
        rows, commands = [], []
        for h in self._listed():
            indent = "" if h.level == 0 else "&nbsp;" * 6
            text = Para(f'{indent}<a href="#{h.key}">{h.markup}</a>',
                             styles.style("toc1" if h.level == 0 else "toc2", h.lang))
            rows.append([text, FormRef(f"pg-{h.key}", number_width - 2, 10)])
            if h.level == 0:
                commands.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 7))
                commands.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, styles.RULE))
        if not rows:
            return []
        table = make_table(rows, [styles.FRAME_WIDTH - number_width, number_width], [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            *commands,
        ], split_in_row=False)
        out: list[Flowable] = [table]
        if self._fallback_used:
            out += [Spacer(1, 8), self.note(self.label("fallback_legend"))]
        return out

    def _listed(self) -> list[_Heading]:
        """The headings the table of contents lists (none without one): sections and sub-sections."""
        if self._contents_at is None:
            return []
        return [h for h in self.headings if h.key != self._contents_key and h.level <= 1]

    def _define_forms(self, canv: Any, pages: int) -> None:
        def number(name: str, text: str, align_right: bool) -> None:
            canv.beginForm(name, lowerx=-60, lowery=-4, upperx=60, uppery=14)
            canv.setFont(typeface.font_name("en"), 7.5 if name == "total" else 9)
            canv.setFillColor(styles.MUTED if name == "total" else styles.INK)
            (canv.drawRightString if align_right else canv.drawString)(0, 0, text)
            canv.endForm()

        number("total", str(pages), align_right=False)
        if self.meta.watermark:
            self._define_watermark(canv)
        for h in self._listed():  # (the page numbers the contents show)
            number(f"pg-{h.key}", str(h.page or ""), align_right=True)

    # --- page decoration -------------------------------------------------------------------------------

    def _draw_watermark(self, canv: Any) -> None:
        """The watermark is one form object, drawn on every page (and easy to find in the file)."""
        if self.meta.watermark:
            canv.doForm("watermark")

    def _define_watermark(self, canv: Any) -> None:
        width, height = styles.PAGE
        canv.beginForm("watermark", 0, 0, width, height)
        canv.setFillColor(styles.WATERMARK)
        canv.setFont(typeface.font_name(self.lang, bold=True), 110)
        canv.translate(width / 2, height / 2)
        canv.rotate(45)
        canv.drawCentredString(0, -40, self.meta.watermark or "")
        canv.endForm()

    def _draw_cover_page(self, canv: Any, doc: BaseDocTemplate) -> None:
        width, height = styles.PAGE
        canv.saveState()
        canv.setFillColor(styles.NAVY)
        canv.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
        canv.rect(0, 0, width, 6 * mm, stroke=0, fill=1)
        canv.restoreState()
        self._draw_watermark(canv)

    def _draw_body_page(self, canv: Any, doc: BaseDocTemplate) -> None:
        width, height = styles.PAGE
        top = height - styles.MARGIN_TOP + 9 * mm
        canv.saveState()
        canv.setStrokeColor(styles.RULE)
        canv.setLineWidth(0.5)
        canv.line(styles.MARGIN_X, top - 2.5 * mm, width - styles.MARGIN_X, top - 2.5 * mm)
        marking_w = self._marking_width
        self._draw_line(canv, self._header_markup, self.meta.title_lang, styles.MARGIN_X, top,
                        styles.FRAME_WIDTH - marking_w - 6 * mm)
        self._draw_line(canv, self._marking_markup, self._marking_lang, width - styles.MARGIN_X - marking_w, top,
                        marking_w, bold=True, colour=styles.ALERT, right=True)
        bottom = styles.MARGIN_BOTTOM - 10 * mm
        canv.line(styles.MARGIN_X, bottom + 4 * mm, width - styles.MARGIN_X, bottom + 4 * mm)
        council = self.label("council")
        self._draw_line(canv, self.markup(council, self.lang, "council"), self.lang, styles.MARGIN_X, bottom,
                        styles.FRAME_WIDTH / 2)
        at = width - styles.MARGIN_X - 10 * mm  # "n / " ends here, where the total (known at the end) starts
        canv.setFont(typeface.font_name("en"), 7.5)
        canv.setFillColor(styles.MUTED)
        canv.drawRightString(at, bottom + 1, f"{canv.getPageNumber()} / ")
        canv.translate(at, bottom + 1)
        canv.doForm("total")
        canv.restoreState()
        self._draw_watermark(canv)

    def _draw_line(self, canv: Any, markup: str, lang: str, x: float, y: float, width: float,
                   bold: bool = False, colour: Any = None, right: bool = False) -> None:
        """One line of (already safe and already shortened) markup at (x, y). The same lines are on
        every page: each is made and wrapped once (parsing and breaking are most of the cost)."""
        key = (markup, lang, width, bold, str(colour), right)
        para = self._lines.get(key)
        if para is None:
            base = styles.style("header", lang)
            style = base.clone(f"{base.name}-{'b' if bold else 'r'}{'R' if right else 'L'}",
                               textColor=colour or base.textColor, alignment=2 if right else 0)
            para = self._lines[key] = Para(f"<b>{markup}</b>" if bold else markup, style)
            para.wrap(width, 100)
        para.drawOn(canv, x, y)


def _paragraphs(flowables: Any) -> Any:
    """Every Paragraph in a story, inside tables and groups too."""
    for item in flowables if isinstance(flowables, (list, tuple)) else [flowables]:
        if isinstance(item, Paragraph):
            yield item
        elif isinstance(item, Table):
            for row in item._cellvalues:
                yield from _paragraphs(list(row))
        elif isinstance(item, (list, tuple)):
            yield from _paragraphs(item)
        elif hasattr(item, "_content"):
            yield from _paragraphs(item._content)


def make_table(data: Sequence[Sequence[Any]], widths: Sequence[float], commands: Sequence[tuple[Any, ...]],
               repeatRows: int = 0, split_in_row: bool = True) -> Table:
    """A table in our fonts (ReportLab's default cell font is Helvetica, which is never embedded);
    a row taller than a page is split inside (long texts in cells)."""
    table = Table(data, colWidths=list(widths), repeatRows=repeatRows, hAlign="LEFT",
                  splitInRow=1 if split_in_row else 0)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), typeface.font_name("en"), 8.5), *commands]))
    return table


def fallback_mark(fallback: str | None) -> str:
    """The mark after a text shown in another language than the document's: e.g. [EN]."""
    if not fallback:
        return ""
    return f' <font size="7" color="#5b6670">[{fallback.upper()}]</font>'


def _guess_lang(text: str) -> str:
    """The language of a free text typed for a document (a custom marking): by its script."""
    for ch in text:
        cp = ord(ch)
        if 0xAC00 <= cp <= 0xD7A3 or 0x1100 <= cp <= 0x11FF or 0x3130 <= cp <= 0x318F:
            return "ko"
        if 0x4E00 <= cp <= 0x9FFF:
            return "zh"
    return "en"


def _pdf_lang(lang: str) -> str:
    return {"ko": "ko-KR", "zh": "zh-CN"}.get(lang, "en")


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with an ellipsis to fit ``width`` points."""
    text = plain(text)
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with the ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
