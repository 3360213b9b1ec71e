"""Scrapy settings for the Hypewatch crawler: politeness first, then limits that keep bad pages cheap."""
from __future__ import annotations

from hypewatch import __version__

BOT_NAME = "hypewatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"


def user_agent(contact_url: str) -> str:
    """An honest user agent: who we are and where to complain."""
    return f"HypewatchBot/{__version__} (+{contact_url})"


USER_AGENT = user_agent("https://github.com/hypewatch/hypewatch")  # run.py puts the configured contact in

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False

# Limits: a page that is slow, huge, a compression bomb or a redirect loop costs little and is skipped.
DOWNLOAD_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024  # also caps decompressed size (Scrapy >= 2.11.1)
DOWNLOAD_WARNSIZE = 0
REDIRECT_MAX_TIMES = 5
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DNS_TIMEOUT = 15

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SeenUrlsMiddleware": 50,
    "crawler.middlewares.FeedValidatorsMiddleware": 60,
    "crawler.middlewares.CrawlDelayMiddleware": 150,  # sees robots.txt before RobotsTxtMiddleware (100) returns
}
ITEM_PIPELINES = {
    "crawler.pipelines.PagePipeline": 100,
}
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False
EXTENSIONS = {
    "crawler.report.CrawlReport": 500,
    "scrapy.extensions.telnet.TelnetConsole": None,  # no listening ports in a crawler process
    "scrapy.extensions.remote_control.RemoteControl": None,
}

# Scheduler memory stays flat on long crawls: requests wait on disk when JOBDIR is set,
# and responses are released as soon as their item leaves the pipeline.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 8_000_000
# A page yields one item: Scrapy's default of 100 concurrent items per response costs 100 tasks each.
CONCURRENT_ITEMS = 8
LOG_LEVEL = "WARNING"
FEED_EXPORT_ENCODING = "utf-8"

# Hypewatch's own settings (filled in by crawler.run).
HYPEWATCH_DATABASE_URL = None
HYPEWATCH_TOPIC_FILTER = True
HYPEWATCH_CLASSIFY = True  # classify each story as it is stored
HYPEWATCH_EXTRACT_WORKERS = 0  # 0: one per CPU
# A page whose extraction, classification and storing cost more CPU than this is skipped as
# "too_slow" (pathological markup or text); a usual page costs a few tens of milliseconds.
HYPEWATCH_PAGE_CPU_SECONDS = 60.0
HYPEWATCH_PROGRESS_INTERVAL = 5.0
HYPEWATCH_RUN_ID = None
