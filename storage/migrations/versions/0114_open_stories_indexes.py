"""the review queue's default view, each cluster's first story while it is not done, in its two orders:
partial indexes, so that the page's end stops the walk however many stories above it are done (a
walk of the first-copies index would pass every done story first, and journalists finish the most
overstated first)

Revision ID: 0114
Revises: 0113
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0114"
down_revision = "0113"
branch_labels = None
depends_on = None

OPEN_FIRST_COPY = "(cluster_id IS NULL OR cluster_id = id) AND status <> 'done'"  # as webapp.stories asks for it


def upgrade() -> None:
    open_first = sa.text(OPEN_FIRST_COPY)
    op.create_index("ix_articles_open_first_copies", "articles", ["score", "id"], sqlite_where=open_first,
                    postgresql_where=open_first)
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_articles_open_first_copies_newest", "articles",
                        [sa.text("published DESC NULLS LAST"), sa.text("id DESC")], postgresql_where=open_first)
    else:  # SQLite walks it backwards, as ix_articles_published (migration 0112)
        op.create_index("ix_articles_open_first_copies_published", "articles", ["published"], sqlite_where=open_first)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_articles_open_first_copies_newest", table_name="articles")
    else:
        op.drop_index("ix_articles_open_first_copies_published", table_name="articles")
    op.drop_index("ix_articles_open_first_copies", table_name="articles")
