"""Reading stories for the queue and the story page, with index-friendly queries."""
from __future__ import annotations

import functools
from collections import namedtuple
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import urlencode

from sqlalchemy import String, and_, bindparam, cast, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from classifier.studies import (KIND_NAMES, SAME_PAPER_DAYS, STUDY_KINDS, VENUE_KINDS, study_key, worded_alike,
                                wording)
from storage.models import (STORY_STATUSES, Annotation, Article, ArticleLabel, ClaimRepeat, Sentence, StudyReference,
                            User)
from storage.search import is_common, search_condition, search_mode, search_value
from webapp.db import db_int
from webapp.recent import recent
from webapp.views import LABELS


MAX_PAGE = 400  # deep OFFSETs cost a scan; filters are the way to reach older stories
# The queue's orders: the most overstated first, or the newest first (undated stories last); each
# walked in an index (storage.models) and stopped at the page's end.
ORDERS = {"score": (Article.score.desc(), Article.id.desc()),
          "newest": (Article.published.desc().nulls_last(), Article.id.desc())}
REVERSED_ORDERS = {"score": (Article.score.asc(), Article.id.asc()),
                   "newest": (Article.published.asc().nulls_first(), Article.id.asc())}
SORT_NAMES = {"score": "most overstated", "newest": "newest"}
# The status filter's choices: by default the stories still to review ("open": not done), or any, or one.
STATUS_CHOICES = ("open", "any", *STORY_STATUSES)
STATUS_NAMES = {"open": "open (not done)", "any": "any", **{s: s.replace("_", " ") for s in STORY_STATUSES}}


@dataclass
class QueueFilters:
    label: str = ""
    source: str = ""
    status: str = "open"
    since: date | None = None
    until: date | None = None
    q: str = ""
    mine: bool = False
    repeats: bool = False  # only stories that repeat a claim with a published verdict (hypewatch.repeats)
    adds: bool = False  # only later versions of a story that add claims to its first version (hypewatch.additions)
    study: str = ""  # only stories citing this study: "kind:value" (classifier.studies.study_key)
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
                   status=status if status in STATUS_CHOICES else "open",
                   since=day("since"), until=day("until"), q=args.get("q", "").strip()[:200],
                   mine=args.get("mine") == "1", repeats=args.get("repeats") == "1", adds=args.get("adds") == "1",
                   study=":".join(study_key(args.get("study", "")) or ()), sort=sort if sort in ORDERS else "score",
                   page=page)

    def as_args(self, **changes) -> dict:
        values = {"label": self.label, "source": self.source, "status": self.status,
                  "since": self.since.isoformat() if self.since else "",
                  "until": self.until.isoformat() if self.until else "",
                  "q": self.q, "mine": "1" if self.mine else "", "repeats": "1" if self.repeats else "",
                  "adds": "1" if self.adds else "", "study": self.study,
                  "sort": self.sort, "page": self.page}
        values.update(changes)
        if values["page"] == 1:
            del values["page"]
        for name, default in (("sort", "score"), ("status", "open")):
            if values[name] == default:
                del values[name]
        return {k: v for k, v in values.items() if v}


    @property
    def marked_by_a_job(self) -> bool:
        """Whether the search reads marks a job puts on stories some time after they are classified."""
        return self.repeats or self.adds

    def watch_query(self) -> str:
        """What a watch of this search keeps (storage.models.Watch): its filters as a URL query, without the
        page or the order; "" for the queue with no filter, which is not a search to watch."""
        args = self.as_args(page=1, sort="score")
        return urlencode(sorted(args.items())) if args else ""

    def describe(self) -> str:
        """The search in words, for a list of watches and the mails."""
        parts = [f"“{self.q}”"] if self.q else []
        parts += [f"label {self.label}"] if self.label else []
        parts += [f"from {self.source}"] if self.source else []
        parts += [f"status {STATUS_NAMES[self.status]}"] if self.status != "open" else []
        parts += [f"published from {self.since}"] if self.since else []
        parts += [f"published to {self.until}"] if self.until else []
        parts += ["mine"] if self.mine else []
        parts += ["repeating a checked claim"] if self.repeats else []
        parts += ["adding claims to its source"] if self.adds else []
        if self.study:
            kind, _, value = self.study.partition(":")
            parts += [f"naming the journal {value}" if kind == "journal" else f"citing {KIND_NAMES[kind]} {value}"]
        return ", ".join(parts) or "every open story"


