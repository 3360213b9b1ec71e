"""A bundled offline sample news site for `make demo` and the end-to-end tests.

The site holds nine invented articles in the layouts of real outlets. The lists below name
them by URL path (append to the base URL `serve_site` returns), grouped by what a reader
should find in them; every article is in exactly one group.
"""
from pathlib import Path

SITE_DIR = Path(__file__).resolve().parent / "site"

# Stem-cell or MS stories that overstate the evidence (miracle/cure/proven/100% safe,
# a survey read as proof of cause, mouse results read as a human cure).
OVERSTATED = [
    "/dailybuzz/health/stem-cell-miracle-reverses-ms.html",
    "/renova-clinic/blog/stem-cell-therapy-for-ms.html",
    "/courier/2026/11/20/coffee-protects-against-ms.html",
]
# Stem-cell or MS stories reported with trial phase, numbers, harms, costs, independent
# comment and funding.
CAREFUL = [
    "/wire/2026/11/03/stem-cell-transplant-ms-trial.html",
    "/ledger/science/2026/11/17/mesenchymal-stem-cells-progressive-ms.html",
]
# On topic, a university press release on a mouse study: hopeful quotes, but it states the
# model's limits; neither clearly overstated nor a full careful report.
MIXED = [
    "/eastmoor-university/news/2026/11/myelin-repair-mice.html",
]
# A newspaper's copy of the press release above with hype put on top of it (a new headline and lead);
# the crawl files it with the release as one story, and "compare" shows what the copy added.
COPIES = {
    "/courier/2026/11/07/ms-nerve-repair-breakthrough.html": "/eastmoor-university/news/2026/11/myelin-repair-mice.html",
}
# Neither stem cells nor MS: the topic filter should drop these.
OFF_TOPIC = [
    "/courier/sport/2026/11/22/harbour-city-marathon.html",
    "/dailybuzz/food/fermented-foods-week.html",
]
ARTICLES = OVERSTATED + CAREFUL + MIXED + list(COPIES) + OFF_TOPIC



def __getattr__(name):
    # Imported lazily so that `python -m hypewatch.demo.server` does not load the module twice.
    if name == "serve_site":
        from hypewatch.demo.server import serve_site
        return serve_site
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["SITE_DIR", "serve_site", "ARTICLES", "OVERSTATED", "CAREFUL", "MIXED", "COPIES", "OFF_TOPIC"]
