"""Connections to a shared server: URLs built from host/port/database/user, passwords in the system
keyring only (never in a settings file), and the marker that tells the UI that other clerks changed
something.

The address and the keyring are plain: the desktop app's first window uses them before the database layer
(SQLAlchemy, the models) is imported, so that is imported where it is used."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..storage.database import Database

KEYRING_SERVICE = "Secretariat"


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str

    @property
    def key(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        from sqlalchemy.engine import URL

        return URL.create("postgresql+psycopg", username=self.user, password=password or None, host=self.host,
                          port=self.port, database=self.database).render_as_string(hide_password=False)


def stored_password(address: ServerAddress) -> str | None:
    """The password kept in the system keyring, or None (none stored, or no keyring on this system)."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, address.key)
        except KeyringError:
            return None
    except Exception:  # noqa: BLE001 - a broken keyring backend must not stop the clerk connecting
        return None


def remember_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the system keyring. False when there is no usable keyring (then it is
    asked again next time: it is never written to a plain file)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.key, password)
        return True
    except Exception:  # noqa: BLE001
        return False


def change_marker(db: Database, others_than: str) -> int:
    """A number that grows whenever another clerk saves something (the id of the newest audit entry
    not written by ``others_than``): the UI polls it to show their changes without being asked."""
    from sqlalchemy import func, select

    from ..domain import models as m

    with db.reading() as uow:
        return int(uow.session.scalar(
            select(func.max(m.AuditEntry.id)).where(m.AuditEntry.user != others_than)) or 0)