@dataclass
class QueuePage:
    rows: list  # Row(id, url, title, author, sitename, source, published, score, status, cluster_id,
    #               assignee, flagged, label_counts, copies, copies_adding, repeats, adds): plain rows, the page
    #               only reads them
    page: int
    has_next: bool


# Computed per row of the page only (after LIMIT), through the article_labels primary key and
# the cluster index.
LABEL_COUNTS = (select(func.aggregate_strings(ArticleLabel.label + ":" + cast(ArticleLabel.count, String), ","))
                .where(ArticleLabel.article_id == Article.id).correlate(Article).scalar_subquery())
FIRST_COPY = or_(Article.cluster_id.is_(None), Article.cluster_id == Article.id)
OPEN = Article.status != literal_column("'done'")  # a literal, which SQLite needs to match a partial index
COPY = aliased(Article)  # another story of the same cluster: the same story run elsewhere
OF_THE_SAME_STORY = and_(COPY.cluster_id == Article.cluster_id, COPY.id != Article.id)
COPIES = select(func.count()).where(OF_THE_SAME_STORY).correlate(Article).scalar_subquery()
# its copies that add claims to the story's first version (hypewatch.additions): the unfiltered queue lists the
# first version alone
ADDING_COPIES = (select(func.count()).where(OF_THE_SAME_STORY, COPY.adds_claims.is_not(None))
                 .correlate(Article).scalar_subquery())
REPEATS = (select(func.count(func.distinct(ClaimRepeat.sentence_id))).where(ClaimRepeat.article_id == Article.id)
           .correlate(Article).scalar_subquery())  # its sentences that repeat a checked claim
QUEUE_COLUMNS = (Article.id, Article.url, Article.title, Article.author, Article.sitename,
                 Article.source, Article.published, Article.score, Article.status,
                 Article.cluster_id, User.name.label("assignee"), Article.flagged_count.label("flagged"),
                 LABEL_COUNTS.label("label_counts"), COPIES.label("copies"), ADDING_COPIES.label("copies_adding"),
                 REPEATS.label("repeats"), Article.adds_claims.label("adds"), Article.out_of_scope)


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
    matching = _filter_values(session, filters, user_id)
    if matching is None:
        return QueuePage([], filters.page, False)
    values, mode, common = matching
    values.update(offset=(filters.page - 1) * page_size, limit=page_size + 1)
    query = _queue_query(frozenset(values), mode, common, every_copy, filters.sort)
    rows = session.connection().execute(query, values).all()
    return QueuePage(rows[:page_size], filters.page, len(rows) > page_size)


def queue_neighbour(session: Session, filters: QueueFilters, story, *, after: bool,
                    user_id: int | None) -> int | None:
    """The id of the story just after (or before) `story` (a row with id, score and published) in
    the queue that `filters` describe, whatever its page; None at the queue's end. `story` itself
    need not match the filters (its status may have changed since): it is placed by its score or
    date alone. One statement, which enters the order's index at the story's place."""
    matching = _filter_values(session, filters, user_id)
    if matching is None or story.score is None:
        return None
    values, mode, common = matching
    values.update(id=story.id, score=story.score, published=story.published)
    names = frozenset(values) - {"id", "score", "published"}
    statement = _neighbour_statement(names, mode, common, filters.sort, story.published is None, after)
    return session.connection().execute(statement, values).scalar()


def new_matches(session: Session, filters: QueueFilters, *, user_id: int, since: datetime, until: datetime):
    """The stories classified in (since, until] that `filters` let through, most overstated first: a watched
    search's news (hypewatch.notices). A story is news once, by the copies classified first: a copy crawled
    after one classified before `since` is not, and copies of one story in the window are one row; except for
    the later versions adding claims to their source, each of which is an outlet's doing of its own."""
    found = _filter_values(session, filters, user_id)
    if found is None:
        return []
    values, mode, common = found
    # the window's few stories first (the classified_at index), the search's conditions on them only
    ids = (matching(frozenset(values), mode, common, every_copy=True)
           .where(Article.classified_at > since, Article.classified_at <= until))
    if not filters.adds:
        ids = ids.where(~exists().where(COPY.cluster_id == Article.cluster_id, COPY.id != Article.id,
                                        COPY.classified_at <= since))  # told of already
    rows = session.execute(select(Article.id, Article.title, Article.url, Article.sitename, Article.source,
                                  Article.score, Article.cluster_id)
                           .where(Article.id.in_(ids)).order_by(Article.score.desc(), Article.id), values).all()
    seen, news = set(), []
    for row in rows:
        if filters.adds or row.cluster_id is None or row.cluster_id not in seen:
            seen.add(row.cluster_id)
            news.append(row)
    return news


