"""one annotation per person and sentence: a unique index on (sentence_id, user_id) in place of
the plain index on sentence_id. Two requests of one person at once (a double click on "Save")
could each create one, and a new split that joined two annotated sentences left both on one.
Where a database holds such pairs, the approved one stays (else the pending, else the last
changed); the others go, their content kept in the audit trail as a `merge`.

Revision ID: 0111
Revises: 0110
Create Date: 2026-12-06
"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op


revision = "0111"
down_revision = "0110"
branch_labels = None
depends_on = None

KEEP_FIRST = {"approved": 0, "pending": 1, "rejected": 2}

annotations = sa.table("annotations", sa.column("id", sa.Integer), sa.column("sentence_id", sa.Integer),
                       sa.column("article_id", sa.Integer), sa.column("user_id", sa.Integer),
                       sa.column("status", sa.String), sa.column("updated_at", sa.DateTime),
                       sa.column("verdict", sa.String), sa.column("labels", sa.JSON), sa.column("note", sa.Text))
sentences = sa.table("sentences", sa.column("id", sa.Integer), sa.column("text", sa.Text))
audit_events = sa.table("audit_events", sa.column("at", sa.DateTime), sa.column("action", sa.String),
                        sa.column("entity", sa.String), sa.column("entity_id", sa.Integer),
                        sa.column("article_id", sa.Integer), sa.column("before", sa.JSON),
                        sa.column("after", sa.JSON))


def upgrade() -> None:
    conn = op.get_bind()
    pairs = sa.select(annotations.c.sentence_id, annotations.c.user_id).group_by(
        annotations.c.sentence_id, annotations.c.user_id).having(sa.func.count() > 1).subquery()
    rows = conn.execute(sa.select(annotations, sentences.c.text)
                        .join(pairs, (pairs.c.sentence_id == annotations.c.sentence_id)
                              & (pairs.c.user_id == annotations.c.user_id))
                        .join(sentences, sentences.c.id == annotations.c.sentence_id)).all()
    groups: dict[tuple[int, int], list] = {}
    for row in rows:
        groups.setdefault((row.sentence_id, row.user_id), []).append(row)
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    for group in groups.values():
        kept = max(group, key=lambda a: (-KEEP_FIRST.get(a.status, 3), a.updated_at or datetime.min, a.id))
        for a in group:
            if a is kept:
                continue
            conn.execute(sa.insert(audit_events).values(
                at=now, action="merge", entity="annotation", entity_id=a.id, article_id=a.article_id,
                before={"sentence_id": a.sentence_id, "text": a.text, "status": a.status, "verdict": a.verdict,
                        "labels": a.labels, "note": a.note},
                after={"merged_into": kept.id, "sentence_id": a.sentence_id, "text": a.text}))
            conn.execute(sa.delete(annotations).where(annotations.c.id == a.id))
    op.create_index("uq_annotations_sentence_user", "annotations", ["sentence_id", "user_id"], unique=True)
    op.drop_index("ix_annotations_sentence_id", table_name="annotations")


def downgrade() -> None:
    op.create_index("ix_annotations_sentence_id", "annotations", ["sentence_id"])
    op.drop_index("uq_annotations_sentence_user", table_name="annotations")
