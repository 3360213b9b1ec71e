"""stories keep their reporting checklist as bits too (which criteria are met, which apply), so that
the stats page counts them per outlet without reading every story's JSON

Revision ID: 0115
Revises: 0114
Create Date: 2026-12-06
"""
import sqlalchemy as sa
from alembic import op

from storage.models import checklist_bits


revision = "0115"
down_revision = "0114"
branch_labels = None
depends_on = None

BATCH = 2000


def upgrade() -> None:
    op.add_column("articles", sa.Column("criteria_met", sa.Integer(), server_default="0", nullable=False))
    op.add_column("articles", sa.Column("criteria_judged", sa.Integer(), server_default="0", nullable=False))
    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("criteria", sa.JSON),
                        sa.column("criteria_met", sa.Integer), sa.column("criteria_judged", sa.Integer))
    bind = op.get_bind()
    update = (articles.update().where(articles.c.id == sa.bindparam("story"))
              .values(criteria_met=sa.bindparam("met"), criteria_judged=sa.bindparam("judged")))
    last = 0
    while True:  # in batches of ids: a backfill of 100,000s of stories holds no more than a batch in memory
        rows = bind.execute(sa.select(articles.c.id, articles.c.criteria)
                            .where(articles.c.id > last, articles.c.criteria.is_not(None))
                            .order_by(articles.c.id).limit(BATCH)).all()
        if not rows:
            break
        values = [dict(zip(("met", "judged"), checklist_bits(criteria)), story=story) for story, criteria in rows]
        values = [v for v in values if v["judged"]]
        if values:
            bind.execute(update, values)
        last = rows[-1][0]


def downgrade() -> None:
    op.drop_column("articles", "criteria_judged")  # plain DROP COLUMN, as in 0040
    op.drop_column("articles", "criteria_met")
