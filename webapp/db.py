"""One storage.Database per app, one SQLAlchemy session per request (kept in flask.g)."""
from __future__ import annotations

from flask import Flask, abort, current_app, g
from sqlalchemy.orm import Session

from storage import Database, open_database


def get_database() -> Database:
    return current_app.extensions["hypewatch_db"]


def get_session() -> Session:
    """The request's session; committed explicitly by the view, rolled back and closed at teardown."""
    if "db_session" not in g:
        g.db_session = get_database().sessions()
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
    app.extensions["hypewatch_db"] = open_database(app.config["DATABASE_URL"])
    app.teardown_appcontext(close_session)
