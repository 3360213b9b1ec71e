"""an account's confirmed e-mail address (a forgotten password is reset through it) and the notices its owner
wants mailed, with the moment up to which they have been

Revision ID: 0119
Revises: 0118
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0119"
down_revision = "0118"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("users", sa.Column("email", sa.String(length=254), nullable=True))
    op.add_column("users", sa.Column("notices", sa.JSON(), nullable=True))
    op.add_column("users", sa.Column("notified_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    op.drop_column("users", "notified_until")  # plain DROP COLUMN, as in 0040
    op.drop_column("users", "notices")
    op.drop_column("users", "email")
