"""why the analyser did not read a story (a text not in English, or not about health; classifier.scope), for the
story page's notice

Revision ID: 0125
Revises: 0124
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op


revision = "0125"
down_revision = "0124"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("out_of_scope", sa.String(20), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "out_of_scope")
