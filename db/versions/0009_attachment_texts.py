"""The text of attached files, for search: one row per stored file (by SHA-256), written by the
extraction worker after the file is saved — never in the save's own transaction.

Before this revision the text of attached PDFs was read inside every save that listed them; now the
worker reads every kind of file (and scans, by OCR) and stores what it found, and the index takes the
text from here. The table starts empty: the app reads the files already stored in the background.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_texts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("method", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("languages", sa.String(length=60), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("ocr_pages", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("cpu_seconds", sa.Float(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("extracted_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["sha256"], ["blobs.sha256"], name=op.f("fk_attachment_texts_sha256_blobs"),
                                ondelete="CASCADE", deferrable=True, initially="IMMEDIATE"),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_texts")),
    )


def downgrade() -> None:
    op.drop_table("attachment_texts")
