"""What one user action changed, as facts every view can decide on (the Anki ``OpChanges`` idea).

A :class:`Change` names its action, the records it wrote (kind and id), how many of each were created,
edited, moved to the trash, restored or removed for good, and the view that asked for it (so that view
need not reload what it already shows). It carries no sentence: the UI and the CLI write one.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # a plain module: the UI imports it before the database layer is loaded
    from .store import Written

# What happened to one record in a change (Written.action), and the actions of a whole change.
RECORD_ACTIONS = ("create", "update", "delete", "restore", "purge")
ACTIONS = (*RECORD_ACTIONS, "import", "merge", "undo", "redo", "replace", "refresh", "resolve")  # resolve: a conflict


@dataclass(frozen=True)
class Change:
    action: str  # one of ACTIONS
    records: frozenset[tuple[str, str]] = frozenset()  # (kind, id) of every record written
    counts: Mapping[str, int] = field(default_factory=dict)  # written records by RECORD_ACTIONS
    change_id: str = ""
    # For undo and redo: the change being undone or done again (the UI names it: "Undo: Delete meeting").
    subject: Change | None = None
    initiator: Any = None  # the view that asked for it, if any
    everything: bool = False  # another database's content (restore, open): every view reloads
    written: tuple[Written, ...] = ()  # kept for undo (empty for imports and purges)

    @classmethod
    def of(cls, action: str, written: Iterable[Written], *, change_id: str = "", keep: bool = True,
           subject: Change | None = None, initiator: Any = None) -> Change:
        written = tuple(written)
        return cls(action, frozenset((w.kind, w.record_id) for w in written),
                   dict(Counter(w.action for w in written)), change_id or str(uuid.uuid4()), subject, initiator,
                   written=written if keep else ())

    @classmethod
    def replaced(cls, action: str = "replace") -> Change:
        """Anything may have changed: another database was opened or restored, or F5."""
        return cls(action, everything=True, change_id=str(uuid.uuid4()))

    @property
    def kinds(self) -> set[str]:
        return {kind for kind, _ in self.records}

    @property
    def count(self) -> int:
        return len(self.records)

    def touches(self, *kinds: str) -> bool:
        """Could records of these kinds (any kind, if none is named) look different now?"""
        if self.everything:
            return True
        return bool(self.records) and (not kinds or bool(self.kinds.intersection(kinds)))

    def has(self, kind: str, record_id: str) -> bool:
        return self.everything or (kind, record_id) in self.records


class ChangeTally:
    """The facts of a change too large to keep whole (an import of 100 000 records): ids and counts only."""

    def __init__(self) -> None:
        self.records: set[tuple[str, str]] = set()
        self.counts: Counter[str] = Counter()

    def add(self, written: Written | None) -> None:
        if written is not None:
            self.records.add((written.kind, written.record_id))
            self.counts[written.action] += 1

    def change(self, action: str, change_id: str, initiator: Any = None) -> Change:
        return Change(action, frozenset(self.records), dict(self.counts), change_id, initiator=initiator)
