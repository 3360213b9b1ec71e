"""Fixtures shared by every test: fresh databases (SQLite and PostgreSQL), a clean home."""
from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_ADMIN_URL = os.environ.get(
    "HYPEWATCH_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def need(condition: bool, reason: str) -> None:
    """Skip a test whose outside requirement is missing, except in CI where it must be there."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    need(SHARED.is_dir(), f"{SHARED} is absent (the project's shared evaluation data)")
    return SHARED


@pytest.fixture(scope="session")
def seed_story(shared_dir) -> str:
    return (shared_dir / "seeds" / "000_4e579d9715812c04.txt").read_text(encoding="utf-8")


@contextlib.contextmanager
def new_postgres_database(prefix: str = "hypewatch_test"):
    """The URL of a new, empty database on the machine's PostgreSQL, dropped afterwards."""
    try:
        import psycopg  # noqa: F401
        from sqlalchemy import create_engine, text
        admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            name = f"{prefix}_{uuid.uuid4().hex[:10]}"
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # no driver, no server: say which
        need(False, f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {exc}")
    try:
        yield POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_url():
    """A database of its own on the machine's PostgreSQL for this test session, dropped after."""
    with new_postgres_database() as url:
        yield url
        from storage.db import make_engine
        make_engine(url).dispose()


def _empty_postgres(url: str) -> None:
    from sqlalchemy import text
    from storage import Database
    db = Database(url)
    db.upgrade()
    with db.engine.begin() as conn:
        tables = [r[0] for r in conn.execute(text(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'"))]
        if tables:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    db.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """A fresh, empty, migrated database: each test using it runs on both backends."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hypewatch.db'}"
    url = request.getfixturevalue("postgres_url")
    _empty_postgres(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'hypewatch.db'}"


@pytest.fixture
def db(database_url):
    from storage import open_database
    database = open_database(database_url)
    yield database
    database.dispose()


@pytest.fixture
def home(tmp_path, monkeypatch, database_url) -> Path:
    """HYPEWATCH_HOME and HYPEWATCH_DATABASE_URL pointing at a fresh folder and database."""
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HYPEWATCH_DATABASE_URL", database_url)
    return tmp_path / "home"


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory) -> Path:
    """The shipped model, trained once per test session from the project's own corpus."""
    import classifier
    from classifier.dataset import load_corpus

    if not load_corpus():
        pytest.fail("the training corpus (classifier/corpus/*.tsv) is empty or missing")
    directory = tmp_path_factory.mktemp("model")
    classifier.train(directory)
    return directory


@pytest.fixture(scope="session")
def analyser(model_dir):
    import classifier
    return classifier.load_analyser(model_dir)
