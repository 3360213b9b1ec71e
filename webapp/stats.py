"""Figures for the stats page: flags over time, the desk's progress through the stories, each outlet's
record against the reporting checklist, who adds the overstatement to stories that ran before elsewhere, the
checked claims that keep coming back, the model's precision as judged by editors, and how often journalists
agree with each other (Cohen's kappa); and the same for one outlet, for its report card (webapp.outlets)."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import combinations

from sqlalchemy import and_, case, exists, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from classifier.studies import NAMING_KINDS
from digest.issue import rating_of
from storage import utcnow
from storage.models import (CHECKLIST_BITS, STORY_STATUSES, Annotation, Article, ArticleLabel, ClaimRepeat,
                            Correction, Sentence, StudyReference, User, VersionComparison)
from webapp.stories import FIRST_COPY
from webapp.views import LABELS


# a story crawled from a feed given on the command line has no source name: its outlet stands in
OUTLET = func.coalesce(Article.source, Article.sitename, "unknown")


@dataclass
class FlagsPerDay:
    days: list[str]                      # ISO dates, oldest first
    by_label: dict[str, list[int]]       # label -> flagged sentences per day, in LABELS order
    by_source: dict[str, list[int]]      # source -> flagged sentences per day, busiest first


def _of(outlet: str | None) -> tuple:
    """The condition for one outlet's stories (OUTLET spelt out, so that the index of sources finds them: a story
    without a source is rare), or none for every outlet's."""
    if outlet is None:
        return ()
    unnamed = and_(Article.source.is_(None), Article.sitename.is_(None)) if outlet == "unknown" else false()
    return (or_(Article.source == outlet, and_(Article.source.is_(None), Article.sitename == outlet), unnamed),)


def _window(days: int):
    """The names of the last `days` days (today's last), a story's day (its publication, or its
    fetch when undated) as SQL, and the condition for the stories of those days."""
    first = datetime.combine((utcnow() - timedelta(days=days - 1)).date(), datetime.min.time())
    day_names = [(first.date() + timedelta(days=i)).isoformat() for i in range(days)]
    day = func.date(func.coalesce(Article.published, Article.fetched_at))
    in_window = or_(Article.published >= first,  # two index ranges, not a scan of every story
                    and_(Article.published.is_(None), Article.fetched_at >= first))
    return day_names, day, in_window


def flags_per_day(session: Session, *, days: int, outlet: str | None = None) -> FlagsPerDay:
    """Flagged sentences per publication day (fetch day when undated), split by label and by
    source (of one `outlet` only, when given). One grouped query for both splits: at 100,000s of stories
    the join of stories with their label counts is the whole cost of the stats page."""
    day_names, day, in_window = _window(days)
    rows = session.execute(
        select(day, ArticleLabel.label, OUTLET, func.sum(ArticleLabel.count))
        .join(Article, Article.id == ArticleLabel.article_id)
        .where(in_window, *_of(outlet)).group_by(day, ArticleLabel.label, OUTLET))
    index = {d: i for i, d in enumerate(day_names)}
    by_label: dict[str, list[int]] = {}
    by_source: dict[str, list[int]] = {}
    for d, label, name, count in rows:
        i = index.get(str(d)[:10])
        if i is not None:
            by_label.setdefault(str(label), [0] * days)[i] += int(count or 0)
            by_source.setdefault(str(name), [0] * days)[i] += int(count or 0)
    return FlagsPerDay(day_names, {label: by_label[label] for label in LABELS if label in by_label},
                       dict(sorted(by_source.items(), key=lambda kv: -sum(kv[1]))))


def days_back_to_newest(session: Session) -> int | None:
    """How many days the stats would need to reach back to the newest classified story (its
    publication day, or its fetch day when undated): for a window that holds none, as a quiet desk's
    or an old demo's. None when no story is classified."""
    newest = session.scalar(select(func.max(Article.published)).where(Article.score.is_not(None)))
    if newest is None:
        newest = session.scalar(select(func.max(Article.fetched_at)).where(Article.score.is_not(None)))
    if newest is None:
        return None
    return max((utcnow().date() - newest.date()).days + 1, 1)


@dataclass
class StoriesPerDay:
    days: list[str]                      # ISO dates, oldest first
    by_status: dict[str, list[int]]      # status -> stories per day, in STORY_STATUSES' order


