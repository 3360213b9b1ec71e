"""stories and published verdicts announced in the desk's chat by the `alerts` job, one row each, so none is
announced twice and a story the webhook did not accept is sent again

Revision ID: 0118
Revises: 0117
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0118"
down_revision = "0117"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id"),
    )
    op.create_index("ix_alerts_sent_at", "alerts", ["sent_at"])
    op.create_table(
        "verdict_alerts",
        sa.Column("annotation_id", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["annotation_id"], ["annotations.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("annotation_id"),
    )


def downgrade() -> None:
    op.drop_table("verdict_alerts")
    op.drop_table("alerts")
