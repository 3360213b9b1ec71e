"""Reading stories for the queue and the story page, with index-friendly queries."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, joinedload

from storage.models import STORY_STATUSES, Article, ArticleLabel, Sentence


@dataclass
class QueueFilters:
    label: str = ""
    source: str = ""
    status: str = ""
    since: date | None = None
    until: date | None = None
    q: str = ""
    mine: bool = False
    page: int = 1

    @classmethod
    def from_args(cls, args) -> "QueueFilters":
        def day(name):
            try:
                return date.fromisoformat(args.get(name, ""))
            except ValueError:
                return None
        status = args.get("status", "")
        return cls(label=args.get("label", "").strip(), source=args.get("source", "").strip(),
                   status=status if status in STORY_STATUSES else "",
                   since=day("since"), until=day("until"), q=args.get("q", "").strip()[:200],
                   mine=args.get("mine") == "1", page=max(1, args.get("page", 1, type=int) or 1))

    def as_args(self, **changes) -> dict:
        values = {"label": self.label, "source": self.source, "status": self.status,
                  "since": self.since.isoformat() if self.since else "",
                  "until": self.until.isoformat() if self.until else "",
                  "q": self.q, "mine": "1" if self.mine else "", "page": self.page}
        values.update(changes)
        if values["page"] == 1:
            del values["page"]
        return {k: v for k, v in values.items() if v}


@dataclass
class QueueRow:
    article: Article
    flagged: int
    labels: dict[str, int] = field(default_factory=dict)


@dataclass
class QueuePage:
    rows: list[QueueRow]
    page: int
    has_next: bool


def queue_page(session: Session, filters: QueueFilters, *, user_id: int | None,
               page_size: int) -> QueuePage:
    """Classified stories by overstatement score, highest first; one page of them.

    The flagged-sentence counts are read for the page's stories only (through the
    (article_id, position) index), never for the whole table."""
    query = select(Article).where(Article.score.is_not(None)).options(joinedload(Article.assignee))
    if filters.label:
        query = query.where(Article.id.in_(
            select(ArticleLabel.article_id).where(ArticleLabel.label == filters.label)))
    if filters.source:
        query = query.where(Article.source == filters.source)
    if filters.status:
        query = query.where(Article.status == filters.status)
    if filters.since:
        query = query.where(Article.published >= datetime.combine(filters.since, datetime.min.time()))
    if filters.until:
        query = query.where(Article.published < datetime.combine(filters.until + timedelta(days=1),
                                                                 datetime.min.time()))
    if filters.mine and user_id is not None:
        query = query.where(Article.assignee_id == user_id)
    if filters.q:
        pattern = "%" + filters.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(Article.title.ilike(pattern, escape="\\"),
                                Article.text.ilike(pattern, escape="\\")))
    query = (query.order_by(Article.score.desc(), Article.id.desc())
             .offset((filters.page - 1) * page_size).limit(page_size + 1))
    articles = list(session.scalars(query).unique())
    has_next = len(articles) > page_size
    articles = articles[:page_size]
    ids = [a.id for a in articles]
    flagged = flagged_counts(session, ids)
    labels: dict[int, dict[str, int]] = {i: {} for i in ids}
    if ids:
        for article_id, label, count in session.execute(
                select(ArticleLabel.article_id, ArticleLabel.label, ArticleLabel.count)
                .where(ArticleLabel.article_id.in_(ids))):
            labels[article_id][label] = count
    rows = [QueueRow(a, flagged.get(a.id, 0), dict(sorted(labels[a.id].items()))) for a in articles]
    return QueuePage(rows, filters.page, has_next)


def flagged_counts(session: Session, article_ids: list[int]) -> dict[int, int]:
    """How many sentences of each story carry at least one label."""
    counts: dict[int, int] = {}
    if not article_ids:
        return counts
    for article_id, labels in session.execute(
            select(Sentence.article_id, Sentence.labels).where(Sentence.article_id.in_(article_ids))):
        if labels:
            counts[article_id] = counts.get(article_id, 0) + 1
    return counts


def source_names(session: Session) -> list[str]:
    return [s for s in session.scalars(select(Article.source).distinct().order_by(Article.source)) if s]


def same_story(session: Session, article: Article, limit: int = 20) -> list[Article]:
    """Other outlets' versions of the story (same cluster)."""
    if article.cluster_id is None:
        return []
    return list(session.scalars(
        select(Article).where(Article.cluster_id == article.cluster_id, Article.id != article.id)
        .order_by(Article.published.desc(), Article.id).limit(limit)))