def stories_per_day(session: Session, *, days: int) -> StoriesPerDay:
    """Classified stories per publication day (fetch day when undated) by review status: how far
    the desk has got. A syndicated story counts once, by its first copy, as the queue lists it."""
    day_names, day, in_window = _window(days)
    rows = session.execute(select(day, Article.status, func.count())
                           .where(in_window, Article.score.is_not(None), FIRST_COPY).group_by(day, Article.status))
    index = {d: i for i, d in enumerate(day_names)}
    by_status = {status: [0] * days for status in STORY_STATUSES}
    for d, status, count in rows:
        if (i := index.get(str(d)[:10])) is not None and status in by_status:
            by_status[status][i] += count
    return StoriesPerDay(day_names, by_status)


@dataclass
class OutletRecord:
    name: str
    source: str | None   # the configured source it is (the queue's filter), or None for an outlet named by its site
    stories: int
    flagged: int         # stories with at least one flagged sentence
    mean_score: float
    checklist: dict[str, tuple[int, int]]  # criterion -> (stories that meet it, stories it applies to)
    named_study: int = 0  # stories that name the study they report: a journal, a DOI, a trial (classifier.studies)

    def share(self, criterion: str) -> float | None:
        met, judged = self.checklist[criterion]
        return met / judged if judged else None


OUTLET_ORDERS = ("stories", "flagged", "score", "named", *CHECKLIST_BITS)
MIN_STORIES_RANKED = 3  # a share over fewer stories says little: such outlets follow the others


def rank_outlets(records: list[OutletRecord], by: str) -> list[OutletRecord]:
    """The outlets in the order `by` (OUTLET_ORDERS) asks for, the worst reporting first: the most stories,
    the largest share flagged, the highest mean score, the smallest share naming their study, or the smallest
    share meeting a criterion (those it applies to none of last); ties by stories. Outlets with fewer than MIN_STORIES_RANKED stories
    come after the rest, except in the order of stories."""
    def badness(r: OutletRecord) -> float:
        if by == "stories":
            return r.stories
        if by == "flagged":
            return r.flagged / r.stories
        if by == "score":
            return r.mean_score
        if by == "named":  # the fewest naming their study first
            return 1 - r.named_study / r.stories
        share = r.share(by)
        return -1.0 if share is None else 1 - share
    return sorted(records, key=lambda r: (by != "stories" and r.stories < MIN_STORIES_RANKED, -badness(r),
                                          -r.stories, r.name))


def every_outlet(records: list[OutletRecord]) -> OutletRecord | None:
    """The records of all outlets as one: the yardstick an outlet's record is read against."""
    if not records:
        return None
    stories = sum(r.stories for r in records)
    return OutletRecord("every outlet", None, stories, sum(r.flagged for r in records),
                        sum(r.mean_score * r.stories for r in records) / stories,
                        {c: (sum(r.checklist[c][0] for r in records), sum(r.checklist[c][1] for r in records))
                         for c in CHECKLIST_BITS}, sum(r.named_study for r in records))


def outlet_records(session: Session, *, days: int, outlet: str | None = None) -> list[OutletRecord]:
    """Each outlet's classified stories of the last `days` days (every copy: running a syndicated story
    is the outlet's choice): how many, how many flagged, their mean score, how many name the study they report,
    and for each criterion of the reporting checklist the share of the stories it applies to that meet it, after
    HealthNewsReview.org's report cards; the busiest first. One grouped query over the stories' checklist bits
(storage.models.CHECKLIST_BITS)."""
    _, _, in_window = _window(days)
    bits = [(name, 1 << i) for i, name in enumerate(CHECKLIST_BITS)]
    counts = [func.sum(case((column.op("&")(bit) != 0, 1), else_=0))
              for _, bit in bits for column in (Article.criteria_met, Article.criteria_judged)]
    names_study = exists().where(StudyReference.article_id == Article.id, StudyReference.kind.in_(NAMING_KINDS))
    rows = session.execute(
        select(OUTLET, func.min(Article.source), func.count(), func.sum(case((Article.flagged_count > 0, 1), else_=0)),
               func.avg(Article.score), func.sum(case((names_study, 1), else_=0)), *counts)
        .where(in_window, Article.score.is_not(None), *_of(outlet)).group_by(OUTLET)).all()
    records = [OutletRecord(str(name), source if source == name else None, stories, int(flagged or 0), float(mean),
                            {criterion: (int(rest[2 * i] or 0), int(rest[2 * i + 1] or 0))
                             for i, (criterion, _) in enumerate(bits)}, int(named or 0))
               for name, source, stories, flagged, mean, named, *rest in rows]
    return sorted(records, key=lambda r: (-r.stories, r.name))


