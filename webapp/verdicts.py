"""Published verdicts (approved annotations): finding them and describing them as records
and as schema.org ClaimReview."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from digest.issue import rating_of, verdict_reason
from storage.models import Annotation, Article, AuditEvent, Sentence, User
from webapp.matches import verdict_index
from webapp.views import safe_href

PUBLISHER = {"@type": "Organization", "name": "Hypewatch"}


def _approved():
    # Only the columns a verdict shows: never the story's full text.
    return (select(Annotation).where(Annotation.status == "approved")
            .options(joinedload(Annotation.sentence).load_only(Sentence.id, Sentence.text, Sentence.labels),
                     joinedload(Annotation.article).load_only(
                         Article.id, Article.url, Article.title, Article.author, Article.sitename,
                         Article.source, Article.published),
                     joinedload(Annotation.user).load_only(User.name),
                     joinedload(Annotation.reviewed_by).load_only(User.name)))


# The list page's columns, as plain rows (ORM objects cost the page 1.8 ms of 4.4 for 50 verdicts)
LISTED = (select(Annotation.id, Annotation.labels, Annotation.reviewed_at, Sentence.text.label("claim"), Article.title,
                 Article.sitename, Article.source)
          .join(Sentence, Sentence.id == Annotation.sentence_id).join(Article, Article.id == Annotation.article_id)
          .where(Annotation.status == "approved"))
NEWEST_FIRST = (Annotation.reviewed_at.desc(), Annotation.id.desc())


def _read(session: Session, rows: bool, where=None, *, offset: int | None = None, limit: int | None = None) -> list:
    """Verdicts as Annotations (for `record`) or, with `rows`, as the list page's LISTED rows: those `where`
    selects, or one page of them (`offset`, `limit`), the latest approved first."""
    statement = LISTED if rows else _approved()
    if where is not None:
        statement = statement.where(where)
    if limit is not None:
        statement = statement.order_by(*NEWEST_FIRST).offset(offset).limit(limit)
    return list(session.execute(statement).all() if rows else session.scalars(statement))


def every_row(session: Session):
    """Every verdict as a LISTED row with its story's address, the latest approved first, read as they are
    written out (a server-side cursor on PostgreSQL)."""
    return session.execute(LISTED.add_columns(Article.url).order_by(*NEWEST_FIRST).execution_options(yield_per=500))


def latest(session: Session, *, page: int = 1, page_size: int = 50, rows: bool = False) -> tuple[list, bool]:
    """One page of the verdicts, the latest approved first, and whether there are older ones."""
    found = _read(session, rows, offset=(page - 1) * page_size, limit=page_size + 1)
    return found[:page_size], len(found) > page_size


MAX_QUERY = 500  # characters of a search: a claim, not a story


def search_text(raw: str | None) -> str:
    """A reader's search as compared: its words, at most MAX_QUERY characters."""
    return " ".join((raw or "").split())[:MAX_QUERY]


def like(session: Session, claim: str, *, rows: bool = False) -> list[tuple]:
    """The published verdicts on claims like `claim` (a reader's search), the most alike first, each with
    its similarity: (Annotation, similarity), or with `rows` (LISTED row, similarity)."""
    found = verdict_index(session).search(claim)
    by_id = {v.id: v for v in _read(session, rows, Annotation.id.in_([m.verdict.id for m in found]))}
    return [(by_id[m.verdict.id], m.similarity) for m in found if m.verdict.id in by_id]


def get(session: Session, annotation_id: int) -> Annotation | None:
    return session.scalar(_approved().where(Annotation.id == annotation_id))


def merged_into(session: Session, annotation_id: int) -> int | None:
    """The annotation this one was merged into when a new split joined two sentences one person
    had each annotated (storage.articles), so that a published verdict's address keeps working."""
    after = session.scalar(select(AuditEvent.after).where(
        AuditEvent.entity == "annotation", AuditEvent.entity_id == annotation_id, AuditEvent.action == "merge")
        .order_by(AuditEvent.id.desc()).limit(1))
    return after and after.get("merged_into")


def rating(annotation) -> tuple[str, int]:
    """(name, value on 1..5) of an Annotation or a LISTED row: a sentence keeping labels after review
    overstates the evidence."""
    return rating_of(annotation.labels)


def explanation(annotation: Annotation) -> str:
    """What the editors found, in the words the digest uses, with the journalist's note."""
    return verdict_reason(annotation, annotation.sentence)


def outlet(article: Article) -> str:
    return article.sitename or article.source or ""


def record(annotation: Annotation) -> dict:
    """The API form of a verdict."""
    article, sentence = annotation.article, annotation.sentence
    name, value = rating(annotation)
    return {
        "id": annotation.id, "claim": sentence.text, "sentence_id": sentence.id,
        "story": {"id": article.id, "url": article.url, "title": article.title, "outlet": outlet(article),
                  "published": article.published.isoformat() if article.published else None},
        "verdict": annotation.verdict, "labels": list(annotation.labels or []),
        "model_labels": list(sentence.labels or []), "rating": name, "rating_value": value,
        "explanation": explanation(annotation),
        "annotated_by": annotation.user.name,
        "approved_by": annotation.reviewed_by.name if annotation.reviewed_by else None,
        "approved_at": annotation.reviewed_at.isoformat() if annotation.reviewed_at else None,
    }


def _news_article(article) -> dict:
    """A story (an Article or a row with its columns) as a schema.org NewsArticle."""
    item = {"@type": "NewsArticle", "headline": article.title or "",
            "publisher": {"@type": "Organization", "name": outlet(article)}}
    if safe_href(article.url):  # never hand a javascript: URL to search engines
        item["url"] = article.url
    if article.author:
        item["author"] = {"@type": "Person", "name": article.author}
    if article.published:
        item["datePublished"] = article.published.date().isoformat()
    return item


def claim_review(annotation: Annotation, page_url: str, elsewhere: list = ()) -> dict:
    """schema.org ClaimReview for the public verdict page: the claim reviewed, where it appeared (the checked
    story, then the stories found repeating it, `elsewhere`: webapp.stories.Repeated rows), the rating."""
    article, sentence = annotation.article, annotation.sentence
    name, value = rating(annotation)
    claim = {"@type": "Claim", "appearance": [_news_article(a) for a in (article, *elsewhere)],
             "author": {"@type": "Organization", "name": outlet(article)}}
    if article.published:
        claim["datePublished"] = article.published.date().isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": page_url,
        "claimReviewed": sentence.text,
        "itemReviewed": claim,
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                         "alternateName": name, "ratingExplanation": explanation(annotation)},
        "author": PUBLISHER,
        "datePublished": annotation.reviewed_at.date().isoformat() if annotation.reviewed_at else None,
    }
