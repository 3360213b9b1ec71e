"""RSS and Atom feeds: every item's link is an article request."""
from __future__ import annotations

from crawler.spiders.base import HypewatchSpider


class FeedSpider(HypewatchSpider):
    name = "feeds"

    def parse_feed(self, response):
        from parsel import Selector
        selector = Selector(body=response.body, type="xml")
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text()").getall()
        links += selector.xpath("//item[not(link)]/guid[not(@isPermaLink='false')]/text()").getall()
        links += selector.xpath("//entry/link[@rel='alternate' or not(@rel)]/@href").getall()
        yield from self.follow_articles(response, links)
