"""Crawler fixtures: a loopback news site with feeds and a sitemap, shared by the module's tests."""
from __future__ import annotations

import pytest

from tests.crawler.loopback_site import Page, Site, atom, off_topic_story, rss, sitemap, stem_cell_story


@pytest.fixture(autouse=True)
def one_extraction_worker(monkeypatch):
    """Test crawls are a few pages: one extraction process starts faster than one per CPU."""
    monkeypatch.setenv("HYPEWATCH_EXTRACT_WORKERS", "1")


@pytest.fixture(scope="package", autouse=True)
def trained_model(model_dir):
    """Crawls classify what they store, with the session's model (trained once, not per crawl).
    For the whole package, so that module-scoped crawls see it too."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HYPEWATCH_MODEL_DIR", str(model_dir))
        yield


@pytest.fixture(scope="module")
def news_site():
    """Ten stem-cell/MS stories and two off-topic ones behind an RSS feed, an Atom feed and sitemaps."""
    routes = {f"/news/{i}": Page(stem_cell_story(i)) for i in range(10)}
    routes.update({f"/other/{i}": Page(off_topic_story(i)) for i in range(2)})
    routes["/robots.txt"] = Page(b"User-agent: *\nDisallow: /private/\n", "text/plain")
    with Site(routes) as site:
        u = site.url
        site.routes["/feed.rss"] = Page(rss([f"{u}/news/{i}?utm_source=rss#top" for i in range(4)]
                                            + [f"{u}/other/0"]), "application/rss+xml")
        site.routes["/feed.atom"] = Page(atom([f"{u}/news/{i}" for i in range(3, 7)] + [f"{u}/private/x"]),
                                         "application/atom+xml")
        site.routes["/sitemap.xml"] = Page(sitemap([f"{u}/sitemap-news.xml", f"{u}/sitemap-old.xml"], index=True),
                                           "application/xml")
        site.routes["/sitemap-news.xml"] = Page(sitemap([f"{u}/news/{i}" for i in range(6, 9)], news=True),
                                                "application/xml")
        site.routes["/sitemap-old.xml"] = Page(sitemap([f"{u}/news/9", f"{u}/other/1"]), "application/xml")
        yield site
