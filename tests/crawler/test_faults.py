"""A hostile site: every fault is skipped with its reason, the crawl goes on, good pages are stored."""
import time

import pytest
from sqlalchemy import select

from crawler.run import run_crawl
from tests.crawler.loopback_site import BOT_CHECK, FILLER, STEM, Page, Site, article_html, gzip_bomb, rss, stem_cell_story
from storage.models import Article, CrawlRun

CAP = 1_000_000  # DOWNLOAD_MAXSIZE for this crawl


def hostile_routes() -> dict:
    japanese = "幹細胞の研究と多発性硬化症。研究者たちは、多発性硬化症の患者に対する幹細胞移植を報告した。"
    return {
        "/good": Page(stem_cell_story(1)),
        "/malformed": Page(b"<html><body><div><p>" + STEM.format(n=7).encode() + b"<p><b>" + FILLER.encode()
                           + b"<div></span></table><p>Stem cell " + FILLER.encode() + b"<!-- unclosed"),
        "/cp1252": Page(article_html("Müller’s stem cell trial", [STEM.format(n=8), FILLER], charset="utf-8")
                        .encode("cp1252")),
        "/sjis": Page(article_html("幹細胞 stem cell", [japanese + STEM.format(n=9), japanese + FILLER],
                                   charset="windows-1252", lang="ja").encode("shift_jis"),
                      "text/html; charset=windows-1252"),
        "/png": Page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50),
        "/pdf": Page(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 50),
        "/bomb": Page(gzip_bomb(50 * CAP), headers={"Content-Encoding": "gzip"}),
        "/huge": Page(b"<html><body>" + b"<p>stem cell</p>" * (2 * CAP // 16) + b"</body></html>"),
        "/missing": Page(b"gone", "text/plain", 404),
        "/broken": Page(b"oops", "text/plain", 500),
        "/slow": Page(stem_cell_story(2), delay=4),
        "/loop-a": Page(b"", status=302, headers={"Location": "/loop-b"}),
        "/loop-b": Page(b"", status=302, headers={"Location": "/loop-a"}),
        "/empty": Page(b""),
        "/robot": Page(BOT_CHECK),
    }


EXPECTED_REASONS = {
    "/png": "binary_content", "/pdf": "binary_content", "/bomb": "compression_bomb", "/huge": "too_large",
    "/missing": "http_404", "/broken": "http_500", "/slow": "timeout", "/loop-a": "redirect_loop",
    "/empty": "empty_page", "/robot": "blocked_page",
}


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('faults') / 'hypewatch.db'}"
    with Site(hostile_routes()) as site:
        paths = ["/good", "/malformed", "/cp1252", "/sjis", *EXPECTED_REASONS]
        site.routes["/feed.rss"] = Page(rss([site.url + p for p in paths]), "application/rss+xml")
        report = run_crawl(feeds=[site.url + "/feed.rss"], database_url=url, no_throttle=True,
                           settings={"DOWNLOAD_MAXSIZE": CAP, "DOWNLOAD_TIMEOUT": 1.5, "RETRY_TIMES": 1})
        yield site, report, url


@pytest.mark.parametrize("path, reason", sorted(EXPECTED_REASONS.items()))
def test_each_fault_is_skipped_with_its_reason(hostile_crawl, path, reason):
    site, report, _ = hostile_crawl
    assert site.url + path in report["reasons"][reason]["examples"]


def test_the_good_pages_survive_the_bad_ones(hostile_crawl):
    site, report, url = hostile_crawl
    from storage import open_database
    db = open_database(url)
    with db.session() as session:
        stored = {a.url.removeprefix(site.url): a for a in session.scalars(select(Article))}
        run = session.scalar(select(CrawlRun))
    db.dispose()
    assert set(stored) == {"/good", "/malformed", "/cp1252", "/sjis"}
    assert stored["/cp1252"].title == "Müller’s stem cell trial"
    assert "幹細胞移植" in stored["/sjis"].text
    assert report["stored"] == 4 and report["skipped"] == len(EXPECTED_REASONS)
    assert run.status == "finished" and run.report["reasons"] == report["reasons"]


