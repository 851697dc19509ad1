"""Where the data lives and who is working: the data folder, the database URL, the user's login and the
clerk's display name (in Korean, Chinese and English, kept in the per-user UI settings file)."""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

from .shipped import RESOURCES as RESOURCES  # named from here too (migration 0003 reads a table in it)

APP_NAME = "Secretariat"
# The per-user settings of the desktop app (window layout, languages, the clerk's display name), a Qt INI
# file in the data folder: the app reads and writes it with QSettings, the command line reads the name.
UI_SETTINGS_FILE = "secretariat-ui.ini"
NAME_LANGUAGES = ("ko", "zh", "en")
CLERK_NAME_KEYS = {lang: f"clerk/name_{lang}" for lang in NAME_LANGUAGES}  # QSettings keys: [clerk] name_ko=…


def data_dir() -> Path:
    """The user's data folder (created owner-only); ``SECRETARIAT_HOME`` overrides it."""
    path = Path(os.environ.get("SECRETARIAT_HOME") or user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def cache_dir() -> Path:
    """Where what can be made again is kept (the fonts as ReportLab read them): the user's cache folder,
    or ``cache`` in ``SECRETARIAT_HOME`` when that is set. Not created here: whoever writes creates it."""
    home = os.environ.get("SECRETARIAT_HOME")
    return Path(home) / "cache" if home else Path(user_cache_dir(APP_NAME, appauthor=False))


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


@dataclass(frozen=True)
class Settings:
    database_url: str
    user: str  # the login (OS or database account): the audit trail's "user"
    # The clerk's display name by language ({"ko": "김민지", "zh": "金敏智", "en": "Kim Minji"}; empty when
    # not given): kept beside the login in the audit trail and shown instead of it. Not part of which
    # database this is, so two settings that differ only in it are equal.
    names: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

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


def resolve(db: str | None = None, database_url: str | None = None, user: str | None = None,
            names: Mapping[str, str] | None = None) -> Settings:
    """Command-line options first, then the environment, then the default file in the data folder. The
    display name is the one set in the desktop app's Preferences (the same settings file), if any."""
    url = database_url or os.environ.get("SECRETARIAT_DATABASE_URL")
    if url:
        _check_url(url)
    else:
        path = db or os.environ.get("SECRETARIAT_DB") or data_dir() / "secretariat.sqlite3"
        url = sqlite_url(path)
    who = user or os.environ.get("SECRETARIAT_USER") or _login_name()
    return Settings(database_url=url, user=who, names=clean_names(names) if names is not None else clerk_names())


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


# --- the clerk's display name ---------------------------------------------------------------------


def clean_names(names: Mapping[str, object] | None) -> dict[str, str]:
    """The display name by language, trimmed, blank and unknown languages dropped, in ko, zh, en order."""
    out: dict[str, str] = {}
    for lang in NAME_LANGUAGES:
        value = (names or {}).get(lang)
        if isinstance(value, str) and value.strip():
            out[lang] = value.strip()
    return out


def ui_settings_path() -> Path:
    return data_dir() / UI_SETTINGS_FILE


def clerk_names(path: Path | None = None) -> dict[str, str]:
    """The clerk's display name as the desktop app's Preferences keep it (empty if none is set or the
    file cannot be read). Reads the Qt INI file without Qt, for the command line."""
    try:
        text = (path or ui_settings_path()).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    section, found = "", {}
    wanted = {tuple(key.split("/", 1)): lang for lang, key in CLERK_NAME_KEYS.items()}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
        elif "=" in line and not line.startswith(";"):
            key, raw = line.split("=", 1)
            lang = wanted.get((section, key.strip()))
            if lang is not None:
                found[lang] = qt_ini_string(raw)
    return clean_names(found)


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
            '"': '"', "'": "'", "?": "?", "\\": "\\"}


def qt_ini_string(raw: str) -> str | None:
    """A value as QSettings writes a string to an INI file (quoted when it must be, backslash escapes, a
    leading "@" doubled); None for anything that is not one string (a list, a @Variant, @Invalid)."""
    out: list[str] = []
    quoted, i, raw = False, 0, raw.strip()
    while i < len(raw):
        ch = raw[i]
        i += 1
        if ch == '"':
            quoted = not quoted
        elif ch == "\\" and i < len(raw):
            nxt = raw[i]
            i += 1
            if nxt in _ESCAPES:
                out.append(_ESCAPES[nxt])
            elif nxt in "xX":
                digits = ""
                while i < len(raw) and raw[i] in "0123456789abcdefABCDEF":
                    digits, i = digits + raw[i], i + 1
                code = int(digits, 16) if digits else 0
                out.append(chr(code) if 0 < code <= 0x10FFFF else "")
            elif nxt in "01234567":
                digits = nxt
                while i < len(raw) and raw[i] in "01234567":
                    digits, i = digits + raw[i], i + 1
                out.append(chr(int(digits, 8)) if int(digits, 8) <= 0x10FFFF else "")
            else:  # Qt keeps an unknown escape's character
                out.append(nxt)
        elif ch == "," and not quoted:
            return None  # a list of strings
        else:
            out.append(ch)
    value = "".join(out)
    if value.startswith("@@"):
        return value[1:]
    if value.startswith("@"):
        return None
    return value
