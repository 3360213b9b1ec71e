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
    assert set(page) == {"url", "title", "author", "date", "sitename", "language", "text"}
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
