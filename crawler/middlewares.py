"""Downloader middlewares: skip what is stored, ask feeds for changes only, honour Crawl-delay."""
from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler import store


class _DatabaseMiddleware:
    def __init__(self, crawler):
        url = crawler.settings.get("HYPEWATCH_DATABASE_URL")
        if not url:
            raise NotConfigured("HYPEWATCH_DATABASE_URL is not set")
        from storage import open_database
        self.db = open_database(url, upgrade=False)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class SeenUrlsMiddleware(_DatabaseMiddleware):
    """Article URLs settled on any earlier run (the seen set lives in the database) are not fetched."""

    def process_request(self, request, spider=None):
        if request.meta.get("article"):
            with self.db.engine.connect() as connection:
                if store.is_seen(connection, request.url):
                    raise IgnoreRequest(f"already stored or settled: {request.url}")
        return None


class FeedValidatorsMiddleware(_DatabaseMiddleware):
    """Conditional GETs for feeds, sitemaps and listings: an unchanged index answers 304 and costs nothing."""

    def process_request(self, request, spider=None):
        if request.meta.get("feed") and not request.meta.get("validators_set"):
            with self.db.session() as session:
                etag, last_modified = store.validators(session, request.url)
            if etag:
                request.headers.setdefault(b"If-None-Match", etag)
            if last_modified:
                request.headers.setdefault(b"If-Modified-Since", last_modified)
            request.meta["validators_set"] = True
        return None

    def process_response(self, request, response, spider=None):
        if request.meta.get("feed") and response.status == 200:
            etag = response.headers.get(b"ETag")
            last_modified = response.headers.get(b"Last-Modified")
            if etag or last_modified:
                with self.db.session() as session:
                    store.save_validators(session, request.url,
                                          etag.decode("latin-1") if etag else None,
                                          last_modified.decode("latin-1") if last_modified else None)
        return response


class CrawlDelayMiddleware:
    """Scrapy obeys robots.txt Disallow but not Crawl-delay: this applies it to the site's download slot."""

    def __init__(self, crawler):
        if not crawler.settings.getbool("ROBOTSTXT_OBEY"):
            raise NotConfigured
        self.crawler = crawler
        self.delays: dict[str, float] = {}
        self.agent = crawler.settings.get("USER_AGENT")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _slot(self, request):
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        return key, downloader.slots.get(key)

    def process_request(self, request, spider=None):
        key, slot = self._slot(request)
        delay = self.delays.get(key)
        if delay and slot is not None and slot.delay < delay:
            slot.delay = delay  # AutoThrottle may have lowered it
        return None

    def process_response(self, request, response, spider=None):
        if urlsplit(request.url).path == "/robots.txt" and response.status == 200:
            from protego import Protego
            try:
                parser = Protego.parse(response.body.decode("utf-8", errors="replace"))
                delay = parser.crawl_delay(self.agent) or parser.crawl_delay("*")
            except Exception:  # a broken robots.txt sets no delay
                delay = None
            if delay:
                key, slot = self._slot(request)
                self.delays[key] = float(delay)
                if slot is not None:
                    slot.delay = max(slot.delay, float(delay))
        return response
