"""Format version 2's sync data: each record's revision, the package's sender, and removed records.

In a version-2 document every record carries ``"sync": {"revision", "clock", "at", "by", "by_name",
"trashed"}`` beside its fields; ``"purged"`` lists records removed for good (``{kind, id, sync}``);
``"site"`` names the sender (id, name, public key), ``"package"`` what the package covers (for whom,
the sender's change numbers ``since``..``upto``) and ``"received"`` what the sender has of each
counterpart (its change numbers, so that the counterpart's next package starts there). A record without
``sync`` (a version-1 file, a hand-made one) counts as a change made by the file's sender
(docs/exchange-format.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

from ..domain import clocks
from ..domain import models as m
from ..domain.clocks import Meta
from ..domain.vocab import COLLECTIONS
from ..errors import Problem

SYNC = "sync"


def moment(value: Any) -> datetime | None:
    """An ISO date-time with its offset, or None."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else None


def _name(value: Any) -> dict[str, str] | None | bool:
    """A display name map, None, or False when malformed."""
    if value is None:
        return None
    if isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) and len(v) <= 200
                                       for k, v in value.items()):
        return dict(value)
    return False


def read_meta(value: Any, place: str, problems: list[Problem]) -> Meta | None:
    if not isinstance(value, dict):
        problems.append(Problem(place, "sync_not_valid"))
        return None
    revision, clock, at, by = value.get("revision"), value.get("clock"), moment(value.get("at")), value.get("by")
    by_name = _name(value.get("by_name"))
    trashed_raw = value.get("trashed")
    trashed = None
    if isinstance(trashed_raw, dict) and moment(trashed_raw.get("at")) and isinstance(trashed_raw.get("by"), str):
        trashed = (moment(trashed_raw["at"]), trashed_raw["by"][:200])
    unknown = set(value) - {"revision", "clock", "at", "by", "by_name", "trashed"}
    if (not isinstance(revision, str) or not 0 < len(revision) <= 80 or not clocks.is_clock(clock) or at is None
            or not isinstance(by, str) or len(by) > 200 or by_name is False or unknown
            or (trashed_raw is not None and trashed is None)):
        problems.append(Problem(place, "sync_not_valid"))
        return None
    return Meta(revision, dict(clock), at, by, by_name or None, trashed)  # type: ignore[arg-type]


def without_sync(collection: str, index: int, record: Any, problems: list[Problem]) -> tuple[Any, Meta | None]:
    """A record without its ``sync`` (for the rules), and its sync data (checked; None without)."""
    if not isinstance(record, dict) or SYNC not in record:
        return record, None
    meta = read_meta(record[SYNC], f"{collection}[{index}].{SYNC}", problems)
    return {k: v for k, v in record.items() if k != SYNC}, meta


def purged_of(header: dict[str, Any], problems: list[Problem]) -> list[tuple[str, str, Meta]]:
    """The records removed for good that the document lists (kind, id, sync), and the header's problems."""
    purged: list[tuple[str, str, Meta]] = []
    raw = header.get("purged")
    if raw is not None and not isinstance(raw, list):
        problems.append(Problem("purged", "not_list"))
    for i, entry in enumerate(raw if isinstance(raw, list) else []):
        place = f"purged[{i}]"
        if not isinstance(entry, dict) or entry.get("kind") not in m.RECORD_CLASSES \
                or not isinstance(entry.get("id"), str) or not 0 < len(entry["id"]) <= 100:
            problems.append(Problem(place, "purged_not_valid"))
            continue
        meta = read_meta(entry.get(SYNC), f"{place}.{SYNC}", problems)
        if meta is not None:
            purged.append((entry["kind"], entry["id"], meta))
    for key in ("site", "package", "received"):
        if key in header and not isinstance(header[key], dict):
            problems.append(Problem(key, "not_object"))
    return purged


def meta_doc(record: m.RecordMixin) -> dict[str, Any]:
    """A stored record's ``sync`` for a package."""
    trashed = None
    if record.deleted_at is not None:
        trashed = {"at": record.deleted_at.isoformat(timespec="seconds"), "by": record.deleted_by or ""}
    return {"revision": record.revision, "clock": dict(sorted((record.clock or {}).items())),
            "at": record.updated_at.isoformat(timespec="seconds"), "by": record.updated_by,
            "by_name": record.updated_by_name or None, "trashed": trashed}


def tombstone_doc(stone: m.Tombstone) -> dict[str, Any]:
    return {"kind": stone.kind, "id": stone.record_id,
            SYNC: {"revision": stone.revision, "clock": dict(sorted(stone.clock.items())),
                   "at": stone.at.isoformat(timespec="seconds"), "by": stone.by, "by_name": stone.by_name or None,
                   "trashed": None}}


def sender(document: dict[str, Any]) -> dict[str, Any]:
    """The document's ``site`` (id, name, key), or {} for a file that names none."""
    site = document.get("site")
    if not isinstance(site, dict) or not isinstance(site.get("id"), str) or not 0 < len(site["id"]) <= 40:
        return {}
    return {"id": site["id"], "name": site.get("name") if isinstance(site.get("name"), str) else "",
            "key": site.get("key") if isinstance(site.get("key"), str) else None}


def numbers(document: dict[str, Any]) -> tuple[int, int] | None:
    """The sender's change numbers a package covers (since, upto), when it says."""
    package = document.get("package")
    if not isinstance(package, dict):
        return None
    since, upto = package.get("since"), package.get("upto")
    if isinstance(since, int) and isinstance(upto, int) and 0 <= since <= upto:
        return since, upto
    return None


def acknowledged(document: dict[str, Any], site: str) -> int | None:
    """What the sender says it has of ``site``'s change numbers."""
    received = document.get("received")
    value = received.get(site) if isinstance(received, dict) else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def entries(document: dict[str, Any], kind: str) -> Iterator[dict[str, Any]]:
    for record in document.get(COLLECTIONS[kind]) or []:
        if isinstance(record, dict):
            yield record
