"""an index on the publication date: the stats page's window and the queue's date filters

Revision ID: 0050
Revises: 0040
Create Date: 2026-11-30
"""
from alembic import op


revision = "0050"
down_revision = "0040"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_published", "articles", ["published"])


def downgrade() -> None:
    op.drop_index("ix_articles_published", table_name="articles")
