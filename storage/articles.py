"""Storing stories and what the classifier said of them; reading them back."""
from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Iterable, Iterator

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from storage.models import Article, ArticleLabel, Sentence, utcnow
from storage.search import index_story


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def known_urls(session: Session, urls: Iterable[str]) -> set[str]:
    """Which of these canonical URLs are stored already."""
    urls = list(urls)
    found: set[str] = set()
    for i in range(0, len(urls), 500):
        chunk = urls[i:i + 500]
        found.update(session.scalars(select(Article.url).where(Article.url.in_(chunk))))
    return found


def store_article(session: Session, page: dict, *, source: str | None = None) -> Article | None:
    """Insert a page keyed by its canonical URL; returns None when that URL is stored already.

    `page` holds the extraction fields: url, title, author, date (datetime or None),
    sitename, language, text, and optionally topic_score and topic_terms.
    """
    if session.scalar(select(Article.id).where(Article.url == page["url"])) is not None:
        return None
    article = Article(
        url=page["url"], title=page.get("title"), author=page.get("author"),
        published=page.get("date"), sitename=page.get("sitename"),
        language=page.get("language"), text=page["text"], source=source,
        content_hash=content_hash(page["text"]), topic_score=page.get("topic_score"),
        topic_terms=page.get("topic_terms"), fetched_at=utcnow(),
    )
    savepoint = session.begin_nested()
    session.add(article)
    try:
        session.flush()
        index_story(session, article)
        savepoint.commit()
    except IntegrityError:  # another process stored the same URL a moment ago
        savepoint.rollback()
        return None
    return article


def save_analysis(session: Session, article: Article, result: dict) -> None:
    """Replace the story's sentences and scores with a classifier result."""
    session.execute(delete(Sentence).where(Sentence.article_id == article.id))
    session.execute(delete(ArticleLabel).where(ArticleLabel.article_id == article.id))
    counts: dict[str, int] = {}
    flagged = 0
    rows = []
    for position, s in enumerate(result["sentences"]):
        rows.append({
            "article_id": article.id, "position": position, "start": s["start"], "end": s["end"],
            "text": s["text"], "headline": bool(s.get("headline")), "labels": list(s["labels"]),
            "score": float(s["score"]), "scores": s.get("scores", {}), "triggers": s.get("triggers", {}),
            "strength": s.get("strength")})
        flagged += bool(s["labels"])
        for label in s["labels"]:
            counts[label] = counts.get(label, 0) + 1
    # Bulk INSERTs (one executemany each), not an ORM object per sentence: a story has dozens.
    if rows:
        session.execute(insert(Sentence), rows)
    if counts:
        session.execute(insert(ArticleLabel), [{"article_id": article.id, "label": label, "count": count}
                                               for label, count in counts.items()])
    article.score = float(result["score"])
    article.flagged_count = flagged
    article.criteria = result.get("criteria")
    article.model_version = result.get("model_version")
    article.classified_at = utcnow()
    session.flush()


def unclassified(session: Session, *, model_version: str | None = None, limit: int = 500,
                 skip: list[int] = ()) -> list[Article]:
    """Stories never classified, or classified by another model version (but the `skip` ids)."""
    query = select(Article).order_by(Article.id).limit(limit)
    if skip:
        query = query.where(Article.id.not_in(skip))
    if model_version is None:
        query = query.where(Article.classified_at.is_(None))
    else:
        query = query.where((Article.classified_at.is_(None)) | (Article.model_version != model_version))
    return list(session.scalars(query))


def iter_articles(session: Session, *, batch: int = 200) -> Iterator[Article]:
    """Every stored story with its sentences, in id order, a batch at a time."""
    last_id = 0
    while True:
        rows = list(session.scalars(
            select(Article).where(Article.id > last_id).order_by(Article.id).limit(batch)
            .options(selectinload(Article.sentences))))
        if not rows:
            return
        yield from rows
        last_id = rows[-1].id


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def article_record(article: Article) -> dict:
    """The export form of a story (the `hypewatch export` JSONL interface)."""
    return {
        "url": article.url,
        "title": article.title,
        "published": _iso(article.published),
        "source": article.source or article.sitename,
        "text": article.text,
        "score": article.score,
        "criteria": article.criteria or [],
        "cluster_id": article.cluster_id,  # the same story elsewhere shares it (crawler.duplicates)
        "sentences": [
            {"text": s.text, "start": s.start, "end": s.end, "labels": s.labels, "triggers": s.triggers or {},
             "score": s.score, "strength": s.strength, "headline": s.headline}
            for s in article.sentences
        ],
    }
