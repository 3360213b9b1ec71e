"""What the crawler keeps in the database between runs: seen URLs, feed validators, source health."""
from __future__ import annotations

import os

from sqlalchemy import bindparam, literal, select, union_all
from sqlalchemy.orm import Session

from storage.articles import store_article
from storage.models import Article, CrawlRun, FetchValidator, SeenUrl, Source, utcnow

PAUSE_AFTER_FAILURES = 5


_SEEN = union_all(select(literal(1)).where(SeenUrl.url == bindparam("url")),
                  select(literal(1)).where(Article.url == bindparam("url"))).limit(1)


def is_seen(connection, url: str) -> bool:
    """Stored already, or settled on an earlier run (off topic, not an article). One indexed query:
    it runs for every article link, on the reactor's thread."""
    return connection.execute(_SEEN, {"url": url}).first() is not None


_STORED = select(literal(1)).where(Article.url == bindparam("url")).limit(1)


def is_stored(connection, url: str) -> bool:
    """An article is stored under this canonical URL already."""
    return connection.execute(_STORED, {"url": url}).first() is not None


def mark_seen(session: Session, urls, outcome: str, article_id: int | None = None) -> None:
    """Settle URLs; one that is settled already (by this or another crawl) keeps its first outcome."""
    rows = [{"url": url, "outcome": outcome, "article_id": article_id, "seen_at": utcnow()}
            for url in dict.fromkeys(urls)]
    if rows:
        # One statement instead of a look-up and a savepoint per URL: both SQLite and PostgreSQL
        # skip an existing key in the database itself.
        session.execute(_insert_for(session)(SeenUrl).on_conflict_do_nothing(index_elements=["url"]), rows)


def _insert_for(session: Session):
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert


def save_page(session: Session, page: dict, *, source: str | None, fetched_url: str) -> Article | None:
    """Store an extracted page once (keyed by canonical URL); remember the URL it was fetched at."""
    article = store_article(session, page, source=source)
    if article is not None:
        from crawler.duplicates import assign_cluster
        assign_cluster(session, article)
    mark_seen(session, [fetched_url, page["url"]], "stored" if article else "duplicate_url",
              article.id if article else None)
    return article


def validators(session: Session, url: str) -> tuple[str | None, str | None]:
    row = session.get(FetchValidator, url)
    return (row.etag, row.last_modified) if row else (None, None)


def save_validators(session: Session, url: str, etag: str | None, last_modified: str | None) -> None:
    row = session.get(FetchValidator, url) or FetchValidator(url=url)
    row.etag, row.last_modified, row.checked_at = etag, last_modified, utcnow()
    session.merge(row)


def source_row(session: Session, name: str) -> Source:
    row = session.scalar(select(Source).where(Source.name == name))
    if row is None:
        row = Source(name=name, consecutive_failures=0, items_found=0, paused=False)
        session.add(row)
        session.flush()
    return row


def resume_source(session: Session, name: str) -> Source:
    """Lift a pause after repeated failures (a source enabled again starts afresh)."""
    row = source_row(session, name)
    row.paused, row.consecutive_failures = False, 0
    return row


def recently_crawled(session: Session, intervals: dict[str, int]) -> set[str]:
    """Sources whose last attempt (success or failure) is younger than their interval in minutes."""
    from datetime import timedelta
    now = utcnow()
    recent = set()
    for row in session.scalars(select(Source).where(Source.name.in_(list(intervals)))):
        last = max(filter(None, (row.last_success_at, row.last_failure_at)), default=None)
        if last is not None and now - last < timedelta(minutes=intervals[row.name]):
            recent.add(row.name)
    return recent


def paused_sources(session: Session) -> set[str]:
    return set(session.scalars(select(Source.name).where(Source.paused.is_(True))))


def record_source_health(session: Session, name: str, *, ok: bool, items: int, error: str = "") -> None:
    """A run's outcome for one source; repeated failures pause it until someone re-enables it."""
    row = source_row(session, name)
    now = utcnow()
    if ok:
        row.last_success_at, row.consecutive_failures = now, 0
        row.items_found = (row.items_found or 0) + items
    else:
        row.last_failure_at, row.last_error = now, error[:2000]
        row.consecutive_failures = (row.consecutive_failures or 0) + 1
        if row.consecutive_failures >= PAUSE_AFTER_FAILURES:
            row.paused = True


def _alive(pid) -> bool:
    try:
        os.kill(int(pid), 0)
    except (OSError, TypeError, ValueError):
        return False
    return True


def start_run(session: Session) -> int:
    """A new CrawlRun; runs left 'running' by a killed crawl on this machine become 'interrupted'."""
    for stale in session.scalars(select(CrawlRun).where(CrawlRun.status == "running")):
        if not _alive((stale.report or {}).get("pid")):
            stale.status = "interrupted"
    run = CrawlRun(status="running", fetched=0, stored=0, skipped=0, report={"pid": os.getpid()})
    session.add(run)
    session.flush()
    return run.id


def update_run(session: Session, run_id: int, report: dict, status: str | None = None) -> None:
    run = session.get(CrawlRun, run_id)
    if run is None:
        return
    run.fetched, run.stored, run.skipped = report["fetched"], report["stored"], report["skipped"]
    run.report = report
    if status:
        run.status = status
        run.finished_at = utcnow()
