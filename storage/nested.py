"""Child rows as one JSON column of their parent's row, so a page reads a story with its
sentences and its copies elsewhere in one query.

On PostgreSQL each query is a round trip to the server, which costs more than a small query's
work: the story page took 3 queries and was the slowest page under load (bench/web.py). The
SQL differs by backend (json_agg / json_group_array); the rows come back the same.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Callable

from sqlalchemy import JSON, DateTime, func, literal_column, select
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnElement


def json_rows(dialect: str, rows: Select) -> ColumnElement:
    """`rows` (a SELECT correlated to the enclosing query, with its own ORDER BY and LIMIT if
    any) as a JSON array of objects keyed by column name; NULL or [] when there are none."""
    sub = rows.subquery()
    pairs = []
    for column in sub.c:
        value = func.json(column) if dialect == "sqlite" and isinstance(column.type, JSON) else column
        pairs += [literal_column(f"'{column.key}'"), value]
    if dialect == "sqlite":
        return select(func.json_group_array(func.json_object(*pairs))).scalar_subquery()
    return select(func.json_agg(func.json_build_object(*pairs))).scalar_subquery()


def read_rows(value, make: Callable, rows: Select) -> list:
    """The rows of a json_rows() column, each made with make(**columns); datetimes (ISO text in
    JSON) are datetimes again. The order is not kept by every backend: sort the result."""
    if not value:
        return []
    items = value if isinstance(value, list) else json.loads(value)  # psycopg decodes JSON itself
    dates = [c.key for c in rows.selected_columns if isinstance(c.type, DateTime)]
    for item in items:
        for key in dates:
            if item[key] is not None:
                item[key] = datetime.fromisoformat(item[key])
    return [make(**item) for item in items]
