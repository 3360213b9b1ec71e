"""The study a story reports (classifier/studies.py) and the stories on the same study (webapp/stories.py). Prints
figures, asserts nothing.

    .venv/bin/python bench/studies.py              # every section
    .venv/bin/python bench/studies.py lookup --stories 100000

- reading   FakeHealth's 2,237 texts (../shared, read only): how many name a journal, a DOI, a trial, a PubMed id,
            and the time to read them per text beside splitting the text into sentences (the first step of every
            analysis) in the same run.
- links     the article-extraction benchmark's pages (../shared): how many cite a paper by a link, and the time to
            read every page's links beside trafilatura.extract on the same pages in the same run.
- pairs     FakeHealth's stories that name one journal within SAME_PAPER_DAYS of each other, headline and text: each
            pair's wording similarity and whether it reaches SAME_PAPER_SIMILARITY, to read (the titles tell).
- lookup    a temporary SQLite database of --stories stories, a quarter naming one of 200 journals (a few named far
            more often, as NEJM and the Lancet are) over two years, one in fifty citing a DOI another cites: the
            story page's two lookups per story (same_study, probably_same_paper), beside reading the story's row in
            the same run; and "Studies in the news" (webapp.studies.covered_studies) over 30 and 365 days.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import statistics
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from bench.timing import best_of  # noqa: E402
SHARED = REPO.parent / "shared" / "data"
FAKEHEALTH = SHARED / "news" / "fakehealth"
PAGES = SHARED / "extraction" / "article-extraction-benchmark" / "html"


def fakehealth() -> list[dict]:
    if not FAKEHEALTH.is_dir():
        sys.exit(f"{FAKEHEALTH} is absent")
    return [json.loads(path.read_text(encoding="utf-8")) for path in sorted(FAKEHEALTH.glob("*/*.json"))]


def reading() -> None:
    from classifier.splitter import split
    from classifier.studies import references_in_text
    texts = [story.get("text") or "" for story in fakehealth()]
    found = [references_in_text(text) for text in texts]
    stories = Counter(kind for refs in found for kind in {r["kind"] for r in refs})
    mean_chars = statistics.mean(map(len, texts))
    ours = best_of(3, lambda: [references_in_text(text) for text in texts]) / len(texts)
    yardstick = best_of(3, lambda: [split(text) for text in texts]) / len(texts)
    print(f"reading: {len(texts)} texts, {mean_chars:,.0f} characters on average; naming a journal {stories['journal']},"
          f" a DOI {stories['doi']}, a trial {stories['trial']}, a PubMed id {stories['pubmed']}, a meeting "
          f"{stories['meeting']}; saying the work is not peer-reviewed {stories['unreviewed']}")
    print(f"  {ours * 1000:.2f} ms a text; splitting it into sentences {yardstick * 1000:.2f} ms: ratio "
          f"{ours / yardstick:.2f}")


def links() -> None:
    import trafilatura
    from trafilatura.utils import load_html

    from crawler.extraction import _cited_links, decode_html
    if not PAGES.is_dir():
        sys.exit(f"{PAGES} is absent")
    raws = []
    for path in sorted(PAGES.iterdir()):
        raw = path.read_bytes()
        raws.append(gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw)
    htmls = [decode_html(raw) for raw in raws]
    trees = [load_html(html) for html in htmls]
    citing = sum(bool(_cited_links(tree, "https://news.example/story")) for tree in trees if tree is not None)
    ours = best_of(3, lambda: [_cited_links(tree, "https://news.example/story") for tree in trees if tree is not None])
    yardstick = best_of(1, lambda: [trafilatura.extract(html) for html in htmls])
    print(f"links: {len(trees)} pages, {citing} cite a paper by a link")
    print(f"  {ours / len(trees) * 1000:.2f} ms a page; trafilatura.extract {yardstick / len(trees) * 1000:.1f} ms: "
          f"ratio {ours / yardstick:.3f}")


def pairs() -> None:
    from classifier.studies import SAME_PAPER_DAYS, SAME_PAPER_SIMILARITY, journals_named, wording, wording_similarity
    stories = []
    for story in fakehealth():
        text, stamp = story.get("text") or "", story.get("publish_date")
        try:
            day = datetime.fromtimestamp(float(stamp)).date() if stamp else None
        except (TypeError, ValueError):
            day = None
        if day:
            stories.append((story.get("title") or "", day, journals_named(text),
                            wording(text, story.get("title"))))
    by_journal = defaultdict(list)
    for index, (_, _, journals, _) in enumerate(stories):
        for journal in journals:
            by_journal[journal].append(index)
    found = []
    for journal, indexes in by_journal.items():
        for k, a in enumerate(indexes):
            for b in indexes[k + 1:]:
                if abs((stories[a][1] - stories[b][1]).days) <= SAME_PAPER_DAYS:
                    found.append((wording_similarity(stories[a][3], stories[b][3]), journal, stories[a][0],
                                  stories[b][0]))
    found.sort(reverse=True)
    kept = sum(similarity >= SAME_PAPER_SIMILARITY for similarity, *_ in found)
    print(f"pairs: {len(found)} pairs of stories name one journal within {SAME_PAPER_DAYS} days; {kept} reach "
          f"{SAME_PAPER_SIMILARITY}")
    for similarity, journal, first, second in found:
        mark = "+" if similarity >= SAME_PAPER_SIMILARITY else " "
        print(f"  {mark} {similarity:.3f}  {journal[:28]:<28}  {first[:45]!r:<48} {second[:45]!r}")


def lookup(n_stories: int) -> None:
    from sqlalchemy import insert, select

    from storage import open_database
    from storage.models import Article, StudyReference
    from webapp.stories import probably_same_paper, same_study
    from webapp.studies import covered_studies
    rng = random.Random(7)
    words = [f"term{i}" for i in range(5000)]
    journals = [f"Journal of Topic {i}" for i in range(200)]
    weights = [40 if i < 3 else 1 for i in range(200)]  # three journals named as often as a hundred others
    start = datetime(2025, 1, 1)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{folder}/bench.db")
        rows, references = [], []
        for i in range(1, n_stories + 1):
            text = " ".join(rng.choices(words, k=300))
            rows.append({"id": i, "url": f"https://x.example/{i}", "title": f"Story {i}", "text": text,
                         "content_hash": str(i), "published": start + timedelta(minutes=rng.randrange(2 * 525600)),
                         "fetched_at": start, "status": "new"})
            if rng.random() < 0.25:
                references.append({"article_id": i, "kind": "journal", "value": rng.choices(journals, weights)[0],
                                   "position": 0})
            if rng.random() < 0.02:
                references.append({"article_id": i, "kind": "doi", "value": f"10.1000/{rng.randrange(n_stories // 100)}",
                                   "position": 1})
        with db.session() as session:
            for k in range(0, len(rows), 5000):
                session.execute(insert(Article), rows[k:k + 5000])
            session.execute(insert(StudyReference), references)
        by_story = defaultdict(list)
        for reference in references:
            by_story[reference["article_id"]].append((reference["kind"], reference["value"]))
        sample = rng.sample(sorted(by_story), 200)
        with db.session() as session:
            stories = {a.id: a for a in session.scalars(select(Article).where(Article.id.in_(sample)))}

            def lookups():
                for story_id in sample:
                    story, refs = stories[story_id], by_story[story_id]
                    shown = same_study(session, refs, article_id=story_id)
                    probably_same_paper(session, story.title, story.text, story.published, refs,
                                        article_id=story_id, shown=[o.id for o in shown])

            def yardstick():
                for story_id in sample:
                    session.execute(select(Article.id, Article.title, Article.text).where(Article.id == story_id)).one()
            lookups()  # warm the cache
            ours, plain = best_of(3, lookups) / len(sample), best_of(3, yardstick) / len(sample)
            now = start + timedelta(days=730)
            found = {days: len(covered_studies(session, days, now=now)) for days in (30, 365)}
            grouped = {days: best_of(1, lambda: covered_studies(session, days, now=now)) for days in (30, 365)}
        print(f"lookup: {n_stories:,} stories, {len(references):,} references; 200 stories that name a study: "
              f"{ours * 1000:.2f} ms a story page for both lookups; reading the story's row {plain * 1000:.3f} ms: "
              f"ratio {ours / plain:.1f}")
        print("  studies in the news: " + "; ".join(f"{days} days {grouped[days]:.2f} s ({found[days]:,} studies)"
                                                     for days in (30, 365)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", choices=["reading", "links", "pairs", "lookup"])
    parser.add_argument("--stories", type=int, default=50_000, help="stories in the lookup's database")
    args = parser.parse_args()
    for section in args.sections or ["reading", "links", "pairs", "lookup"]:
        if section == "lookup":
            lookup(args.stories)
        else:
            globals()[section]()


if __name__ == "__main__":
    main()
