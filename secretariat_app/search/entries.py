"""A record (its exchange document) as index entries: what is searched, and what the filters look at.

One entry per record, holding the texts of its parts too (agenda items, minutes, decisions,
statements, itinerary), each under a *path* that names the part (``agenda.2.title``,
``decision.1``): the snippet tells from the path which part matched, so a result opens the record
there. Action items are entries of their own (``kind:action``, ``due:<today``, their own status);
so is each stretch of the text of an attached PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.documents import Doc

# Paths whose text is a title: matches there rank above matches in the body (BM25 field weights).
TITLE_FIELDS = frozenset({"title", "name", "short_name", "reference", "file"})
PDF_CHUNK = 6000  # characters of PDF text per entry (PostgreSQL keeps word positions up to 16383)
PDF_MAX = 600_000  # characters of one PDF that are indexed at most


@dataclass
class Entry:
    kind: str  # agreement, meeting, ..., action
    record_kind: str
    record_id: str
    part: str = ""  # '' for the record itself; an action's id; attachment-N for a PDF's text
    title: dict[str, str] | None = None
    texts: list[tuple[str, str, str]] = field(default_factory=list)  # (path, lang, text)
    status: str | None = None
    city: str | None = None
    day: date | None = None
    signed_on: date | None = None
    expires_on: date | None = None
    due_on: date | None = None
    has_attachment: bool = False

    @property
    def langs(self) -> str:
        return " ".join(sorted({lang for _, lang, _ in self.texts if lang}))

    def add(self, path: str, value: Any) -> None:
        """A language map or a plain string (language unknown) under ``path``; blanks are skipped."""
        if isinstance(value, dict):
            for lang, text in value.items():
                if isinstance(text, str) and text.strip():
                    self.texts.append((path, lang, text))
        elif isinstance(value, str) and value.strip():
            self.texts.append((path, "", value))

    def add_list(self, path: str, values: Iterable[Any] | None) -> None:
        for i, value in enumerate(values or [], 1):
            self.add(f"{path}.{i}", value)


def is_title(path: str) -> bool:
    return path in TITLE_FIELDS


@dataclass(frozen=True)
class Facet:
    facet: str  # team or party
    value: str  # the id of a team or an organization


def _date(value: Any) -> date | None:
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])  # a date-time's local date is its first 10 characters
        except ValueError:
            return None
    return None


# --- one builder per kind of record -------------------------------------------------------------


def _organization(doc: Doc) -> Iterator[Entry]:
    e = Entry("organization", "organization", doc["id"], title=doc.get("name"), city=doc.get("city"))
    e.add("name", doc.get("name"))
    e.add("short_name", doc.get("short_name"))
    yield e


def _person(doc: Doc) -> Iterator[Entry]:
    e = Entry("person", "person", doc["id"], title=doc.get("name"))
    e.add("name", doc.get("name"))
    for key in ("position", "email", "phone", "notes"):
        e.add(key, doc.get(key))
    yield e


def _team(doc: Doc) -> Iterator[Entry]:
    e = Entry("team", "team", doc["id"], title=doc.get("name"), status=doc.get("status"),
              day=_date(doc.get("established_on")))
    e.add("name", doc.get("name"))
    e.add("description", doc.get("description"))
    e.add_list("focus_area", doc.get("focus_areas"))
    for i, member in enumerate(doc.get("members") or [], 1):
        e.add(f"member.{i}.role", member.get("role"))
    yield e


def _agreement(doc: Doc, pdf_text: Callable[[str], str]) -> Iterator[Entry]:
    attachments = doc.get("attachments") or []
    common = dict(record_kind="agreement", record_id=doc["id"], title=doc.get("title"), status=doc.get("status"),
                  city=doc.get("signed_city"), day=_date(doc.get("signed_on")) or _date(doc.get("effective_on")),
                  signed_on=_date(doc.get("signed_on")), expires_on=_date(doc.get("expires_on")),
                  has_attachment=bool(attachments))
    e = Entry("agreement", **common)  # type: ignore[arg-type]
    for key in ("title", "reference", "summary", "text", "signed_venue", "renewal_terms"):
        e.add(key, doc.get(key))
    e.add_list("area", doc.get("areas"))
    yield e
    for i, att in enumerate(attachments, 1):
        text = pdf_text(att["sha256"]) if att.get("media_type") == "application/pdf" else ""
        chunks = _chunks(text[:PDF_MAX]) or [""]
        for chunk in chunks:
            part = Entry("agreement", part=f"attachment-{i}", **common)  # type: ignore[arg-type]
            part.add("file", att.get("name"))
            part.add(f"attachment.{i}.text", chunk)
            yield part


def _chunks(text: str) -> list[str]:
    """PDF text in stretches of about PDF_CHUNK characters, cut at a line or a space."""
    out = []
    while text:
        if len(text) <= PDF_CHUNK:
            out.append(text)
            break
        cut = max(text.rfind("\n", PDF_CHUNK // 2, PDF_CHUNK), text.rfind(" ", PDF_CHUNK // 2, PDF_CHUNK))
        cut = cut if cut > 0 else PDF_CHUNK
        out.append(text[:cut])
        text = text[cut:]
    return out


def _meeting(doc: Doc) -> Iterator[Entry]:
    day = _date(doc.get("starts_at"))
    minutes = doc.get("minutes") or {}
    e = Entry("meeting", "meeting", doc["id"], title=doc.get("title"), status=minutes.get("status"),
              city=doc.get("city"), day=day)
    e.add("title", doc.get("title"))
    e.add("venue", doc.get("venue"))
    for item in doc.get("agenda") or []:
        e.add(f"agenda.{item.get('position')}.title", item.get("title"))
        e.add(f"agenda.{item.get('position')}.description", item.get("description"))
    e.add("minutes.summary", minutes.get("summary"))
    for item in minutes.get("items") or []:  # the minutes' notes open at their agenda item
        e.add(f"agenda.{item.get('agenda_item')}.notes", item.get("notes"))
    for i, decision in enumerate(minutes.get("decisions") or [], 1):
        e.add(f"decision.{i}", decision.get("text"))
    for i, statement in enumerate(minutes.get("statements") or [], 1):
        e.add(f"statement.{i}", statement.get("text"))
    yield e
    for action in minutes.get("actions") or []:
        a = Entry("action", "meeting", doc["id"], part=action["id"], title=doc.get("title"),
                  status=action.get("status"), city=doc.get("city"), day=day, due_on=_date(action.get("due_on")))
        a.add("action", action.get("text"))
        yield a


def _visit(doc: Doc) -> Iterator[Entry]:
    e = Entry("visit", "visit", doc["id"], title=doc.get("title"), city=doc.get("destination_city"),
              day=_date(doc.get("starts_on")))
    e.add("title", doc.get("title"))
    e.add("purpose", doc.get("purpose"))
    e.add_list("talking_point", doc.get("talking_points"))
    for i, item in enumerate(doc.get("itinerary") or [], 1):
        for key in ("title", "venue", "notes"):
            e.add(f"itinerary.{i}.{key}", item.get(key))
    yield e


def entries_of(kind: str, doc: Doc, pdf_text: Callable[[str], str] = lambda sha: "") -> list[Entry]:
    """The index entries of a record. ``pdf_text(sha256)`` gives an attached PDF's text ('' if none)."""
    if kind == "agreement":
        return list(_agreement(doc, pdf_text))
    return list(BUILDERS[kind](doc))


