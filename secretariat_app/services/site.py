"""Which database records come from, for identifiers that must stay the same across exports (calendar
UIDs): one place, so that it can later name the site the council's databases are told apart by."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import models as m

DEFAULT_DOMAIN = "secretariat.local"


def site_uid_domain(session: Session) -> str:
    """A stable value per database for the right-hand side of a calendar UID ("meeting-mtg-1@…").

    There is no site identity yet; until there is, the first change ever written to this database (its
    oldest audit row's change id) tells it apart: it never changes, a backup and its restore share it, and
    the counterpart's database, which imported the same records, has its own. A database with no change
    yet has no records to export, so the constant it gets is never part of a UID."""
    first = session.scalar(select(m.AuditEntry.change_id).order_by(m.AuditEntry.id).limit(1))
    return f"{first}.{DEFAULT_DOMAIN}" if first else DEFAULT_DOMAIN
