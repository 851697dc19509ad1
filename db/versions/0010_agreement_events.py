"""Agreements: their history as dated events, and their renewal terms as data.

Each agreement gets a timeline (``agreement_events``) from which its status, expiry, signing date and
date of entry into force follow (domain/lifecycle.py), and the renewal terms as fields: a notice period
in days, whether it renews itself and for how many months, and its owner in Seoul and in Beijing (the
free-text renewal terms stay, as a note).

Existing agreements get the events their fields already tell, so that what follows from the timeline is
exactly what they say today:

- a draft or an agreement under negotiation gets none (its dates, if any, are plans);
- ``signed_on`` → *signed* (at the agreement's meeting); ``effective_on`` → *entered into force*
  (unless the agreement is only signed: then that day is still to come);
- ``expires_on`` is the effect of the last of these;
- status *expired* → *expired* on the expiry date; *terminated* → *terminated*; *superseded* →
  *superseded* on the day the agreement that supersedes it entered into force (or was signed). Where
  no date is known, the day the record was last changed stands in, and the event's note says so;
- an agreement in force from its signing (no date of entry into force) has "in force" as the signing's
  effect.

Written out here rather than imported from the application: a migration must do tomorrow what it does
today.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The note of an event whose day was not recorded before events existed.
GUESSED_DAY = {
    "ko": "이력 도입 전의 상태에서 옮긴 사건입니다. 날짜는 기록의 마지막 수정일입니다.",
    "zh": "由引入历史记录前的状态转来；日期为该记录最后修改之日。",
    "en": "Taken from the status the agreement had before its history was kept; the date is that of the "
          "record's last change.",
}

DEFAULT_STATUS = {"signed": "signed", "entered_into_force": "in_force", "expired": "expired",
                  "terminated": "terminated", "superseded": "superseded"}


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(str(value)[:10])


def events_of(row: Any, superseded_on: date | None) -> list[dict[str, Any]]:
    """The events an agreement's fields tell (see the module's text)."""
    status = row.status
    if status in ("draft", "negotiating"):
        return []
    signed, effective, expires = _day(row.signed_on), _day(row.effective_on), _day(row.expires_on)
    events: list[dict[str, Any]] = []
    if signed:
        events.append({"kind": "signed", "occurred_on": signed, "meeting_id": row.meeting_id})
    if effective and status != "signed":
        events.append({"kind": "entered_into_force", "occurred_on": effective})
    if not events:
        return []
    if expires:
        events[-1]["expires_on"] = expires
    last = max(e["occurred_on"] for e in events)
    end: dict[str, Any] | None = None
    if status == "expired":
        end = {"kind": "expired", "occurred_on": expires}
    elif status == "superseded":
        end = {"kind": "superseded", "occurred_on": superseded_on}
    elif status == "terminated":
        end = {"kind": "terminated", "occurred_on": None}
    if end is not None:
        if end["occurred_on"] is None or end["occurred_on"] < last:
            end["occurred_on"] = max(_day(row.updated_at) or last, last)
            end["note"] = GUESSED_DAY
        events.append(end)
    derived = next(DEFAULT_STATUS[e["kind"]] for e in reversed(events))
    if derived != status:  # e.g. in force from its signing
        events[-1]["status"] = status
    return events


def upgrade() -> None:
    op.add_column("agreements", sa.Column("notice_days", sa.Integer(), nullable=True))
    op.add_column("agreements", sa.Column("auto_renews", sa.Boolean(), nullable=False, server_default="0"))
    op.add_column("agreements", sa.Column("renews_for_months", sa.Integer(), nullable=True))
    # The owners in each city: a part of their own (SQLite cannot add a column with a key it reflects as one,
    # and copying the agreements table would cascade to its parts).
    op.create_table(
        "agreement_owners",
        sa.Column("agreement_id", sa.String(length=100), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("person_id", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreements.id"], name=op.f("fk_agreement_owners_agreement_id_agreements"),
                                ondelete="CASCADE", deferrable=True, initially="IMMEDIATE"),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_agreement_owners_person_id_people"),
                                deferrable=True, initially="IMMEDIATE"),
        sa.PrimaryKeyConstraint("agreement_id", "city", name=op.f("pk_agreement_owners")),
    )
    op.create_index(op.f("ix_agreement_owners_person_id"), "agreement_owners", ["person_id"], unique=False)
    op.create_table(
        "agreement_events",
        sa.Column("agreement_id", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("meeting_id", sa.String(length=100), nullable=True),
        sa.Column("document", sa.String(length=64), nullable=True),
        sa.Column("note", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["agreement_id"], ["agreements.id"], name=op.f("fk_agreement_events_agreement_id_agreements"),
                                ondelete="CASCADE", deferrable=True, initially="IMMEDIATE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_agreement_events_meeting_id_meetings"),
                                deferrable=True, initially="IMMEDIATE"),
        sa.PrimaryKeyConstraint("agreement_id", "position", name=op.f("pk_agreement_events")),
    )
    op.create_index(op.f("ix_agreement_events_meeting_id"), "agreement_events", ["meeting_id"], unique=False)
    _fill_events()


def _fill_events() -> None:
    bind = op.get_bind()
    agreements = sa.table("agreements", *(sa.column(c) for c in (
        "id", "status", "signed_on", "effective_on", "expires_on", "meeting_id", "supersedes_id", "updated_at")))
    events = sa.table("agreement_events", sa.column("agreement_id"), sa.column("position"), sa.column("kind"),
                      sa.column("occurred_on", sa.Date()), sa.column("meeting_id"), sa.column("document"),
                      sa.column("note", sa.JSON()), sa.column("status"), sa.column("expires_on", sa.Date()))
    rows = bind.execute(sa.select(agreements).order_by(agreements.c.id)).all()
    # The day each superseded agreement was replaced: the newer one's entry into force, else its signing.
    replaced: dict[str, date] = {}
    for r in rows:
        day = _day(r.effective_on) or _day(r.signed_on)
        if r.supersedes_id and day and (r.supersedes_id not in replaced or day < replaced[r.supersedes_id]):
            replaced[r.supersedes_id] = day
    batch: list[dict[str, Any]] = []
    for r in rows:
        for position, e in enumerate(events_of(r, replaced.get(r.id)), 1):
            batch.append({"agreement_id": r.id, "position": position, "kind": e["kind"],
                          "occurred_on": e["occurred_on"], "meeting_id": e.get("meeting_id"), "document": None,
                          "note": e.get("note"), "status": e.get("status"), "expires_on": e.get("expires_on")})
        if len(batch) >= 1000:
            bind.execute(events.insert(), batch)
            batch = []
    if batch:
        bind.execute(events.insert(), batch)


def downgrade() -> None:
    op.drop_index(op.f("ix_agreement_events_meeting_id"), table_name="agreement_events")
    op.drop_table("agreement_events")
    op.drop_index(op.f("ix_agreement_owners_person_id"), table_name="agreement_owners")
    op.drop_table("agreement_owners")
    for column in ("renews_for_months", "auto_renews", "notice_days"):
        # Not by copying the table (SQLite's way for most changes): dropping the old one would cascade to
        # its parts. SQLite drops a plain column in place.
        op.execute(f"ALTER TABLE agreements DROP COLUMN {column}")
