"""The crawl report: pages fetched, stored and skipped (reason -> count and example URLs), per source."""
from __future__ import annotations

import json
import sys
import time

from scrapy import signals
from twisted.internet import task, threads

from crawler.items import FeedResult, PageItem, SkippedPage

EXAMPLES_PER_REASON = 5


class Tally:
    """Counts that make up a report; plain data so tests and the CLI can read it."""

    def __init__(self):
        self.started = time.monotonic()
        self.fetched = 0
        self.stored = 0
        self.already_seen = 0
        self.reasons: dict[str, dict] = {}
        self.sources: dict[str, dict] = {}

    def skip(self, reason: str, url: str) -> None:
        entry = self.reasons.setdefault(reason, {"count": 0, "examples": []})
        entry["count"] += 1
        if len(entry["examples"]) < EXAMPLES_PER_REASON and url not in entry["examples"]:
            entry["examples"].append(url)

    def feed(self, result: FeedResult) -> None:
        if not result.source:
            return
        entry = self.sources.setdefault(result.source, {"fetches": 0, "failures": 0, "links": 0,
                                                        "stored": 0, "errors": []})
        entry["fetches"] += 1
        entry["links"] += result.links
        if not result.ok:
            entry["failures"] += 1
            entry["errors"] = (entry["errors"] + [f"{result.url}: {result.error}"])[-3:]

    def as_dict(self) -> dict:
        elapsed = time.monotonic() - self.started
        return {
            "fetched": self.fetched, "stored": self.stored, "already_seen": self.already_seen,
            "skipped": sum(r["count"] for r in self.reasons.values()),
            "reasons": dict(sorted(self.reasons.items(), key=lambda kv: -kv[1]["count"])),
            "sources": self.sources, "seconds": round(elapsed, 2),
            "pages_per_second": round(self.fetched / elapsed, 2) if elapsed else 0.0,
        }


class CrawlReport:
    """Scrapy extension: keeps the tally, prints progress lines, saves it to the CrawlRun row."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.tally = Tally()
        self.interval = settings.getfloat("HYPEWATCH_PROGRESS_INTERVAL")
        self.run_id = settings.getint("HYPEWATCH_RUN_ID") or None
        self.db = None
        if settings.get("HYPEWATCH_DATABASE_URL"):
            from storage import open_database
            self.db = open_database(settings.get("HYPEWATCH_DATABASE_URL"), upgrade=False)
        self.loop = None
        for handler, signal in ((self.response_received, signals.response_received),
                                (self.item_scraped, signals.item_scraped),
                                (self.item_dropped, signals.item_dropped),
                                (self.request_dropped, signals.request_dropped),
                                (self.spider_opened, signals.spider_opened),
                                (self.spider_closed, signals.spider_closed)):
            crawler.signals.connect(handler, signal=signal)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def response_received(self, response, request, spider=None):
        if not request.url.endswith("/robots.txt"):
            self.tally.fetched += 1

    def item_scraped(self, item, response=None, spider=None):
        if isinstance(item, PageItem):
            self.tally.stored += 1
            if item.source:
                self.tally.sources.setdefault(item.source, {"fetches": 0, "failures": 0, "links": 0,
                                                            "stored": 0, "errors": []})["stored"] += 1
        elif isinstance(item, SkippedPage) and item.reason == "already_stored":
            self.tally.already_seen += 1  # not a fault: the incremental crawl working
        elif isinstance(item, SkippedPage):
            self.tally.skip(item.reason, item.url)
        elif isinstance(item, FeedResult):
            self.tally.feed(item)

    def item_dropped(self, item, response, exception, spider=None):
        self.tally.skip(getattr(exception, "reason", "dropped"), getattr(item, "url", "?"))

    def request_dropped(self, request, spider=None):
        # The duplicate filter silently drops a redirect back to a URL already in the chain.
        chain = request.meta.get("redirect_urls") or []
        if request.url in chain:
            self.tally.skip("redirect_loop", chain[0])

    def spider_opened(self, spider=None):
        if self.interval > 0:
            self.loop = task.LoopingCall(self.progress)
            self.loop.start(self.interval, now=False)

    def progress(self):
        report = self.tally.as_dict()
        emit({"progress": {k: report[k] for k in ("fetched", "stored", "skipped", "pages_per_second")}})
        if self.db is not None and self.run_id:
            return threads.deferToThread(self._save, report, None)

    def _save(self, report: dict, status: str | None) -> None:
        from crawler.store import record_source_health, update_run
        with self.db.session() as session:
            update_run(session, self.run_id, report, status)
            if status:
                for name, entry in report["sources"].items():
                    ok = entry["fetches"] > entry["failures"]
                    record_source_health(session, name, ok=ok, items=entry["links"],
                                         error="; ".join(entry["errors"]))

    def spider_closed(self, spider=None, reason=None):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        report = self.tally.as_dict()
        report["finish_reason"] = reason
        if self.db is not None and self.run_id:
            self._save(report, "finished")
            self.db.dispose()
        emit({"report": report})


def emit(message: dict) -> None:
    """One JSON line on stdout: the parent process (crawler.run) reads progress and the report from it."""
    sys.stdout.write(json.dumps(message, default=str) + "\n")
    sys.stdout.flush()
