"""each user's annotations in the order "My annotations" lists them, all and by status, in place of
the plain index on user_id: the page sorted a user's every annotation (3,333 in the bench
database) on each view

Revision ID: 0110
Revises: 0100
Create Date: 2026-12-06
"""
from alembic import op


revision = "0110"
down_revision = "0100"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_annotations_user_order", "annotations", ["user_id", "updated_at", "id"])
    op.create_index("ix_annotations_user_status_order", "annotations", ["user_id", "status", "updated_at", "id"])
    op.drop_index("ix_annotations_user_id", table_name="annotations")


def downgrade() -> None:
    op.create_index("ix_annotations_user_id", "annotations", ["user_id"])
    op.drop_index("ix_annotations_user_status_order", table_name="annotations")
    op.drop_index("ix_annotations_user_order", table_name="annotations")
