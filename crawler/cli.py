"""`hypewatch crawl`, `hypewatch extract`, `hypewatch add` and `hypewatch sources`."""
from __future__ import annotations

import json

import click

from hypewatch.config import load_config


def print_report(report: dict) -> None:
    click.echo(f"fetched {report['fetched']} pages, stored {report['stored']} stories, "
               f"skipped {report['skipped']}, {report.get('already_seen', 0)} already seen "
               f"({report.get('pages_per_second', 0)} pages/s)")
    for reason, entry in report.get("reasons", {}).items():
        click.echo(f"  {reason}: {entry['count']}  e.g. {', '.join(entry['examples'][:3])}")
    for name, entry in sorted(report.get("sources", {}).items()):
        state = "FAILING" if entry["failures"] else "ok"
        click.echo(f"  source {name}: {state}, {entry['links']} links, {entry['stored']} stored")
    if report.get("stories_reclustered"):
        click.echo(f"  {report['stories_reclustered']} stories joined the cluster of a copy stored at the same moment")
    for name in report.get("paused_sources", []):
        click.echo(f"  source {name}: paused after repeated failures (hypewatch sources enable {name})")


def classify_leftovers(database_url: str) -> None:
    """Classify what the crawl stored unclassified (its workers could not load the model)."""
    from hypewatch import pipeline
    from storage import open_database
    db = open_database(database_url)
    try:
        count = pipeline.classify_leftovers(db, warn=lambda message: click.echo(message, err=True))
    finally:
        db.dispose()
    if count:
        click.echo(f"classified {count} stories the crawl left unclassified")


def http_urls(_ctx, param, values):
    """A usage error for a value that is no http(s) address: a typo would otherwise crawl nothing, quietly."""
    from crawler.urls import is_http_url
    for value in values:
        if not is_http_url(value):
            raise click.BadParameter(f"{value!r} is not an http(s) address", param=param)
    return values


@click.command()
@click.option("--feed", "feeds", multiple=True, metavar="URL", callback=http_urls, help="An RSS or Atom feed (repeatable).")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL", callback=http_urls,
              help="A sitemap or sitemap index (repeatable).")
@click.option("--no-throttle", is_flag=True, help="No delays or throttling: loopback tests and benchmarks only.")
@click.option("--no-topic-filter", is_flag=True, help="Keep stories on any topic.")
@click.option("--no-classify", is_flag=True, help="Store only; classify later (hypewatch classify).")
def crawl(feeds, sitemaps, no_throttle, no_topic_filter, no_classify):
    """Fetch new stories from the given feeds/sitemaps, or from the configured sources."""
    from crawler.run import CrawlError, run_crawl
    from crawler.sources import SourcesError, load_sources
    config = load_config()
    sources = None
    if not feeds and not sitemaps:
        try:
            sources = load_sources(config.sources_file).sources
        except SourcesError as exc:
            raise click.ClickException(str(exc)) from None
        if not sources:
            raise click.ClickException(f"nothing to crawl: no --feed/--sitemap and no sources in {config.sources_file}")

    def progress(p):
        click.echo(f"... fetched {p['fetched']}, stored {p['stored']}, skipped {p['skipped']}, "
                   f"{p['pages_per_second']} pages/s", err=True)

    try:
        report = run_crawl(feeds=feeds, sitemaps=sitemaps, sources=sources, database_url=config.database_url,
                           no_throttle=no_throttle, topic_filter=not no_topic_filter, classify=not no_classify,
                           progress=progress)
    except CrawlError as exc:
        raise click.ClickException(str(exc)) from None
    print_report(report)
    if report["stored"] and not no_classify:
        classify_leftovers(config.database_url)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.argument("source", metavar="FILE|URL")
def extract(fmt, source):
    """Print the article text and metadata of an HTML file (.gz ok) or a web page."""
    from crawler.extraction import ExtractionError, extract_source
    try:
        page = extract_source(source)
    except ExtractionError as exc:
        raise click.ClickException(f"{source}: {exc.explanation}") from None
    if fmt == "text":
        click.echo(page["text"])
        return
    record = {key: page.get(key)
              for key in ("url", "title", "author", "date", "sitename", "language", "text", "cited_links")}
    record["date"] = record["date"].isoformat() if record["date"] else None
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


