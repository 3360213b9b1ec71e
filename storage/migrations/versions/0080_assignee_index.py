"""an index on the assignee: the queue's "Mine" filter read every story to find a journalist's few.
Partial (assigned stories only): SQLite's statistics count NULL as a value, and a full index on a
column that is mostly NULL looks useless to its planner

Revision ID: 0080
Revises: 0070
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0080"
down_revision = "0070"
branch_labels = None
depends_on = None


def upgrade() -> None:
    assigned = sa.text("assignee_id IS NOT NULL")
    op.create_index("ix_articles_assignee_id", "articles", ["assignee_id"], sqlite_where=assigned,
                    postgresql_where=assigned)


def downgrade() -> None:
    op.drop_index("ix_articles_assignee_id", table_name="articles")