def _filter_values(session: Session, filters: QueueFilters, user_id: int | None):
    """The bound values of the queue's filters, with the search mode and strategy of
    storage.search; None when the search has no word to look for (nothing matches)."""
    values = {}
    if filters.label:
        values["label"] = filters.label
    if filters.source:
        values["source"] = filters.source
    if filters.status == "open":
        values["open"] = True  # no value to bind: the condition is written out (OPEN), as the partial indexes' is
    elif filters.status != "any":
        values["status"] = filters.status
    if filters.since:
        values["since"] = datetime.combine(filters.since, datetime.min.time())
    if filters.until:
        values["until"] = datetime.combine(filters.until + timedelta(days=1), datetime.min.time())
    if filters.mine and user_id is not None:
        values["mine"] = user_id
    if filters.repeats:
        values["repeats"] = True  # no value to bind, as "open"
    if filters.adds:
        values["adds"] = True
    if filters.study:
        values["study_kind"], _, values["study_value"] = filters.study.partition(":")
    mode, common = None, False
    if filters.q:
        mode = search_mode(session.connection())
        values["q"] = search_value(mode, filters.q)
        if values["q"] is None:
            return None
        common = is_common(session.connection(), mode, values["q"])
    return values, mode, common


def matching(names: frozenset[str], search: str | None, common: bool, every_copy: bool):
    """SELECT the ids of the classified stories that the filters named in `names` let through."""
    ids = select(Article.id).where(Article.score.is_not(None))
    if "label" in names:
        ids = ids.where(exists().where(ArticleLabel.article_id == Article.id,
                                       ArticleLabel.label == bindparam("label")))
    if "source" in names:
        ids = ids.where(Article.source == bindparam("source"))
    if "status" in names:
        ids = ids.where(Article.status == bindparam("status"))
    if "since" in names:
        ids = ids.where(Article.published >= bindparam("since"))
    if "until" in names:
        ids = ids.where(Article.published < bindparam("until"))
    if "mine" in names:
        ids = ids.where(Article.assignee_id == bindparam("mine"))
    if "repeats" in names:  # the mark walks a partial index of the few such stories; claim_repeats decides
        ids = ids.where(Article.repeating.is_not(None), exists().where(ClaimRepeat.article_id == Article.id))
    if "adds" in names:  # a partial index of the few such stories
        ids = ids.where(Article.adds_claims.is_not(None))
    if "study_kind" in names:  # the study's few stories, through the index of references
        ids = ids.where(Article.id.in_(select(StudyReference.article_id).where(
            StudyReference.kind == bindparam("study_kind"), StudyReference.value == bindparam("study_value"))))
    if "q" in names:
        ids = ids.where(search_condition(search, common))
    if "open" in names:
        ids = ids.where(OPEN)
    if not names - {"offset", "limit", "open"} and not every_copy:
        # unfiltered, syndicated copies of a story are one row, the story stored first (a cluster bears
        # its id, crawler.duplicates), walked in a partial index of first stories (migrations 0090, 0114:
        # the open ones); a filter lists every copy that matches (an outlet's headline may carry a flag
        # the first lacks). A cluster whose first story is done is done.
        ids = ids.where(FIRST_COPY)
    return ids


@functools.lru_cache(maxsize=1)
def open_repeats_statement(cap: int):
    """How many stories the queue's default view shows with the "Repeats a checked claim" filter
    (open stories repeating a published verdict), counted no further than just past `cap`."""
    ids = matching(frozenset({"open", "repeats"}), None, False, False)
    return select(func.count()).select_from(ids.limit(literal_column(str(cap + 1))).subquery())


def open_repeats_count(session: Session, cap: int) -> int:
    return session.connection().execute(open_repeats_statement(cap)).scalar_one()


def assigned_open_count(session: Session, user_id: int) -> int:
    """The stories given to a person (by themselves or an editor) that are not done yet."""
    return session.scalar(select(func.count()).select_from(Article).where(
        Article.assignee_id == user_id, Article.status != "done"))


