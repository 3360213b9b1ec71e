"""run_crawl: one crawl in a process of its own, with progress and the report handed back."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from typing import Callable, Iterable

from sqlalchemy import func, select

from crawler import store
from crawler.duplicates import merge_clusters
from crawler.spiders.base import Target
from storage.models import Article


class CrawlError(RuntimeError):
    """The crawl process failed; the message says how."""


def targets_for(feeds: Iterable[str], sitemaps: Iterable[str], sources) -> list[Target]:
    targets = [Target(url, "feed") for url in feeds] + [Target(url, "sitemap") for url in sitemaps]
    for source in sources or ():
        targets += [Target(url, source.kind, source.name, source.link_pattern, source.topic_filter)
                    for url in source.urls]
    return targets


def run_crawl(*, feeds: Iterable[str] = (), sitemaps: Iterable[str] = (), sources=None,
              database_url: str, no_throttle: bool = False, topic_filter: bool = True, classify: bool = True,
              progress: Callable[[dict], None] | None = None, progress_interval: float = 5.0,
              settings: dict | None = None, only_due: bool = False) -> dict:
    """Crawl feeds, sitemaps and configured sources; returns the crawl report (also stored in CrawlRun).

    `sources` are crawler.sources.Source entries; paused or disabled ones are left out, and with
    `only_due` (the scheduler's way) so are those crawled less than their interval ago.
    Each story is classified as it is stored unless `classify` is false.
    """
    from hypewatch.config import load_config
    from storage import open_database
    db = open_database(database_url)
    with db.session() as session:
        paused = store.paused_sources(session)
        active = [s for s in sources or () if s.enabled and s.name not in paused]
        if only_due:
            recent = store.recently_crawled(session, {s.name: s.interval_minutes for s in active})
            active = [s for s in active if s.name not in recent]
        run_id = store.start_run(session)
        first_new_id = (session.scalar(select(func.max(Article.id))) or 0) + 1
    targets = targets_for(feeds, sitemaps, active)
    if classify:
        from hypewatch.pipeline import ensure_model
        ensure_model()  # first use: train here, once, not in each crawl worker
    job = {
        "targets": [t.__dict__ for t in targets], "database_url": database_url,
        "topic_filter": topic_filter, "classify": classify, "no_throttle": no_throttle, "run_id": run_id,
        "contact_url": load_config().user_agent_contact, "progress_interval": progress_interval,
        "settings": settings or {},
        # Extraction processes; 0 = one per CPU. Tests set 1: their crawls are a handful of pages.
        "workers": int(os.environ.get("HYPEWATCH_EXTRACT_WORKERS", "0") or 0),
    }
    report = None
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen([sys.executable, "-m", "crawler.process"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=errors, text=True,
                                 env={**os.environ, "PYTHONUNBUFFERED": "1"})
        child.stdin.write(json.dumps(job))
        child.stdin.close()
        for line in child.stdout:
            try:
                message = json.loads(line)
            except ValueError:
                continue  # a library printed something: not ours
            if "progress" in message and progress is not None:
                progress(message["progress"])
            elif "report" in message:
                report = message["report"]
        status = child.wait()
        if report is None or status != 0:
            errors.seek(0)
            tail = errors.read()[-2000:].strip()
            with db.session() as session:
                store.update_run(session, run_id, report or {"fetched": 0, "stored": 0, "skipped": 0,
                                                              "error": tail}, "failed")
            db.dispose()
            raise CrawlError(f"the crawl process exited with status {status}: {tail.splitlines()[-1] if tail else 'no output'}")
    with db.session() as session:
        # copies stored by two workers at the same moment were put in two clusters
        report["stories_reclustered"] = merge_clusters(session, since_id=first_new_id)
        store.update_run(session, run_id, report)
    db.dispose()
    report["run_id"] = run_id
    report["paused_sources"] = sorted(paused)
    return report
