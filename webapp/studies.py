"""Studies in the news: the papers and trials that several outlets reported in the chosen days, each with its
stories side by side (outlet, flags, score, "compare"), the most widely reported first. Two stories report one
study when they cite the same DOI, trial, PubMed id or paper, or name the same journal within SAME_PAPER_DAYS in
words alike (classifier.studies); the copies of one story (crawler.duplicates) count once."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flask import Blueprint, current_app, render_template, request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from classifier.studies import SAME_PAPER_DAYS, STUDY_KINDS, VENUE_KINDS, worded_alike, wording
from storage.models import Article, StudyReference, utcnow
from webapp.auth import STAFF, role_required
from webapp.db import db_int, get_session
from webapp.recent import recent

bp = Blueprint("studies", __name__, url_prefix="/studies")

DEFAULT_DAYS = 30
MAX_DAYS = 365
SHOWN = 50  # studies on the page, the most widely reported first
WHEN = func.coalesce(Article.published, Article.fetched_at)


@dataclass
class CoveredStudy:
    references: list[tuple[str, str]]  # (kind, value) its stories give, identifiers first, each once
    stories: list = field(default_factory=list)  # one row per story (copies elsewhere count once), earliest first

    @property
    def outlets(self) -> int:
        return len({s.sitename or s.source or "" for s in self.stories})

    @property
    def latest(self) -> datetime:
        return max(s.day for s in self.stories)

    @property
    def second_latest(self) -> datetime:
        """When its second story came out: the study is in the window of any days reaching back to then."""
        return sorted((s.day for s in self.stories), reverse=True)[1]


def covered_studies(session: Session, days: int, *, now: datetime | None = None) -> list[CoveredStudy]:
    """The studies that two stories or more (not copies of one) reported in the last `days` days."""
    since = (now or utcnow()) - timedelta(days=days)
    cited = session.execute(
        select(StudyReference.article_id, StudyReference.kind, StudyReference.value,
               func.coalesce(Article.cluster_id, Article.id).label("story"), WHEN.label("day"))
        .join(Article, Article.id == StudyReference.article_id).where(WHEN >= since)).all()
    groups = _Groups()
    by_key: dict[tuple[str, str], list] = defaultdict(list)
    for row in cited:
        by_key[row.kind, row.value].append(row)
    for (kind, _), rows in by_key.items():
        if kind in STUDY_KINDS:
            for row in rows[1:]:
                groups.join(rows[0].story, row.story)
    _join_alike(session, groups, [rows for (kind, _), rows in by_key.items() if kind in VENUE_KINDS])
    members: dict[int, set[int]] = defaultdict(set)  # a group's root -> its stories
    references: dict[int, dict[tuple[str, str], None]] = defaultdict(dict)
    for row in sorted(cited, key=lambda r: (r.kind == "journal", r.kind, r.value)):
        root = groups.root(row.story)
        members[root].add(row.story)
        references[root].setdefault((row.kind, row.value), None)
    reported = {root: stories for root, stories in members.items() if len(stories) > 1}
    shown = {}  # the story shown for each (the earliest of its copies that cites the study)
    for row in sorted(cited, key=lambda r: (r.day, r.article_id)):
        if groups.root(row.story) in reported:
            shown.setdefault(row.story, row.article_id)
    rows = {r.id: r for r in session.execute(
        select(Article.id, Article.title, Article.sitename, Article.source, Article.published, Article.score,
               Article.flagged_count, WHEN.label("day")).where(Article.id.in_(list(shown.values()) or [0])))}
    studies = [CoveredStudy(list(references[root]), sorted((rows[shown[story]] for story in stories),
                                                           key=lambda r: (r.day, r.id)))
               for root, stories in reported.items()]
    studies.sort(key=lambda s: (-s.outlets, -len(s.stories), -s.latest.timestamp()))
    return studies


def _join_alike(session: Session, groups: "_Groups", naming: list[list]) -> None:
    """Join the stories that name one journal (or meeting) within SAME_PAPER_DAYS of each other in words alike (each
    list of `naming`: the references to one of them). Only the stories with such a neighbour are read."""
    window = timedelta(days=SAME_PAPER_DAYS)
    pairs = []
    for rows in naming:
        rows = sorted(rows, key=lambda r: r.day)
        for i, row in enumerate(rows):
            for later in rows[i + 1:]:
                if later.day - row.day > window:
                    break
                if later.story != row.story:
                    pairs.append((row.article_id, later.article_id, row.story, later.story))
    needed = sorted({article_id for pair in pairs for article_id in pair[:2]})
    words = {}
    for start in range(0, len(needed), 500):
        for row in session.execute(select(Article.id, Article.title, Article.text)
                                   .where(Article.id.in_(needed[start:start + 500]))):
            words[row.id] = wording(row.text, row.title)
    for first, second, story, other in pairs:
        if groups.root(story) != groups.root(other) and worded_alike(words[first], words[second]):
            groups.join(story, other)


class _Groups:
    """Union-find over story ids."""

    def __init__(self):
        self.parent: dict[int, int] = {}

    def root(self, item: int) -> int:
        parent = self.parent.setdefault(item, item)
        if parent != item:
            parent = self.parent[item] = self.root(parent)
        return parent

    def join(self, a: int, b: int) -> None:
        a, b = self.root(a), self.root(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _days() -> int:
    return min(max(request.args.get("days", DEFAULT_DAYS, type=db_int) or DEFAULT_DAYS, 1), MAX_DAYS)


@bp.route("/")
@role_required(*STAFF)
def index():
    days = _days()
    studies, reaching = _covered(days), None
    if not studies and days < MAX_DAYS and (older := _covered(MAX_DAYS)):
        newest = max(study.second_latest for study in older)  # a window that reaches it, as the stats page offers
        reaching = (newest, (utcnow() - newest).days + 1)
    return render_template("studies/index.html", days=days, max_days=MAX_DAYS, studies=studies[:SHOWN],
                           more=max(0, len(studies) - SHOWN), reaching=reaching)


def _covered(days: int) -> list[CoveredStudy]:
    """covered_studies over `days`, read once in STATS_MAX_AGE seconds per process."""
    db = get_session()
    return recent("covered_studies", current_app.config["STATS_MAX_AGE"], lambda: covered_studies(db, days), days)
