"""One user action = one unit of work = one transaction, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from .db_errors import explain


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session], where: str = "the database"):
        self._factory = factory
        self._where = where
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        try:
            self.session.rollback()  # a no-op after commit
        except SQLAlchemyError:
            pass  # the connection is gone; the server rolls back on its own
        finally:
            self.session.close()
        if isinstance(exc, SQLAlchemyError):
            # Driver errors become messages a clerk can act on; the original stays chained for the log.
            raise explain(exc, self._where) from exc

    def commit(self) -> None:
        self.session.commit()