@dataclass
class OutletAdditions:
    """What an outlet did to the overstated claims of stories another version of which came first."""
    name: str
    copies: int = 0      # its stories of the window that came after another version
    kept: int = 0        # their flagged claims the first version makes too
    added: int = 0       # ... that the first version does not make
    dropped: int = 0     # the first version's flagged claims they leave out or tone down
    most: tuple[int, int, int] | None = None  # (claims added, first version id, copy id) of its copy adding the most


@dataclass
class Syndication:
    outlets: list[OutletAdditions]       # those adding the most claims first
    by_label: dict[str, tuple[int, int]]  # label -> (claims kept, claims added), in LABELS order
    compared: int = 0                    # later versions compared

    @property
    def kept(self) -> int:
        return sum(kept for kept, _ in self.by_label.values())

    @property
    def added(self) -> int:
        return sum(added for _, added in self.by_label.values())


def syndication(session: Session, *, days: int, outlet: str | None = None) -> Syndication:
    """For the stories of the last `days` days that ran in more than one version (a press release and its
    copies, crawler.duplicates), each later version of these days against the first version (the earliest
    published, or fetched when undated, however long ago), its flagged claims as the compare page pairs them,
    as the `additions` job last compared them (hypewatch.additions): the claims each outlet kept, added and
    dropped. Did the overstatement come with the release, or did the outlets add it?"""
    _, _, in_window = _window(days)
    outlets: dict[str, OutletAdditions] = {}
    by_label = {label: [0, 0] for label in LABELS}
    compared = 0
    for row in session.execute(select(VersionComparison.article_id, VersionComparison.first_id, OUTLET.label("outlet"),
                                      VersionComparison.kept, VersionComparison.added, VersionComparison.dropped,
                                      VersionComparison.labels)
                               .join(Article, Article.id == VersionComparison.article_id).where(in_window, *_of(outlet))
                               .order_by(VersionComparison.article_id)):
        compared += 1
        record = outlets.setdefault(row.outlet, OutletAdditions(row.outlet))
        record.copies, record.kept, record.added, record.dropped = (
            record.copies + 1, record.kept + row.kept, record.added + row.added, record.dropped + row.dropped)
        if row.added and (record.most is None or row.added > record.most[0]):
            record.most = (row.added, row.first_id, row.article_id)
        for label, (_, kept, added) in row.labels.items():
            counts = by_label.setdefault(label, [0, 0])
            counts[0], counts[1] = counts[0] + kept, counts[1] + added
    return Syndication(sorted(outlets.values(), key=lambda o: (-o.added, -o.copies, o.name)),
                       {label: (kept, added) for label, (kept, added) in by_label.items() if kept or added},
                       compared)


def outlet_exists(session: Session, outlet: str) -> bool:
    return session.scalar(select(Article.id).where(*_of(outlet)).limit(1)) is not None


def most_overstated(session: Session, *, days: int, outlet: str, most: int) -> list:
    """An outlet's classified stories of the last `days` days, the most overstated first:
    (id, title, published, score, flagged_count, status) rows."""
    _, _, in_window = _window(days)
    return session.execute(select(Article.id, Article.title, Article.published, Article.score, Article.flagged_count,
                                  Article.status)
                           .where(in_window, Article.score.is_not(None), *_of(outlet))
                           .order_by(Article.score.desc(), Article.id.desc()).limit(most)).all()


