"""the review queue's unfiltered order as a partial index of each cluster's first story, in place of
0070's index of every story with its cluster: PostgreSQL cannot estimate "cluster_id = id" (it
assumes 0.5 % of the rows) and read the whole table and sorted it (72 ms at 100,000 stories); over
a partial index it walks the queue's order and stops at the page's end (0.4 ms)

Revision ID: 0090
Revises: 0080
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0090"
down_revision = "0080"
branch_labels = None
depends_on = None

FIRST_COPY = "cluster_id IS NULL OR cluster_id = id"  # as webapp.stories asks for it


def upgrade() -> None:
    first = sa.text(FIRST_COPY)
    op.create_index("ix_articles_first_copies", "articles", ["score", "id"], sqlite_where=first,
                    postgresql_where=first)
    op.create_index("ix_articles_score", "articles", ["score"])
    op.drop_index("ix_articles_queue_order", table_name="articles")


def downgrade() -> None:
    op.create_index("ix_articles_queue_order", "articles", ["score", "id", "cluster_id"])
    op.drop_index("ix_articles_score", table_name="articles")
    op.drop_index("ix_articles_first_copies", table_name="articles")
