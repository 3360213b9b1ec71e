"""the review queue's order with each story's cluster in one index: the queue lists a syndicated
story once (webapp.stories) and tells the first copy from the index alone

Revision ID: 0070
Revises: 0060
Create Date: 2026-12-06
"""
from alembic import op


revision = "0070"
down_revision = "0060"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_queue_order", "articles", ["score", "id", "cluster_id"])
    op.drop_index("ix_articles_score", table_name="articles")


def downgrade() -> None:
    op.create_index("ix_articles_score", "articles", ["score"])
    op.drop_index("ix_articles_queue_order", table_name="articles")
