"""The text of attached files: which files wait to be read, reading one (in a child process, see
extraction/), keeping what was read and putting it in the search index of every agreement that lists
the file — in a transaction of its own, after the save that listed the file, never inside it.

What was read is kept per content (SHA-256), like the bytes: a file attached to two agreements is read
once. A file whose text could not be read keeps the reason, and is not read again unless asked (or,
for a scan read without Tesseract, once Tesseract is there).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from ..domain import models as m
from ..errors import NotFoundError, SecretariatError
from ..extraction.result import Extracted, Limits
from ..extraction.runner import extract
from ..search import words
from ..search.index import SearchIndex
from ..search.loader import load
from ..storage.database import Database
from . import attachments

READER_VERSION = 1  # raise when the readers find more: every file is read again in the background
TESSERACT = {"ko": "kor", "zh": "chi_sim", "en": "eng"}
LANGUAGE_FIELDS = ("title", "summary", "text", "signed_venue", "renewal_terms")


@dataclass(frozen=True)
class FileState:
    """What the attachment list shows for one file."""

    state: str  # waiting, text, ocr, none, missing (this database has not the bytes)
    reason: str | None = None  # extraction.result.REASONS
    detail: Mapping[str, Any] | None = None
    confidence: float | None = None
    pages: int = 0
    ocr_pages: int = 0
    method: str = ""


def ocr_languages(texts: Iterable[Mapping[str, Any] | None]) -> list[str]:
    """Tesseract's languages for an agreement's scans, from the languages its texts are written in:
    Korean (kor), Chinese (chi_sim, or chi_tra when its Chinese is written in Traditional characters),
    English (eng) only for an agreement in no other language — Tesseract given eng beside kor read
    Korean words as Latin letters on the pages tried. No texts at all: Korean and Chinese."""
    langs: set[str] = set()
    chinese = ""
    for langmap in texts:
        for lang, value in (langmap or {}).items():
            if isinstance(value, str) and value.strip():
                langs.add(lang)
                if lang == "zh":
                    chinese += value[:2000]
    out = [TESSERACT["ko"]] if "ko" in langs else []
    if "zh" in langs:
        han = sum(1 for ch in chinese if words.is_cjk(ch))
        out.append("chi_tra" if han and words.traditional_count(chinese) * 10 >= han else "chi_sim")
    if not out:
        out = ["eng"] if "en" in langs else ["kor", "chi_sim"]
    return out


def languages_for(db: Database, sha256: str) -> list[str]:
    """OCR languages for a file, from the agreements that list it."""
    with db.reading() as uow:
        rows = uow.session.execute(
            select(*[getattr(m.Agreement, f) for f in LANGUAGE_FIELDS])
            .where(m.Agreement.id.in_(select(m.Attachment.agreement_id).where(m.Attachment.sha256 == sha256)))
        ).all()
    return ocr_languages(value for row in rows for value in row)


def waiting(db: Database, everything: bool = False, retry_without_ocr: bool = False) -> list[str]:
    """The stored files listed by an agreement that wait to be read (all of them with ``everything``),
    the most recently saved agreement's first. ``retry_without_ocr``: also the scans read when
    Tesseract (or a language of it) was missing."""
    read = m.AttachmentText
    query = (select(m.Attachment.sha256, m.Agreement.updated_at)
             .join(m.Agreement, m.Agreement.id == m.Attachment.agreement_id)
             .join(m.Blob, m.Blob.sha256 == m.Attachment.sha256)
             .outerjoin(read, read.sha256 == m.Attachment.sha256))
    if not everything:
        stale = (read.sha256.is_(None)) | (read.version < READER_VERSION)
        if retry_without_ocr:
            stale = stale | (read.reason == "no_ocr")
        query = query.where(stale)
    latest: dict[str, datetime] = {}
    with db.reading() as uow:
        for sha, updated in uow.session.execute(query):
            if sha not in latest or updated > latest[sha]:
                latest[sha] = updated
    return sorted(latest, key=lambda sha: latest[sha], reverse=True)


def states(db: Database, shas: Iterable[str]) -> dict[str, FileState]:
    """Each file's state: read (how, or why not), waiting, or missing from this database."""
    wanted = sorted(set(shas))
    if not wanted:
        return {}
    with db.reading() as uow:
        s = uow.session
        stored = set(s.scalars(select(m.Blob.sha256).where(m.Blob.sha256.in_(wanted))))
        t = m.AttachmentText
        rows = {r.sha256: r for r in s.execute(select(  # not the text itself: it can be long
            t.sha256, t.state, t.reason, t.detail, t.confidence, t.pages, t.ocr_pages, t.method, t.version)
            .where(t.sha256.in_(wanted)))}
    out = {}
    for sha in wanted:
        row = rows.get(sha)
        if sha not in stored:
            out[sha] = FileState("missing")
        elif row is None or row.version < READER_VERSION:
            out[sha] = FileState("waiting")
        else:
            detail = json.loads(row.detail) if isinstance(row.detail, str) else row.detail
            out[sha] = FileState(row.state, row.reason, detail or {}, row.confidence, row.pages, row.ocr_pages,
                                 row.method)
    return out


