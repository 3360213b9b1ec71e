"""Full-text search over stories' titles and texts, in the way each database does it best.

SQLite: an FTS5 index (migration 0060) with Porter stemming; PostgreSQL: a GIN index on an
English tsvector. Both match stories that contain every word of the query, in any form
("cell" finds "cells"), the last word also as a prefix ("ocreli" finds "ocrelizumab"), so a
search works as the user types. An SQLite built without FTS5 falls back to scanning the text
for the query as typed (ILIKE), as the queue did before.

    mode = search_mode(connection)
    value = search_value(mode, "stem cell")      # None: no word to look for
    common = is_common(connection, mode, value)  # matches most stories: see search_condition
    query = query.where(search_condition(mode, common))  # the value is bound as :q
"""
from __future__ import annotations

import re

from sqlalchemy import bindparam, column, or_, select, table, text
from sqlalchemy.engine import Connection

from storage.models import Article

FTS_TABLE = "articles_search"
# The indexed document on PostgreSQL; queries must use the same expression to use the index.
PG_DOCUMENT = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
WORD = re.compile(r"\w+")
MAX_WORDS = 12
# From this many matching stories on, SQLite is better off walking the queue's order and
# checking each story against the matches than sorting all the matches ("stem" in a stem-cell
# news desk matches nearly every story: 20 ms instead of 180 ms at 100,000 stories).
COMMON_MATCHES = 2000

_modes: dict[str, str] = {}  # engine URL -> mode: the schema decides it once


def search_mode(connection: Connection) -> str:
    """"fts5", "postgresql" or "scan"."""
    key = connection.engine.url.render_as_string(hide_password=False)
    mode = _modes.get(key)
    if mode is None:
        dialect = connection.dialect.name
        if dialect == "postgresql":
            mode = "postgresql"
        elif dialect == "sqlite" and connection.execute(
                text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
                {"name": FTS_TABLE}).first():
            mode = "fts5"
        else:
            mode = "scan"
        _modes[key] = mode
    return mode


def index_story(session, article) -> None:
    """Add a newly stored story to the SQLite index (PostgreSQL indexes the row by itself).
    storage.articles.store_article calls it; code that inserts stories in bulk rebuilds the
    index instead (rebuild_index)."""
    if search_mode(session.connection()) == "fts5":
        session.execute(text(f"INSERT INTO {FTS_TABLE}(rowid, title, text) VALUES (:id, :title, :text)"),
                        {"id": article.id, "title": article.title, "text": article.text})


def rebuild_index(connection: Connection) -> None:
    """Index every stored story again (after bulk inserts that bypassed store_article)."""
    if search_mode(connection) == "fts5":
        connection.execute(text(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('rebuild')"))


def search_value(mode: str, query: str) -> str | None:
    """The bound value for search_condition(mode); None when the query holds no word."""
    if mode == "scan":
        escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return f"%{escaped}%" if query.strip() else None
    words = WORD.findall(query.lower())[:MAX_WORDS]
    if not words:
        return None
    if mode == "fts5":  # each word quoted: FTS5 syntax in the query is read as plain text
        return " ".join(f'"{w}"' for w in words) + "*"
    return " & ".join(words) + ":*"  # to_tsquery: the words are \w+ only, so nothing to escape


def is_common(connection: Connection, mode: str, value: str) -> bool:
    """Whether an FTS5 query matches COMMON_MATCHES stories or more (counting stops there, so
    this costs a millisecond or two). PostgreSQL's planner has statistics of its own."""
    if mode != "fts5":
        return False
    count = connection.execute(text(f"SELECT count(*) FROM (SELECT rowid FROM {FTS_TABLE} "
                                    f"WHERE {FTS_TABLE} MATCH :q LIMIT {COMMON_MATCHES})"), {"q": value}).scalar()
    return count >= COMMON_MATCHES


def search_condition(mode: str, common: bool = False):
    """A WHERE clause for stories matching the bound value :q (see search_value). With `common`
    (see is_common), SQLite is kept from looking the matches up by primary key and sorting
    them all: `id + 0` leaves it the index of the query's order to walk."""
    q = bindparam("q")
    if mode == "fts5":
        index = table(FTS_TABLE, column("rowid"))
        story_id = Article.id + 0 if common else Article.id
        return story_id.in_(select(index.c.rowid).where(text(f"{FTS_TABLE} MATCH :q").bindparams(q)))
    if mode == "postgresql":
        return text(f"{PG_DOCUMENT} @@ to_tsquery('english', :q)").bindparams(q)
    return or_(Article.title.ilike(q, escape="\\"), Article.text.ilike(q, escape="\\"))