@click.command()
@click.argument("urls", nargs=-1, required=True, metavar="URL...", callback=http_urls)
def add(urls):
    """Add pages the crawl does not reach to the review queue: each fetched, stored and classified
    as a crawled story is, whatever its topic ("Add to the queue" on the web app's check page)."""
    from crawler.extraction import ExtractionError, extract_source
    from crawler.urls import canonical_url
    from hypewatch.pipeline import load_analyser, store_given_page
    from storage import open_database
    db, analyser, failed = open_database(load_config().database_url), None, 0
    try:
        for url in urls:
            try:
                page = extract_source(url)
            except ExtractionError as exc:
                click.echo(f"{url}: not added: {exc.explanation}", err=True)
                failed += 1
                continue
            analyser = analyser or load_analyser()
            with db.session() as session:
                story, added = store_given_page(session, page, analyser, fetched_url=canonical_url(url))
                click.echo(f"{'added' if added else 'in the queue already'}: story {story.id}, "
                           f"{story.title or '(untitled)'} <{story.url}>")
    finally:
        db.dispose()
    if failed:
        raise click.ClickException(f"{failed} of {len(urls)} pages could not be added")


@click.group()
def sources():
    """List and manage the configured sources."""


def _load():
    from crawler.sources import SourcesError, load_sources
    try:
        return load_sources(load_config().sources_file)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None


@sources.command("list")
def sources_list():
    """The sources, their settings and their health."""
    from sqlalchemy import select
    from storage import open_database
    from storage.models import Source as Health
    listing = _load()
    db = open_database(load_config().database_url)
    with db.session() as session:
        health = {h.name: h for h in session.scalars(select(Health))}
    db.dispose()
    if not listing.sources:
        click.echo(f"no sources in {load_config().sources_file}; add one with `hypewatch sources add`", err=True)
    for s in listing.sources:
        h = health.get(s.name)
        state = "disabled" if not s.enabled else "paused" if h and h.paused else "enabled"
        seen = (f"last ok {h.last_success_at:%Y-%m-%d %H:%M}" if h and h.last_success_at else "never crawled")
        fails = f", {h.consecutive_failures} failures in a row" if h and h.consecutive_failures else ""
        click.echo(f"{s.name}\t{s.kind}\t{state}\tevery {s.interval_minutes} min\t"
                   f"topic filter {'on' if s.topic_filter else 'off'}\t{seen}{fails}\t{' '.join(s.urls)}")


@sources.command("add")
@click.argument("name")
@click.option("--kind", type=click.Choice(["feed", "sitemap", "listing"]), required=True)
@click.option("--url", "urls", multiple=True, required=True, help="Feed, sitemap or listing URL (repeatable).")
@click.option("--link-pattern", help="Regular expression for article links (listings).")
@click.option("--topic-filter/--no-topic-filter", default=True, show_default=True)
@click.option("--interval", "interval_minutes", type=int, default=60, show_default=True, help="Minutes between crawls.")
def sources_add(name, kind, urls, link_pattern, topic_filter, interval_minutes):
    """Add a source to the sources file."""
    from crawler.sources import Source, SourcesError
    listing = _load()
    try:
        listing.add(Source(name, kind, list(urls), link_pattern, topic_filter, interval_minutes))
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    listing.save()
    click.echo(f"added {name} ({kind}, {len(urls)} URL{'s' if len(urls) > 1 else ''})")


def _set_enabled(name: str, enabled: bool) -> None:
    from crawler.sources import SourcesError
    listing = _load()
    try:
        listing.set_enabled(name, enabled)
    except SourcesError as exc:
        raise click.ClickException(str(exc)) from None
    listing.save()
    if enabled:  # re-enabling also lifts a pause after failures
        from crawler.store import resume_source
        from storage import open_database
        db = open_database(load_config().database_url)
        with db.session() as session:
            resume_source(session, name)
        db.dispose()
    click.echo(f"{'enabled' if enabled else 'disabled'} {name}")


@sources.command("disable")
@click.argument("name")
def sources_disable(name):
    """Stop crawling a source (kept in the file)."""
    _set_enabled(name, False)


@sources.command("enable")
@click.argument("name")
def sources_enable(name):
    """Crawl a source again, lifting any pause after failures."""
    _set_enabled(name, True)


commands = [crawl, extract, add, sources]
