"""Two records of one person (or one organization) become one: every reference to the other one —
teams, signatories, participants and attendees, owners, speakers, delegations, parents — moves to the
one kept, which takes from the other what it lacks (a language of the name, an e-mail address); the
other goes to the trash. One unit of work, so one undoable action with one entry group in the audit trail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..domain import documents, rules
from ..errors import SecretariatError
from .contacts import merge_into
from .references import Everything, referrers
from .store import ANY_VERSION, Context, Written, load, save, trash

MERGEABLE = ("person", "organization")
_STEP = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _places(doc: Mapping[str, Any], owner_kind: str, kind: str, record_id: str) -> list[str]:
    """Where ``doc`` refers to the record (the rules know every reference of every kind)."""
    checker = rules.Checker(refs=Everything())
    rules.SPECS[owner_kind](doc, "", checker)
    return [place for k, i, place in checker.pending_refs if k == kind and i == record_id]


def _set(doc: Any, place: str, value: str) -> None:
    steps = [(name or None, int(index) if index else None) for name, index in _STEP.findall(place)]
    target = doc
    for name, index in steps[:-1]:
        target = target[name] if name is not None else target[index]
    name, index = steps[-1]
    if name is not None:
        target[name] = value
    else:
        target[index] = value


def _once(value: Any, keep: str) -> Any:
    """Lists that named both records now name the kept one twice: the second mention goes."""
    if isinstance(value, dict):
        return {k: _once(v, keep) for k, v in value.items()}
    if isinstance(value, list):
        out, seen = [], False
        for item in value:
            # (a team's member, or a line of the minutes' roll call)
            mentions = item == keep or (isinstance(item, dict) and set(item) <= {"person", "role", "status",
                                                                                 "represented_by"}
                                        and item.get("person") == keep)
            if mentions and seen:
                continue
            seen = seen or mentions
            out.append(_once(item, keep))
        return out
    return value


def merge(ctx: Context, kind: str, keep_id: str, other_id: str) -> list[Written | None]:
    """Move everything that refers to ``other_id`` to ``keep_id``, complete the kept record, trash the other."""
    if kind not in MERGEABLE:
        raise SecretariatError(f"Only people and organizations are merged, not {kind} records.")
    if keep_id == other_id:
        raise SecretariatError("Choose two different records to merge.")
    s = ctx.session
    keep = documents.to_doc(kind, load(s, kind, keep_id))
    other = documents.to_doc(kind, load(s, kind, other_id))
    out: list[Written | None] = []
    for owner_kind, owner_id in referrers(s, kind, other_id):
        if (owner_kind, owner_id) == (kind, keep_id):
            continue  # the kept record itself (a department of the other one): below
        doc = documents.to_doc(owner_kind, load(s, owner_kind, owner_id))
        for place in _places(doc, owner_kind, kind, other_id):
            _set(doc, place, keep_id)
        out.append(save(ctx, owner_kind, _once(doc, keep_id), ANY_VERSION))
    kept = merge_into(keep, {k: v for k, v in other.items() if k != "parent"})
    if kind == "organization" and kept.get("parent") in (other_id, keep_id):
        parent = other.get("parent")
        kept["parent"] = parent if parent not in (keep_id, other_id) else None
    out.append(save(ctx, kind, kept, ANY_VERSION))
    out.append(trash(ctx, kind, other_id))
    return out
