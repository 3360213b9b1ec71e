"""The crawler's commands: clear one-line errors, JSON that other tools can read."""
import json
import socket

import pytest
from click.testing import CliRunner

from hypewatch.cli import main


@pytest.fixture
def run(home):
    runner = CliRunner()
    return lambda *args: runner.invoke(main, list(args), catch_exceptions=False)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/story"


def test_extract_prints_the_fields_as_json(run, news_site):
    result = run("extract", news_site.url + "/news/2")
    assert result.exit_code == 0, result.output
    page = json.loads(result.output)
    assert set(page) == {"url", "title", "author", "date", "sitename", "language", "text", "cited_links"}
    assert page["date"] == "2024-03-05T00:00:00" and "trial of 2 patients" in page["text"]
    assert run("extract", "--format", "text", news_site.url + "/news/2").output.startswith("Stem cell study")


@pytest.mark.parametrize("target, message", [
    ("missing.html", "no such file"),
    (closed_port_url(), "the site could not be reached"),
    ("/robots.txt", "it is not a web page but text/plain"),
    ("/empty", "the page is empty"),
])
def test_extract_errors_are_one_line(run, news_site, tmp_path, target, message):
    from tests.crawler.loopback_site import Page
    news_site.routes["/empty"] = Page(b"")
    if target.startswith("/"):
        target = news_site.url + target
    elif not target.startswith("http"):
        target = str(tmp_path / target)
    result = run("extract", target)
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_crawl_command_prints_the_report(run, news_site):
    result = run("crawl", "--feed", news_site.url + "/feed.rss", "--no-throttle", "--no-classify")
    assert result.exit_code == 0, result.output
    assert "stored 4 stories" in result.output
    assert "off_topic: 1" in result.output


@pytest.mark.parametrize("option,value", [("--feed", "notaurl"), ("--feed", "ftp://news.example/feed"),
                                          ("--sitemap", "news.example/sitemap.xml")])
def test_crawl_refuses_an_address_that_is_not_http_before_crawling(run, option, value):
    result = run("crawl", option, value, "--no-classify")
    assert result.exit_code == 2
    assert f"Invalid value for '{option}': '{value}' is not an http(s) address" in result.output
    assert "fetched" not in result.output


def test_sources_add_list_disable(run, home, tmp_path, monkeypatch):
    monkeypatch.setenv("HYPEWATCH_SOURCES", str(tmp_path / "sources.toml"))
    assert run("sources", "add", "lab-news", "--kind", "listing", "--url", "https://lab.example/news",
               "--link-pattern", r"/news/\d+", "--no-topic-filter", "--interval", "30").exit_code == 0
    listed = run("sources", "list").output
    assert "lab-news\tlisting\tenabled\tevery 30 min\ttopic filter off" in listed
    assert run("sources", "disable", "lab-news").exit_code == 0
    assert "lab-news\tlisting\tdisabled" in run("sources", "list").output
    bad = run("sources", "add", "x", "--kind", "listing", "--url", "https://lab.example/")
    assert bad.exit_code == 1 and "needs a link_pattern" in bad.output
    assert run("sources", "disable", "nope").exit_code == 1


def test_sources_list_says_where_it_looked_when_there_are_none(home, tmp_path, monkeypatch):
    monkeypatch.setenv("HYPEWATCH_SOURCES", str(tmp_path / "none.toml"))
    result = CliRunner().invoke(main, ["sources", "list"])
    assert result.exit_code == 0 and result.stdout == ""
    assert str(tmp_path / "none.toml") in result.stderr and "hypewatch sources add" in result.stderr


def test_crawl_without_sources_is_an_error(run, tmp_path, monkeypatch):
    monkeypatch.setenv("HYPEWATCH_SOURCES", str(tmp_path / "none.toml"))
    result = run("crawl")
    assert result.exit_code == 1 and "nothing to crawl" in result.output


def test_add_stores_pages_the_crawl_does_not_reach_once_whatever_their_topic(run, news_site, model_dir, monkeypatch):
    from sqlalchemy import select

    from hypewatch.config import load_config
    from storage import open_database
    from storage.models import Article, AuditEvent
    monkeypatch.setenv("HYPEWATCH_MODEL_DIR", str(model_dir))
    result = run("add", news_site.url + "/news/2?utm_source=mail", news_site.url + "/other/0",
                 news_site.url + "/robots.txt")
    assert result.exit_code == 1  # one of three could not be added, said last
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("added: story ") and lines[0].endswith(f"<{news_site.url}/news/2>")
    assert lines[1].startswith("added: story ")  # off topic, but someone asked for it
    assert lines[2] == f"{news_site.url}/robots.txt: not added: it is not a web page but text/plain"
    assert lines[3] == "Error: 1 of 3 pages could not be added"
    again = run("add", news_site.url + "/news/2")
    assert again.exit_code == 0 and again.output.startswith("in the queue already: story ")
    db = open_database(load_config().database_url)
    try:
        with db.session() as session:
            stories = session.scalars(select(Article).order_by(Article.id)).all()
            assert [s.url for s in stories] == [news_site.url + "/news/2", news_site.url + "/other/0"]
            assert all(s.classified_at is not None for s in stories)
            events = session.scalars(select(AuditEvent).where(AuditEvent.action == "add")).all()
            assert [(e.article_id, e.user_id) for e in events] == [(s.id, None) for s in stories]
    finally:
        db.dispose()
    assert run("add", "news.example/story").exit_code == 2  # not an address: a usage error, nothing fetched
