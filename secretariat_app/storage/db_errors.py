"""Database driver errors turned into messages a clerk can act on (no SQL, no traceback)."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from ..errors import DatabaseError

# SQLSTATE codes (PostgreSQL) and fragments of driver messages (SQLite) we know how to explain.
INSUFFICIENT_PRIVILEGE = "42501"
SERIALIZATION_FAILURE = "40001"
DEADLOCK = "40P01"


class BusyError(DatabaseError):
    """The database stayed locked by another writer past the busy timeout: the whole write may be tried
    again (nothing of it was kept)."""


def explain(exc: SQLAlchemyError, where: str = "the database") -> DatabaseError:
    orig = getattr(exc, "orig", None)
    code = getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)
    text = str(orig if orig is not None else exc).strip().splitlines()[0] if str(orig or exc).strip() else ""
    lowered = text.lower()
    if code == INSUFFICIENT_PRIVILEGE or "permission denied" in lowered:
        return DatabaseError(f"Your account on {where} may read but not change records (permission denied). "
                             f"Ask the administrator for the editor role if you need to make changes.")
    if code in (SERIALIZATION_FAILURE, DEADLOCK):
        return DatabaseError("Another clerk was saving the same records at the same moment; nothing was "
                             "changed. Please try again.")
    if "password authentication failed" in lowered:
        return DatabaseError(f"The server {where} refused the password (wrong password or user name).")
    if "connection refused" in lowered or "could not connect" in lowered or "timeout expired" in lowered \
            or "server closed the connection" in lowered or "terminating connection" in lowered \
            or "connection is closed" in lowered or "no route to host" in lowered \
            or "name or service not known" in lowered:
        return DatabaseError(f"Cannot reach {where} ({text}). Your unsaved work is kept; try again when the "
                             f"connection is back.")
    if "unable to open database file" in lowered:
        return DatabaseError(f"Cannot open the database file {where} (is it a folder, or in a folder you may "
                             f"not write to?)")
    if "file is not a database" in lowered:
        return DatabaseError(f"{where} is not a Secretariat database (not a SQLite file, or damaged); it was "
                             f"not changed.")
    if "database is locked" in lowered:
        return BusyError(f"{where} is busy (another program holds a lock); nothing was changed. Try again.")
    if "does not exist" in lowered and "database" in lowered:
        return DatabaseError(f"The database does not exist on the server ({text}).")
    if "readonly database" in lowered or "read-only" in lowered:
        return DatabaseError(f"{where} is read-only here; nothing was changed.")
    if isinstance(exc, OperationalError | DBAPIError):
        return DatabaseError(f"The database reported a problem; nothing was changed. ({text})")
    return DatabaseError(f"The database reported a problem; nothing was changed. ({text or type(exc).__name__})")
