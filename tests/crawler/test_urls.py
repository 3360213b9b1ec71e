"""One story, one key: the canonical URL drops what only says where a click came from."""
import pytest

from crawler.urls import canonical_url


@pytest.mark.parametrize("given, expected", [
    ("HTTPS://Example.COM:443/a/b?utm_source=rss&utm_medium=feed#comments", "https://example.com/a/b"),
    ("http://example.com:80/story?b=2&a=1&fbclid=xyz", "http://example.com/story?a=1&b=2"),
    ("https://example.com/news/story/amp", "https://example.com/news/story"),
    ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
    ("https://amp.example.com/news/story?amp=1", "https://example.com/news/story"),
    ("https://example.com:8443/x?gclid=1&id=7", "https://example.com:8443/x?id=7"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/a//b?page=2", "https://example.com/a/b?page=2"),
])
def test_canonical_url(given, expected):
    assert canonical_url(given) == expected


def test_canonical_url_keeps_meaningful_query():
    assert canonical_url("https://example.com/article.php?id=12&ref=twitter") == "https://example.com/article.php?id=12"
