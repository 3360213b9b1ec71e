"""Storing stories and what the classifier said of them; reading them back."""
from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Iterable, Iterator

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from storage.models import (Annotation, Article, ArticleLabel, AuditEvent, Sentence, StudyReference, checklist_bits,
                            utcnow)
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
    sitename, language, text, and optionally cited_links, topic_score and topic_terms.
    """
    if session.scalar(select(Article.id).where(Article.url == page["url"])) is not None:
        return None
    article = Article(
        url=page["url"], title=page.get("title"), author=page.get("author"),
        published=page.get("date"), sitename=page.get("sitename"),
        language=page.get("language"), text=page["text"], source=source,
        content_hash=content_hash(page["text"]), topic_score=page.get("topic_score"),
        topic_terms=page.get("topic_terms"), cited_links=page.get("cited_links") or None, fetched_at=utcnow(),
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
    """Give the story a classifier result: its sentences' labels, scores and checklist, and the study it reports.

    A story classified again (a new model, new rules) keeps the sentences it had where they start
    and end as before, updated in place, so that the annotations on them, and the verdicts
    published from those, stay. A sentence the new result no longer has goes, its annotations
    handed first to the new sentence that overlaps it most (`_move_annotations`)."""
    old: dict[tuple[int, int], list[int]] = {}  # a headline's sentences all have the offsets (-1, -1)
    for sentence_id, start, end in session.execute(select(Sentence.id, Sentence.start, Sentence.end)
                                                   .where(Sentence.article_id == article.id).order_by(Sentence.position)):
        old.setdefault((start, end), []).append(sentence_id)
    if old:  # out of the way of the new positions, which are unique per story
        session.execute(update(Sentence).where(Sentence.article_id == article.id)
                        .values(position=-1 - Sentence.position))
    session.execute(delete(ArticleLabel).where(ArticleLabel.article_id == article.id))
    counts: dict[str, int] = {}
    flagged = 0
    kept, added = [], []
    for position, s in enumerate(result["sentences"]):
        row = {"position": position, "text": s["text"], "headline": bool(s.get("headline")),
               "labels": list(s["labels"]), "score": float(s["score"]), "scores": s.get("scores", {}),
               "triggers": s.get("triggers", {}), "strength": s.get("strength")}
        same_place = old.get((s["start"], s["end"]))
        sentence_id = same_place.pop(0) if same_place else None
        if sentence_id is None:
            added.append({"article_id": article.id, "start": s["start"], "end": s["end"], **row})
        else:
            kept.append({"id": sentence_id, **row})
        flagged += bool(s["labels"])
        for label in s["labels"]:
            counts[label] = counts.get(label, 0) + 1
    # Bulk statements (one executemany each), not an ORM object per sentence: a story has dozens.
    if kept:
        session.execute(update(Sentence), kept)
    if added:
        session.execute(insert(Sentence), added)
    gone = [sentence_id for ids in old.values() for sentence_id in ids]
    if gone:
        stranded = _move_annotations(session, article.id, gone)
        session.execute(delete(Sentence).where(Sentence.id.in_(set(gone) - stranded)))
        if stranded:  # a result with no sentence at all: the annotated ones stay as they were
            session.execute(update(Sentence).where(Sentence.id.in_(stranded)).values(position=-1 - Sentence.position))
    session.execute(delete(StudyReference).where(StudyReference.article_id == article.id))
    if result.get("references"):
        session.execute(insert(StudyReference), [{"article_id": article.id, "position": position, **reference}
                                                 for position, reference in enumerate(result["references"])])
    if counts:
        session.execute(insert(ArticleLabel), [{"article_id": article.id, "label": label, "count": count}
                                               for label, count in counts.items()])
    article.score = float(result["score"])
    article.flagged_count = flagged
    article.out_of_scope = result.get("out_of_scope")
    if article.criteria is not None:  # analysed before: read the checklist as committed, with any review a
        # person saved while this analysis ran, and lock the row (PostgreSQL) until this one is saved
        session.refresh(article, ["criteria"], with_for_update=True)
    article.criteria = with_reviews(result.get("criteria"), article.criteria)
    article.criteria_met, article.criteria_judged = checklist_bits(article.criteria)
    article.model_version = result.get("model_version")
    article.classified_at = utcnow()
    session.flush()


def with_reviews(criteria: list | None, before: list | None) -> list | None:
    """A new analysis's checklist with the verdicts people gave on the story's criteria before
    (webapp.workflow.review_criterion) kept over the classifier's, whose new verdict the review
    remembers (`machine_status`)."""
    reviews = {c["id"]: c["review"] for c in before or () if c.get("review")}
    if criteria is None or not reviews:
        return criteria
    return [dict(c, status=reviews[c["id"]]["status"], review=dict(reviews[c["id"]], machine_status=c["status"]))
            if c.get("id") in reviews else c for c in criteria]


# Which of one person's two annotations of a sentence stays when a new split joins their sentences.
KEEP_FIRST = {"approved": 0, "pending": 1, "rejected": 2}


def _move_annotations(session: Session, article_id: int, gone: list[int]) -> set[int]:
    """Hand the annotations of sentences a new split no longer has to the story's sentence that
    overlaps each most (the same claim, cut differently), with an audit event; the version moves
    on, so an editor acting on the old page gets a conflict instead of approving unseen text.

    A person has one annotation per sentence: where a split joins two sentences that one person
    had each annotated, the approved one stays (else the pending, else the last changed), and the
    other goes, its content kept in the audit trail as a `merge` into the one that stayed.
    Returns the sentences whose annotations found no new sentence (the result had none)."""
    columns = (Annotation.id, Annotation.sentence_id, Annotation.user_id, Annotation.status,
               Annotation.updated_at, Annotation.verdict, Annotation.labels, Annotation.note)
    moving = session.execute(select(*columns).where(Annotation.sentence_id.in_(gone))).all()
    if not moving:
        return set()
    rows = session.execute(select(Sentence.id, Sentence.start, Sentence.end, Sentence.text, Sentence.position)
                           .where(Sentence.article_id == article_id)).all()
    current = [r for r in rows if r.position >= 0]
    old = {r.id: r for r in rows if r.position < 0}
    if not current:
        return {a.sentence_id for a in moving}
    current_by_id = {r.id: r for r in current}
    target = {}
    for a in moving:
        before = old[a.sentence_id]
        target[a.id] = max(current, key=lambda r: (min(r.end, before.end) - max(r.start, before.start), -r.start))
    by_place: dict[tuple[int, int], list] = {}
    staying = session.execute(select(*columns).where(
        Annotation.sentence_id.in_({t.id for t in target.values()}))).all()
    for a in staying:
        by_place.setdefault((a.sentence_id, a.user_id), []).append(a)
    for a in moving:
        by_place.setdefault((target[a.id].id, a.user_id), []).append(a)
    merged = set()
    for (sentence_id, _), group in by_place.items():
        kept = max(group, key=lambda a: (-KEEP_FIRST.get(a.status, 3), a.updated_at or datetime.min, a.id))
        into = current_by_id[sentence_id]
        for a in group:
            if a is kept:
                continue
            merged.add(a.id)
            session.add(AuditEvent(at=utcnow(), action="merge", entity="annotation", entity_id=a.id,
                                   article_id=article_id,
                                   before={"sentence_id": a.sentence_id, "text": old.get(a.sentence_id, into).text,
                                           "status": a.status, "verdict": a.verdict, "labels": a.labels,
                                           "note": a.note},
                                   after={"merged_into": kept.id, "sentence_id": into.id, "text": into.text}))
    if merged:  # first, so that the one staying can take their sentence
        session.execute(delete(Annotation).where(Annotation.id.in_(merged)))
    for a in moving:
        if a.id in merged:
            continue
        before, after = old[a.sentence_id], target[a.id]
        session.execute(update(Annotation).where(Annotation.id == a.id)
                        .values(sentence_id=after.id, version=Annotation.version + 1))
        session.add(AuditEvent(at=utcnow(), action="move", entity="annotation", entity_id=a.id,
                               article_id=article_id, before={"sentence_id": before.id, "text": before.text},
                               after={"sentence_id": after.id, "text": after.text}))
    return set()


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
    """Every stored story with its sentences and its study references, in id order, a batch at a time."""
    last_id = 0
    while True:
        rows = list(session.scalars(
            select(Article).where(Article.id > last_id).order_by(Article.id).limit(batch)
            .options(selectinload(Article.sentences), selectinload(Article.references))))
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
        "references": [{"kind": r.kind, "value": r.value} for r in article.references],  # the study it reports
        "out_of_scope": article.out_of_scope,  # why it was not read (classifier.scope), or None
        "sentences": [
            {"text": s.text, "start": s.start, "end": s.end, "labels": s.labels, "triggers": s.triggers or {},
             "score": s.score, "strength": s.strength, "headline": s.headline}
            for s in article.sentences
        ],
    }
