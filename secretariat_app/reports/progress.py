"""The progress report "since the Nth general conference": what the council committed to since then,
and what was done, is late, still open or dropped — per team and per agreement, with the owners in both
cities. In one language, or with the actions' texts in two languages side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..collector import pausing
from . import common, labels, styles
from .data import STANDINGS, Doc, ProgressData, ProgressOptions
from .document import Document, Meta, Para, Progress, Rendered

_COUNT_LABELS = {"done": "count_done", "late": "count_late", "open": "count_open", "cancelled": "count_dropped"}


@pausing  # (see collector.py)
def build_progress(data: ProgressData, options: ProgressOptions, progress: Progress | None = None,
                   strict_glyphs: bool = False) -> Rendered:
    return _Report(data, options, strict_glyphs).render(progress)


def counts(rows: Sequence[Doc]) -> dict[str, int]:
    """How many were committed, and how many stand done, late, open and dropped."""
    out = {"committed": len(rows), **{s: 0 for s in STANDINGS}}
    for r in rows:
        out[r["standing"]] += 1
    return out


class _Report:
    def __init__(self, data: ProgressData, options: ProgressOptions, strict_glyphs: bool):
        self.data, self.options, self.rel = data, options, data.related
        lang = options.lang
        self.title = self._title(lang)
        self.doc = Document(Meta(
            title=f"{labels.label('progress_report', lang)} — {self.title}", title_lang=lang, lang=lang,
            marking=options.marking, prepared_by=options.prepared_by, as_of=data.as_of,
            reproducible=options.reproducible, subject=labels.label("progress_report", lang),
        ), strict_glyphs=strict_glyphs)

    def _title(self, lang: str) -> str:
        since = self.data.since
        if since.get("kind") == "general_conference" and since.get("number"):
            return labels.label("since_conference", lang, n=labels.ordinal(since["number"], lang))
        title = since.get("title") or {}
        return labels.label("since_meeting", lang, title=title.get(lang) or next(iter(title.values()), since["id"]))

    def render(self, progress: Progress | None) -> Rendered:
        doc, lang, data = self.doc, self.options.lang, self.data
        doc.add(doc.fixed("council", "cover_council"), doc.fixed("progress_report", "cover_small"))
        doc.heading(0, self.title, lang, "title")
        start = common.as_time(data.since["starts_at"]).date()
        since_title = doc.lm(data.since.get("title"), "since.title", "cell")
        period = doc.para(labels.date_range(start, data.as_of, lang), lang, "period", "cell")
        doc.add(doc.fields([("meeting", since_title), ("period", period),
                            ("prepared_on", doc.para(labels.short_date(data.as_of, lang), lang, "as_of", "cell")),
                            ("prepared_by", doc.para(self.options.prepared_by, "en", "prepared_by", "cell")
                             if self.options.prepared_by else None)]))
        rows = data.commitments
        if not rows:
            doc.add(Spacer(1, 4 * mm), doc.fixed("no_commitments"))
            return doc.render(progress)
        by_team = self._groups(rows, "team", self._team_name)
        by_agreement = self._groups(rows, "agreement", self._agreement_name)
        doc.heading(1, doc.label("overview_counts"), lang, "overview")
        doc.add(self._count_table(by_team, "team"), Spacer(1, 3 * mm),
                self._count_table(by_agreement, "agreement_column"))
        doc.add(doc.note(doc.label("late_legend")))
        doc.heading(0, doc.label("by_team"), lang, "by_team", new_page=True)
        for name, group in by_team:
            self._group(name, group, "team")
        doc.heading(0, doc.label("by_agreement"), lang, "by_agreement", new_page=True)
        for name, group in by_agreement:
            self._group(name, group, "agreement")
        return doc.render(progress)

    # --- groups -------------------------------------------------------------------------------------

    def _groups(self, rows: Sequence[Doc], key: str, name: Callable[[str | None], Any]) -> list[tuple[Any, list[Doc]]]:
        """Rows by team or agreement, in the order each first appears (oldest meeting first); the ones
        without one last."""
        order: dict[str | None, list[Doc]] = {}
        for r in rows:
            order.setdefault(r.get(key), []).append(r)
        keys = [k for k in order if k is not None] + ([None] if None in order else [])
        return [(name(k), order[k]) for k in keys]

    def _team_name(self, team: str | None) -> Any:
        if team is None:
            return ("label", "council_wide")
        found = self.rel.teams.get(team)
        return ("lm", found["name"]) if found else ("id", team)

    def _agreement_name(self, agreement: str | None) -> Any:
        if agreement is None:
            return ("label", "no_agreement")
        found = self.rel.agreements.get(agreement)
        if not found:
            return ("id", agreement)
        return ("lm", found["title"], found.get("reference"))

    def _name_para(self, name: Any, place: str, style: str) -> Para:
        doc = self.doc
        if name[0] == "label":
            return doc.fixed(name[1], style)
        if name[0] == "id":
            return doc.para(name[1], "en", place, style)
        para = doc.lm(name[1], place, style) or doc.para("—", doc.lang, place, style)
        if len(name) > 2 and name[2]:
            return Para(doc.markup(name[2], "en", place, inline=True) + " · " + para.text, para.style)
        return para

    def _heading(self, name: Any, place: str) -> None:
        doc = self.doc
        if name[0] == "label":
            doc.heading(1, doc.label(name[1]), doc.lang, place)
        elif name[0] == "id":
            doc.heading(1, name[1], "en", place)
        else:
            prefix = f"{name[2]} · " if len(name) > 2 and name[2] else ""
            doc.lm_heading(1, name[1], place, prefix=prefix)

    def _count_table(self, groups: list[tuple[Any, list[Doc]]], head: str) -> Flowable:
        doc, w = self.doc, styles.FRAME_WIDTH
        cells = []
        total = counts([r for _, g in groups for r in g])
        late_rows = []
        for i, (name, group) in enumerate(groups):
            c = counts(group)
            if c["late"]:
                late_rows.append(i)
            cells.append([self._name_para(name, f"{head}[{i}]", "cell"),
                          *[self._number(c[k]) for k in ("committed", *STANDINGS)]])
        cells.append([doc.fixed("all_commitments", "cell_bold"),
                      *[self._number(total[k], bold=True) for k in ("committed", *STANDINGS)]])
        return doc.grid([head, "count_committed", *[_COUNT_LABELS[s] for s in STANDINGS]], cells,
                        [w * 0.40] + [w * 0.12] * 5, highlight=late_rows)

    def _number(self, n: int, bold: bool = False) -> Para:
        return self.doc.para(str(n), "en", "count", "cell_bold" if bold else "cell")

    def _group(self, name: Any, rows: list[Doc], by: str) -> None:
        doc = self.doc
        self._heading(name, f"{by} group")
        c = counts(rows)
        line = " · ".join(f"{doc.label(k)} {c[s]}" for s, k in (("committed", "count_committed"), *(
            (s, _COUNT_LABELS[s]) for s in STANDINGS)))
        counted = doc.para(line, doc.lang, f"{by} counts", "small")
        counted.keepWithNext = True  # not alone at the foot of a page, away from its table
        doc.add(counted)
        doc.add(self._table(rows, by))

    # --- the commitments' table ----------------------------------------------------------------------

    def _table(self, rows: Sequence[Doc], by: str) -> Flowable:
        doc, w, pair = self.doc, styles.FRAME_WIDTH, self.options.bilingual
        cells, late = [], []
        for i, r in enumerate(rows):
            place = f"commitments[{r['id']}]"
            if r["standing"] == "late":
                late.append(i)
            what = self._what(r, place, by, pair[0] if pair else None)
            texts = [what] if not pair else [what, [p for p in (doc.lm(r["text"], f"{place}.text", "cell",
                                                                       lang=pair[1]),) if p]]
            cells.append([
                *texts,
                common.person(doc, self.rel, r.get("owner_seoul"), f"{place}.owner_seoul") or "—",
                common.person(doc, self.rel, r.get("owner_beijing"), f"{place}.owner_beijing") or "—",
                common.date_para(doc, r.get("due_on"), f"{place}.due_on", alert=r["standing"] == "late") or "—",
                doc.para(labels.status(r["standing"], doc.lang), doc.lang, f"{place}.standing",
                         "cell_bold" if r["standing"] == "late" else "cell"),
            ])
        if pair:
            widths = [w * 0.24, w * 0.24, w * 0.13, w * 0.13, w * 0.13, w * 0.13]
            return self._pair_grid(pair, cells, widths, late)
        widths = [w * 0.40, w * 0.15, w * 0.15, w * 0.16, w * 0.14]
        return doc.grid(["action", "owner_seoul", "owner_beijing", "due", "status"], cells, widths, highlight=late)

    def _pair_grid(self, pair: tuple[str, str], cells: list[list[Any]], widths: list[float],
                   late: list[int]) -> Flowable:
        """The two action columns headed by their languages (the bilingual layout's way)."""
        doc = self.doc
        heads = [doc.para(labels.language_name(x, doc.lang), doc.lang, "column", "cell_head") for x in pair]
        return doc.grid([*heads, "owner_seoul", "owner_beijing", "due", "status"], cells, widths, highlight=late)

    def _what(self, r: Doc, place: str, by: str, lang: str | None) -> list[Flowable]:
        """The action's text, the agreement it carries out (when grouped by team) and its history."""
        doc = self.doc
        out: list[Flowable | None] = [doc.lm(r["text"], f"{place}.text", "cell", lang=lang)]
        if by == "team" and r.get("agreement"):
            # The agreement by its reference where it has one (its title is in the section by agreement).
            agreement = self.rel.agreements.get(r["agreement"]) or {}
            name = (doc.markup(agreement["reference"], "en", place, inline=True) if agreement.get("reference")
                    else doc.inline(agreement["title"], f"{place}.agreement") if agreement
                    else doc.markup(r["agreement"], "en", place, inline=True))
            article = doc.markup(f" · {r['article']}", "en", place, inline=True) if r.get("article") else ""
            out.append(Para(name + article, styles.style("small", doc.lang)))
        elif r.get("article"):
            out.append(doc.para(r["article"], "en", f"{place}.article", "small"))
        out.append(self._history(r, place))
        return [p for p in out if p is not None]

    def _history(self, r: Doc, place: str) -> Para | None:
        """Raised at, reviewed at (each with what it found), closed at: the meetings' dates and names."""
        doc = self.doc
        parts = [f"{doc.markup(doc.label('raised_at'), doc.lang, place)} {self._meeting(r['meeting'], place)}"]
        for j, review in enumerate(r.get("reviews") or []):
            note = doc.inline(review.get("note"), f"{place}.reviews[{j}].note")
            found = doc.markup(labels.status(review["status"], doc.lang), doc.lang, place)
            parts.append(f"{doc.markup(doc.label('reviewed_at'), doc.lang, place)} "
                         f"{self._meeting(review['meeting'], place)} ({found})" + (f": {note}" if note else ""))
        if r.get("closed_at"):
            parts.append(f"{doc.markup(doc.label('closed_at'), doc.lang, place)} {self._meeting(r['closed_at'], place)}")
        return Para("<br/>".join(parts), styles.style("small", doc.lang))

    def _meeting(self, meeting_id: str, place: str) -> str:
        doc = self.doc
        found = self.rel.meetings.get(meeting_id)
        if not found:
            return doc.markup(meeting_id, "en", place, inline=True)
        when = labels.short_date(common.as_time(found["starts_at"]).date(), doc.lang)
        return doc.markup(when, doc.lang, place) + " " + doc.inline(found["title"], f"{place} (meeting {meeting_id})")
