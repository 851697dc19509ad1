"""Printing: read a document's data (one unit of work), draw it, write it atomically.

The command line and the desktop app's briefing dialog both come here; neither knows ReportLab.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from ..domain.choices import chosen
from ..domain.langmap import pick
from ..domain.vocab import LANGUAGES
from ..errors import SecretariatError
from ..reports.data import DOCUMENT_KINDS, SECTIONS, PackOptions, ProgressOptions, SheetOptions
from ..services import briefing, commitments
from ..storage.database import Database
from ..storage.files import atomic_output

if TYPE_CHECKING:  # the drawing modules import ReportLab (half a second): only when a document is made
    from ..reports.document import Progress, Rendered

Opts = TypeVar("Opts", PackOptions, SheetOptions, ProgressOptions)

__all__ = ["Printing", "check_output", "display_name", "parse_pair", "parse_sections", "write_pdf"]


def display_name(names: Mapping[str, str] | None, lang: str) -> str:
    """The clerk's display name in ``lang``, else in another language (ko, zh, en order); "" if none."""
    return pick(names, lang)[0]


class Printing:
    """Documents of this database; "prepared by" defaults to the clerk: their display name in the
    document's language (else another language's, marked as any other fallback), else their login."""

    def __init__(self, db: Database, user: str, names: Mapping[str, str] | None = None):
        self._db = db
        self.user = user
        self.names: dict[str, str] = dict(names or {})

    def pack(self, visit_id: str, options: PackOptions, as_of: date, appendix: Sequence[str] | None = None,
             progress: Progress | None = None) -> Rendered:
        return make_pack(self._db, visit_id, self._signed(options), as_of, appendix, progress)

    def sheet(self, kind: str, record_id: str, options: SheetOptions, as_of: date,
              progress: Progress | None = None) -> Rendered:
        return make_sheet(self._db, kind, record_id, self._signed(options), as_of, progress)

    def progress(self, since: str, options: ProgressOptions, as_of: date, progress: Progress | None = None) -> Rendered:
        """The progress report on the commitments raised since a general conference (its number or id)."""
        return make_progress(self._db, since, self._signed(options), as_of, progress)

    def conferences(self) -> list[commitments.Conference]:
        """The general conferences a progress report may run since, in order."""
        return commitments.conferences(self._db)

    def _signed(self, options: Opts) -> Opts:
        if options.prepared_by or options.prepared_by_names:  # named on purpose (--prepared-by)
            return options
        names = dict(self.names)
        if names:
            return replace(options, prepared_by=display_name(names, options.lang), prepared_by_names=names)
        return replace(options, prepared_by=self.user)


def make_pack(db: Database, visit_id: str, options: PackOptions, as_of: date,
              appendix: Sequence[str] | None = None, progress: Progress | None = None) -> Rendered:
    from ..reports.pack import build_pack

    check_language(options.lang)
    data = briefing.pack_data(db, visit_id, as_of, options.sections, appendix)
    return build_pack(data, options, progress)


def make_sheet(db: Database, kind: str, record_id: str, options: SheetOptions, as_of: date,
               progress: Progress | None = None) -> Rendered:
    from ..reports import sheets

    check_language(options.lang)
    if kind == "agenda":
        return sheets.build_agenda(briefing.meeting_data(db, record_id, as_of), options, progress)
    if kind == "minutes":
        return sheets.build_minutes(briefing.meeting_data(db, record_id, as_of), options, progress)
    if kind == "agreement":
        return sheets.build_agreement_sheet(briefing.agreement_data(db, record_id, as_of), options, progress)
    raise SecretariatError(f"Unknown document {kind!r}; print one of: {', '.join(DOCUMENT_KINDS)}")


def make_progress(db: Database, since: str, options: ProgressOptions, as_of: date,
                  progress: Progress | None = None) -> Rendered:
    from ..reports.progress import build_progress

    check_language(options.lang)
    if options.bilingual and (len(set(options.bilingual)) != 2 or any(x not in LANGUAGES for x in options.bilingual)):
        raise SecretariatError("Name two different languages for the side-by-side layout, e.g. ko,zh")
    return build_progress(commitments.progress_data(db, since, as_of), options, progress)


def check_output(path: Path) -> None:
    """Refuse an output name before any work is done."""
    if Path(path).suffix.lower() != ".pdf":
        raise SecretariatError(f"{path}: write the document to a .pdf file")


def write_pdf(path: Path, pdf: bytes) -> None:
    """The PDF appears at ``path`` complete or not at all (temp file, then rename)."""
    path = Path(path)
    check_output(path)
    try:
        with atomic_output(path) as out:
            out.write(pdf)
    except OSError as exc:
        raise SecretariatError(f"{path}: cannot write the PDF: {exc.strerror or exc}") from exc


def check_language(lang: str) -> None:
    if lang not in LANGUAGES:
        raise SecretariatError(f"Unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")


def parse_pair(text: str | None) -> tuple[str, str] | None:
    """``"ko,zh"`` → ("ko", "zh"): two different languages for the bilingual layout."""
    if not text:
        return None
    parts = [p.strip() for p in text.replace("|", ",").split(",") if p.strip()]
    if len(parts) != 2 or parts[0] == parts[1]:
        raise SecretariatError(f"--bilingual {text!r}: name two different languages, e.g. ko,zh")
    for lang in parts:
        check_language(lang)
    return parts[0], parts[1]


def parse_sections(text: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"overview,itinerary"`` (or a list) → the sections, checked; None → all of them."""
    return chosen(text, SECTIONS, "Unknown section {value}; the sections are: {allowed}")
