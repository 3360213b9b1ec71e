"""Item pipelines: extract the article (in worker processes), filter by topic, store once."""
from __future__ import annotations

import asyncio
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

from scrapy.exceptions import DropItem

from crawler.extraction import ExtractionError, extract_html
from crawler.items import PageItem
from crawler.topics import is_relevant, topic_relevance


class Skip(DropItem):
    """A page dropped for a reason the crawl report counts."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def _warm_up() -> None:
    import trafilatura  # noqa: F401  the first import costs a second; pay it before the first page


class ExtractPipeline:
    """trafilatura is CPU-bound: it runs in a pool of processes so the reactor keeps downloading."""

    def __init__(self, workers: int):
        self.workers = workers or os.cpu_count() or 1
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("HYPEWATCH_EXTRACT_WORKERS"))

    def open_spider(self, spider=None):
        self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_warm_up)
        self.pool.submit(int)  # workers start on the first task: start them while robots.txt and feeds load

    def close_spider(self, spider=None):
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        loop = asyncio.get_running_loop()
        try:
            item.article = await loop.run_in_executor(self.pool, extract_html, item.body, item.url, item.content_type)
        except ExtractionError as exc:
            raise Skip(exc.reason, exc.detail) from None
        except Exception as exc:  # a worker crashed on a pathological page: skip it, keep crawling
            raise Skip("extraction_failed", f"{type(exc).__name__}: {exc}") from None
        item.body = b""  # the raw page is no longer needed: keep memory flat
        return item


class TopicPipeline:
    """Keeps stem-cell and multiple-sclerosis stories; records score and matched terms on the kept ones."""

    def __init__(self, enabled: bool):
        self.enabled = enabled

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getbool("HYPEWATCH_TOPIC_FILTER"))

    def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        article = item.article
        article["topic_score"], article["topic_terms"] = topic_relevance(article.get("title"), article["text"])
        if self.enabled and item.topic_filter and not is_relevant(article["topic_score"]):
            item.article = {"url": article["url"], "outcome": "off_topic"}
            raise Skip("off_topic", f"score {article['topic_score']}")
        return item


class StorePipeline:
    """Stores each story once, keyed by canonical URL. Database work runs on one thread off the reactor."""

    def __init__(self, database_url: str):
        from storage import open_database
        self.db = open_database(database_url, upgrade=False)
        self.thread = ThreadPoolExecutor(1, thread_name_prefix="store")

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler.settings.get("HYPEWATCH_DATABASE_URL"))
        from scrapy import signals
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def close_spider(self, spider=None):
        self.thread.shutdown(wait=True)
        self.db.dispose()

    def _save(self, item: PageItem) -> bool:
        from crawler.store import save_page
        with self.db.session() as session:
            return save_page(session, item.article, source=item.source, fetched_url=item.url) is not None

    def _settle(self, urls: list[str], outcome: str) -> None:
        from crawler.store import mark_seen
        with self.db.session() as session:
            mark_seen(session, urls, outcome)

    async def process_item(self, item, spider=None):
        if not isinstance(item, PageItem):
            return item
        stored = await asyncio.get_running_loop().run_in_executor(self.thread, self._save, item)
        if not stored:
            raise Skip("duplicate_url", item.article["url"])
        return item

    def item_dropped(self, item, response, exception, spider=None):
        """Pages that will never become stories are settled so later runs do not fetch them again."""
        reason = getattr(exception, "reason", None)
        if isinstance(item, PageItem) and reason in ("off_topic", "not_html", "binary_content", "no_article_text"):
            urls = [item.url] + ([item.article["url"]] if item.article else [])
            self.thread.submit(self._settle, urls, reason)
