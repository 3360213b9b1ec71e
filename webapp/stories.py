"""Reading stories for the queue and the story page, with index-friendly queries."""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import String, and_, bindparam, cast, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from storage.models import STORY_STATUSES, Article, ArticleLabel, User
from storage.search import is_common, search_condition, search_mode, search_value
from webapp.db import db_int
from webapp.recent import recent
from webapp.views import LABELS


MAX_PAGE = 400  # deep OFFSETs cost a scan; filters are the way to reach older stories
# The queue's orders: the most overstated first, or the newest first (undated stories last); each
# walked in an index (storage.models) and stopped at the page's end.
ORDERS = {"score": (Article.score.desc(), Article.id.desc()),
          "newest": (Article.published.desc().nulls_last(), Article.id.desc())}
SORT_NAMES = {"score": "most overstated", "newest": "newest"}


@dataclass
class QueueFilters:
    label: str = ""
    source: str = ""
    status: str = ""
    since: date | None = None
    until: date | None = None
    q: str = ""
    mine: bool = False
    sort: str = "score"
    page: int = 1

    @classmethod
    def from_args(cls, args) -> "QueueFilters":
        def day(name):
            try:
                value = date.fromisoformat(args.get(name, ""))
            except ValueError:
                return None
            return value if value < date.max else None  # "until" reads up to the next day
        status, label, sort = args.get("status", ""), args.get("label", ""), args.get("sort", "")
        page = min(max(1, args.get("page", 1, type=db_int) or 1), MAX_PAGE)
        return cls(label=label if label in LABELS else "", source=args.get("source", "").strip(),
                   status=status if status in STORY_STATUSES else "",
                   since=day("since"), until=day("until"), q=args.get("q", "").strip()[:200],
                   mine=args.get("mine") == "1", sort=sort if sort in ORDERS else "score", page=page)

    def as_args(self, **changes) -> dict:
        values = {"label": self.label, "source": self.source, "status": self.status,
                  "since": self.since.isoformat() if self.since else "",
                  "until": self.until.isoformat() if self.until else "",
                  "q": self.q, "mine": "1" if self.mine else "", "sort": self.sort, "page": self.page}
        values.update(changes)
        if values["page"] == 1:
            del values["page"]
        if values["sort"] == "score":
            del values["sort"]
        return {k: v for k, v in values.items() if v}


@dataclass
class QueuePage:
    rows: list  # Row(id, url, title, author, sitename, source, published, score, status, cluster_id,
    #               assignee, flagged, label_counts, copies): plain rows, the page only reads them
    page: int
    has_next: bool


# Computed per row of the page only (after LIMIT), through the article_labels primary key and
# the cluster index.
LABEL_COUNTS = (select(func.aggregate_strings(ArticleLabel.label + ":" + cast(ArticleLabel.count, String), ","))
                .where(ArticleLabel.article_id == Article.id).correlate(Article).scalar_subquery())
FIRST_COPY = or_(Article.cluster_id.is_(None), Article.cluster_id == Article.id)
COPY = aliased(Article)  # another story of the same cluster: the same story run elsewhere
OF_THE_SAME_STORY = and_(COPY.cluster_id == Article.cluster_id, COPY.id != Article.id)
COPIES = select(func.count()).where(OF_THE_SAME_STORY).correlate(Article).scalar_subquery()
QUEUE_COLUMNS = (Article.id, Article.url, Article.title, Article.author, Article.sitename,
                 Article.source, Article.published, Article.score, Article.status,
                 Article.cluster_id, User.name.label("assignee"), Article.flagged_count.label("flagged"),
                 LABEL_COUNTS.label("label_counts"), COPIES.label("copies"))


@functools.lru_cache(maxsize=1024)
def label_counts(text: str | None) -> tuple[tuple[str, int], ...]:
    """A queue row's `label_counts` ("hype:2,cure:1") as sorted (label, count) pairs; few
    distinct strings occur, so each is parsed once."""
    pairs = (item.split(":") for item in text.split(",")) if text else ()
    return tuple(sorted((label, int(count)) for label, count in pairs))


