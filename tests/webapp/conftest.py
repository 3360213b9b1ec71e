"""A fresh app per test, filled with hand-made stories and one account per role."""
from __future__ import annotations

import pytest

from tests.webapp.webapp_testdata import PASSWORD, fill, log_in, make_app


@pytest.fixture
def app(tmp_path, monkeypatch, sqlite_url):
    """The app on a fresh SQLite database (CSRF off: tests/webapp/test_security.py checks it)."""
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    application = make_app(sqlite_url, tmp_path / "home", WTF_CSRF_ENABLED=False)
    application.ids = fill(application.extensions["hypewatch_db"])
    yield application
    application.extensions["hypewatch_db"].dispose()


@pytest.fixture
def checker(tmp_path, monkeypatch, sqlite_url, model_dir):
    """The app reading the test session's trained model, for "Check a text"; CSRF off (one test turns it on)."""
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    application = make_app(sqlite_url, tmp_path / "home", WTF_CSRF_ENABLED=False, MODEL_DIR=model_dir)
    application.ids = fill(application.extensions["hypewatch_db"])
    yield application
    application.extensions["hypewatch_db"].dispose()


@pytest.fixture
def password() -> str:
    """Every test account's password."""
    return PASSWORD


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def as_role(app):
    """as_role("editor") → a test client logged in with that role."""
    def make(role):
        return log_in(app.test_client(), app, role)
    return make


@pytest.fixture
def app_any_db(home, database_url):
    """The app on SQLite and on PostgreSQL (configured through the environment, like production)."""
    application = make_app(database_url, home, WTF_CSRF_ENABLED=False)
    application.ids = fill(application.extensions["hypewatch_db"])
    yield application
    application.extensions["hypewatch_db"].dispose()


@pytest.fixture
def as_role_any_db(app_any_db):
    """as_role for app_any_db."""
    def make(role):
        return log_in(app_any_db.test_client(), app_any_db, role)
    return make
