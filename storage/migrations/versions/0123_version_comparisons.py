"""each later version of a story set against its first version by the `additions` job, and on the story the
number of claims it adds, in partial indexes of those stories and of those not yet done: the queue's "Adds
claims to its source"

Revision ID: 0123
Revises: 0122
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0123"
down_revision = "0122"
branch_labels = None
depends_on = None

ADDING = "adds_claims IS NOT NULL"  # as storage.models declares them
OPEN_ADDING = "adds_claims IS NOT NULL AND status <> 'done'"


def upgrade() -> None:
    op.create_table(
        "version_comparisons",
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("first_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("kept", sa.Integer(), nullable=False),
        sa.Column("added", sa.Integer(), nullable=False),
        sa.Column("dropped", sa.Integer(), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("compared_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_version_comparisons_first_id", "version_comparisons", ["first_id"])
    op.add_column("articles", sa.Column("adds_claims", sa.Integer(), nullable=True))
    for name, where in (("ix_articles_adding", ADDING), ("ix_articles_open_adding", OPEN_ADDING)):
        op.create_index(name, "articles", ["score", "id"], sqlite_where=sa.text(where), postgresql_where=sa.text(where))


def downgrade() -> None:
    op.drop_index("ix_articles_open_adding", table_name="articles")
    op.drop_index("ix_articles_adding", table_name="articles")
    op.drop_column("articles", "adds_claims")
    op.drop_index("ix_version_comparisons_first_id", table_name="version_comparisons")
    op.drop_table("version_comparisons")
