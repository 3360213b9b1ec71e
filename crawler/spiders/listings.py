"""Section pages of sites without feeds: links matching the source's pattern are articles."""
from __future__ import annotations

import re

from crawler.spiders.base import HypewatchSpider


class ListingSpider(HypewatchSpider):
    name = "listings"

    def parse_listing(self, response):
        pattern = re.compile(response.meta["target"].link_pattern or r".")
        hrefs = response.css("a::attr(href)").getall() if hasattr(response, "css") else []
        links = {response.urljoin(h) for h in hrefs}
        yield from self.follow_articles(response, sorted(u for u in links if pattern.search(u)))
