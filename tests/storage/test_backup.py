"""`hypewatch backup`: a consistent copy of a database in use, written whole or not at all."""
from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timezone

import pytest
from click.testing import CliRunner
from sqlalchemy import create_engine, func, select, text

from hypewatch.cli import main
from storage import DatabaseError, open_database
from storage.articles import store_article
from storage.backup import backup, destination
from storage.models import Article
from tests.conftest import need, new_postgres_database
from tests.samples import PAGE


def page(n: int) -> dict:
    return dict(PAGE, url=f"https://news.example/story-{n}", title=f"Story {n}")


def stories_in(db, copy) -> int:
    """How many stories the backup at `copy` holds, read back as the database it was made from."""
    if db.engine.dialect.name == "sqlite":
        restored = open_database(f"sqlite:///{copy}", upgrade=False)
        try:
            with restored.session() as session:
                return session.scalar(select(func.count(Article.id)))
        finally:
            restored.dispose()
    need(shutil.which("pg_restore") is not None, "pg_restore (PostgreSQL's client tools) is not installed")
    with new_postgres_database("hypewatch_restore") as url:
        libpq = url.replace("postgresql+psycopg://", "postgresql://")
        subprocess.run(["pg_restore", "--no-owner", "--dbname", libpq, str(copy)], check=True, capture_output=True)
        engine = create_engine(url)
        with engine.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM articles")).scalar()
        engine.dispose()
        return count


@pytest.fixture
def out(tmp_path):
    """A folder for the backups, apart from the database's own files."""
    (tmp_path / "out").mkdir()
    return tmp_path / "out"


def test_a_backup_restores_to_the_same_stories(db, out):
    with db.session() as session:
        for n in range(3):
            store_article(session, page(n))
    done = backup(db, out / "copy")
    assert done.path == out / "copy" and done.size > 0
    assert stories_in(db, done.path) == 3
    assert done.stories == (3 if db.engine.dialect.name == "sqlite" else None)
    assert [p.name for p in out.iterdir()] == ["copy"]  # nothing left beside it


def test_a_backup_taken_during_a_write_holds_what_was_committed(db, out):
    """The app and the jobs keep writing while a backup runs: the copy is one moment's committed view."""
    with db.session() as session:
        store_article(session, page(1))
    writer = db.sessions()
    try:
        store_article(writer, page(2))
        writer.flush()  # written, holding the write lock, not committed
        done = backup(db, out / "copy")
    finally:
        writer.rollback()
        writer.close()
    assert stories_in(db, done.path) == 1


def test_a_folder_gets_a_file_named_by_the_time_and_nothing_is_overwritten_unasked(db, out):
    now = datetime(2026, 12, 7, 8, 15, 0, tzinfo=timezone.utc)
    suffix = ".sqlite3" if db.engine.dialect.name == "sqlite" else ".pgdump"
    assert destination(db, out, now) == out / f"hypewatch-20261207-081500{suffix}"
    first = backup(db, out / "copy")
    with pytest.raises(DatabaseError, match="exists already"):
        backup(db, first.path)
    assert backup(db, first.path, overwrite=True).path == first.path
    with pytest.raises(DatabaseError, match="does not exist"):
        backup(db, out / "no-such-folder" / "copy")


def test_a_backup_that_fails_half_way_leaves_no_file(db, out, monkeypatch):
    import storage.backup as module

    def fail_half_way(db, partial):
        partial.write_bytes(b"half a database")
        raise DatabaseError("the disk is full")
    monkeypatch.setattr(module, "_copy_sqlite", fail_half_way)
    if db.engine.dialect.name == "postgresql":
        monkeypatch.setattr(module.shutil, "which", lambda name: "/bin/false")  # a pg_dump that fails
    with pytest.raises(DatabaseError, match="the disk is full|pg_dump could not back up"):
        backup(db, out / "copy")
    assert list(out.iterdir()) == []


def test_the_backup_command_says_where_the_copy_went(home, out):
    open_database().dispose()
    result = CliRunner().invoke(main, ["backup", str(out)])
    assert result.exit_code == 0, result.output
    [copy] = list(out.iterdir())
    assert f"wrote {copy} (" in result.output
    again = CliRunner().invoke(main, ["backup", str(copy)])
    assert again.exit_code == 1 and "exists already (--force replaces it)" in again.output
