"""the hour of the day someone wants their notices at, in one mail (none: as they come)

Revision ID: 0122
Revises: 0121
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0122"
down_revision = "0121"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("notice_hour", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "notice_hour")  # plain DROP COLUMN, as in 0040
