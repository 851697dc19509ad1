"""Recent and saved searches, per clerk, in a small JSON file in the data folder.

Kept out of the database on purpose: a clerk with the reader role on a shared server may not write
there, and these are the clerk's own, not the council's records. One file per database (its display
name), written atomically.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from ..settings import data_dir
from ..storage.files import atomic_output

log = logging.getLogger(__name__)
MAX_RECENT = 20
MAX_SAVED = 100


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str


class SearchHistory:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._recent: list[str] = []
        self._saved: list[SavedSearch] = []
        self._load()

    @classmethod
    def for_database(cls, display_name: str, folder: Path | None = None) -> SearchHistory:
        slug = re.sub(r"[^A-Za-z0-9._-]+", "_", display_name).strip("_") or "database"
        return cls((folder or data_dir()) / "searches" / f"{slug}.json")

    def recent(self) -> list[str]:
        return list(self._recent)

    def saved(self) -> list[SavedSearch]:
        return list(self._saved)

    def add_recent(self, query: str) -> None:
        """Remember a query the clerk ran (most recent first, no duplicates, blank ones ignored)."""
        query = " ".join(query.split())
        if not query:
            return
        self._recent = [query, *(q for q in self._recent if q != query)][:MAX_RECENT]
        self._store()

    def clear_recent(self) -> None:
        self._recent = []
        self._store()

    def save(self, name: str, query: str) -> SavedSearch:
        """Save (or replace, by name) a search; the name defaults to the query itself."""
        query = " ".join(query.split())
        name = " ".join(name.split()) or query
        if not query:
            raise ValueError("an empty search cannot be saved")
        saved = SavedSearch(name, query)
        self._saved = [saved, *(s for s in self._saved if s.name != name)][:MAX_SAVED]
        self._store()
        return saved

    def remove(self, name: str) -> None:
        self._saved = [s for s in self._saved if s.name != name]
        self._store()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            self._recent = [q for q in data.get("recent", []) if isinstance(q, str)][:MAX_RECENT]
            self._saved = [SavedSearch(s["name"], s["query"]) for s in data.get("saved", [])
                           if isinstance(s, dict) and isinstance(s.get("name"), str) and isinstance(s.get("query"), str)]
        except FileNotFoundError:
            pass
        except (OSError, ValueError, AttributeError) as exc:  # a damaged file: start afresh, keep it aside
            log.warning("search history %s unreadable (%s); starting a new one", self.path, exc)

    def _store(self) -> None:
        data = {"recent": self._recent, "saved": [{"name": s.name, "query": s.query} for s in self._saved]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with atomic_output(self.path) as out:
                out.write(json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as exc:  # history is a convenience: never let it stop a search
            log.warning("could not save the search history to %s: %s", self.path, exc)
