"""Reads the views make: lists, the dashboard, search. Each runs in its own read transaction, on any
thread (the UI calls them from its worker pool)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from ..search.index import RebuildReport, rebuild
from ..search.service import SearchResults, SearchService
from ..services import commitments, dashboard, lists
from ..storage.database import Database

Progress = Any


class Lists:
    def __init__(self, db: Database):
        self._db = db

    def run(self, query: lists.ListQuery) -> lists.ListResult:
        return lists.run(self._db, query)

    def counts(self, query: lists.ListQuery) -> dict[str, int]:
        return lists.counts(self._db, query)

    def rows(self, kind: str, ids: Sequence[str]) -> dict[str, Any]:
        return lists.rows(self._db, kind, ids)

    def organizations(self) -> list[lists.OrganizationNode]:
        return lists.organizations(self._db)


class Dashboards:
    def __init__(self, db: Database):
        self._db = db

    def load(self, today: date | None = None) -> dashboard.Dashboard:
        return dashboard.load(self._db, today)


class Search:
    def __init__(self, db: Database):
        self._db = db

    def search(self, query: str, limit: int = 50, lang: str = "en", today: date | None = None) -> SearchResults:
        return SearchService(self._db, lang).search(query, limit, today=today)

    def rebuild(self, progress: Progress | None = None, workers: int | None = None) -> RebuildReport:
        report = rebuild(self._db, progress, workers=workers)
        assert report is not None  # only a rebuild "if stale" may do nothing
        return report


class Commitments:
    """The commitments register, and what a meeting's agenda could take up from it."""

    def __init__(self, db: Database):
        self._db = db

    def register(self, as_of: date, filter: commitments.Filter | None = None) -> commitments.Register:
        return commitments.register(self._db, as_of, filter)

    def open_before(self, before: datetime, as_of: date, exclude_meeting: str | None = None,
                    only_open: bool = True) -> commitments.Register:
        return commitments.open_before(self._db, before, as_of, exclude_meeting, only_open)

    def of_actions(self, ids: Sequence[str], as_of: date) -> commitments.Register:
        return commitments.of_actions(self._db, ids, as_of)

    def agenda_items(self, chosen: Sequence[commitments.Commitment], names: commitments.Names,
                     first_position: int) -> list[dict[str, Any]]:
        """Agenda items (the exchange format's shape) putting the chosen commitments before a meeting."""
        return [commitments.agenda_item(c, names, first_position + i) for i, c in enumerate(chosen)]

    def conferences(self) -> list[commitments.Conference]:
        return commitments.conferences(self._db)
