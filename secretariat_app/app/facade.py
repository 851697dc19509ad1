"""One object the UI and the CLI talk to: every use case already bound to the database, the user and
the observers, so that neither of them handles a database, a user name or an observer list."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select

from ..domain import models as m
from ..domain import rules
from ..services.records import Records
from ..services.store import WriteObserver
from ..settings import Settings, clean_names
from ..storage.database import Database

if TYPE_CHECKING:
    from ..services.lookup import CachingLookup
    from .attachments import Attachments
    from .contacts import Contacts
    from .exchange import Exchange
    from .extraction import Extraction
    from .indexing import Indexing
    from .maintenance import Maintenance
    from .meetings import Meetings
    from .office import Office
    from .printing import Printing
    from .queries import Commitments, Dashboards, Lists, Search


@dataclass
class App:
    settings: Settings
    db: Database  # for the layers below (and their tests); ui/ and cli/ use the parts below
    records: Records
    observers: tuple[WriteObserver, ...] = field(default_factory=tuple)

    def __post_init__(self) -> None:
        self.set_clerk_names(self.settings.names)  # only what the rules allow reaches the audit trail

    # Each part is made (and its modules imported) when first used: a first window needs no exchange
    # format, ReportLab or maintenance tools, and a printed pack or an export no lists or search;
    # together they cost a good part of a second at start-up. (Each part only binds the database: two
    # threads asking at once would at worst make one twice.)

    @cached_property
    def lists(self) -> Lists:
        from .queries import Lists

        return Lists(self.db)

    @cached_property
    def dashboard(self) -> Dashboards:
        from .queries import Dashboards

        return Dashboards(self.db)

    @cached_property
    def commitments(self) -> Commitments:
        """The commitments register; the open ones a meeting's agenda may take up."""
        from .queries import Commitments

        return Commitments(self.db)

    @cached_property
    def search(self) -> Search:
        from .queries import Search

        return Search(self.db)

    @cached_property
    def exchange(self) -> Exchange:
        from .exchange import Exchange

        return Exchange(self.db, self.records)

    @cached_property
    def printing(self) -> Printing:
        from .printing import Printing

        return Printing(self.db, self.settings.user, self.settings.names)

    @cached_property
    def contacts(self) -> Contacts:
        """Contact sheets in; merging duplicates of people and organizations."""
        from .contacts import Contacts

        return Contacts(self.db, self.records)

    @cached_property
    def office(self) -> Office:
        """Calendars, spreadsheets and Word documents."""
        from .office import Office

        return Office(self.db, self.settings.user, self.settings.names)

    @cached_property
    def maintenance(self) -> Maintenance:
        from .maintenance import Maintenance

        return Maintenance(self.db, self.settings.user)

    @cached_property
    def extraction(self) -> Extraction:
        """The text of attached files: read by a background worker (started by the desktop app) or by
        ``secretariat extract``; it hears of every change that touches agreements."""
        from .extraction import Extraction

        part = Extraction(self.db)
        self.records.listeners.append(part.heard)
        return part

    @cached_property
    def meetings(self) -> Meetings:
        """New meetings from the previous one or a template; the minutes' approval by both cities."""
        from .meetings import Meetings

        return Meetings(self.records)

    @cached_property
    def indexing(self) -> Indexing:
        """Records an import queued for the search index: indexed by a background worker (started by
        the desktop app) or by the command line before it exits; it hears of every change."""
        from .indexing import Indexing

        part = Indexing(self.db)
        self.records.listeners.append(part.heard)
        return part

    @cached_property
    def attachments(self) -> Attachments:
        from .attachments import Attachments

        return Attachments(self.db)

    @property
    def user(self) -> str:
        """The login: what the audit trail calls "user"."""
        return self.settings.user

    @property
    def clerk_names(self) -> dict[str, str]:
        """The clerk's display name by language (empty when none is set), kept beside the login."""
        return dict(self.settings.names)

    def set_clerk_names(self, names: Mapping[str, str] | None) -> None:
        """The clerk set another display name (Preferences): the writes and documents from now on carry it."""
        clean = clean_names(rules.usable_clerk_name(names))
        self.settings = replace(self.settings, names=clean)
        self.records.names = dict(clean)
        if "printing" in self.__dict__:  # made already (it is made on first use, with the names then)
            self.printing.names = dict(clean)
        if "office" in self.__dict__:
            self.office.names = dict(clean)

    @property
    def read_only(self) -> str | None:
        """Why nothing may be written here (a read-only file or folder), or None."""
        return self.db.read_only

    @property
    def is_shared(self) -> bool:
        """A server several clerks write to (not a file of one's own)."""
        return self.settings.sqlite_path is None

    def lookup(self) -> CachingLookup:
        """Names and ids of linked records for pickers (each editor keeps its own, with its cache)."""
        from ..services.lookup import CachingLookup

        return CachingLookup(self.db)

    def is_empty(self) -> bool:
        with self.db.reading() as uow:
            return all(uow.session.scalar(select(cls.id).limit(1)) is None for cls in m.RECORD_CLASSES.values())

    def close(self) -> None:
        if "extraction" in self.__dict__:
            self.extraction.stop()
        if "indexing" in self.__dict__:
            self.indexing.stop()
        self.db.close()
