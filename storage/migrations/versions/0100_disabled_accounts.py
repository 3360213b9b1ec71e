"""accounts an admin disabled (staff who left): no log-in, no session, no API token; kept, with
their annotations and history, and can be enabled again

Revision ID: 0100
Revises: 0090
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0100"
down_revision = "0090"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("disabled_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("disabled_at")
