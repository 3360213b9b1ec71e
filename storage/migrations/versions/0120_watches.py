"""review-queue searches people watch, whose new stories the `notices` job mails them

Revision ID: 0120
Revises: 0119
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0120"
down_revision = "0119"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("query", sa.String(length=1000), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "query"),
    )


def downgrade() -> None:
    op.drop_table("watches")
