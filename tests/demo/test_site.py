"""The bundled sample news site: what `make demo` and the end-to-end crawl tests rely on."""
from __future__ import annotations

import http.client
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.error import HTTPError
from urllib.parse import urlsplit
from urllib.request import urlopen

import pytest
import trafilatura

from hypewatch.demo import ARTICLES, CAREFUL, COPIES, MIXED, OFF_TOPIC, OVERSTATED, SITE_DIR, serve_site

NS = {"news": "http://www.google.com/schemas/sitemap-news/0.9",
      "sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def fetch(url: str) -> tuple[int, str, str]:
    """Status, Content-Type and decoded body of a GET."""
    try:
        with urlopen(url, timeout=10) as response:
            return response.status, response.headers["Content-Type"], response.read().decode("utf-8")
    except HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode("utf-8")


class PageMetadata(HTMLParser):
    """Collects <html lang>, <title>, <meta> and <link rel=canonical> of a page."""

    def __init__(self, page: str):
        super().__init__()
        self.lang = self.canonical = None
        self.title = ""
        self.meta: dict[str, str] = {}
        self._in_title = False
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.meta[attrs.get("property") or attrs.get("name")] = attrs.get("content", "")
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs.get("href")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@pytest.fixture(scope="module")
def feed_items(site_url):
    status, content_type, body = fetch(site_url + "/feed.xml")
    assert (status, content_type) == (200, "application/rss+xml; charset=utf-8")
    root = ET.fromstring(body)
    assert root.tag == "rss" and root.get("version") == "2.0"
    return root.findall("./channel/item")


def test_articles_fall_into_exactly_one_group():
    groups = [OVERSTATED, CAREFUL, MIXED, list(COPIES), OFF_TOPIC]
    assert sum(len(group) for group in groups) == len(set(ARTICLES)) == 9
    assert set(COPIES.values()) <= set(ARTICLES) - set(COPIES)
    assert len(OVERSTATED) >= 2 and len(CAREFUL) >= 2
    assert len(ARTICLES) - len(OFF_TOPIC) >= 6
    on_disk = {"/" + path.relative_to(SITE_DIR).as_posix() for path in SITE_DIR.rglob("*.html")}
    assert on_disk - {"/index.html"} == set(ARTICLES)


def test_feed_lists_every_article_with_date_title_and_description(site_url, feed_items):
    assert {item.findtext("link") for item in feed_items} == {site_url + path for path in ARTICLES}
    for item in feed_items:
        published = parsedate_to_datetime(item.findtext("pubDate"))
        assert (published.year, published.month) == (2026, 11)
        assert item.findtext("title").strip() and item.findtext("description").strip()


def test_every_feed_link_is_a_page_on_this_server(feed_items):
    for item in feed_items:
        status, content_type, page = fetch(item.findtext("link"))
        assert (status, content_type) == (200, "text/html; charset=utf-8")
        assert PageMetadata(page).meta["og:title"] == item.findtext("title")


def test_sitemap_lists_every_article_as_news(site_url):
    status, content_type, body = fetch(site_url + "/sitemap.xml")
    assert (status, content_type) == (200, "application/xml; charset=utf-8")
    urls = ET.fromstring(body).findall("sm:url", NS)
    assert {url.findtext("sm:loc", namespaces=NS) for url in urls} == {site_url + p for p in ARTICLES}
    for url in urls:
        assert url.findtext("news:news/news:publication/news:language", namespaces=NS) == "en"
        assert url.findtext("news:news/news:title", namespaces=NS)


def test_index_and_robots_point_at_this_server(site_url):
    status, _, robots = fetch(site_url + "/robots.txt")
    assert status == 200 and "Allow: /" in robots
    assert f"Sitemap: {site_url}/sitemap.xml" in robots
    status, content_type, index = fetch(site_url + "/")
    assert (status, content_type) == (200, "text/html; charset=utf-8")
    for path in ARTICLES:
        assert f'href="{site_url}{path}"' in index
    assert "{base}" not in index + robots


@pytest.mark.parametrize("path", ARTICLES)
def test_article_has_the_metadata_a_crawler_reads(site_url, path):
    status, _, page = fetch(site_url + path)
    assert status == 200 and "{base}" not in page
    meta = PageMetadata(page)
    assert meta.lang == "en"
    assert meta.title.strip() and meta.meta["og:title"] and meta.meta["og:site_name"]
    assert meta.meta.get("author") or meta.meta.get("article:author")
    published = datetime.fromisoformat(meta.meta["article:published_time"])
    assert (published.year, published.month) == (2026, 11) and published.tzinfo is not None
    assert meta.canonical == meta.meta["og:url"] == site_url + path


@pytest.mark.parametrize("path", ARTICLES)
def test_article_text_extracts_to_300_to_700_words(site_url, path):
    page = fetch(site_url + path)[2]
    text = trafilatura.extract(page, url=site_url + path, include_comments=False)
    assert 300 <= len(text.split()) <= 700


def test_extraction_drops_the_newspaper_boilerplate(site_url):
    path = "/courier/2026/11/20/coffee-protects-against-ms.html"
    text = trafilatura.extract(fetch(site_url + path)[2], include_comments=False)
    assert "Of the 8,412 people who took part, 97 said they had the disease." in text
    for boilerplate in ("consent to our use of cookies", "SkepticalSue", "Related stories",
                        "Sign up to Courier Health", "All rights reserved"):
        assert boilerplate not in text


def get_raw(base_url: str, path: str) -> tuple[int, bytes]:
    # http.client sends the path exactly as written; urllib would not keep the "..".
    connection = http.client.HTTPConnection(urlsplit(base_url).netloc, timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def test_nothing_outside_the_site_folder_is_served(tmp_path):
    (tmp_path / "site" / "news").mkdir(parents=True)
    (tmp_path / "site" / "news" / "story.html").write_text("<p>{base}/news/story.html</p>")
    (tmp_path / "secret.html").write_text("private")
    server, base_url = serve_site(site_dir=tmp_path / "site")
    try:
        assert get_raw(base_url, "/news/story.html") == (200, f"<p>{base_url}/news/story.html</p>".encode())
        for path in ("/../secret.html", "/%2e%2e/secret.html", "/news/../../secret.html",
                     "/missing.html", "/news"):
            assert get_raw(base_url, path)[0] == 404, path
    finally:
        server.shutdown()
        server.server_close()


def test_command_line_server_prints_its_url():
    process = subprocess.Popen([sys.executable, "-m", "hypewatch.demo.server", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        base_url = line.split(" at ", 1)[1].split("/ ", 1)[0]
        assert base_url.startswith("http://127.0.0.1:")
        status, _, feed = fetch(base_url + "/feed.xml")
        assert status == 200 and f"<link>{base_url}/wire/" in feed
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_command_line_rejects_a_bad_port():
    result = subprocess.run([sys.executable, "-m", "hypewatch.demo.server", "--port", "70000"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and "--port" in result.stderr


def test_command_line_reports_a_port_in_use(site_url):
    port = urlsplit(site_url).port
    result = subprocess.run([sys.executable, "-m", "hypewatch.demo.server", "--port", str(port)],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 1
    assert result.stderr.strip() == f"cannot serve on 127.0.0.1:{port}: Address already in use"
