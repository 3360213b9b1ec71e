"""One storage.Database per app, one SQLAlchemy session per request (kept in flask.g), and
the numbers a request may use as ids."""
from __future__ import annotations

from flask import Flask, abort, current_app, g, request
from sqlalchemy.orm import Session
from werkzeug.routing import IntegerConverter

from storage import Database, open_database


# What an INTEGER column holds on every backend (PostgreSQL's is 32 bits). A larger number in a
# URL or a form would reach the driver and fail there (a 500), not match nothing (a 404).
INT_RANGE = range(-2**31, 2**31)


def db_int(value) -> int:
    """int(value) for request arguments and JSON fields; a number no INTEGER column can hold
    raises ValueError, which request.args.get(..., type=db_int) turns into the default."""
    number = int(value)
    if number not in INT_RANGE:
        raise ValueError(f"{number} is out of range")
    return number


class IdConverter(IntegerConverter):
    """<int:...> in routes, up to the largest INTEGER: beyond it the URL matches no route."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", INT_RANGE.stop - 1)
        super().__init__(map, *args, **kwargs)


def get_database() -> Database:
    return current_app.extensions["hypewatch_db"]


# Requests that change nothing by their method (a GET that writes, such as an API token's "last
# used", writes one row, which needs no transaction around it)
READING_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_session() -> Session:
    """The request's session; committed explicitly by the view, rolled back and closed at teardown.
    A GET's reads without a transaction on PostgreSQL (storage.Database.reading_sessions)."""
    if "db_session" not in g:
        database = get_database()
        g.db_session = (database.reading_sessions if request.method in READING_METHODS else database.sessions)()
    return g.db_session


def get_or_404(model, key):
    """The row with this primary key, or a 404 page."""
    row = get_session().get(model, key)
    if row is None:
        abort(404)
    return row


def close_session(_exc: BaseException | None = None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()


def init_app(app: Flask) -> None:
    """Before the blueprints: their routes take the id converter when they are added."""
    app.url_map.converters["int"] = IdConverter
    app.extensions["hypewatch_db"] = open_database(app.config["DATABASE_URL"])
    app.teardown_appcontext(close_session)
