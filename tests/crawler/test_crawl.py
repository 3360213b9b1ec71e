"""End to end: feeds and sitemaps on a loopback site, crawled into a real database."""
from sqlalchemy import func, select

from crawler.duplicates import merge_clusters
from crawler.run import run_crawl
from storage.models import Article, CrawlRun, Sentence, StudyReference
from tests.crawler.loopback_site import FILLER, STEM, Page, Site, article_html, rss


def crawl(site, database_url, **kwargs):
    return run_crawl(feeds=[site.url + "/feed.rss", site.url + "/feed.atom"], sitemaps=[site.url + "/sitemap.xml"],
                     database_url=database_url, no_throttle=True, **kwargs)


def test_crawl_twice_stores_each_story_once(news_site, db, database_url):
    first = crawl(news_site, database_url)
    assert first["stored"] == 10
    assert first["reasons"]["off_topic"]["count"] == 2
    assert first["reasons"]["robots_disallowed"]["examples"] == [news_site.url + "/private/x"]

    second = crawl(news_site, database_url)
    assert second["stored"] == 0
    assert second["already_seen"] == 12  # ten stories and the two off-topic pages are settled

    with db.session() as session:
        urls = set(session.scalars(select(Article.url)))
        assert urls == {f"{news_site.url}/news/{i}" for i in range(10)}  # canonical: no utm_, no fragment
        story = session.scalar(select(Article).where(Article.url == news_site.url + "/news/3"))
        assert story.title == "Stem cell study number 3 in multiple sclerosis"
        assert story.topic_score > 2 and "stem cell" in story.topic_terms
        runs = list(session.scalars(select(CrawlRun).order_by(CrawlRun.id)))
        assert [(r.status, r.stored) for r in runs] == [("finished", 10), ("finished", 0)]
        assert runs[0].report["reasons"]["off_topic"]["count"] == 2
        # The test stories share a template, so they are near copies: however the workers' stores
        # interleaved, the crawl ends with no copies left in different clusters, and says how
        # many stories it moved to get there (in the stored report too).
        assert merge_clusters(session) == 0
        assert runs[0].report["stories_reclustered"] == first["stories_reclustered"]
        assert session.scalar(select(func.count()).select_from(Article)) == 10
        # classified as they were stored, by the crawl's workers
        assert session.scalar(select(func.count()).where(Article.classified_at.is_(None))) == 0
        assert session.scalar(select(func.count(func.distinct(Sentence.article_id)))) == 10


def test_no_classify_stores_stories_for_later(news_site, db, database_url):
    assert crawl(news_site, database_url, classify=False)["stored"] == 10
    with db.session() as session:
        assert session.scalar(select(func.count()).where(Article.classified_at.is_(None))) == 10


def test_no_topic_filter_keeps_everything(news_site, sqlite_url):
    report = run_crawl(feeds=[news_site.url + "/feed.rss"], database_url=sqlite_url, no_throttle=True,
                       topic_filter=False)
    assert report["stored"] == 5 and "off_topic" not in report["reasons"]


def test_the_study_a_story_cites_is_stored_with_it(db, database_url):
    cites = (STEM.format(n=12) + ' The results were published in the journal Neurology '
             '(<a href="https://doi.org/10.1212/WNL.0000000000012345">read the paper</a>).')
    routes = {"/news/cites": Page(article_html("Stem cells slow MS", [cites, FILLER]).encode())}
    with Site(routes) as site:
        site.routes["/feed.rss"] = Page(rss([site.url + "/news/cites"]), "application/rss+xml")
        assert run_crawl(feeds=[site.url + "/feed.rss"], database_url=database_url, no_throttle=True)["stored"] == 1
    with db.session() as session:
        story = session.scalar(select(Article))
        assert story.cited_links == ["https://doi.org/10.1212/WNL.0000000000012345"]
        references = session.execute(select(StudyReference.kind, StudyReference.value)
                                      .where(StudyReference.article_id == story.id)
                                      .order_by(StudyReference.position)).all()
        assert references == [("doi", "10.1212/wnl.0000000000012345"), ("journal", "Neurology")]