@functools.lru_cache(maxsize=None)
def _queue_query(names: frozenset[str], search: str | None, common: bool = False, every_copy: bool = False,
                 sort: str = "score"):
    """The queue's SELECT for one combination of filters, values left as bound parameters.
    Built once per combination (at most 2**10, times the search mode and strategy of
    storage.search, times the two orders): SQLAlchemy memoises a statement's cache key,
    so reusing the object saves building and hashing the statement tree on every request.
    The page's story ids are picked first; the assignee and label counts are then read for
    those rows only (SQLite would compute them for every row that OFFSET skips)."""
    order = ORDERS[sort]
    page = (matching(names, search, common, every_copy)
            .order_by(*order).offset(bindparam("offset")).limit(bindparam("limit")).subquery())
    return (select(*QUEUE_COLUMNS).join(page, page.c.id == Article.id)
            .outerjoin(User, User.id == Article.assignee_id).order_by(*order))


def _neighbour_parts(sort: str, after: bool, undated: bool) -> tuple[str, ...]:
    """Where to look, in turn, for the story after (or before) one in the queue's order: from its
    own place first; in the newest order the undated stories follow the dated ones."""
    if sort == "score":
        return ("own",)
    if not undated:
        return ("own", "undated") if after else ("own",)
    return ("undated_own",) if after else ("undated_own", "dated")


@functools.lru_cache(maxsize=None)
def _neighbour_statement(names: frozenset[str], search: str | None, common: bool, sort: str, undated: bool,
                         after: bool):
    """The neighbour in one statement: the first part (_neighbour_parts) that has one, COALESCE
    reading the next part only when the one before has none."""
    parts = [neighbour_query(names, search, common, sort, after, part).scalar_subquery()
             for part in _neighbour_parts(sort, after, undated)]
    return select(parts[0] if len(parts) == 1 else func.coalesce(*parts))


def neighbour_query(names: frozenset[str], search: str | None, common: bool, sort: str, after: bool, part: str):
    """The first story id after (or before) the bound story (id, score, published) in one part of
    the queue's order (_neighbour_parts). The story's own range starts with a bound on the order's
    column, so that the order's index is entered at the story's place, not walked from its start."""
    key, value = (Article.score, bindparam("score")) if sort == "score" else (Article.published, bindparam("published"))
    beyond = Article.id < bindparam("id") if after else Article.id > bindparam("id")
    where = {"own": and_(key <= value, or_(key < value, beyond)) if after else and_(key >= value, or_(key > value, beyond)),
             "undated_own": and_(key.is_(None), beyond),
             "undated": key.is_(None),
             "dated": key.is_not(None)}[part]
    order = ORDERS[sort] if after else REVERSED_ORDERS[sort]
    return matching(names, search, common, False).where(where).order_by(*order).limit(1)


REPEATS_SHOWN = 10  # stories listed under each checked claim that other stories repeat
REPEATS_COUNTED = 1000  # "more than 1,000": counting every one of a claim repeated everywhere costs a page


@dataclass
class Repeated:
    """A claim of a story with a published verdict, and the other stored stories that repeat it."""
    annotation_id: int
    claim: str
    stories: list  # (id, url, title, author, sitename, source, published) rows, the latest stored first, at most
    #                REPEATS_SHOWN
    count: int     # the stories that repeat it, up to REPEATS_COUNTED + 1

    @property
    def how_many(self) -> str:
        """"1 story", "12 stories", "more than 1,000 stories"."""
        if self.count > REPEATS_COUNTED:
            return f"more than {REPEATS_COUNTED:,} stories"
        return f"{self.count} {'story' if self.count == 1 else 'stories'}"

    @property
    def unlisted(self) -> str:
        """How many are not listed: "3 more", "more" (past the count), or "" when every one is."""
        if self.count <= len(self.stories):
            return ""
        return "more" if self.count > REPEATS_COUNTED else f"{self.count - len(self.stories)} more"


