"""A consistent copy of the database while the app and the jobs keep running (`hypewatch backup`).

SQLite: SQLite's online backup API, in one step, so the copy is one read transaction's view (in WAL mode
it blocks no writer), then checked with `PRAGMA quick_check`. PostgreSQL: `pg_dump` in its custom format
(restore with `pg_restore`). Either way the copy is written beside the destination and renamed into place
only when it is complete, so a backup killed half-way leaves no file that looks like one.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from storage.db import Database, DatabaseError

SUFFIX = {"sqlite": ".sqlite3", "postgresql": ".pgdump"}


@dataclass
class Backup:
    path: Path
    size: int  # bytes
    stories: int | None  # counted in the copy (SQLite), None where the copy is a dump


def destination(db: Database, dest: Path, now: datetime | None = None) -> Path:
    """`dest` itself, or, for a folder, a file in it named by the time (hypewatch-20261207-081500.sqlite3)."""
    if dest.is_dir():
        stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
        return dest / f"hypewatch-{stamp}{SUFFIX.get(db.engine.dialect.name, '')}"
    return dest


def prune(folder: Path, keep: int) -> list[Path]:
    """Remove all but the newest `keep` backups named by the time in `folder` (no other file); returns those removed."""
    named = sorted(p for p in Path(folder).glob("hypewatch-*") if p.suffix in SUFFIX.values()
                   and p.stem[len("hypewatch-"):].replace("-", "").isdigit())
    removed = named[:max(0, len(named) - keep)]
    for path in removed:
        path.unlink()
    return removed


def backup(db: Database, dest: Path, *, overwrite: bool = False) -> Backup:
    """Copy the database to `dest` (a file, or a folder for a file named by the time)."""
    path = destination(db, Path(dest))
    if path.exists() and not overwrite:
        raise DatabaseError(f"{path} exists already (--force replaces it)")
    if not path.parent.is_dir():
        raise DatabaseError(f"cannot write {path}: the folder {path.parent} does not exist")
    partial = path.with_name(f".{path.name}.partial")
    dialect = db.engine.dialect.name
    try:
        if dialect == "sqlite":
            stories = _copy_sqlite(db, partial)
        elif dialect == "postgresql":
            _dump_postgres(db, partial)
            stories = None
        else:
            raise DatabaseError(f"backup knows SQLite and PostgreSQL, not {dialect}: use the database's own tools")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return Backup(path=path, size=path.stat().st_size, stories=stories)


def _copy_sqlite(db: Database, partial: Path) -> int:
    source_path = db.engine.url.database
    if not source_path or source_path == ":memory:":
        raise DatabaseError("an in-memory database has nothing on disk to back up")
    partial.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)  # every page in one step: one consistent view, never restarted by a writer
        checked = copy.execute("PRAGMA quick_check").fetchone()[0]
        if checked != "ok":
            raise DatabaseError(f"the copy of {source_path} failed SQLite's check: {checked}")
        stories = copy.execute("SELECT count(*) FROM articles").fetchone()[0]
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, with no -wal beside it
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot back up {source_path}: {exc}") from None
    finally:
        copy.close()
        source.close()
    with open(partial, "rb") as f:
        os.fsync(f.fileno())
    return stories


def _dump_postgres(db: Database, partial: Path) -> None:
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseError("pg_dump was not found: install PostgreSQL's client tools (Debian: postgresql-client)")
    url = db.engine.url.set(drivername="postgresql", password=None)  # libpq's URL: no SQLAlchemy driver name
    env = dict(os.environ)
    if db.engine.url.password:  # in the environment, not on a command line that `ps` shows
        env["PGPASSWORD"] = db.engine.url.password
    done = subprocess.run([pg_dump, "--format=custom", "--no-owner", f"--file={partial}",
                           "--dbname", url.render_as_string(hide_password=False)],
                          capture_output=True, text=True, env=env)
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise DatabaseError(f"pg_dump could not back up {db.safe_url}: {reason}")
