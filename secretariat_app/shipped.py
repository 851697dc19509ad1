"""Where the files shipped with the app are: ``resources/`` (fonts, translations, demo data, the exchange
schema, the collation and search tables, the icon) and ``db/`` (the Alembic migrations).

In the repository both sit at the top, beside ``secretariat_app/``. A built wheel (``setup.py`` maps them
at build time) and the desktop bundle put them inside the package, as ``secretariat_app/resources`` and
``secretariat_app/db``, so an installed app finds them wherever it was installed. The package's own copy
wins; the checkout's is the fall-back (running from source, or an editable install).
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def shipped(name: str) -> Path:
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


RESOURCES = shipped("resources")
MIGRATIONS = shipped("db")