def queue_page(session: Session, filters: QueueFilters, *, user_id: int | None,
               page_size: int, every_copy: bool = False) -> QueuePage:
    """Classified stories by overstatement score, highest first, or the newest first (`filters.sort`);
    one page of them. Unfiltered, a syndicated story is one row (its first copy) unless `every_copy`
    is asked for.

    Written for 100,000s of stories: one query; an index gives the order (ORDERS), filters are
    probed per row (a label through the article_labels primary key), and the counts are read
    for the page's stories only."""
    values = {"offset": (filters.page - 1) * page_size, "limit": page_size + 1}
    if filters.label:
        values["label"] = filters.label
    if filters.source:
        values["source"] = filters.source
    if filters.status:
        values["status"] = filters.status
    if filters.since:
        values["since"] = datetime.combine(filters.since, datetime.min.time())
    if filters.until:
        values["until"] = datetime.combine(filters.until + timedelta(days=1), datetime.min.time())
    if filters.mine and user_id is not None:
        values["mine"] = user_id
    mode, common = None, False
    if filters.q:
        mode = search_mode(session.connection())
        values["q"] = search_value(mode, filters.q)
        if values["q"] is None:  # no word to look for
            return QueuePage([], filters.page, False)
        common = is_common(session.connection(), mode, values["q"])
    query = _queue_query(frozenset(values), mode, common, every_copy, filters.sort)
    rows = session.connection().execute(query, values).all()
    return QueuePage(rows[:page_size], filters.page, len(rows) > page_size)


@functools.lru_cache(maxsize=None)
def _queue_query(names: frozenset[str], search: str | None, common: bool = False, every_copy: bool = False,
                 sort: str = "score"):
    """The queue's SELECT for one combination of filters, values left as bound parameters.
    Built once per combination (at most 2**7, times the search mode and strategy of
    storage.search, times the two orders): SQLAlchemy memoises a statement's cache key,
    so reusing the object saves building and hashing the statement tree on every request.
    The page's story ids are picked first; the assignee and label counts are then read for
    those rows only (SQLite would compute them for every row that OFFSET skips)."""
    page = select(Article.id).where(Article.score.is_not(None))
    if "label" in names:
        page = page.where(exists().where(ArticleLabel.article_id == Article.id,
                                         ArticleLabel.label == bindparam("label")))
    if "source" in names:
        page = page.where(Article.source == bindparam("source"))
    if "status" in names:
        page = page.where(Article.status == bindparam("status"))
    if "since" in names:
        page = page.where(Article.published >= bindparam("since"))
    if "until" in names:
        page = page.where(Article.published < bindparam("until"))
    if "mine" in names:
        page = page.where(Article.assignee_id == bindparam("mine"))
    if "q" in names:
        page = page.where(search_condition(search, common))
    if names <= {"offset", "limit"} and not every_copy:
        # unfiltered, syndicated copies of a story are one row, the story stored first (a cluster bears
        # its id, crawler.duplicates), walked in a partial index of first stories (migration 0090); a
        # filter lists every copy that matches (an outlet's headline may carry a flag the first lacks)
        page = page.where(FIRST_COPY)
    order = ORDERS[sort]
    page = page.order_by(*order).offset(bindparam("offset")).limit(bindparam("limit")).subquery()
    return (select(*QUEUE_COLUMNS).join(page, page.c.id == Article.id)
            .outerjoin(User, User.id == Article.assignee_id).order_by(*order))


def source_names(session: Session, *, max_age: float = 300.0) -> list[str]:
    """The sources stories came from, for the queue's filter; re-read every few minutes only,
    since scanning the source index on every page view costs more than the rest of the page."""
    return recent("sources", max_age, lambda: [
        s for s in session.scalars(select(Article.source).distinct().order_by(Article.source)) if s])
