"""The crawl's own process: `python -m crawler.process` reads a JSON job on stdin, runs Scrapy once.

Twisted's reactor cannot be restarted, so every crawl gets a fresh interpreter; crawler.run
starts it and reads JSON lines (progress, then the report) from its stdout.
"""
from __future__ import annotations

import json
import sys


def die_with_parent() -> None:
    """Linux: if the process that started the crawl is killed, the crawl goes too."""
    try:
        import ctypes
        import signal
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def crawl_settings(job: dict):
    from scrapy.settings import Settings
    from crawler.settings import user_agent
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("USER_AGENT", user_agent(job["contact_url"]), priority="cmdline")
    settings.set("HYPEWATCH_DATABASE_URL", job["database_url"], priority="cmdline")
    settings.set("HYPEWATCH_TOPIC_FILTER", job["topic_filter"], priority="cmdline")
    settings.set("HYPEWATCH_CLASSIFY", job.get("classify", True), priority="cmdline")
    settings.set("HYPEWATCH_RUN_ID", job.get("run_id"), priority="cmdline")
    settings.set("HYPEWATCH_PROGRESS_INTERVAL", job.get("progress_interval", 5.0), priority="cmdline")
    settings.set("HYPEWATCH_EXTRACT_WORKERS", job.get("workers", 0), priority="cmdline")
    for name, value in job.get("settings", {}).items():
        settings.set(name, value, priority="cmdline")
    if job.get("no_throttle"):
        # Loopback tests and benchmarks only: no delays, no throttling, no Crawl-delay.
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS", 32, priority="cmdline")
        settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", 32, priority="cmdline")
        mws = dict(settings.getdict("DOWNLOADER_MIDDLEWARES"))
        mws["crawler.middlewares.CrawlDelayMiddleware"] = None
        settings.set("DOWNLOADER_MIDDLEWARES", mws, priority="cmdline")
    return settings


def main() -> int:
    die_with_parent()
    job = json.load(sys.stdin)
    from scrapy.crawler import AsyncCrawlerProcess
    from crawler.spiders.sources import SourcesSpider
    process = AsyncCrawlerProcess(crawl_settings(job), install_root_handler=True)
    process.crawl(SourcesSpider, targets=job["targets"])
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
