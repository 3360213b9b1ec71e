"""What spiders hand to the pipelines."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PageItem:
    """A fetched page that may hold an article; the pipelines extract, filter and store it."""
    url: str
    body: bytes
    content_type: str | None
    source: str | None = None
    topic_filter: bool = True
    article: dict | None = field(default=None, repr=False)


@dataclass
class SkippedPage:
    """A request that produced no page: its reason goes to the crawl report."""
    url: str
    reason: str
    detail: str = ""
    source: str | None = None


@dataclass
class FeedResult:
    """One fetch of a feed, sitemap or listing page: feeds the source's health."""
    url: str
    source: str | None
    ok: bool
    links: int = 0
    not_modified: bool = False
    error: str = ""
