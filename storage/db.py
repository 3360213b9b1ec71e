"""Engine, sessions and schema upgrades for any SQLAlchemy URL (SQLite by default)."""
from __future__ import annotations

import json
import select
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DisconnectionError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(RuntimeError):
    """The database cannot be used; the message says why in words a user can act on."""


SQLITE_CACHE_KIB = 32 * 1024  # each pooled connection's page cache, filled only as pages are read


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the web server read while the crawler writes; busy_timeout makes a
    # second writer wait instead of failing with "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # SQLite's default page cache (2 MB a connection) is a few queue pages' worth at 100,000 stories: a
    # journalist paging through the queue re-read the same index and table pages from the OS each time
    # (the queue's query 0.54 ms against 0.29 ms for one page again; 0.34 ms with 32 MB, bench/RESULTS.md)
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.close()


def _begin_before_savepoint(conn, _name) -> None:
    """Python's sqlite3 opens a transaction only before an INSERT, UPDATE or DELETE, not before a
    SAVEPOINT: a savepoint (`session.begin_nested()`) as a session's first write became the outermost
    transaction, and releasing it committed its rows there and then, even when the session later
    rolled back (a story stored in a failed session stayed stored, unlike on PostgreSQL). Open the
    session's transaction first; IMMEDIATE takes the write lock at once (waiting as any writer does), so
    the savepoint's reads cannot go stale before its writes."""
    dbapi_connection = conn.connection.driver_connection
    if not dbapi_connection.in_transaction:
        dbapi_connection.execute("BEGIN IMMEDIATE")


def _drop_closed_connections(dbapi_connection, _record, _proxy) -> None:
    """Hand out no pooled connection the server has closed (it restarted, or ended the session):
    its socket then reads as ready while no query is waiting for an answer. Raising
    DisconnectionError makes the pool connect afresh. Checked without a round trip: the usual
    "SELECT 1" on every checkout (pool_pre_ping) cost each web request about 1 ms of 6."""
    fileno = getattr(dbapi_connection, "fileno", None)
    if fileno is None:
        return
    try:
        ready, _, _ = select.select([fileno()], [], [], 0)
    except (OSError, ValueError):  # the socket is gone already
        raise DisconnectionError() from None
    if ready:
        raise DisconnectionError()


# libpq's TCP settings for PostgreSQL over a network. A firewall or NAT that drops an idle
# connection without closing it leaves a pooled connection that looks alive: with these, the kernel
# probes an idle connection after a minute and closes it when unanswered (which the checkout check
# above then sees), and a query sent over a dead link fails after 30 s instead of the kernel's
# retransmission timeout of about 15 minutes. A value in the database URL's query wins.
POSTGRES_TCP = {"keepalives": 1, "keepalives_idle": 60, "keepalives_interval": 10,
                "keepalives_count": 3, "tcp_user_timeout": 30_000}
# No JIT compilation: it starts once a plan's estimated cost passes jit_above_cost and takes 10-100 ms,
# while the app's queries walk indexes in a millisecond. Statistics lagging behind a large insert (a full
# run of the repeats job, before autovacuum's ANALYZE) made one estimate large enough that every review
# queue page was compiled: p50 12 -> 57-78 ms at 100,000 stories.
POSTGRES_OPTIONS = "-c jit=off"


def _json_loads(text):
    # Most stored lists and maps are empty (an unflagged sentence's labels and triggers): they
    # need no parser.
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return json.loads(text)


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"not a database URL: {url!r} ({exc})") from None
    kwargs = {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
    elif parsed.get_backend_name() == "postgresql":
        kwargs["connect_args"] = {k: v for k, v in {**POSTGRES_TCP, "options": POSTGRES_OPTIONS}.items()
                                  if k not in parsed.query}
    try:
        engine = create_engine(url, json_deserializer=_json_loads, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise DatabaseError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {exc}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _begin_before_savepoint)
    else:
        event.listen(engine, "checkout", _drop_closed_connections)
    return engine


def _require_json_functions(conn) -> None:
    # storage.nested builds JSON in SQL; SQLite has had these functions built in since 3.38
    try:
        conn.execute(text("SELECT json_group_array(json_object('a', json('[]')))"))
    except SQLAlchemyError:
        raise DatabaseError(f"the SQLite library of this Python ({sqlite3.sqlite_version}) has no JSON "
                            "functions; Hypewatch needs SQLite 3.38 or later, or one built with JSON1") from None


class Database:
    """One engine and its session factory."""

    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Sessions for work that only reads (the web app's GET requests). On PostgreSQL they run
        # without a transaction: psycopg sends BEGIN and ROLLBACK as round trips of their own, two
        # of a page's four. SQLite's BEGIN costs no round trip, so it keeps its transactions.
        reader = self.engine
        if self.engine.dialect.name == "postgresql":
            reader = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self.reading_sessions = sessionmaker(reader, expire_on_commit=False)

    @property
    def safe_url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def check(self) -> None:
        """Connect once, turning driver errors into a DatabaseError with a readable message."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
                if self.engine.dialect.name == "sqlite":
                    _require_json_functions(conn)
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise DatabaseError(f"cannot connect to {self.safe_url}: {reason}") from None

    def upgrade(self) -> str:
        """Create or upgrade the schema to the newest migration; returns the revision."""
        from alembic import command
        from alembic.config import Config as AlembicConfig

        self.check()
        before = self.revision()
        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["engine"] = self.engine
        command.upgrade(cfg, "head")
        after = self.revision()
        if before is not None and before != after:  # new indexes in a filled database: let the planner see them
            self.refresh_statistics()
        return after

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def is_current(self) -> bool:
        from alembic.script import ScriptDirectory
        from alembic.config import Config as AlembicConfig

        cfg = AlembicConfig()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        return self.revision() == ScriptDirectory.from_config(cfg).get_current_head()

    def refresh_statistics(self) -> bool:
        """Let SQLite's query planner know the tables' sizes (ANALYZE; a quarter of a second at
        100,000 stories and a million sentences): without them it reads the review queue's status filter through the status
        index and sorts, 50 ms a page at 100,000 stories instead of 0.2 ms. PostgreSQL's
        autovacuum keeps its own statistics. Returns whether anything was done."""
        if self.engine.dialect.name != "sqlite":
            return False
        with self.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        return True

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error."""
        session = self.sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str | None = None, *, upgrade: bool = True) -> Database:
    """The database named by the configuration, schema brought up to date."""
    if url is None:
        from hypewatch.config import load_config
        url = load_config().database_url
    db = Database(url)
    if upgrade:
        db.check()
        try:
            if not db.is_current():
                db.upgrade()
        except OperationalError as exc:
            raise DatabaseError(f"cannot prepare {db.safe_url}: {exc.orig}") from None
    return db
