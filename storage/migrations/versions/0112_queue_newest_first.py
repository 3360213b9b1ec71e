"""the review queue's "newest first" order (published DESC NULLS LAST, id DESC) on PostgreSQL, walked
in an index and stopped at the page's end instead of sorting every story that matches: one index over
each cluster's first story (the unfiltered queue), one over all. SQLite needs neither: it walks
ix_articles_published backwards, its NULLs sorting first and the index holding the rowid.

Revision ID: 0112
Revises: 0111
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0112"
down_revision = "0111"
branch_labels = None
depends_on = None

FIRST_COPY = "cluster_id IS NULL OR cluster_id = id"  # as webapp.stories asks for it
NEWEST = [sa.text("published DESC NULLS LAST"), sa.text("id DESC")]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_articles_first_copies_newest", "articles", NEWEST, postgresql_where=sa.text(FIRST_COPY))
        op.create_index("ix_articles_newest", "articles", NEWEST)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_articles_newest", table_name="articles")
        op.drop_index("ix_articles_first_copies_newest", table_name="articles")