def read_file(db: Database, sha256: str, limits: Limits | None = None) -> Extracted | None:
    """Read one stored file and keep what was read (None: its bytes are gone meanwhile)."""
    try:
        data = attachments.read_bytes(db, sha256)
    except NotFoundError:
        return None
    except SecretariatError:  # the stored bytes do not match their hash
        result = Extracted("none", reason="damaged")
    else:
        result = extract(data, name_of(db, sha256), languages_for(db, sha256), limits)
    keep(db, sha256, result)
    return result


def name_of(db: Database, sha256: str) -> str:
    with db.reading() as uow:
        return uow.session.scalar(select(m.Attachment.name).where(m.Attachment.sha256 == sha256).limit(1)) or ""


def keep(db: Database, sha256: str, result: Extracted) -> None:
    """Store what was read, and rewrite the index entries of the agreements that list the file, in one
    transaction (their own save may run meanwhile: their rows are locked first, so neither writes over
    the other's entries)."""
    from .records import retried

    def attempt() -> None:
        with db.writing() as uow:
            s = uow.session
            if s.get(m.Blob, sha256) is None:
                return  # removed meanwhile (purge-files): nothing to keep
            ids = list(s.scalars(select(m.Agreement.id).where(
                m.Agreement.id.in_(select(m.Attachment.agreement_id).where(m.Attachment.sha256 == sha256)),
                m.Agreement.deleted_at.is_(None)).order_by(m.Agreement.id).with_for_update()))
            row = s.get(m.AttachmentText, sha256) or m.AttachmentText(sha256=sha256)
            row.state, row.method, row.reason = result.state, result.method or "", result.reason
            row.detail = dict(result.detail) or None
            row.confidence = round(result.confidence, 1) if result.confidence is not None else None
            row.languages = result.languages
            row.pages, row.ocr_pages, row.text = len(result.pages), result.ocr_pages, result.text
            row.seconds, row.cpu_seconds = round(result.seconds, 3), round(result.cpu_seconds, 3)
            row.version, row.extracted_at = READER_VERSION, datetime.now(UTC)
            s.add(row)
            try:
                s.flush()
            except IntegrityError:  # another clerk's worker read the same file a moment ago: theirs stands
                s.rollback()
                return
            conn = s.connection()
            docs = {("agreement", doc["id"]): doc for rid in ids for doc in load(conn, "agreement", rid, rid)}
            SearchIndex(db.dialect).write(s, docs)
            uow.commit()

    retried(attempt)


def summary(db: Database) -> dict[str, int]:
    """How many stored files are read, by state (and waiting), for `secretariat extract` and the check."""
    with db.reading() as uow:
        counts = dict(uow.session.execute(text(
            "SELECT state, count(*) FROM attachment_texts GROUP BY state")).all())
    counts["waiting"] = len(waiting(db))
    return counts