def test_a_page_over_its_cpu_budget_is_interrupted_and_not_fetched_again(tmp_path):
    """A page that keeps a worker busy (pathological markup or text) must not stall the crawl.
    With a budget below what any page costs, every page is cut off, reported, and settled."""
    url = f"sqlite:///{tmp_path / 'hypewatch.db'}"
    with Site({f"/news/{i}": Page(stem_cell_story(i)) for i in range(3)}) as site:
        site.routes["/feed.rss"] = Page(rss([f"{site.url}/news/{i}" for i in range(3)]), "application/rss+xml")
        first = run_crawl(feeds=[site.url + "/feed.rss"], database_url=url, no_throttle=True,
                          settings={"HYPEWATCH_PAGE_CPU_SECONDS": 0.001})
        second = run_crawl(feeds=[site.url + "/feed.rss"], database_url=url, no_throttle=True)
    assert first["stored"] == 0 and first["reasons"]["too_slow"]["count"] == 3
    assert second["stored"] == 0 and second["already_seen"] == 3


def test_a_page_blocked_by_a_bot_check_is_fetched_again_on_the_next_crawl(tmp_path):
    """Unlike a page with no article, a bot check may let the crawler in later: nothing is lost."""
    url = f"sqlite:///{tmp_path / 'hypewatch.db'}"
    with Site({"/news/1": Page(BOT_CHECK)}) as site:
        site.routes["/feed.rss"] = Page(rss([site.url + "/news/1"]), "application/rss+xml")
        first = run_crawl(feeds=[site.url + "/feed.rss"], database_url=url, no_throttle=True)
        site.routes["/news/1"] = Page(stem_cell_story(1))
        second = run_crawl(feeds=[site.url + "/feed.rss"], database_url=url, no_throttle=True)
    assert first["stored"] == 0 and first["reasons"]["blocked_page"]["count"] == 1
    assert second["stored"] == 1


def test_the_cpu_budget_interrupts_a_backtracking_regular_expression():
    import re

    from crawler.extraction import ExtractionError
    from crawler.pipelines import cpu_time_limit
    with pytest.raises(ExtractionError) as raised, cpu_time_limit(0.2):
        re.fullmatch(r"(a|aa)+b", "a" * 60)  # 2**40-odd paths: hours without the alarm
    assert raised.value.reason == "too_slow"


def test_a_story_the_classifier_fails_on_is_stored_unclassified(monkeypatch, caplog):
    """Not dropped: `hypewatch classify` tries it again and reports it if it fails again."""
    import crawler.pipelines

    class Broken:
        def analyse(self, text, title=None, links=None):
            raise ValueError("a bug the text reveals")
    monkeypatch.setattr(crawler.pipelines, "_analyser", Broken())
    article = {"url": "https://a.example/1", "title": "Title", "text": "Stem cells cure MS."}
    crawler.pipelines.classify_stage(article)
    assert "analysis" not in article and "a bug the text reveals" in caplog.text


def burn_cpu(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_a_page_over_its_budget_inside_the_classifier_is_not_mistaken_for_a_classifier_failure(monkeypatch, caplog):
    import crawler.pipelines

    class Slow:
        def analyse(self, text, title=None, links=None):
            burn_cpu(5)
    monkeypatch.setattr(crawler.pipelines, "_analyser", Slow())
    with pytest.raises(crawler.pipelines.PageTooSlow), crawler.pipelines.cpu_time_limit(0.05):
        crawler.pipelines.classify_stage({"url": "https://a.example/1", "title": "T", "text": "Stem cells cure MS."})
    assert "classifier failed" not in caplog.text


@pytest.mark.parametrize("caught", [Exception, BaseException], ids=["except-Exception", "bare-except"])
def test_a_library_that_swallows_exceptions_cannot_hide_the_cpu_alarm(caught):
    """trafilatura and its helpers wrap many steps in `except Exception`. The alarm passes through
    those; a page whose alarm something swallowed all the same is still too slow."""
    from crawler.pipelines import PageTooSlow, cpu_time_limit

    def library_step():
        try:
            burn_cpu(5)
        except caught:
            return None
    with pytest.raises(PageTooSlow), cpu_time_limit(0.05):
        library_step()