def repeated_elsewhere(session: Session, annotation_ids: list[int]) -> list[Repeated]:
    """For each of these approved annotations (a story's published verdicts), the stories that repeat its
    claim, as the `repeats` job found them (hypewatch.repeats); verdicts no story repeats left out. Read
    from the repeats' side, in their (annotation, story) index."""
    found = []
    for annotation_id in annotation_ids:
        repeating = select(ClaimRepeat.article_id).where(ClaimRepeat.annotation_id == annotation_id).distinct()
        count = session.scalar(select(func.count()).select_from(repeating.limit(REPEATS_COUNTED + 1).subquery()))
        if count:
            claim = session.scalar(select(Sentence.text).join(Annotation, Annotation.sentence_id == Sentence.id)
                                   .where(Annotation.id == annotation_id))
            latest = repeating.order_by(ClaimRepeat.article_id.desc()).limit(REPEATS_SHOWN)
            shown = session.execute(
                select(Article.id, Article.url, Article.title, Article.author, Article.sitename, Article.source,
                       Article.published).where(Article.id.in_(latest)).order_by(Article.id.desc())).all()
            found.append(Repeated(annotation_id, claim, shown, count))
    return found


SAME_STUDY_SHOWN = 20


def same_study(session: Session, references, *, article_id: int = 0, cluster_id: int | None = None) -> list:
    """The stored stories that cite a DOI, a trial, a PubMed id or a paper's link of these `references` ((kind, value)
    pairs: a story's, or a checked text's), newest first, but the story `article_id` and its copies elsewhere
    (`cluster_id`: listed as the same story); SAME_STUDY_SHOWN at most, one more when there are more (the caller
    says "and more")."""
    keys = [and_(StudyReference.kind == kind, StudyReference.value == value)
            for kind, value in references if kind in STUDY_KINDS]
    if not keys:
        return []
    citing = select(StudyReference.article_id).where(or_(*keys), StudyReference.article_id != article_id)
    return session.execute(
        select(Article.id, Article.title, Article.sitename, Article.source, Article.published, Article.flagged_count,
               Article.score)
        .where(Article.id.in_(citing), or_(Article.cluster_id.is_(None), Article.cluster_id != (cluster_id or 0)))
        .order_by(Article.published.desc().nulls_last(), Article.id.desc()).limit(SAME_STUDY_SHOWN + 1)).all()


SAME_PAPER_CANDIDATES = 50  # stories naming the journal in the days around, read for their wording


def probably_same_paper(session: Session, title: str | None, text: str, day: datetime | None, references, *,
                        article_id: int = 0, cluster_id: int | None = None, shown=()) -> list:
    """The stored stories that name a journal or a meeting of these `references` within SAME_PAPER_DAYS of `day`
    and are worded like this story (`title` and `text`; classifier.studies.worded_alike): most likely a report of
    the same paper, where neither story gives an identifier. Not the story `article_id`, its copies (`cluster_id`)
    nor the stories `shown` already."""
    venues = [and_(StudyReference.kind == kind, StudyReference.value == value)
              for kind, value in references if kind in VENUE_KINDS]
    if not venues or day is None:
        return []
    naming = select(StudyReference.article_id).where(or_(*venues))
    rows = session.execute(
        select(Article.id, Article.title, Article.sitename, Article.source, Article.published, Article.flagged_count,
               Article.score, Article.text)
        .where(Article.id.in_(naming), Article.id != article_id, Article.id.not_in(list(shown) or [0]),
               Article.published.between(day - timedelta(days=SAME_PAPER_DAYS), day + timedelta(days=SAME_PAPER_DAYS)),
               or_(Article.cluster_id.is_(None), Article.cluster_id != (cluster_id or 0)))
        .order_by(Article.published.desc(), Article.id.desc()).limit(SAME_PAPER_CANDIDATES)).all()
    mine = wording(text, title)
    return [row for row in rows if worded_alike(mine, wording(row.text, row.title))]


DeskMember = namedtuple("DeskMember", "id name role")
DESK = "desk"  # webapp.recent's name for it: the admin pages forget it when an account changes


def desk_members(session: Session, *, max_age: float = 300.0) -> list[DeskMember]:
    """The enabled journalists, editors and admins, whom an editor can give a story to."""
    return recent(DESK, max_age, lambda: [DeskMember(*row) for row in session.execute(
        select(User.id, User.name, User.role).where(User.role.in_(("journalist", "editor", "admin")),
                                                   User.disabled_at.is_(None)).order_by(User.name))])


def source_names(session: Session, *, max_age: float = 300.0) -> list[str]:
    """The sources stories came from, for the queue's filter; re-read every few minutes only,
    since scanning the source index on every page view costs more than the rest of the page."""
    return recent("sources", max_age, lambda: [
        s for s in session.scalars(select(Article.source).distinct().order_by(Article.source)) if s])