def most_added(session: Session, *, days: int, outlet: str, most: int) -> list:
    """An outlet's later versions of the last `days` days that added the most claims to the first version of
    their story, as the `additions` job compared them: (id, title, published, added, first_id, first_outlet) rows."""
    _, _, in_window = _window(days)
    first = aliased(Article)
    return session.execute(select(Article.id, Article.title, Article.published, VersionComparison.added,
                                  VersionComparison.first_id,
                                  func.coalesce(first.source, first.sitename, "unknown").label("first_outlet"))
                           .join(VersionComparison, VersionComparison.article_id == Article.id)
                           .join(first, first.id == VersionComparison.first_id)
                           .where(in_window, *_of(outlet), VersionComparison.added > 0)
                           .order_by(VersionComparison.added.desc(), Article.id.desc()).limit(most)).all()


def corrections_asked(session: Session, *, outlet: str) -> dict[str, int]:
    """The correction requests the desk made of an outlet's stories, ever, by status (webapp.corrections)."""
    return dict(session.execute(select(Correction.status, func.count())
                                .join(Article, Article.id == Correction.article_id)
                                .where(*_of(outlet)).group_by(Correction.status)).all())


VERDICTS_LISTED = 5


@dataclass
class PublishedVerdict:
    id: int          # the approved annotation: /verdicts/<id>
    claim: str
    rating: str      # "Overstated: cure", "Not overstated"
    article_id: int


def verdicts_on(session: Session, *, outlet: str) -> tuple[int, int, list]:
    """The verdicts the desk has published on an outlet's claims, ever: (how many, how many rate the claim
    overstated, the latest VERDICTS_LISTED as PublishedVerdicts)."""
    published = (select(Annotation.id, Sentence.text, Annotation.labels, Annotation.article_id)
                 .join(Sentence, Sentence.id == Annotation.sentence_id)
                 .join(Article, Article.id == Annotation.article_id)
                 .where(Annotation.status == "approved", *_of(outlet)))
    rows = session.execute(published.order_by(Annotation.reviewed_at.desc(), Annotation.id.desc())).all()
    return (len(rows), sum(1 for row in rows if row.labels),
            [PublishedVerdict(verdict_id, claim, rating_of(labels)[0], article_id)
             for verdict_id, claim, labels, article_id in rows[:VERDICTS_LISTED]])


@dataclass
class RepeatedClaim:
    verdict_id: int      # the approved annotation: /verdicts/<id>
    claim: str
    rating: str          # "Overstated: cure", "Not overstated"
    article_id: int      # the checked story
    stories: int         # the stories of the window that repeat it
    outlets: int         # the outlets they came from


REPEATED_SHOWN = 10


def repeated_claims(session: Session, *, days: int) -> list[RepeatedClaim]:
    """The published verdicts whose claim the most stories of the last `days` days repeat (as the
    `repeats` job found them, hypewatch.repeats): the checked claims that keep coming back."""
    _, _, in_window = _window(days)
    stories = func.count(func.distinct(ClaimRepeat.article_id))
    top = session.execute(select(ClaimRepeat.annotation_id, stories)
                          .join(Article, Article.id == ClaimRepeat.article_id).where(in_window)
                          .group_by(ClaimRepeat.annotation_id).order_by(stories.desc(), ClaimRepeat.annotation_id.desc())
                          .limit(REPEATED_SHOWN)).all()
    found = []
    for verdict_id, count in top:  # the outlets of the top few only: counting them for every verdict doubles the cost
        claim, labels, article_id = session.execute(
            select(Sentence.text, Annotation.labels, Annotation.article_id)
            .join(Annotation, Annotation.sentence_id == Sentence.id).where(Annotation.id == verdict_id)).one()
        outlets = session.scalar(select(func.count(func.distinct(OUTLET))).join(
            ClaimRepeat, ClaimRepeat.article_id == Article.id).where(ClaimRepeat.annotation_id == verdict_id, in_window))
        found.append(RepeatedClaim(verdict_id, claim, rating_of(labels)[0], article_id, count, outlets))
    return found


@dataclass
class LabelPrecision:
    label: str
    judged: int      # approved verdicts on sentences the model gave this label
    confirmed: int   # ... where the approved verdict kept the label

    @property
    def precision(self) -> float | None:
        return self.confirmed / self.judged if self.judged else None


