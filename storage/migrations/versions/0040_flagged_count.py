"""stories keep how many of their sentences are flagged (the queue's count)

Revision ID: 0040
Revises: 0031
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = "0040"
down_revision = "0031"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("flagged_count", sa.Integer(), server_default="0", nullable=False))
    # Backfill from the sentences; an empty label list is stored as the JSON text "[]" by every backend.
    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("flagged_count", sa.Integer))
    sentences = sa.table("sentences", sa.column("article_id", sa.Integer), sa.column("labels", sa.JSON))
    flagged = (sa.select(sa.func.count()).select_from(sentences)
               .where(sentences.c.article_id == articles.c.id,
                      sa.cast(sentences.c.labels, sa.Text) != "[]")
               .scalar_subquery())
    op.execute(articles.update().values(flagged_count=flagged))


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite >= 3.35): a batch copy of the table would drop `articles`,
    # and with foreign keys on, SQLite cascades that drop to every story's sentences.
    op.drop_column("articles", "flagged_count")
