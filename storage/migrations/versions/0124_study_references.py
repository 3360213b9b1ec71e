"""what each story says of the study it reports (a DOI, a trial's number, a PubMed id, a link to the paper, the
journal), and the page's links to it, kept for the classifier to read again: the story page's "The study" and
"Other stories on this study"

Revision ID: 0124
Revises: 0123
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0124"
down_revision = "0123"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "study_references",
        sa.Column("article_id", sa.Integer(), sa.ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("kind", sa.String(10), primary_key=True),
        sa.Column("value", sa.String(500), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_study_references_kind_value", "study_references", ["kind", "value"])
    op.add_column("articles", sa.Column("cited_links", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "cited_links")
    op.drop_index("ix_study_references_kind_value", table_name="study_references")
    op.drop_table("study_references")
