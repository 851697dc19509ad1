"""Errors a clerk can be shown: each carries a message that names the problem and its place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


class SecretariatError(Exception):
    """A refusal with a message fit for a clerk (the CLI prints it, the UI shows it in a dialog)."""


@dataclass(frozen=True)
class Problem:
    """A fact about a document: where (``agreements[3].expires_on``), what (a code of
    :data:`secretariat_app.english.PROBLEMS`) and the values that go with it. The CLI and the UI write
    the sentence, each in its own language."""

    place: str
    code: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """In English (the CLI, logs)."""
        from .english import problem

        return problem(self.code, self.values)

    def __str__(self) -> str:
        return f"{self.place}: {self.message}" if self.place else self.message


class ValidationError(SecretariatError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = [str(p) for p in problems[:50]]
        if len(problems) > 50:
            lines.append(f"… and {len(problems) - 50} more problems")
        super().__init__("\n".join(lines))


class NotFoundError(SecretariatError):
    pass


class ConflictError(SecretariatError):
    """The record was saved by someone else since it was opened."""

    def __init__(self, kind: str, record_id: str, by: str, at: datetime, version: int,
                 by_name: Mapping[str, str] | None = None):
        self.kind, self.record_id, self.by, self.at, self.version = kind, record_id, by, at, version
        self.by_name = dict(by_name) if by_name else None  # their display name by language, if they set one
        name = (by_name or {}).get("en") or next(iter((by_name or {}).values()), "")
        shown = f"{name} ({by})" if name and name != by else by
        super().__init__(
            f"The {kind} {record_id} was changed by {shown} at {at.astimezone():%Y-%m-%d %H:%M} "
            f"since you opened it; your save was refused so that their change is not overwritten."
        )


class DatabaseError(SecretariatError):
    """The database cannot be opened or used (missing, newer schema, damaged, unreachable)."""


class ReadOnlyError(DatabaseError):
    """The database is open read-only here: nothing may be written."""

    def __init__(self, why: str):
        self.why = why
        super().__init__(f"This database is read-only here ({why}): search, print and export work; "
                         f"nothing can be changed.")


class ExchangeError(SecretariatError):
    """An exchange file that cannot be read (wrong format, newer version, hostile bundle)."""


class PackageError(ExchangeError):
    """A package refused for what its signature says (changed after signing, an unknown or another key):
    a fact with a code, so that the UI says it in the clerk's language."""

    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))
