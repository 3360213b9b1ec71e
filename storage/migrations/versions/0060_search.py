"""full-text search over story titles and texts: SQLite FTS5, PostgreSQL a GIN index

Revision ID: 0060
Revises: 0050
Create Date: 2026-11-30
"""
from alembic import op
from sqlalchemy.exc import OperationalError

from storage.search import FTS_TABLE, PG_DOCUMENT

revision = "0060"
down_revision = "0050"
branch_labels = None
depends_on = None

# An external-content index: the text stays in `articles` only. storage.articles.store_article
# adds each new story to it; these triggers follow changes and deletions. (No INSERT trigger:
# preparing it reads the index's configuration before the statement takes the write lock, and a
# concurrent writer then makes SQLite fail with "database is locked" instead of waiting.)
SQLITE_TRIGGERS = (
    f"""CREATE TRIGGER {FTS_TABLE}_delete AFTER DELETE ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text); END""",
    f"""CREATE TRIGGER {FTS_TABLE}_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO {FTS_TABLE}({FTS_TABLE}, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (new.id, new.title, new.text); END""",
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        try:
            op.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(title, text, content='articles', "
                       "content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')")
        except OperationalError:  # an SQLite built without FTS5: the queue's search scans instead
            return
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        op.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')")  # the stories stored so far
    elif dialect == "postgresql":
        op.execute(f"CREATE INDEX ix_articles_search ON articles USING gin ({PG_DOCUMENT})")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for suffix in ("delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {FTS_TABLE}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_search")
