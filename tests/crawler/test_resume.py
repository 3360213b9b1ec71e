"""A crawl killed half-way loses nothing and, run again, stores every story exactly once."""
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import func, select

from crawler.run import run_crawl
from tests.crawler.loopback_site import Page, Site, rss, stem_cell_story
from storage import open_database
from storage.models import Article, CrawlRun

PAGES = 30


def count(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Article))


def test_sigkill_half_way_then_resume(tmp_path):
    url = f"sqlite:///{tmp_path / 'hypewatch.db'}"
    db = open_database(url)
    routes = {f"/news/{i}": Page(stem_cell_story(i), delay=0.15) for i in range(PAGES)}
    with Site(routes, one_at_a_time=True) as site:
        site.routes["/feed.rss"] = Page(rss([f"{site.url}/news/{i}" for i in range(PAGES)]), "application/rss+xml")
        env = {**os.environ, "HYPEWATCH_DATABASE_URL": url, "HYPEWATCH_HOME": str(tmp_path)}
        crawl = subprocess.Popen([sys.executable, "-c", "from hypewatch.cli import main; main()", "crawl", "--feed", site.url + "/feed.rss",
                                  "--no-throttle", "--no-classify"], env=env, start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while count(db) < 8 and time.monotonic() < deadline and crawl.poll() is None:
            time.sleep(0.05)
        os.killpg(crawl.pid, signal.SIGKILL)  # the CLI, the crawl process and its extraction workers
        crawl.wait()
        stored_before = count(db)
        assert 8 <= stored_before < PAGES

        progress = []
        report = run_crawl(feeds=[site.url + "/feed.rss"], database_url=url, no_throttle=True,
                           progress=progress.append, progress_interval=0.5)

    assert report["stored"] == PAGES - stored_before
    assert report["already_seen"] == stored_before  # stored stories are not fetched again
    assert progress and set(progress[-1]) == {"fetched", "stored", "skipped", "pages_per_second"}
    assert progress[-1]["stored"] <= report["stored"]
    with db.session() as session:
        urls = list(session.scalars(select(Article.url)))
        statuses = [r.status for r in session.scalars(select(CrawlRun).order_by(CrawlRun.id))]
    assert sorted(urls) == sorted(f"{site.url}/news/{i}" for i in range(PAGES))
    assert statuses == ["interrupted", "finished"]
    db.dispose()
