"""The council's records as typed SQLAlchemy 2.0 models.

Top-level records (organizations, people, teams, agreements, meetings, visits) share
:class:`RecordMixin`: a stable string id, a version for optimistic concurrency, timestamps, who
changed it last (the login, and the clerk's display name beside it), and a trash flag. Their parts
(agenda items, minutes, memberships, ...) live in child tables keyed by the record and a position,
replaced as a whole when the record is saved.

Texts in several languages are JSON language maps (see :mod:`.langmap`). Date-times keep their
venue's UTC offset: they are stored as a UTC instant plus the offset in minutes, so they sort and
compare correctly and still print as the venue's local time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    func,
    literal_column,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.functions import FunctionElement

from .vocab import LANGUAGES

ID = String(100)
LM = JSON  # a language map {"ko": ..., "zh": ..., "en": ...}
NAME_LM = JSON(none_as_null=True)  # the clerk's display name: SQL NULL when there is none, not JSON null

# Explicit constraint names, so that migrations are the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive UTC (SQLite has no time zones); read back as UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a time zone is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), date: Date(), dict[str, Any]: JSON}


def fk(target: str, **kw: Any) -> ForeignKey:
    """A foreign key that an import may defer to the end of its transaction (records refer to each
    other in cycles: a team to the agreement that established it, that agreement to its teams)."""
    return ForeignKey(target, deferrable=True, initially="IMMEDIATE", **kw)


def ref(target: str) -> Any:
    """A nullable reference to another record, indexed (lookups of who refers to a record)."""
    return mapped_column(ID, fk(target), nullable=True, index=True)


def parent(target: str) -> Any:
    """The owning record of a part; parts go with their record."""
    return mapped_column(ID, fk(target, ondelete="CASCADE"), primary_key=True)


class RecordMixin:
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))
    # The display name of that clerk ({"ko": "김민지", "en": "Kim Minji"}), beside the login; None when the
    # clerk had none set, and on records saved before it was kept (migration 0006).
    updated_by_name: Mapped[dict[str, Any] | None] = mapped_column(NAME_LM)
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)
    deleted_by: Mapped[str | None] = mapped_column(String(200))
    # The name's (or title's) key in Chinese pinyin order (domain/collation.py), kept by documents.write.
    # Compared by code point: SQLite does so; PostgreSQL is told to (its database locale may not).
    sort_zh: Mapped[str | None] = mapped_column(String(200).with_variant(String(200, collation="C"), "postgresql"))
    # The exchange as sync (migration 0008, services/sync.py). ``revision``: this version's id, "<site>:<n>"
    # (the n-th change the site made to the record); ``clock``: how many changes each site made to it,
    # {site: n} -- two versions compare by their clocks (one descends from the other, or both changed);
    # ``seq``: the local change number it was written under: a package for a counterpart holds the records
    # whose number is above what that counterpart confirmed having.
    revision: Mapped[str | None] = mapped_column(String(80))
    clock: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0", index=True)
    # The counterpart site this version came from (None: made here): a package for that site leaves it out.
    received_from: Mapped[str | None] = mapped_column(String(40))


def parts(cls: str) -> Any:
    return relationship(cls, cascade="all, delete-orphan", order_by=f"{cls}.position", passive_deletes=True)


# --- organizations and people -------------------------------------------------------------------


class Organization(RecordMixin, Base):
    __tablename__ = "organizations"
    name: Mapped[dict[str, Any]] = mapped_column(LM)
    short_name: Mapped[dict[str, Any] | None] = mapped_column(LM)
    city: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    parent_id: Mapped[str | None] = ref("organizations.id")


class Person(RecordMixin, Base):
    __tablename__ = "people"
    name: Mapped[dict[str, Any]] = mapped_column(LM)
    position: Mapped[dict[str, Any] | None] = mapped_column(LM)
    organization_id: Mapped[str | None] = ref("organizations.id")
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)


# --- teams --------------------------------------------------------------------------------------


class Team(RecordMixin, Base):
    __tablename__ = "teams"
    name: Mapped[dict[str, Any]] = mapped_column(LM)
    description: Mapped[dict[str, Any] | None] = mapped_column(LM)
    status: Mapped[str] = mapped_column(String(30))
    established_on: Mapped[date | None]
    # Agreements refer to meetings, meetings to teams: this key closes the cycle, so it is added last.
    established_by_id: Mapped[str | None] = mapped_column(
        ID, fk("agreements.id", use_alter=True), nullable=True, index=True
    )
    focus_areas: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    leads: Mapped[list[TeamLead]] = parts("TeamLead")
    members: Mapped[list[TeamMember]] = parts("TeamMember")


class TeamLead(Base):
    __tablename__ = "team_leads"
    team_id: Mapped[str] = parent("teams.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[str] = mapped_column(ID, fk("organizations.id"), index=True)


class TeamMember(Base):
    __tablename__ = "team_members"
    team_id: Mapped[str] = parent("teams.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, fk("people.id"), index=True)
    role: Mapped[dict[str, Any] | None] = mapped_column(LM)


# --- agreements ---------------------------------------------------------------------------------


class Agreement(RecordMixin, Base):
    __tablename__ = "agreements"
    # Covering indexes: the agreements list (live ones, newest first) and the dashboard's expiry
    # checks and status counts read these without touching the rows, which hold the full texts.
    __table_args__ = (
        Index("ix_agreements_live_signed_on", "deleted_at", "signed_on", "id"),
        Index("ix_agreements_status_expires_on", "status", "expires_on", "deleted_at"),
        # A briefing pack's agreements of a city: grouped and ordered by these, for thousands of them.
        Index("ix_agreements_live_status_dates", "deleted_at", "status", "expires_on", "signed_on", "updated_at",
              "id"),
    )
    kind: Mapped[str] = mapped_column(String(30))
    reference: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[dict[str, Any]] = mapped_column(LM)
    summary: Mapped[dict[str, Any] | None] = mapped_column(LM)
    text: Mapped[dict[str, Any] | None] = mapped_column(LM)
    status: Mapped[str] = mapped_column(String(30), index=True)
    signed_on: Mapped[date | None] = mapped_column(index=True)
    signed_city: Mapped[str | None] = mapped_column(String(100))
    signed_venue: Mapped[dict[str, Any] | None] = mapped_column(LM)
    meeting_id: Mapped[str | None] = ref("meetings.id")
    effective_on: Mapped[date | None]
    expires_on: Mapped[date | None] = mapped_column(index=True)
    renewal_terms: Mapped[dict[str, Any] | None] = mapped_column(LM)  # kept as a note beside the data below
    # Renewal terms as data (migration 0010): the notice period, whether it renews itself and for how long,
    # and who watches it in each city.
    notice_days: Mapped[int | None]
    auto_renews: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    renews_for_months: Mapped[int | None]
    owners: Mapped[list[AgreementOwner]] = relationship(cascade="all, delete-orphan", order_by="AgreementOwner.city",
                                                        passive_deletes=True)
    areas: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    supersedes_id: Mapped[str | None] = ref("agreements.id")
    parties: Mapped[list[AgreementParty]] = parts("AgreementParty")
    signatories: Mapped[list[AgreementSignatory]] = parts("AgreementSignatory")
    teams: Mapped[list[AgreementTeam]] = parts("AgreementTeam")
    attachments: Mapped[list[Attachment]] = parts("Attachment")
    events: Mapped[list[AgreementEvent]] = parts("AgreementEvent")


class AgreementEvent(Base):
    """One dated step of an agreement's life (domain/lifecycle.py), with its effect, if any: the status it
    leaves the agreement in (None: the kind's own) and a new expiry date."""

    __tablename__ = "agreement_events"
    agreement_id: Mapped[str] = parent("agreements.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    occurred_on: Mapped[date]
    meeting_id: Mapped[str | None] = ref("meetings.id")
    document: Mapped[str | None] = mapped_column(String(64))  # the SHA-256 of one of the agreement's files
    note: Mapped[dict[str, Any] | None] = mapped_column(LM)
    status: Mapped[str | None] = mapped_column(String(30))
    expires_on: Mapped[date | None]


class AgreementOwner(Base):
    """Who watches an agreement's deadlines in one city (the document's ``owner_seoul``, ``owner_beijing``)."""

    __tablename__ = "agreement_owners"
    agreement_id: Mapped[str] = parent("agreements.id")
    city: Mapped[str] = mapped_column(String(100), primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, fk("people.id"), index=True)


class AgreementParty(Base):
    __tablename__ = "agreement_parties"
    agreement_id: Mapped[str] = parent("agreements.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[str] = mapped_column(ID, fk("organizations.id"), index=True)


class AgreementSignatory(Base):
    __tablename__ = "agreement_signatories"
    agreement_id: Mapped[str] = parent("agreements.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, fk("people.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ID, fk("organizations.id"), index=True)


class AgreementTeam(Base):
    __tablename__ = "agreement_teams"
    agreement_id: Mapped[str] = parent("agreements.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(ID, fk("teams.id"), index=True)


class Attachment(Base):
    """A file attached to an agreement; its bytes (if this database has them) are in :class:`Blob`."""

    __tablename__ = "attachments"
    agreement_id: Mapped[str] = parent("agreements.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)


class Blob(Base):
    """Attachment bytes, stored once per content (addressed by SHA-256)."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AttachmentText(Base):
    """The text read from a file's bytes, for search (migration 0009): derived data, kept once per content
    like the bytes themselves, and removed with them. No row yet: the file waits to be read."""

    __tablename__ = "attachment_texts"
    sha256: Mapped[str] = mapped_column(String(64), fk("blobs.sha256", ondelete="CASCADE"), primary_key=True)
    state: Mapped[str] = mapped_column(String(10))  # text (read from the file), ocr, none
    method: Mapped[str] = mapped_column(String(30))  # the reader: pdf, hwp, hwpx, docx, sheet, odt, text, image
    reason: Mapped[str | None] = mapped_column(String(30))  # why none, or why only part (extraction.result.REASONS)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # the reason's values ({"read": 23, "pages": 500})
    confidence: Mapped[float | None] = mapped_column(Float)  # OCR: mean word confidence, 0–100
    languages: Mapped[str | None] = mapped_column(String(60))  # OCR: Tesseract's, e.g. "kor+chi_sim"
    pages: Mapped[int] = mapped_column(Integer, default=0)  # pages read
    ocr_pages: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")  # the pages, separated by form feeds
    seconds: Mapped[float] = mapped_column(Float, default=0.0)  # wall time of the reading
    cpu_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    version: Mapped[int] = mapped_column(Integer, default=1)  # of the readers (a newer one reads again)
    extracted_at: Mapped[datetime]


# --- meetings -----------------------------------------------------------------------------------


class Meeting(RecordMixin, Base):
    __tablename__ = "meetings"
    # The meetings list newest first; by title see name_order below.
    __table_args__ = (Index("ix_meetings_live_starts_at", "deleted_at", "starts_at", "id"),)
    kind: Mapped[str] = mapped_column(String(30))
    number: Mapped[int | None]
    title: Mapped[dict[str, Any]] = mapped_column(LM)
    team_id: Mapped[str | None] = ref("teams.id")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    starts_offset: Mapped[int]  # minutes east of UTC at the venue
    ends_at: Mapped[datetime | None]
    ends_offset: Mapped[int | None]
    city: Mapped[str] = mapped_column(String(100), index=True)
    venue: Mapped[dict[str, Any] | None] = mapped_column(LM)
    host_organization_id: Mapped[str | None] = ref("organizations.id")
    participants: Mapped[list[MeetingParticipant]] = parts("MeetingParticipant")
    agenda: Mapped[list[AgendaItem]] = parts("AgendaItem")
    minutes: Mapped[Minutes | None] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class MeetingParticipant(Base):
    __tablename__ = "meeting_participants"
    meeting_id: Mapped[str] = parent("meetings.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, fk("people.id"), index=True)


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    meeting_id: Mapped[str] = parent("meetings.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[dict[str, Any]] = mapped_column(LM)
    presenter_id: Mapped[str | None] = ref("people.id")
    # Who presents by role ("Seoul co-chair"), from a template, until a person is named (migration 0011).
    presenter_role: Mapped[dict[str, Any] | None] = mapped_column(LM)
    duration_minutes: Mapped[int | None]
    description: Mapped[dict[str, Any] | None] = mapped_column(LM)
    agreement_id: Mapped[str | None] = ref("agreements.id")


class Minutes(Base):
    __tablename__ = "minutes"
    meeting_id: Mapped[str] = parent("meetings.id")
    status: Mapped[str] = mapped_column(String(30))  # draft, circulated, approved (final, locked)
    approved_on: Mapped[date | None]
    # Sent to the counterpart city for approval (migration 0011; domain/minutes_cycle.py).
    circulated_on: Mapped[date | None]
    circulated_to: Mapped[str | None] = mapped_column(String(100))
    recorded_by_id: Mapped[str | None] = ref("people.id")
    summary: Mapped[dict[str, Any] | None] = mapped_column(LM)
    attendees: Mapped[list[MinutesAttendee]] = parts("MinutesAttendee")
    guests: Mapped[list[MinutesGuest]] = parts("MinutesGuest")
    approvals: Mapped[list[MinutesApproval]] = parts("MinutesApproval")
    items: Mapped[list[MinutesItem]] = parts("MinutesItem")
    decisions: Mapped[list[Decision]] = parts("Decision")
    actions: Mapped[list[ActionItem]] = parts("ActionItem")
    statements: Mapped[list[Statement]] = parts("Statement")
    # Earlier meetings' actions this meeting reviewed (the commitments register follows them across meetings).
    reviews: Mapped[list[ActionReview]] = parts("ActionReview")


class MinutesAttendee(Base):
    __tablename__ = "minutes_attendees"
    meeting_id: Mapped[str] = parent("minutes.meeting_id")
    position: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, fk("people.id"), index=True)
    # The roll call (migration 0011): present, absent, excused, represented (by someone named).
    status: Mapped[str] = mapped_column(String(20), default="present", server_default="present")
    represented_by_id: Mapped[str | None] = ref("people.id")


class MinutesGuest(Base):
    """Someone at the meeting who is not one of the council's people: a name and what they are."""

    __tablename__ = "minutes_guests"
    meeting_id: Mapped[str] = parent("minutes.meeting_id")
    position: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    affiliation: Mapped[str | None] = mapped_column(String(500))


class MinutesApproval(Base):
    """One city's approval of the minutes: who and when; withdrawn (kept) when the minutes were reopened."""

    __tablename__ = "minutes_approvals"
    meeting_id: Mapped[str] = parent("minutes.meeting_id")
    position: Mapped[int] = mapped_column(primary_key=True)
    city: Mapped[str] = mapped_column(String(100))
    person_id: Mapped[str | None] = ref("people.id")
    approved_on: Mapped[date]
    withdrawn_on: Mapped[date | None]


class MinutesItem(Base):
    """The minutes' notes on one agenda item (named by the item's position)."""

    __tablename__ = "minutes_items"
    meeting_id: Mapped[str] = parent("minutes.meeting_id")
    position: Mapped[int] = mapped_column(primary_key=True)
    agenda_item: Mapped[int]
    notes: Mapped[dict[str, Any]] = mapped_column(LM)


class Decision(Base):
    __tablename__ = "decisions"
    meeting_id: Mapped[str] = parent("minutes.meeting_id")
    position: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[dict[str, Any]] = mapped_column(LM)
    agenda_item: Mapped[int | None]
    # The agreement (and its article, as the clerk writes it: "Art. 3") the decision carries out.
    agreement_id: Mapped[str | None] = ref("agreements.id")
    article: Mapped[str | None] = mapped_column(String(200))


class ActionItem(Base):
    __tablename__ = "action_items"
    __table_args__ = (Index("ix_action_items_status_due_on", "status", "due_on"),)
    id: Mapped[str] = mapped_column(ID, primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ID, fk("minutes.meeting_id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[dict[str, Any]] = mapped_column(LM)
    owner_id: Mapped[str | None] = ref("people.id")
    # The owner in the other city: a commitment of the council is carried by one person in Seoul and one
    # in Beijing (the rules keep the two in different cities).
    counterpart_owner_id: Mapped[str | None] = ref("people.id")
    due_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(30))
    agreement_id: Mapped[str | None] = ref("agreements.id")
    article: Mapped[str | None] = mapped_column(String(200))


class ActionReview(Base):
    """A later meeting's review of an earlier meeting's action: the note, and the status it found (the
    action's own status stays as its minutes recorded it; approved minutes are locked)."""

    __tablename__ = "action_reviews"
    meeting_id: Mapped[str] = parent("minutes.meeting_id")
    position: Mapped[int] = mapped_column(primary_key=True)
    # Not a foreign key: an action is rewritten with its minutes, and a review outlives such a rewrite.
    action_id: Mapped[str] = mapped_column(ID, index=True)
    note: Mapped[dict[str, Any] | None] = mapped_column(LM)
    status: Mapped[str] = mapped_column(String(30))


class Statement(Base):
    __tablename__ = "statements"
    meeting_id: Mapped[str] = parent("minutes.meeting_id")
    position: Mapped[int] = mapped_column(primary_key=True)
    speaker_id: Mapped[str | None] = ref("people.id")
    text: Mapped[dict[str, Any]] = mapped_column(LM)


# --- visits -------------------------------------------------------------------------------------


class Visit(RecordMixin, Base):
    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_live_starts_on", "deleted_at", "starts_on", "id"),)  # the visits list
    title: Mapped[dict[str, Any]] = mapped_column(LM)
    head_id: Mapped[str | None] = ref("people.id")
    destination_city: Mapped[str] = mapped_column(String(100), index=True)
    starts_on: Mapped[date] = mapped_column(index=True)
    ends_on: Mapped[date]
    purpose: Mapped[dict[str, Any] | None] = mapped_column(LM)
    talking_points: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    delegation: Mapped[list[VisitDelegate]] = parts("VisitDelegate")
    itinerary: Mapped[list[ItineraryItem]] = parts("ItineraryItem")
    meetings: Mapped[list[VisitMeeting]] = parts("VisitMeeting")
    agreements: Mapped[list[VisitAgreement]] = parts("VisitAgreement")


class VisitDelegate(Base):
    __tablename__ = "visit_delegation"
    visit_id: Mapped[str] = parent("visits.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, fk("people.id"), index=True)


class ItineraryItem(Base):
    __tablename__ = "itinerary_items"
    visit_id: Mapped[str] = parent("visits.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    starts_at: Mapped[datetime]
    starts_offset: Mapped[int]
    title: Mapped[dict[str, Any]] = mapped_column(LM)
    venue: Mapped[dict[str, Any] | None] = mapped_column(LM)
    notes: Mapped[dict[str, Any] | None] = mapped_column(LM)
    counterparts: Mapped[list[ItineraryCounterpart]] = relationship(
        cascade="all, delete-orphan", order_by="ItineraryCounterpart.position", passive_deletes=True
    )


class ItineraryCounterpart(Base):
    __tablename__ = "itinerary_counterparts"
    __table_args__ = (
        ForeignKeyConstraint(
            ["visit_id", "item_position"],
            ["itinerary_items.visit_id", "itinerary_items.position"],
            ondelete="CASCADE",
            deferrable=True,
            initially="IMMEDIATE",
        ),
    )
    visit_id: Mapped[str] = mapped_column(ID, primary_key=True)
    item_position: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[str] = mapped_column(ID, fk("people.id"), index=True)


class VisitMeeting(Base):
    __tablename__ = "visit_meetings"
    visit_id: Mapped[str] = parent("visits.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ID, fk("meetings.id"), index=True)


class VisitAgreement(Base):
    __tablename__ = "visit_agreements"
    visit_id: Mapped[str] = parent("visits.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[str] = mapped_column(ID, fk("agreements.id"), index=True)


# --- meeting templates ---------------------------------------------------------------------------


class MeetingTemplate(RecordMixin, Base):
    """A kind of meeting's standing agenda: a new meeting is made from it (domain/meeting_cycle.py)."""

    __tablename__ = "meeting_templates"
    name: Mapped[dict[str, Any]] = mapped_column(LM)
    kind: Mapped[str] = mapped_column(String(30))  # the meeting kind it makes
    title: Mapped[dict[str, Any] | None] = mapped_column(LM)  # the new meeting's title
    team_id: Mapped[str | None] = ref("teams.id")
    city: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[dict[str, Any] | None] = mapped_column(LM)
    items: Mapped[list[TemplateItem]] = parts("TemplateItem")


class TemplateItem(Base):
    __tablename__ = "template_items"
    template_id: Mapped[str] = parent("meeting_templates.id")
    position: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[dict[str, Any]] = mapped_column(LM)
    duration_minutes: Mapped[int | None]
    presenter_role: Mapped[dict[str, Any] | None] = mapped_column(LM)
    description: Mapped[dict[str, Any] | None] = mapped_column(LM)


# --- audit trail --------------------------------------------------------------------------------


class AuditEntry(Base):
    """One change to one record: who, when, what, and the record before and after (as documents)."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "kind", "record_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), index=True)  # one user action
    at: Mapped[datetime] = mapped_column(index=True)
    user: Mapped[str] = mapped_column(String(200))  # the login the app knew
    # The clerk's display name by language, beside the login (None when none was set, and on old rows).
    user_name: Mapped[dict[str, Any] | None] = mapped_column(NAME_LM)
    kind: Mapped[str] = mapped_column(String(30))
    record_id: Mapped[str] = mapped_column(ID)
    action: Mapped[str] = mapped_column(String(30))  # create, update, delete, restore, import, undo, redo
    summary: Mapped[str | None] = mapped_column(Text)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # The database login that wrote it, set by the server on PostgreSQL (never by the client).
    db_user: Mapped[str | None] = mapped_column(String(200))
    # The revision this change made and the one(s) it descends from (two for a settled conflict);
    # None on rows written before migration 0008.
    revision: Mapped[str | None] = mapped_column(String(80))
    parents: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))


# --- the exchange as sync ---------------------------------------------------------------------------


class Site(Base):
    """This database's site (one row with ``is_self``; several clerks on one server are one site) and
    every counterpart site a package came from or went to."""

    __tablename__ = "sync_sites"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    is_self: Mapped[bool] = mapped_column(Boolean, default=False)
    # The site's Ed25519 public key (base64 of its 32 bytes): ours once made, a counterpart's once trusted.
    public_key: Mapped[str | None] = mapped_column(String(100))
    trusted_at: Mapped[datetime | None]
    # Ours: the last local change number given out. A counterpart's: the highest of our numbers it
    # confirmed having (its packages say so), so the next package for it starts there.
    seq: Mapped[int] = mapped_column(Integer, default=0)
    # A counterpart's change numbers imported here, as ranges [[from, to], ...] (packages may come out of
    # order); the first range's end is what our packages confirm to it.
    received: Mapped[list[Any] | None] = mapped_column(JSON(none_as_null=True))
    sent_at: Mapped[datetime | None]
    sent_upto: Mapped[int] = mapped_column(Integer, default=0)  # our change number when we last sent it
    received_at: Mapped[datetime | None]


class Tombstone(Base):
    """A record removed for good (purged) here or at a counterpart: its last revision travels in
    packages, and keeps an older copy of the record from coming back from a late package."""

    __tablename__ = "sync_tombstones"
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    revision: Mapped[str] = mapped_column(String(80))
    clock: Mapped[dict[str, Any]] = mapped_column(JSON)
    seq: Mapped[int] = mapped_column(Integer, index=True)
    at: Mapped[datetime]
    by: Mapped[str] = mapped_column(String(200))
    by_name: Mapped[dict[str, Any] | None] = mapped_column(NAME_LM)


class SyncConflict(Base):
    """A counterpart's version of a record that was changed here too: ours stays, theirs waits here until
    a clerk settles it (take ours, theirs, or a mix); settling makes a revision descending from both."""

    __tablename__ = "sync_conflicts"
    kind: Mapped[str] = mapped_column(String(30), primary_key=True)
    record_id: Mapped[str] = mapped_column(ID, primary_key=True)
    doc: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))  # None: they removed it for good
    trashed: Mapped[bool] = mapped_column(Boolean, default=False)  # they moved it to the trash
    revision: Mapped[str] = mapped_column(String(80))
    clock: Mapped[dict[str, Any]] = mapped_column(JSON)
    site_id: Mapped[str] = mapped_column(String(40))
    at: Mapped[datetime]  # when they changed it
    by: Mapped[str] = mapped_column(String(200))
    by_name: Mapped[dict[str, Any] | None] = mapped_column(NAME_LM)
    ours_revision: Mapped[str | None] = mapped_column(String(80))  # our version when the conflict was found
    found_at: Mapped[datetime]


RECORD_CLASSES: dict[str, type[RecordMixin]] = {
    "organization": Organization,
    "person": Person,
    "team": Team,
    "agreement": Agreement,
    "meeting": Meeting,
    "visit": Visit,
    "template": MeetingTemplate,
}


# --- the lists' order by name ----------------------------------------------------------------------


class _InLanguage(FunctionElement[str]):
    """A language map's text in one language, its key written into the SQL (not a bound parameter as in
    ``column[lang]``): an index on an expression serves only a query with the very same expression."""

    type = String()
    name = "in_language"
    inherit_cache = True


@compiles(_InLanguage)
def _in_language(element: _InLanguage, compiler: Any, **kw: Any) -> str:
    column, lang = element.clauses
    return f"CAST(JSON_EXTRACT({compiler.process(column, **kw)}, '$.\"{lang.name}\"') AS VARCHAR)"


@compiles(_InLanguage, "postgresql")
def _in_language_postgresql(element: _InLanguage, compiler: Any, **kw: Any) -> str:
    column, lang = element.clauses
    return f"CAST({compiler.process(column, **kw)} ->> '{lang.name}' AS VARCHAR)"


def lm_text(column: Any, lang: str) -> Any:
    """A language map's text in ``lang``, else in the other languages in order (for sorting)."""
    order = [lang, *[x for x in LANGUAGES if x != lang]]
    return func.coalesce(*[_InLanguage(column, literal_column(x)) for x in order])


def name_order(column: Any, lang: str) -> Any:
    """The order of a name or title in Korean or English: its text, lower case (Hangul's code points are
    already in 가나다 order; Chinese has its pinyin key, ``sort_zh``). The lists sort by exactly this."""
    return func.lower(lm_text(column, lang))


# Indexes on it (and on the Chinese key) come from migration 0007 alone: their best form differs between
# SQLite and PostgreSQL, and tests/integration/test_lists_and_dashboard.py checks that they serve.
