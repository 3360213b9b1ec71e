"""stories carry whether the `repeats` job found one of their sentences repeating a checked claim, in
partial indexes of those stories and of those not yet done: the queue's "Repeats a checked claim" and the
header's count of them walked every story when few repeat a claim or few are open (0.3-0.6 s at 100,000
stories on SQLite)

Revision ID: 0117
Revises: 0116
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0117"
down_revision = "0116"
branch_labels = None
depends_on = None

REPEATING = "repeating IS NOT NULL"  # as storage.models declares them
OPEN_REPEATING = "repeating IS NOT NULL AND status <> 'done'"


def upgrade() -> None:
    op.add_column("articles", sa.Column("repeating", sa.Boolean(), nullable=True))
    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("repeating", sa.Boolean))
    repeats = sa.table("claim_repeats", sa.column("article_id", sa.Integer))
    op.get_bind().execute(articles.update().where(articles.c.id.in_(sa.select(repeats.c.article_id)))
                          .values(repeating=sa.true()))
    for name, where in (("ix_articles_repeating", REPEATING), ("ix_articles_open_repeating", OPEN_REPEATING)):
        op.create_index(name, "articles", ["score", "id"], sqlite_where=sa.text(where), postgresql_where=sa.text(where))


def downgrade() -> None:
    op.drop_index("ix_articles_open_repeating", table_name="articles")
    op.drop_index("ix_articles_repeating", table_name="articles")
    op.drop_column("articles", "repeating")  # plain DROP COLUMN, as in 0040
