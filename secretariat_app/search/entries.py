"""A record (its exchange document) as index entries: what is searched, and what the filters look at.

One entry per record, holding the texts of its parts too (agenda items, minutes, decisions,
statements, itinerary), each under a *path* that names the part (``agenda.2.title``,
``decision.1``): the snippet tells from the path which part matched, so a result opens the record
there. Action items are entries of their own (``kind:action``, ``due:<today``, their own status);
so is each stretch of the text read from an attached file, its pages under ``attachment.1.page.3``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.documents import Doc

# Paths whose text is a title: matches there rank above matches in the body (BM25 field weights).
TITLE_FIELDS = frozenset({"title", "name", "short_name", "reference", "file"})
FILE_CHUNK = 6000  # characters of a file's text per entry (PostgreSQL keeps word positions up to 16383)
FILE_MAX = 600_000  # characters of one file's text that are indexed at most
ATTACHMENT_PART = "attachment-"  # the part of an entry holding a file's text: attachment-1, attachment-2, …


@dataclass(frozen=True)
class FileText:
    """What was read from an attached file (see extraction/): its state and its pages."""

    state: str  # text (read from the file), ocr (read by OCR), none
    pages: tuple[str, ...] = ()


FileTexts = Callable[[str], FileText | None]  # SHA-256 → what was read from those bytes (None: not yet)


def no_texts(_sha: str) -> FileText | None:
    return None


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


def _agreement(doc: Doc, texts: FileTexts) -> Iterator[Entry]:
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
        read = texts(att["sha256"]) if isinstance(att.get("sha256"), str) else None
        pages = read.pages if read is not None else ()
        for stretch in _stretches(pages) or [[]]:
            part = Entry("agreement", part=f"{ATTACHMENT_PART}{i}", **common)  # type: ignore[arg-type]
            part.add("file", att.get("name"))
            for page, piece in stretch:  # a file of pages (a PDF, a scan, a workbook's sheets) says which
                part.add(f"attachment.{i}.page.{page}" if len(pages) > 1 else f"attachment.{i}.text", piece)
            yield part


def _stretches(pages: Iterable[str]) -> list[list[tuple[int, str]]]:
    """A file's pages as entries of about FILE_CHUNK characters each: (page number, text) pieces, a
    long page cut at a line or a space; FILE_MAX characters in all."""
    out: list[list[tuple[int, str]]] = []
    size, left = 0, FILE_MAX
    for number, page in enumerate(pages, 1):
        for piece in _chunks(page[:left]):
            if not piece.strip():
                continue
            if not out or size + len(piece) > FILE_CHUNK:
                out.append([])
                size = 0
            out[-1].append((number, piece))
            size += len(piece)
        left -= min(len(page), left)
        if left <= 0:
            break
    return out


def _chunks(text: str) -> list[str]:
    """Text in stretches of about FILE_CHUNK characters, cut at a line or a space."""
    out = []
    while text:
        if len(text) <= FILE_CHUNK:
            out.append(text)
            break
        cut = max(text.rfind("\n", FILE_CHUNK // 2, FILE_CHUNK), text.rfind(" ", FILE_CHUNK // 2, FILE_CHUNK))
        cut = cut if cut > 0 else FILE_CHUNK
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


def _template(doc: Doc) -> Iterator[Entry]:
    e = Entry("template", "template", doc["id"], title=doc.get("name"))
    e.add("name", doc.get("name"))
    e.add("title", doc.get("title"))
    e.add("notes", doc.get("notes"))
    for i, item in enumerate(doc.get("items") or [], 1):
        for key in ("title", "presenter_role", "description"):
            e.add(f"item.{i}.{key}", item.get(key))
    yield e


def entries_of(kind: str, doc: Doc, texts: FileTexts = no_texts) -> list[Entry]:
    """The index entries of a record. ``texts(sha256)`` gives what was read from an attached file."""
    if kind == "agreement":
        return list(_agreement(doc, texts))
    return list(BUILDERS[kind](doc))


BUILDERS: dict[str, Callable[[Doc], Iterator[Entry]]] = {
    "organization": _organization,
    "person": _person,
    "team": _team,
    "meeting": _meeting,
    "visit": _visit,
    "template": _template,
}


def facets_of(kind: str, doc: Doc, texts: FileTexts = no_texts) -> set[Facet]:
    """Teams and parties a record is about (``team:`` and ``party:`` look here), by id; and for an
    agreement whether its files' text could be read (``has:text``) and whether by OCR (``has:ocr``)."""
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
        {Facet("party", p) for p in parties if isinstance(p, str)} | _file_facets(kind, doc, texts)


def _file_facets(kind: str, doc: Doc, texts: FileTexts) -> set[Facet]:
    if kind != "agreement":
        return set()
    states = {read.state for att in doc.get("attachments") or [] if isinstance(att.get("sha256"), str)
              and (read := texts(att["sha256"])) is not None and read.pages}
    return {Facet("has", "text") for s in states if s in ("text", "ocr")} | \
        {Facet("has", "ocr") for s in states if s == "ocr"}


# --- where a path points ------------------------------------------------------------------------

PART_KINDS = {"agenda": "agenda_item", "decision": "decision", "statement": "statement",
              "itinerary": "itinerary_item", "attachment": "attachment", "minutes": "minutes"}


def page_of(path: str) -> int | None:
    """The page of a file's text a path points to (``attachment.1.page.3`` → 3), else None."""
    parts = path.split(".")
    if len(parts) == 4 and parts[0] == "attachment" and parts[2] == "page" and parts[3].isdigit():
        return int(parts[3])
    return None


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
