"""on PostgreSQL, the plain index on articles.published goes: ix_articles_newest (0112) starts with
the same column and serves the same ranges (the queue's dates, the stats page's window, undated
stories), so it only cost a second index write per story stored

Revision ID: 0113
Revises: 0112
Create Date: 2026-12-06
"""
from alembic import op


revision = "0113"
down_revision = "0112"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_articles_published", table_name="articles")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_articles_published", "articles", ["published"])
