"""From one meeting to the next: meeting templates, the roll call, and minutes both cities approve.

- ``meeting_templates`` and ``template_items``: a kind of meeting's standing agenda (items with their
  durations and the presenters' roles); ``agenda_items.presenter_role`` keeps the role on a meeting made
  from one until a person is named.
- The roll call: ``minutes_attendees.status`` (present, absent, excused, represented) and
  ``represented_by_id``; ``minutes_guests``. Everyone recorded before was present.
- ``minutes.circulated_on`` / ``circulated_to`` and ``minutes_approvals`` (each city's approval, who and
  when; withdrawn ones kept). Minutes approved before count as approved by both cities on the day they
  were approved (domain/minutes_cycle.py says the same of older exchange files).

Revision ID: 0011
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

ID = sa.String(length=100)
NEW_PART_TABLES = ("template_items", "minutes_guests", "minutes_approvals")


def _fk(columns: list[str], target: str, name: str, cascade: bool = False) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(columns, [target], name=op.f(name), deferrable=True, initially="IMMEDIATE",
                                   **({"ondelete": "CASCADE"} if cascade else {}))


def _record_columns() -> list[sa.Column]:
    return [
        sa.Column("id", ID, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("updated_by_name", sa.JSON(), nullable=True),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("deleted_by", sa.String(length=200), nullable=True),
        sa.Column("sort_zh", sa.String(length=200).with_variant(sa.String(200, collation="C"), "postgresql"),
                  nullable=True),
        sa.Column("revision", sa.String(length=80), nullable=True),
        sa.Column("clock", sa.JSON(), nullable=True),
        sa.Column("seq", sa.Integer(), server_default="0", nullable=False),
        sa.Column("received_from", sa.String(length=40), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "meeting_templates",
        *_record_columns(),
        sa.Column("name", sa.JSON(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.JSON(), nullable=True),
        sa.Column("team_id", ID, nullable=True),
        sa.Column("city", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.JSON(), nullable=True),
        _fk(["team_id"], "teams.id", "fk_meeting_templates_team_id_teams"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_templates")),
    )
    for column in ("deleted_at", "team_id", "seq"):
        op.create_index(op.f(f"ix_meeting_templates_{column}"), "meeting_templates", [column])
    op.create_table(
        "template_items",
        sa.Column("template_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.JSON(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("presenter_role", sa.JSON(), nullable=True),
        sa.Column("description", sa.JSON(), nullable=True),
        _fk(["template_id"], "meeting_templates.id", "fk_template_items_template_id_meeting_templates", cascade=True),
        sa.PrimaryKeyConstraint("template_id", "position", name=op.f("pk_template_items")),
    )
    op.add_column("agenda_items", sa.Column("presenter_role", sa.JSON(), nullable=True))

    op.add_column("minutes", sa.Column("circulated_on", sa.Date(), nullable=True))
    op.add_column("minutes", sa.Column("circulated_to", sa.String(length=100), nullable=True))
    with op.batch_alter_table("minutes_attendees") as batch:
        batch.add_column(sa.Column("status", sa.String(length=20), server_default="present", nullable=False))
        batch.add_column(sa.Column("represented_by_id", ID, nullable=True))
        batch.create_foreign_key(op.f("fk_minutes_attendees_represented_by_id_people"), "people",
                                 ["represented_by_id"], ["id"], deferrable=True, initially="IMMEDIATE")
        batch.create_index(op.f("ix_minutes_attendees_represented_by_id"), ["represented_by_id"])
    op.create_table(
        "minutes_guests",
        sa.Column("meeting_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("affiliation", sa.String(length=500), nullable=True),
        _fk(["meeting_id"], "minutes.meeting_id", "fk_minutes_guests_meeting_id_minutes", cascade=True),
        sa.PrimaryKeyConstraint("meeting_id", "position", name=op.f("pk_minutes_guests")),
    )
    op.create_table(
        "minutes_approvals",
        sa.Column("meeting_id", ID, nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("person_id", ID, nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        _fk(["meeting_id"], "minutes.meeting_id", "fk_minutes_approvals_meeting_id_minutes", cascade=True),
        _fk(["person_id"], "people.id", "fk_minutes_approvals_person_id_people"),
        sa.PrimaryKeyConstraint("meeting_id", "position", name=op.f("pk_minutes_approvals")),
    )
    op.create_index(op.f("ix_minutes_approvals_person_id"), "minutes_approvals", ["person_id"])
    # Minutes approved before: approved by both cities, on the day they were approved (who: not kept).
    for position, city in enumerate(("seoul", "beijing"), 1):
        op.execute(sa.text(
            "INSERT INTO minutes_approvals (meeting_id, position, city, person_id, approved_on, withdrawn_on) "
            f"SELECT meeting_id, {position}, '{city}', NULL, approved_on, NULL FROM minutes "
            "WHERE status = 'approved' AND approved_on IS NOT NULL"))
    if op.get_bind().dialect.name == "postgresql":  # the server's log of every change (migration 0005)
        for table in ("meeting_templates", *NEW_PART_TABLES):
            for event, transition in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
                op.execute(f'CREATE TRIGGER log_{event.lower()} AFTER {event} ON "{table}" REFERENCING {transition} '
                           f"TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION secretariat_log_statement()")


def downgrade() -> None:
    op.drop_table("minutes_approvals")
    op.drop_table("minutes_guests")
    with op.batch_alter_table("minutes_attendees") as batch:
        batch.drop_index(op.f("ix_minutes_attendees_represented_by_id"))
        batch.drop_constraint(op.f("fk_minutes_attendees_represented_by_id_people"), type_="foreignkey")
        batch.drop_column("represented_by_id")
        batch.drop_column("status")
    with op.batch_alter_table("minutes") as batch:
        batch.drop_column("circulated_to")
        batch.drop_column("circulated_on")
    with op.batch_alter_table("agenda_items") as batch:
        batch.drop_column("presenter_role")
    op.drop_table("template_items")
    op.drop_table("meeting_templates")
