"""The spider `hypewatch crawl` runs: any mix of feeds, sitemaps and listing pages."""
from __future__ import annotations

from crawler.spiders.feeds import FeedSpider
from crawler.spiders.listings import ListingSpider
from crawler.spiders.sitemaps import SitemapSpider


class SourcesSpider(FeedSpider, SitemapSpider, ListingSpider):
    name = "sources"
