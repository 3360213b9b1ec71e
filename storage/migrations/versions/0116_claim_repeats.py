"""stored sentences that repeat a claim with a published verdict (the `repeats` job keeps them), so the
queue can list the stories that repeat a checked claim

Revision ID: 0116
Revises: 0115
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op


revision = "0116"
down_revision = "0115"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_repeats",
        sa.Column("sentence_id", sa.Integer(), nullable=False),
        sa.Column("annotation_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["sentence_id"], ["sentences.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["annotation_id"], ["annotations.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("sentence_id", "annotation_id"),
    )
    op.create_index("ix_claim_repeats_annotation_article", "claim_repeats", ["annotation_id", "article_id"])
    op.create_index("ix_claim_repeats_article_id", "claim_repeats", ["article_id"])


def downgrade() -> None:
    op.drop_table("claim_repeats")
