"""The commitments register: a decision or action names the agreement (and article) it carries out, an
action has an owner in the other city too, and a later meeting's minutes record their review of earlier
actions (a note and the status found), so an action's history runs from the meeting that raised it to
the one that closed it.

Existing actions keep their owner; the counterpart owner, the agreement and the reviews start empty.

Revision ID: 0012
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

FK = {"initially": "IMMEDIATE", "deferrable": True}


def upgrade() -> None:
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("counterpart_owner_id", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("agreement_id", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("article", sa.String(length=200), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_action_items_counterpart_owner_id_people"), "people",
                                    ["counterpart_owner_id"], ["id"], **FK)
        batch_op.create_foreign_key(batch_op.f("fk_action_items_agreement_id_agreements"), "agreements",
                                    ["agreement_id"], ["id"], **FK)
        batch_op.create_index(batch_op.f("ix_action_items_counterpart_owner_id"), ["counterpart_owner_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_action_items_agreement_id"), ["agreement_id"], unique=False)
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agreement_id", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("article", sa.String(length=200), nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_decisions_agreement_id_agreements"), "agreements",
                                    ["agreement_id"], ["id"], **FK)
        batch_op.create_index(batch_op.f("ix_decisions_agreement_id"), ["agreement_id"], unique=False)
    op.create_table(
        "action_reviews",
        sa.Column("meeting_id", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.String(length=100), nullable=False),
        sa.Column("note", sa.JSON(), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["minutes.meeting_id"],
                                name=op.f("fk_action_reviews_meeting_id_minutes"), ondelete="CASCADE", **FK),
        sa.PrimaryKeyConstraint("meeting_id", "position", name=op.f("pk_action_reviews")),
    )
    with op.batch_alter_table("action_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_reviews_action_id"), ["action_id"], unique=False)


def downgrade() -> None:
    op.drop_table("action_reviews")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_agreement_id"))
        batch_op.drop_constraint(batch_op.f("fk_decisions_agreement_id_agreements"), type_="foreignkey")
        batch_op.drop_column("article")
        batch_op.drop_column("agreement_id")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_agreement_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_counterpart_owner_id"))
        batch_op.drop_constraint(batch_op.f("fk_action_items_agreement_id_agreements"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_action_items_counterpart_owner_id_people"), type_="foreignkey")
        batch_op.drop_column("article")
        batch_op.drop_column("agreement_id")
        batch_op.drop_column("counterpart_owner_id")
