"""The item pipeline: each page goes extract -> topic filter -> classify -> store, in a pool of
worker processes.

trafilatura and the classifier are CPU-bound and the database work is Python-heavy: all of it
in the reactor's process would serialise the crawl on one core and one GIL. The reactor only
downloads; a worker process takes the page through the four stages and reports the outcome.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy.exceptions import DropItem

from crawler.extraction import ExtractionError, extract_html
from crawler.items import PageItem
from crawler.topics import is_relevant, topic_relevance

# Outcomes that settle a URL for good: later crawls do not fetch it again.
SETTLED = ("off_topic", "not_html", "binary_content", "no_article_text", "too_slow")


class Skip(DropItem):
    """A page dropped for a reason the crawl report counts."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


class PageTooSlow(ExtractionError):
    """The page's CPU budget ran out (cpu_time_limit); raised wherever the worker was."""

    def __init__(self, seconds: float):
        super().__init__("too_slow", f"over {seconds:g} s of CPU")


# --- the stages, run in a worker process ---

log = logging.getLogger(__name__)
_db = None
_write_lock = None
_analyser = None  # the classifier, loaded on a worker's first story


def _worker_start(database_url: str, write_lock) -> None:
    global _db, _write_lock
    from storage import open_database
    _db = open_database(database_url, upgrade=False)
    _write_lock = write_lock


def _is_stored(url: str) -> bool:
    from crawler.store import is_stored
    with _db.engine.connect() as connection:
        return is_stored(connection, url)


def extract_stage(page: dict) -> dict:
    # Copies of a stored article under other addresses skip the text extraction.
    return extract_html(page["body"], page["url"], page["content_type"], is_stored=_is_stored)


def topic_stage(article: dict, *, enabled: bool) -> None:
    article["topic_score"], article["topic_terms"] = topic_relevance(article.get("title"), article["text"])
    if enabled and not is_relevant(article["topic_score"]):
        raise ExtractionError("off_topic", f"score {article['topic_score']}")


def _classifier():
    """The worker's classifier, loaded on its first story; False if it cannot be loaded: the
    stories are then stored unclassified, for `hypewatch classify` to pick up."""
    global _analyser
    if _analyser is None:
        from hypewatch.pipeline import load_analyser
        try:
            _analyser = load_analyser()
        except Exception as exc:
            _analyser = False
            log.error("the classifier could not be loaded, stories are stored unclassified: %s", exc)
    return _analyser


def classify_stage(article: dict) -> None:
    """The story's analysis, stored with it; a story the classifier fails on is stored all the
    same, unclassified, and `hypewatch classify` reports it."""
    analyser = _classifier()
    if analyser:
        try:
            article["analysis"] = analyser.analyse(article["text"], title=article.get("title"),
                                                   links=article.get("cited_links"))
        except Exception:
            log.exception("the classifier failed on %s; stored unclassified", article.get("url"))


def store_stage(article: dict, *, source: str | None, fetched_url: str) -> bool:
    from crawler.store import save_page
    from storage.articles import save_analysis
    # One writer at a time: SQLite would make the other wait in its sleeping busy handler.
    with _write_lock, _db.session() as session:
        stored = save_page(session, article, source=source, fetched_url=fetched_url)
        if stored is not None and article.get("analysis"):
            save_analysis(session, stored, article["analysis"])
        return stored is not None


class _OverBudget(BaseException):
    """The CPU timer's alarm: a BaseException, so the `except Exception` blocks of trafilatura and
    its helpers cannot swallow it. cpu_time_limit turns it into PageTooSlow."""


@contextlib.contextmanager
def cpu_time_limit(seconds: float):
    """Raises PageTooSlow (reason "too_slow") in this worker once the page has cost `seconds` of CPU
    (CPU, not wall time: a busy machine does not make a page too slow). The alarm repeats every
    second after that, and a page whose alarm went off is too slow even if a library swallowed it
    and finished. Python code and regular expressions are interrupted; a C library that never
    returns to Python is not."""
    active, fired = True, False

    def expired(_signal, _frame):
        nonlocal fired
        if active:
            fired = True
            raise _OverBudget
    previous = signal.signal(signal.SIGPROF, expired)
    signal.setitimer(signal.ITIMER_PROF, seconds, 1.0)
    try:
        yield
    except BaseException:
        if not fired:
            raise
    finally:
        # First, before any call: Python runs signal handlers only at calls and loops, so no
        # alarm can escape from here on.
        active = False
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    if fired:
        raise PageTooSlow(seconds)


def process_page(page: dict) -> tuple[str, str]:
    """(outcome, detail): outcome is "stored" or a skip reason."""
    article = None
    if page["classify"]:
        _classifier()  # loading the model is the worker's cost, not the page's
    try:
        with cpu_time_limit(page["cpu_seconds"]):
            article = extract_stage(page)
            topic_stage(article, enabled=page["topic_filter"])
            if page["classify"]:
                classify_stage(article)
            if not store_stage(article, source=page["source"], fetched_url=page["url"]):
                return "duplicate_url", article["url"]
            return "stored", article["url"]
    except ExtractionError as exc:
        if exc.reason in SETTLED or exc.reason == "duplicate_url":
            from crawler.store import mark_seen
            also = [article["url"]] if article else [exc.detail] if exc.reason == "duplicate_url" else []
            with _write_lock, _db.session() as session:
                mark_seen(session, [page["url"]] + also, exc.reason)
        return exc.reason, exc.detail


# --- the Scrapy side ---

class PagePipeline:
    def __init__(self, database_url: str, workers: int, topic_filter: bool, classify: bool,
                 cpu_seconds: float = 60.0):
        self.database_url = database_url
        self.workers = workers or os.cpu_count() or 1
        self.topic_filter = topic_filter
        self.classify = classify
        self.cpu_seconds = cpu_seconds
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(settings.get("HYPEWATCH_DATABASE_URL"), settings.getint("HYPEWATCH_EXTRACT_WORKERS"),
                   settings.getbool("HYPEWATCH_TOPIC_FILTER"), settings.getbool("HYPEWATCH_CLASSIFY"),
                   settings.getfloat("HYPEWATCH_PAGE_CPU_SECONDS"))

    def open_spider(self, spider=None):
        context = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_worker_start,
                                        initargs=(self.database_url, context.Lock()))
        self.pool.submit(int)  # workers start on the first task: start them while robots.txt and feeds load

    def close_spider(self, spider=None):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        page = {"body": item.body, "url": item.url, "content_type": item.content_type, "source": item.source,
                "topic_filter": self.topic_filter and item.topic_filter, "classify": self.classify,
                "cpu_seconds": self.cpu_seconds}
        item.body = b""  # the worker has its copy: keep the reactor's memory flat
        try:
            outcome, detail = await asyncio.get_running_loop().run_in_executor(self.pool, process_page, page)
        except BrokenProcessPool:  # a worker died (killed, out of memory): new workers, skip this page
            self.close_spider()
            self.open_spider()
            raise Skip("worker_crashed", item.url) from None
        except Exception as exc:
            raise Skip("extraction_failed", f"{type(exc).__name__}: {exc}") from None
        if outcome != "stored":
            raise Skip(outcome, detail)
        return item
