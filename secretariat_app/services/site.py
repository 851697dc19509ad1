"""Which database records come from, for identifiers that must stay the same across exports (calendar
UIDs): the site's id (services/sync.py), so that both secretariats' calendars tell their entries apart."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import models as m

DEFAULT_DOMAIN = "secretariat.local"


def site_uid_domain(session: Session) -> str:
    """A stable value per site for the right-hand side of a calendar UID ("meeting-mtg-1@…"): the site's
    id, made once (migration 0008) and kept by backups and restores; several clerks on one server are one
    site, so their calendars give the same entry the same UID."""
    site = session.scalar(select(m.Site.id).where(m.Site.is_self.is_(True)))
    return f"{site}.{DEFAULT_DOMAIN}" if site else DEFAULT_DOMAIN
