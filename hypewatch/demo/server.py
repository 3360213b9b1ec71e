"""Serves the bundled sample news site over HTTP, filling in its own address.

Pages, feed and sitemap are stored with a `{base}` placeholder where an absolute URL belongs
(canonical links, feed and sitemap entries), because the port is only known once the server
has bound it.
"""
from __future__ import annotations

import argparse
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from hypewatch.demo import SITE_DIR

PLACEHOLDER = "{base}"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".css": "text/css; charset=utf-8",
}
FEED_TYPE = "application/rss+xml; charset=utf-8"


def resolve(site_dir: Path, url_path: str) -> Path | None:
    """The file a URL path names inside site_dir, or None (missing, or outside the site)."""
    relative = unquote(urlsplit(url_path).path).lstrip("/")
    target = (site_dir / relative).resolve()
    if not target.is_relative_to(site_dir.resolve()):
        return None
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


class SiteHandler(BaseHTTPRequestHandler):
    server_version = "HypewatchDemo/1.0"
    protocol_version = "HTTP/1.1"  # every response has a Content-Length, so keep-alive is safe
    site_dir: Path = SITE_DIR
    quiet = True

    def do_GET(self):
        self._respond(with_body=True)

    def do_HEAD(self):
        self._respond(with_body=False)

    def _respond(self, with_body: bool) -> None:
        target = resolve(self.site_dir, self.path)
        content_type = CONTENT_TYPES.get(target.suffix) if target else None
        if content_type is None:
            body = b"not found\n"
            self.send_response(HTTPStatus.NOT_FOUND)
            content_type = CONTENT_TYPES[".txt"]
        else:
            body = target.read_text(encoding="utf-8").replace(
                PLACEHOLDER, self.server.base_url).encode("utf-8")
            if target.name == "feed.xml":
                content_type = FEED_TYPE
            self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format, *args):
        if not self.quiet:
            super().log_message(format, *args)


def serve_site(host: str = "127.0.0.1", port: int = 0, site_dir: Path = SITE_DIR,
               quiet: bool = True) -> tuple[ThreadingHTTPServer, str]:
    """Start serving the site in a daemon thread; return the server and its base URL.

    Port 0 lets the OS pick a free port. Stop it with `server.shutdown(); server.server_close()`.
    """
    handler = type("BoundSiteHandler", (SiteHandler,), {"site_dir": Path(site_dir), "quiet": quiet})
    server = ThreadingHTTPServer((host, port), handler)
    server.daemon_threads = True
    server.base_url = f"http://{host}:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, name="demo-site", daemon=True).start()
    return server, server.base_url


def port_number(text: str) -> int:
    port = int(text)
    if not 0 <= port <= 65535:
        raise ValueError(text)
    return port


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m hypewatch.demo.server", description="Serve the Hypewatch sample news site.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=port_number, default=0, help="0 (default) picks a free port")
    args = parser.parse_args(argv)
    try:
        server, base_url = serve_site(args.host, args.port, quiet=False)
    except OSError as exc:
        parser.exit(1, f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}\n")
    print(f"serving the sample news site at {base_url}/ (feed {base_url}/feed.xml); Ctrl-C stops",
          flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main()
