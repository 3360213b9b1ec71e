"""Sitemaps, sitemap indexes (followed) and Google News sitemaps (plain urlsets with news tags)."""
from __future__ import annotations

from scrapy.utils.sitemap import Sitemap

from crawler.spiders.base import HypewatchSpider


class SitemapSpider(HypewatchSpider):
    name = "sitemaps"

    def parse_sitemap(self, response):
        body = response.body
        if body[:2] == b"\x1f\x8b":
            from scrapy.utils.gz import gunzip
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = Sitemap(body)
        locs = [entry["loc"] for entry in sitemap if entry.get("loc")]
        target = response.meta["target"]
        if sitemap.type == "sitemapindex":
            for loc in locs:
                yield self.index_request(response.urljoin(loc), target)
            yield from self.follow_articles(response, [])
        else:
            yield from self.follow_articles(response, locs)
