"""End-to-end crawl throughput and memory on loopback, against a yardstick measured in the same run.

Serves the article-extraction-benchmark pages (181) on 127.0.0.1 behind an RSS feed and a
sitemap, crawls them with `--no-throttle` politeness off (fetch, extract, classify, store: the
crawl's workers classify each story as they store it), and prints:
  * pages per second of the crawl, and its ratio to a single-process loop of
    `trafilatura.extract` over the same pages (the yardstick), for two crawls: every page once
    (all distinct articles), and every page under three URLs (syndicated copies that the crawl
    recognises by canonical URL before extracting their text);
  * peak resident memory of the crawl process and its extraction workers, sampled as the
    crawl goes, for a long crawl (default 10,000 pages, mostly copies): it must stay flat.

The model is trained before the crawls: first-use training is not crawl throughput.

Run: .venv/bin/python bench/crawl.py [--copies 3] [--memory-pages 10000]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
PAGES_DIR = REPO.parent / "shared" / "data" / "extraction" / "article-extraction-benchmark" / "html"


def load_pages() -> list[bytes]:
    return [gzip.decompress(p.read_bytes()) for p in sorted(PAGES_DIR.glob("*.html.gz"))]


# --- the loopback site, in a process of its own so it does not share the crawler's GIL ---

def serve(count: int) -> None:
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    pages = load_pages()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            base = f"http://{self.headers['Host']}"
            half = count // 2
            status = 200
            if self.path == "/feed.xml":
                items = "".join(f"<item><link>{base}/p/{i}</link></item>" for i in range(half))
                body = f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()
                ctype = "application/rss+xml"
            elif self.path == "/sitemap.xml":
                urls = "".join(f"<url><loc>{base}/p/{i}</loc></url>" for i in range(half, count))
                body = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                        f"{urls}</urlset>").encode()
                ctype = "application/xml"
            elif self.path.startswith("/p/"):
                body, ctype = pages[int(self.path[3:]) % len(pages)], "text/html; charset=utf-8"
            else:
                status, body, ctype = 404, b"not found", "text/plain"
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


def start_site(count: int):
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(count)], stdout=subprocess.PIPE, text=True)
    return proc, f"http://127.0.0.1:{proc.stdout.readline().strip()}"


# --- memory of the crawl process tree ---

def _descendants(pid: int) -> list[int]:
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                children.append(int(entry))
    return children + [d for c in children for d in _descendants(c)]


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemorySampler(threading.Thread):
    """Samples the resident size of this process's descendants (the crawl and its workers)."""

    def __init__(self):
        super().__init__(daemon=True)
        self.samples: list[tuple[float, float, float]] = []  # (time, crawl process MB, all MB)
        self.stopped = threading.Event()

    def run(self):
        me = os.getpid()
        while not self.stopped.wait(0.5):
            pids = [p for p in _descendants(me) if b"--serve" not in _cmdline(p)]  # not the site
            crawl = sum(_rss_mb(p) for p in pids if b"crawler.process" in _cmdline(p))
            self.samples.append((time.monotonic(), crawl, sum(_rss_mb(p) for p in pids)))


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


# --- the measurements ---

def yardstick(pages: list[bytes], count: int) -> tuple[float, float]:
    """(pages per second, CPU ms per page) of plain trafilatura.extract, one process, same pages."""
    import trafilatura
    started, cpu = time.perf_counter(), time.process_time()
    for i in range(count):
        trafilatura.extract(pages[i % len(pages)])
    return count / (time.perf_counter() - started), 1000 * (time.process_time() - cpu) / count


def children_cpu() -> float:
    """CPU seconds of every finished descendant: the crawl process and its extraction workers."""
    import resource
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def crawl(count: int, progress=None) -> tuple[dict, float]:
    from crawler.run import run_crawl
    from storage import open_database
    from storage.articles import unclassified
    site, url = start_site(count)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            report = run_crawl(feeds=[url + "/feed.xml"], sitemaps=[url + "/sitemap.xml"],
                               database_url=f"sqlite:///{tmp}/bench.db", no_throttle=True, topic_filter=False,
                               progress=progress, progress_interval=10.0)
            wall = time.perf_counter() - started
            db = open_database(f"sqlite:///{tmp}/bench.db")
            with db.session() as session:
                report["unclassified"] = len(unclassified(session, limit=count))
            db.dispose()
    finally:
        site.terminate()
        site.wait()
    return report, wall


def throughput(label: str, count: int, base: float, base_cpu: float) -> None:
    cpu_before = children_cpu()
    report, wall = crawl(count)
    fetched = report["fetched"] - 2  # the feed and the sitemap
    crawl_cpu = 1000 * (children_cpu() - cpu_before) / fetched
    in_crawl = fetched / report["seconds"]
    print(f"hypewatch crawl, {label}: {fetched} pages, {report['stored']} stored and classified "
          f"({report['unclassified']} left unclassified)")
    print(f"  {in_crawl:.1f} pages/s inside the crawl ({report['seconds']:.1f} s), ratio to yardstick {in_crawl / base:.2f}")
    print(f"  {fetched / wall:.1f} pages/s including process start-up ({wall:.1f} s), ratio {fetched / wall / base:.2f}")
    print(f"  skipped: {json.dumps({k: v['count'] for k, v in report['reasons'].items()})}")
    # On a shared machine the scheduler gives each session a fair share, whatever its number of
    # processes: the wall-clock ratio then shows CPU cost, not parallelism. CPU per page shows both.
    cores = os.cpu_count() or 1
    print(f"  CPU per page, crawl process + extraction workers + loopback site: {crawl_cpu:.1f} ms "
          f"(yardstick {base_cpu:.1f} ms); ratio bound by CPU on {cores} idle cores: "
          f"{cores * base_cpu / crawl_cpu:.2f}; load average now {os.getloadavg()[0]:.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=3, help="URLs per page in the second crawl (default 3).")
    parser.add_argument("--memory-pages", type=int, default=10_000, help="Pages in the memory crawl (0: skip).")
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve)
        return 0
    if not PAGES_DIR.is_dir():
        print(f"{PAGES_DIR} is absent: nothing to measure", file=sys.stderr)
        return 1
    pages = load_pages()

    from hypewatch.pipeline import load_analyser
    load_analyser()  # train the model now if it is missing or stale, not during a measured crawl

    base, base_cpu = yardstick(pages, len(pages) * 2)
    print(f"yardstick: trafilatura.extract in one process: {base:.1f} pages/s over {len(pages)} pages, twice "
          f"({base_cpu:.1f} ms CPU per page)")
    throughput(f"{len(pages)} distinct pages", len(pages), base, base_cpu)
    throughput(f"each page under {args.copies} URLs", len(pages) * args.copies, base, base_cpu)

    if args.memory_pages:
        sampler = MemorySampler()
        sampler.start()
        marks = []
        report, wall = crawl(args.memory_pages, progress=lambda p: marks.append(
            (p["fetched"], sampler.samples[-1][1] if sampler.samples else 0.0)))
        sampler.stopped.set()
        sampler.join()
        peak_crawl = max(s[1] for s in sampler.samples)
        peak_all = max(s[2] for s in sampler.samples)
        print(f"memory crawl: {report['fetched'] - 2} pages in {wall:.0f} s "
              f"({(report['fetched'] - 2) / report['seconds']:.1f} pages/s)")
        print(f"  peak RSS: crawl process {peak_crawl:.0f} MB; with extraction workers {peak_all:.0f} MB")
        step = max(1, len(marks) // 10)
        print("  crawl process RSS as pages go by: " + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in marks[::step]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
