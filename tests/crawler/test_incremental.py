"""Incremental crawling: conditional GETs for feeds, source health, pauses, Crawl-delay, listings."""
from sqlalchemy import select

from crawler import store
from crawler.run import run_crawl
from crawler.sources import Source
from tests.crawler.loopback_site import Page, Site, rss, stem_cell_story
from storage.models import Source as SourceHealth


def test_feeds_are_fetched_with_etag_and_last_modified(sqlite_url):
    feed_body = rss([f"/news/{i}" for i in range(2)])

    def feed(handler):
        if handler.headers.get("If-None-Match") == '"v1"':
            return Page(b"", None, 304)
        return Page(feed_body, "application/rss+xml",
                    headers={"ETag": '"v1"', "Last-Modified": "Wed, 25 Nov 2026 10:00:00 GMT"})

    with Site({"/feed.rss": feed, **{f"/news/{i}": Page(stem_cell_story(i)) for i in range(2)}}) as site:
        first = run_crawl(feeds=[site.url + "/feed.rss"], database_url=sqlite_url, no_throttle=True)
        second = run_crawl(feeds=[site.url + "/feed.rss"], database_url=sqlite_url, no_throttle=True)
        feed_requests = [headers for path, headers in site.requests if path == "/feed.rss"]
    assert first["stored"] == 2 and second["stored"] == 0
    assert "If-None-Match" not in feed_requests[0]
    assert feed_requests[1]["If-None-Match"] == '"v1"'
    assert feed_requests[1]["If-Modified-Since"] == "Wed, 25 Nov 2026 10:00:00 GMT"
    assert second["already_seen"] == 0  # the 304 named no articles: none was even looked up


def test_source_health_is_kept_and_failing_sources_pause(db, database_url):
    with Site({"/feed.rss": Page(b"down", "text/plain", 503)}) as site:
        good = Source("good", "feed", [site.url + "/good.rss"])
        bad = Source("bad", "feed", [site.url + "/feed.rss"])
        site.routes["/good.rss"] = Page(rss([site.url + "/news/1"]), "application/rss+xml")
        site.routes["/news/1"] = Page(stem_cell_story(1))
        report = run_crawl(sources=[good, bad], database_url=database_url, no_throttle=True,
                           settings={"RETRY_TIMES": 0})
    assert report["sources"]["good"]["stored"] == 1 and report["sources"]["bad"]["failures"] == 1
    with db.session() as session:
        health = {s.name: s for s in session.scalars(select(SourceHealth))}
        assert health["good"].last_success_at and health["good"].items_found == 1
        assert health["bad"].consecutive_failures == 1 and "http_503" in health["bad"].last_error
        for _ in range(store.PAUSE_AFTER_FAILURES - 1):
            store.record_source_health(session, "bad", ok=False, items=0, error="http_503")
    with db.session() as session:
        assert store.paused_sources(session) == {"bad"}
    report = run_crawl(sources=[good, bad], database_url=database_url, no_throttle=True, only_due=True)
    assert report["paused_sources"] == ["bad"] and "bad" not in report["sources"]
    assert "good" not in report["sources"]  # crawled a moment ago: not due for another hour


def test_robots_crawl_delay_is_honoured(sqlite_url):
    routes = {f"/news/{i}": Page(stem_cell_story(i)) for i in range(3)}
    routes["/robots.txt"] = Page(b"User-agent: *\nCrawl-delay: 1\n", "text/plain")
    with Site(routes) as site:
        site.routes["/feed.rss"] = Page(rss([f"{site.url}/news/{i}" for i in range(3)]), "application/rss+xml")
        run_crawl(feeds=[site.url + "/feed.rss"], database_url=sqlite_url,
                  settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RANDOMIZE_DOWNLOAD_DELAY": False})
    times = [t for (path, _), t in zip(site.requests, site.times) if path != "/robots.txt"]
    gaps = [b - a for a, b in zip(times, times[1:])]  # the feed, then the three stories, one slot
    assert len(times) >= 4 and min(gaps) >= 0.95, (site.requests, gaps)


def test_listing_pages_follow_links_matching_the_pattern(sqlite_url):
    routes = {f"/news/2024/{i}": Page(stem_cell_story(i)) for i in range(3)}
    links = "".join(f'<a href="/news/2024/{i}">story</a>' for i in range(3))
    routes["/section"] = Page(f'<html><body>{links}<a href="/about">About</a></body></html>'.encode())
    with Site(routes) as site:
        source = Source("lab", "listing", [site.url + "/section"], link_pattern=r"/news/\d{4}/\d+$")
        report = run_crawl(sources=[source], database_url=sqlite_url, no_throttle=True)
        assert site.fetched("/about") == 0
    assert report["stored"] == 3 and report["sources"]["lab"]["links"] == 3
