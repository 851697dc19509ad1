"""Where the data lives and who is working: the data folder, the database URL, the user's name."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "Secretariat"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"


def data_dir() -> Path:
    """The user's data folder (created owner-only); ``SECRETARIAT_HOME`` overrides it."""
    path = Path(os.environ.get("SECRETARIAT_HOME") or user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


@dataclass(frozen=True)
class Settings:
    database_url: str
    user: str

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or self.database_url in ("sqlite://", "sqlite:///:memory:"):
            return None
        return Path(self.database_url.split("///", 1)[1])

    @property
    def display_name(self) -> str:
        """What the window title shows: the file name, or user@host/database for a server."""
        if self.sqlite_path is not None:
            return self.sqlite_path.name
        from sqlalchemy.engine import make_url

        url = make_url(self.database_url)
        return f"{url.username + '@' if url.username else ''}{url.host or 'localhost'}/{url.database}"


def resolve(db: str | None = None, database_url: str | None = None, user: str | None = None) -> Settings:
    """Command-line options first, then the environment, then the default file in the data folder."""
    url = database_url or os.environ.get("SECRETARIAT_DATABASE_URL")
    if url:
        _check_url(url)
    else:
        path = db or os.environ.get("SECRETARIAT_DB") or data_dir() / "secretariat.sqlite3"
        url = sqlite_url(path)
    who = user or os.environ.get("SECRETARIAT_USER") or _login_name()
    return Settings(database_url=url, user=who)


def named_file(db: str | None = None) -> Path | None:
    """The database file the clerk named (``--db`` or SECRETARIAT_DB), if any; None for a server or the
    default file in the data folder."""
    if os.environ.get("SECRETARIAT_DATABASE_URL") and not db:
        return None
    named = db or os.environ.get("SECRETARIAT_DB")
    return Path(named) if named else None


def _check_url(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from .errors import DatabaseError

    try:
        make_url(url)
    except ArgumentError:
        raise DatabaseError("The database URL given (--database-url or SECRETARIAT_DATABASE_URL) is not a database "
                            "URL; it looks like postgresql+psycopg://clerk@server/secretariat.") from None


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "clerk"
