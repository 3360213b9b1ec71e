"""A small real HTTP site on 127.0.0.1 (port 0) for crawler tests: good pages and hostile ones."""
from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable


@dataclass
class Page:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (slow pages, slowish sites)


class Site:
    """Routes path -> Page (or a callable returning one); records every path requested."""

    def __init__(self, routes: dict[str, Page | Callable[[], Page]] | None = None, *, one_at_a_time: bool = False):
        self.routes = dict(routes or {})
        self.lock = threading.Lock() if one_at_a_time else None  # a slow site: one answer at a time
        self.requests: list[tuple[str, dict]] = []
        self.times: list[float] = []  # time.monotonic() of each request, same order
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                site.requests.append((self.path, dict(self.headers)))
                site.times.append(time.monotonic())
                page = site.routes.get(self.path) or site.routes.get(self.path.split("?")[0])
                if callable(page):
                    page = page(self)
                if page is None:
                    page = Page(b"not found", "text/plain", 404)
                if page.delay:
                    if site.lock:
                        with site.lock:
                            time.sleep(page.delay)
                    else:
                        time.sleep(page.delay)
                try:
                    self.send_response(page.status)
                    if page.content_type:
                        self.send_header("Content-Type", page.content_type)
                    for name, value in page.headers.items():
                        self.send_header(name, value)
                    if "Content-Length" not in page.headers:
                        self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Site":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fetched(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


# what some news sites serve a crawler instead of the story, with status 200
BOT_CHECK = ("<html><head><title>Are you a robot?</title></head><body><h1>Are you a robot?</h1>"
             "<h2>Why did this happen?</h2><p>Please make sure your browser supports JavaScript and cookies and that "
             "you are not blocking them from loading. For more information you can review our Terms of Service and "
             "Cookie Policy.</p></body></html>").encode()


def article_html(title: str, paragraphs: list[str], *, author: str = "Jane Roe", date: str = "2024-03-05",
                 canonical: str | None = None, charset: str = "utf-8", lang: str = "en") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{title}</title>
<meta name="author" content="{author}"><meta property="article:published_time" content="{date}T10:00:00Z">
<meta property="og:site_name" content="Test Health News">{link}</head>
<body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
<article><h1>{title}</h1>{body}</article>
<div class="comments"><p>Great article, I loved it! Buy cheap pills at example.com</p></div>
<footer>Copyright Test Health News</footer></body></html>"""


STEM = ("Researchers reported that stem cell transplants slowed disability in people with multiple "
        "sclerosis, in a trial of {n} patients followed for five years at three hospitals.")
FILLER = ("The team measured relapse rates, brain lesions on MRI scans and walking speed, and compared them "
          "with a group that received the best available drug treatment during the same period of time.")


def stem_cell_story(n: int) -> bytes:
    return article_html(f"Stem cell study number {n} in multiple sclerosis",
                        [STEM.format(n=n), FILLER, f"Story {n}: " + FILLER]).encode()


def off_topic_story(n: int) -> bytes:
    return article_html(f"Local bakery wins award {n}",
                        ["A family bakery won the regional prize for its sourdough bread this week, "
                         "beating forty other shops in a blind tasting held in the town hall.", FILLER]).encode()


def rss(items: list[str]) -> bytes:
    entries = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{entries}</channel></rss>'.encode()


def atom(items: list[str]) -> bytes:
    entries = "".join(f'<entry><title>t</title><link rel="alternate" href="{u}"/></entry>' for u in items)
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>{entries}</feed>'.encode()


def sitemap(urls: list[str], *, index: bool = False, news: bool = False) -> bytes:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    extra = "<news:news><news:title>t</news:title></news:news>" if news else ""
    entries = "".join(f"<{item}><loc>{u}</loc>{extra}</{item}>" for u in urls)
    return (f'<?xml version="1.0" encoding="UTF-8"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
            f'{ns}>{entries}</{tag}>').encode()


def gzip_bomb(size: int) -> bytes:
    return gzip.compress(b"<html>" + b" " * size, compresslevel=9)
