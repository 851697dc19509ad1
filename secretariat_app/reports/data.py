"""The plain data a printed document is made from: documents (dicts in the exchange format's shape).

:mod:`secretariat_app.services.briefing` fills these from the database; the report modules read
them and nothing else. No ReportLab and no database here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

Doc = dict[str, Any]

# The sections of a visit briefing pack, in print order (the cover and the contents always come first).
SECTIONS: tuple[str, ...] = (
    "overview", "itinerary", "delegation", "counterparts", "council", "agreements", "meetings", "actions",
    "talking_points", "appendix",
)
BILINGUAL_SECTIONS = ("agreements", "talking_points", "appendix")
DOCUMENT_KINDS = ("agenda", "minutes", "agreement")
# The commitments' standings the progress report counts, in its columns' order.
STANDINGS = ("done", "late", "open", "cancelled")


@dataclass(frozen=True)
class Related:
    """Records referred to by the printed one, by id (including ones in the trash: still named)."""

    people: Mapping[str, Doc] = field(default_factory=dict)
    organizations: Mapping[str, Doc] = field(default_factory=dict)
    teams: Mapping[str, Doc] = field(default_factory=dict)
    agreements: Mapping[str, Doc] = field(default_factory=dict)
    meetings: Mapping[str, Doc] = field(default_factory=dict)


@dataclass(frozen=True)
class AgreementGroups:
    """Agreements with the destination city, by where they stand on the pack's date."""

    expiring: tuple[Doc, ...] = ()  # in force, expiring within the window
    in_force: tuple[Doc, ...] = ()
    negotiating: tuple[Doc, ...] = ()  # under negotiation or in draft
    omitted: Mapping[str, int] = field(default_factory=dict)  # group -> how many more were left out
    past_expiry: int = 0  # recorded as in force but past their expiry date: counted, not listed


@dataclass(frozen=True)
class ActionRow:
    action: Doc  # {id, text, owner, due_on, status}
    meeting_id: str


@dataclass(frozen=True)
class PackData:
    visit: Doc
    as_of: date  # the "prepared on" date: what is overdue and what expires soon is judged on it
    home_city: str  # the delegation's own city, whose clock is printed beside the local one
    counterparts: tuple[str, ...]  # the people to be met (person ids, in itinerary order)
    teams: tuple[Doc, ...]
    agreements: AgreementGroups
    meetings: tuple[Doc, ...]  # recent meetings, newest first
    actions: tuple[ActionRow, ...]
    actions_omitted: int
    appendix: tuple[Doc, ...]  # agreements printed in full
    related: Related
    expiry_window_days: int = 180


@dataclass(frozen=True)
class PackOptions:
    lang: str = "en"
    bilingual: tuple[str, str] | None = None  # e.g. ("ko", "zh") for agreements and talking points
    sections: tuple[str, ...] = SECTIONS
    marking: str = ""  # "" = the standard marking in the pack's language
    prepared_by: str = ""  # plain text (the PDF's author too)
    # The clerk's display name by language: the cover prints the pack language's (else another's, marked
    # as any fallback) instead of ``prepared_by``, which then holds that name as plain text.
    prepared_by_names: Mapping[str, str] | None = None
    reproducible: bool = False


@dataclass(frozen=True)
class MeetingData:
    meeting: Doc
    related: Related
    as_of: date


@dataclass(frozen=True)
class AgreementData:
    agreement: Doc
    related: Related
    as_of: date


@dataclass(frozen=True)
class SheetOptions:
    lang: str = "en"
    marking: str = ""
    prepared_by: str = ""
    prepared_by_names: Mapping[str, str] | None = None  # as for packs (the sheets name it in the PDF's author)
    reproducible: bool = False


@dataclass(frozen=True)
class ProgressData:
    """The commitments raised since a meeting (a general conference), where each stands on ``as_of``."""

    since: Doc  # {id, kind, number, title, starts_at}
    as_of: date
    # {id, text, meeting, team, owner_seoul, owner_beijing, due_on, status, standing, agreement, article,
    #  reviews: [{meeting, note, status}], closed_at}, oldest meeting first
    commitments: tuple[Doc, ...]
    related: Related  # people {name}, teams {name}, agreements {title, reference}, meetings {title, starts_at}


@dataclass(frozen=True)
class ProgressOptions:
    lang: str = "en"
    bilingual: tuple[str, str] | None = None  # the actions' texts in two languages side by side
    marking: str = ""
    prepared_by: str = ""
    prepared_by_names: Mapping[str, str] | None = None
    reproducible: bool = False