BUILDERS: dict[str, Callable[[Doc], Iterator[Entry]]] = {
    "organization": _organization,
    "person": _person,
    "team": _team,
    "meeting": _meeting,
    "visit": _visit,
}


def facets_of(kind: str, doc: Doc) -> set[Facet]:
    """Teams and parties a record is about (``team:`` and ``party:`` look here), by id."""
    teams: list[Any] = []
    parties: list[Any] = []
    if kind == "agreement":
        teams = doc.get("teams") or []
        parties = [*(doc.get("parties") or []), *(s.get("organization") for s in doc.get("signatories") or [])]
    elif kind == "meeting":
        teams, parties = [doc.get("team")], [doc.get("host_organization")]
    elif kind == "team":
        teams, parties = [doc.get("id")], doc.get("lead_organizations") or []
    elif kind == "person":
        parties = [doc.get("organization")]
    elif kind == "organization":
        parties = [doc.get("id")]
    return {Facet("team", t) for t in teams if isinstance(t, str)} | \
        {Facet("party", p) for p in parties if isinstance(p, str)}


# --- where a path points ------------------------------------------------------------------------

PART_KINDS = {"agenda": "agenda_item", "decision": "decision", "statement": "statement",
              "itinerary": "itinerary_item", "attachment": "attachment", "minutes": "minutes"}


def part_of(path: str) -> tuple[str, str] | None:
    """(part kind, part locator) of a text's path, or None when it is the record's own text.

    ``agenda.2.notes`` → ("agenda_item", "agenda-2"); ``decision.1`` → ("decision", "decision-1").
    """
    head, _, rest = path.partition(".")
    kind = PART_KINDS.get(head)
    if kind is None:
        return None
    if head == "minutes":
        return kind, "minutes"
    number = rest.partition(".")[0]
    return kind, f"{head}-{number}"
