"""What every Hypewatch spider shares: its targets, article requests, and failures turned into items."""
from __future__ import annotations

from dataclasses import dataclass

import scrapy

from crawler.items import FeedResult, PageItem, SkippedPage
from crawler.urls import canonical_url, is_http_url


@dataclass(frozen=True)
class Target:
    """One URL to start from: a feed, a sitemap or a listing page of a source."""
    url: str
    kind: str  # feed | sitemap | listing
    source: str | None = None
    link_pattern: str | None = None
    topic_filter: bool = True


def failure_reason(failure) -> tuple[str, str]:
    """A short key for why a request produced no page, and the detail behind it."""
    from scrapy.spidermiddlewares.httperror import HttpError
    from scrapy.exceptions import IgnoreRequest
    from twisted.internet.error import DNSLookupError, TimeoutError as TwistedTimeout
    exc = failure.value
    detail = str(exc)[:300]
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}", f"HTTP {exc.response.status}"
    if isinstance(exc, IgnoreRequest):
        lowered = detail.lower()
        for needle, reason in (("max redirections", "redirect_loop"), ("robots.txt", "robots_disallowed"),
                               ("during decompression", "compression_bomb"), ("already stored", "already_stored"),
                               ("max size", "too_large")):
            if needle in lowered:
                return reason, detail
        return "ignored", detail
    if isinstance(exc, (TwistedTimeout, TimeoutError)) or "took longer than" in detail:
        return "timeout", detail
    if isinstance(exc, DNSLookupError):
        return "dns_error", detail
    if "max size" in detail or "larger than download" in detail:
        return "too_large", detail
    return "connection_error" if "connect" in type(exc).__name__.lower() else type(exc).__name__, detail


class HypewatchSpider(scrapy.Spider):
    """Starts from `targets`; subclasses parse one kind of index page each (parse_<kind>)."""
    name = "hypewatch-base"

    def __init__(self, targets=(), **kwargs):
        super().__init__(**kwargs)
        self.targets = [t if isinstance(t, Target) else Target(**t) for t in targets]

    async def start(self):
        for target in self.targets:
            yield self.index_request(target.url, target)

    def index_request(self, url: str, target: Target) -> scrapy.Request:
        return scrapy.Request(
            url, callback=self.parse_index, errback=self.index_failed,
            meta={"target": target, "feed": True, "handle_httpstatus_list": [304]},
            dont_filter=True)

    def article_request(self, url: str, target: Target) -> scrapy.Request | None:
        if not is_http_url(url):
            return None
        return scrapy.Request(
            canonical_url(url), callback=self.parse_article, errback=self.article_failed,
            meta={"target": target, "article": True})

    def follow_articles(self, response, urls) -> list:
        """Article requests for these links, plus the index fetch's result for source health."""
        target = response.meta["target"]
        requests = [r for r in (self.article_request(response.urljoin(u.strip()), target) for u in urls if u) if r]
        return [*requests, FeedResult(response.url, target.source, ok=True, links=len(requests))]

    def parse_index(self, response):
        """An unchanged index (304 to our conditional GET) yields nothing new; others go to parse_<kind>."""
        target = response.meta["target"]
        if response.status == 304:
            yield FeedResult(response.url, target.source, ok=True, not_modified=True)
            return
        yield from getattr(self, f"parse_{target.kind}")(response)

    def parse_article(self, response):
        target = response.meta["target"]
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        yield PageItem(url=response.url, body=response.body, content_type=content_type,
                       source=target.source, topic_filter=target.topic_filter)

    def article_failed(self, failure):
        reason, detail = failure_reason(failure)
        target = failure.request.meta.get("target")
        yield SkippedPage(failure.request.url, reason, detail, target.source if target else None)

    def index_failed(self, failure):
        reason, detail = failure_reason(failure)
        target = failure.request.meta["target"]
        yield SkippedPage(failure.request.url, reason, detail, target.source)
        yield FeedResult(failure.request.url, target.source, ok=False, error=f"{reason}: {detail}")