def model_precision(session: Session) -> list[LabelPrecision]:
    judged, confirmed = Counter(), Counter()
    rows = session.execute(select(Sentence.labels, Annotation.labels)
                           .join(Sentence, Sentence.id == Annotation.sentence_id)
                           .where(Annotation.status == "approved"))
    for model_labels, human_labels in rows:
        for label in model_labels or []:
            judged[label] += 1
            confirmed[label] += label in (human_labels or [])
    return [LabelPrecision(label, judged[label], confirmed[label]) for label in LABELS]


@dataclass
class PersonAnnotations:
    name: str
    pending: int
    approved: int
    rejected: int

    @property
    def approved_share(self) -> float | None:
        """Of this person's reviewed annotations, the share editors approved."""
        reviewed = self.approved + self.rejected
        return self.approved / reviewed if reviewed else None


def annotations_by_person(session: Session) -> list[PersonAnnotations]:
    """Everyone who has annotated, with how many of their annotations wait, were approved and were
    rejected; the busiest first. Counted through the index of each user's annotations by status."""
    counts: dict[int, Counter] = defaultdict(Counter)
    for user_id, status, count in session.execute(select(Annotation.user_id, Annotation.status, func.count())
                                                  .group_by(Annotation.user_id, Annotation.status)):
        counts[user_id][status] = count
    if not counts:
        return []
    names = dict(session.execute(select(User.id, User.name).where(User.id.in_(counts))).all())
    people = [PersonAnnotations(names.get(user_id, "?"), c["pending"], c["approved"], c["rejected"])
              for user_id, c in counts.items()]
    return sorted(people, key=lambda p: (-(p.pending + p.approved + p.rejected), p.name))


def cohen_kappa(a: list, b: list) -> float | None:
    """Cohen's kappa of two raters' labels for the same items; None where it is undefined
    (no items, or both raters always gave the same single category)."""
    n = len(a)
    if n == 0 or n != len(b):
        return None
    observed = sum(x == y for x, y in zip(a, b)) / n
    count_a, count_b = Counter(a), Counter(b)
    expected = sum(count_a[c] * count_b[c] for c in set(a) | set(b)) / (n * n)
    if expected == 1:
        return None
    return (observed - expected) / (1 - expected)


@dataclass
class PairAgreement:
    first: str
    second: str
    shared: int
    verdict: float | None
    labels: dict[str, float | None] = field(default_factory=dict)


@dataclass
class Agreement:
    pairs: list[PairAgreement]
    per_label: dict[str, float | None]
    verdict: float | None


def agreement(session: Session) -> Agreement:
    """Kappa for every pair of people who annotated the same sentences: on the verdict and on
    each label (present or not); then pooled over all pairs."""
    # only sentences that two people or more annotated: most have one annotation at most
    shared_sentences = (select(Annotation.sentence_id).group_by(Annotation.sentence_id)
                        .having(func.count(func.distinct(Annotation.user_id)) > 1))
    by_sentence: dict[int, dict[str, Annotation]] = defaultdict(dict)
    for sentence_id, name, verdict, labels in session.execute(
            select(Annotation.sentence_id, User.name, Annotation.verdict, Annotation.labels)
            .join(User, User.id == Annotation.user_id)
            .where(Annotation.sentence_id.in_(shared_sentences))):
        by_sentence[sentence_id][name] = (verdict, set(labels or []))
    shared: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for votes in by_sentence.values():
        for first, second in combinations(sorted(votes), 2):
            shared[(first, second)].append((votes[first], votes[second]))
    pairs, pooled_verdicts, pooled_labels = [], ([], []), {label: ([], []) for label in LABELS}
    for (first, second), items in sorted(shared.items()):
        a_verdicts = [x[0] for x, _ in items]
        b_verdicts = [y[0] for _, y in items]
        pooled_verdicts[0].extend(a_verdicts)
        pooled_verdicts[1].extend(b_verdicts)
        per_label = {}
        for label in LABELS:
            a = [label in x[1] for x, _ in items]
            b = [label in y[1] for _, y in items]
            pooled_labels[label][0].extend(a)
            pooled_labels[label][1].extend(b)
            per_label[label] = cohen_kappa(a, b)
        pairs.append(PairAgreement(first, second, len(items), cohen_kappa(a_verdicts, b_verdicts), per_label))
    return Agreement(pairs, {label: cohen_kappa(*pooled_labels[label]) for label in LABELS},
                     cohen_kappa(*pooled_verdicts))
