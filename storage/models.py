"""The tables. One class per table; behaviour lives in the modules that use them."""
from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import (JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String,
                        Text, UniqueConstraint, select, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> datetime:
    """Naive UTC: SQLite keeps no time zone, so every timestamp is stored as UTC without one."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


ROLES = ("admin", "editor", "journalist", "subscriber")
STORY_STATUSES = ("new", "in_review", "done")


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime)  # set by an admin: no log-in, session or token
    email: Mapped[str | None] = mapped_column(String(254))  # only ever an address its owner confirmed
    notices: Mapped[list | None] = mapped_column(JSON)  # what the `notices` job mails them (hypewatch.notices.KINDS)
    notified_until: Mapped[datetime | None] = mapped_column(DateTime)  # what happened before is mailed or not wanted
    notice_hour: Mapped[int | None] = mapped_column(Integer)  # None: notices as they come; 0-23: once a day then


CORRECTION_STATUSES = ("requested", "corrected", "declined", "no_answer")


class Correction(Base):
    """A correction the desk asked a story's outlet for, and what came of it (webapp.corrections)."""
    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(20), default="requested", index=True)
    contact: Mapped[str] = mapped_column(String(300))  # whom the desk asked: an editor, an address, a form
    note: Mapped[str | None] = mapped_column(Text)
    outcome_url: Mapped[str | None] = mapped_column(String(2000))  # the corrected story, or the outlet's answer
    requested_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    requested_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)  # when it left "requested"

    requested_by: Mapped[User | None] = relationship()


class Watch(Base):
    """A review-queue search someone watches: the `notices` job mails them the new stories it finds."""
    __tablename__ = "watches"
    __table_args__ = (UniqueConstraint("user_id", "query"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    query: Mapped[str] = mapped_column(String(1000))  # the queue's filters as a URL query (webapp.stories)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Source(Base):
    """Health of one configured source; the source's settings live in the sources file."""
    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    items_found: Mapped[int] = mapped_column(Integer, default=0)
    paused: Mapped[bool] = mapped_column(Boolean, default=False)


# The reporting checklist's criteria (classifier.criteria.NAMES), each a bit of Article.criteria_met and
# Article.criteria_judged so that counting them over thousands of stories reads no JSON; a new criterion
# takes the next bit (a stored story's bits keep their meaning).
CHECKLIST_BITS = ("costs", "benefits_quantified", "harms", "evidence_quality", "independent_sources",
                  "alternatives", "availability", "novelty", "press_release", "commercial_interest")


CRITERION_STATUSES = ("satisfied", "not_satisfied", "not_applicable")


def checklist_bits(criteria: list | None) -> tuple[int, int]:
    """A story's checklist as (met, judged): bit i of `met` is set when criterion CHECKLIST_BITS[i]
    is satisfied, of `judged` when it applies (satisfied or not)."""
    met = judged = 0
    for item in criteria or ():
        if item.get("id") in CHECKLIST_BITS and item.get("status") in ("satisfied", "not_satisfied"):
            bit = 1 << CHECKLIST_BITS.index(item["id"])
            judged |= bit
            if item["status"] == "satisfied":
                met |= bit
    return met, judged


_FIRST_COPY = text("cluster_id IS NULL OR cluster_id = id")  # partial indexes' conditions (migrations 0080, 0090)
_ASSIGNED = text("assignee_id IS NOT NULL")
# each cluster's first story while it is not done: the review queue's default view (migration 0114)
_OPEN_FIRST_COPY = text("(cluster_id IS NULL OR cluster_id = id) AND status <> 'done'")
# the stories the `repeats` job found repeating a checked claim, and those of them not yet done (migration 0117)
_REPEATING = text("repeating IS NOT NULL")
_OPEN_REPEATING = text("repeating IS NOT NULL AND status <> 'done'")
# the later versions of a story that the `additions` job found adding claims to its first version (migration 0123)
_ADDING = text("adds_claims IS NOT NULL")
_OPEN_ADDING = text("adds_claims IS NOT NULL AND status <> 'done'")


class Article(Base):
    """One story, keyed by its canonical URL."""
    __tablename__ = "articles"
    # the review queue's order over each cluster's first story (webapp.stories), and the assigned stories
    __table_args__ = (Index("ix_articles_first_copies", "score", "id", sqlite_where=_FIRST_COPY,
                            postgresql_where=_FIRST_COPY),
                      Index("ix_articles_open_first_copies", "score", "id", sqlite_where=_OPEN_FIRST_COPY,
                            postgresql_where=_OPEN_FIRST_COPY),
                      Index("ix_articles_assignee_id", "assignee_id", sqlite_where=_ASSIGNED,
                            postgresql_where=_ASSIGNED),
                      Index("ix_articles_repeating", "score", "id", sqlite_where=_REPEATING,
                            postgresql_where=_REPEATING),
                      Index("ix_articles_open_repeating", "score", "id", sqlite_where=_OPEN_REPEATING,
                            postgresql_where=_OPEN_REPEATING),
                      Index("ix_articles_adding", "score", "id", sqlite_where=_ADDING, postgresql_where=_ADDING),
                      Index("ix_articles_open_adding", "score", "id", sqlite_where=_OPEN_ADDING,
                            postgresql_where=_OPEN_ADDING))

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[datetime | None] = mapped_column(DateTime)
    sitename: Mapped[str | None] = mapped_column(String(255))
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(120), index=True)
    fetched_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    # the id of the cluster's first story (crawler.duplicates); NULL for a story never clustered
    cluster_id: Mapped[int | None] = mapped_column(Integer, index=True)
    topic_score: Mapped[float | None] = mapped_column(Float)
    topic_terms: Mapped[list | None] = mapped_column(JSON)
    score: Mapped[float | None] = mapped_column(Float, index=True)
    criteria: Mapped[list | None] = mapped_column(JSON)
    # the checklist again as bits (CHECKLIST_BITS), kept by storage.articles.save_analysis for the stats page
    criteria_met: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    criteria_judged: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    model_version: Mapped[str | None] = mapped_column(String(64))
    classified_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # How many of its sentences carry a label, kept by storage.articles.save_analysis so that
    # the queue does not read every sentence of every listed story.
    flagged_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # True once the `repeats` job stored a sentence of it repeating a checked claim, NULL when the job found
    # none (hypewatch.repeats): a partial index's condition, which the queue reads beside claim_repeats itself
    # (a sentence replaced or a verdict withdrawn drops its repeats at once, the mark at the job's next run)
    repeating: Mapped[bool | None] = mapped_column(Boolean)
    # How many flagged claims this later version of a story makes that the story's first version does not, as the
    # `additions` job last compared them (hypewatch.additions); NULL when none, or when it is no later version.
    adds_claims: Mapped[int | None] = mapped_column(Integer)
    # the page's links to the study it reports (a DOI, a trial's registry, a journal's article page), kept by the
    # crawler (crawler.extraction) for the classifier to read again with the text (classifier.studies)
    cited_links: Mapped[list | None] = mapped_column(JSON)
    # why the classifier did not read the story: classifier.scope's "not_english" or "not_about_health"; NULL when it did
    out_of_scope: Mapped[str | None] = mapped_column(String(20))

    sentences: Mapped[list["Sentence"]] = relationship(
        back_populates="article", order_by="Sentence.position",
        cascade="all, delete-orphan", passive_deletes=True)
    labels: Mapped[list["ArticleLabel"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)
    references: Mapped[list["StudyReference"]] = relationship(
        order_by="StudyReference.position", viewonly=True)
    assignee: Mapped[User | None] = relationship()


# The review queue's "newest first" order (webapp.stories): published DESC NULLS LAST, id DESC, over each
# cluster's first story and over all. SQLite walks ix_articles_published backwards (its NULLs sort first,
# and the index holds the rowid); PostgreSQL needs the order spelled out (migration 0112), and its
# ix_articles_newest serves the date ranges too, in place of ix_articles_published (migration 0113). The same
# over each cluster's first story not yet done, the queue's default view (migration 0114).
Index("ix_articles_published", Article.published).ddl_if(dialect="sqlite")
Index("ix_articles_first_copies_newest", Article.published.desc().nulls_last(), Article.id.desc(),
      postgresql_where=_FIRST_COPY).ddl_if(dialect="postgresql")
Index("ix_articles_newest", Article.published.desc().nulls_last(),
      Article.id.desc()).ddl_if(dialect="postgresql")
Index("ix_articles_open_first_copies_published", Article.published,
      sqlite_where=_OPEN_FIRST_COPY).ddl_if(dialect="sqlite")
Index("ix_articles_open_first_copies_newest", Article.published.desc().nulls_last(), Article.id.desc(),
      postgresql_where=_OPEN_FIRST_COPY).ddl_if(dialect="postgresql")


class Sentence(Base):
    """A sentence of a story with what the classifier said of it."""
    __tablename__ = "sentences"
    __table_args__ = (UniqueConstraint("article_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    headline: Mapped[bool] = mapped_column(Boolean, default=False)
    labels: Mapped[list] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    scores: Mapped[dict] = mapped_column(JSON, default=dict)
    triggers: Mapped[dict] = mapped_column(JSON, default=dict)
    strength: Mapped[str | None] = mapped_column(String(20))

    article: Mapped[Article] = relationship(back_populates="sentences")


class ArticleLabel(Base):
    """How many sentences of a story carry a label: lets the queue filter by label with an index."""
    __tablename__ = "article_labels"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    label: Mapped[str] = mapped_column(String(20), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_article_labels_label", "label"),)


class CrawlRun(Base):
    """One run of the crawler with its report (counts and example URLs per skip reason)."""
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(20), default="running")
    fetched: Mapped[int] = mapped_column(Integer, default=0)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    report: Mapped[dict | None] = mapped_column(JSON)


ANNOTATION_STATUSES = ("pending", "approved", "rejected")


class Annotation(Base):
    """A journalist's verdict on one sentence; editors approve or reject it.

    `version` is checked on every update, so two editors acting at once cannot
    overwrite each other: the second one's flush fails with StaleDataError.
    """
    __tablename__ = "annotations"
    # each user's annotations in the order "My annotations" lists them, all and by status (migration 0110)
    __table_args__ = (Index("ix_annotations_user_order", "user_id", "updated_at", "id"),
                      Index("ix_annotations_user_status_order", "user_id", "status", "updated_at", "id"),
                      # one annotation per person and sentence, whatever the timing of two requests (0111)
                      Index("uq_annotations_sentence_user", "sentence_id", "user_id", unique=True))

    id: Mapped[int] = mapped_column(primary_key=True)
    sentence_id: Mapped[int] = mapped_column(ForeignKey("sentences.id", ondelete="CASCADE"))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    verdict: Mapped[str] = mapped_column(String(20))  # agree | disagree
    labels: Mapped[list] = mapped_column(JSON, default=list)  # the labels the sentence deserves
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    reject_reason: Mapped[str | None] = mapped_column(Text)  # the last rejection's; kept while a revision waits
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}

    sentence: Mapped[Sentence] = relationship()
    article: Mapped[Article] = relationship()
    user: Mapped[User] = relationship(foreign_keys=[user_id])
    reviewed_by: Mapped[User | None] = relationship(foreign_keys=[reviewed_by_id])


class ClaimRepeat(Base):
    """A stored flagged sentence that makes a claim the desk has published a verdict on (an approved
    annotation of another sentence), as "Checked before" matches them (webapp.matches); found and kept up
    to date by the `repeats` job (hypewatch.repeats)."""
    __tablename__ = "claim_repeats"
    # a verdict's repeating stories, the latest stored first, walked without sorting them all
    __table_args__ = (Index("ix_claim_repeats_annotation_article", "annotation_id", "article_id"),)

    sentence_id: Mapped[int] = mapped_column(ForeignKey("sentences.id", ondelete="CASCADE"), primary_key=True)
    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    similarity: Mapped[float] = mapped_column(Float)


class StudyReference(Base):
    """What a story says of the study it reports: a DOI, a trial's number, a PubMed id, a link to the paper
    or the journal (classifier.studies), kept by storage.articles.save_analysis. Two stories sharing a DOI,
    a trial, a PubMed id or a paper's link report the same study (webapp.stories.same_study)."""
    __tablename__ = "study_references"
    __table_args__ = (Index("ix_study_references_kind_value", "kind", "value"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)  # doi, trial, pubmed, paper or journal
    value: Mapped[str] = mapped_column(String(500), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)  # the order the story gives them in


class VersionComparison(Base):
    """A later version of a story (a copy of a press release, another outlet's run of it) set against the story's
    first version, flagged claim by flagged claim as "compare" pairs them (hypewatch.versions); kept up to date by
    the `additions` job (hypewatch.additions)."""
    __tablename__ = "version_comparisons"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    first_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kept: Mapped[int] = mapped_column(Integer)     # its flagged claims the first version makes too
    added: Mapped[int] = mapped_column(Integer)    # ... that the first version does not make
    dropped: Mapped[int] = mapped_column(Integer)  # the first version's flagged claims it leaves out or tones down
    labels: Mapped[dict] = mapped_column(JSON)     # label -> [dropped, kept, added]
    compared_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Alert(Base):
    """A story announced in the desk's chat by the `alerts` job (hypewatch.alerts): one row a story, pending
    (sent_at NULL) until the webhook has accepted it."""
    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), unique=True)
    reason: Mapped[str] = mapped_column(String(20))  # "overstated", "repeats" or "adds" (a later version adding claims)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)


class VerdictAlert(Base):
    """A published verdict announced in the desk's chat by the `alerts` job: made when the webhook took it."""
    __tablename__ = "verdict_alerts"

    annotation_id: Mapped[int] = mapped_column(ForeignKey("annotations.id", ondelete="CASCADE"), primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AuditEvent(Base):
    """Who changed what, when, and the values before and after."""
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[int | None] = mapped_column(Integer, index=True)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)

    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)


class SeenUrl(Base):
    """A URL the crawler fetched and settled (stored, off topic, not an article): not fetched again."""
    __tablename__ = "seen_urls"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(40))
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    seen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class FetchValidator(Base):
    """The ETag and Last-Modified a feed last answered with, sent back to ask "anything new?"."""
    __tablename__ = "fetch_validators"

    url: Mapped[str] = mapped_column(String(2048), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    checked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ArticleSignature(Base):
    """A story's MinHash signature and its LSH band keys, for finding syndicated copies."""
    __tablename__ = "article_signatures"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    minhash: Mapped[list] = mapped_column(JSON)


class ArticleBand(Base):
    """One LSH band key of a story's signature: stories sharing a key are near-duplicate candidates."""
    __tablename__ = "article_bands"

    band: Mapped[str] = mapped_column(String(40), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


class ApiToken(Base):
    """A personal API token; only its SHA-256 hash is stored (the token is shown once)."""
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime)

    user: Mapped[User] = relationship()


class LoginThrottle(Base):
    """Failed log-ins per user name and client address, so every web process sees the lockout."""
    __tablename__ = "login_throttles"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


JOB_OUTCOMES = ("running", "ok", "failed", "skipped")


class JobRun(Base):
    """One run of a scheduled job (crawl:<source>, classify, retrain, digest, deliver, cleanup)."""
    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160))
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    outcome: Mapped[str] = mapped_column(String(20), default="running")
    counts: Mapped[dict | None] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_job_runs_name_started", "name", "started_at"),)

    @classmethod
    def last_counts(cls, session, name: str) -> dict | None:
        """The counts of the last run of the job `name` that went well: where a job that goes over what is new
        since then (hypewatch.repeats, hypewatch.additions) takes up."""
        return session.scalar(select(cls.counts).where(cls.name == name, cls.outcome == "ok")
                              .order_by(cls.id.desc()).limit(1))


class JobLock(Base):
    """Held while a job runs, so two scheduler processes never run the same job at once.

    A lock whose holder died is taken over once `expires_at` has passed.
    """
    __tablename__ = "job_locks"

    name: Mapped[str] = mapped_column(String(160), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    acquired_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class DigestIssue(Base):
    """The digest of one day, built once so the web page, the feed and the e-mail agree."""
    __tablename__ = "digest_issues"

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[date] = mapped_column(Date, unique=True)
    built_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    content: Mapped[dict] = mapped_column(JSON)


SUBSCRIBER_STATUSES = ("confirmed", "unsubscribed")
FREQUENCIES = ("daily", "weekly")


class Subscriber(Base):
    """A confirmed e-mail address (double opt-in: the row exists only once the link was followed)."""
    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    topics: Mapped[list] = mapped_column(JSON, default=list)  # empty: every topic
    frequency: Mapped[str] = mapped_column(String(10), default="daily")
    status: Mapped[str] = mapped_column(String(20), default="confirmed", index=True)
    confirmed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    unsubscribed_at: Mapped[datetime | None] = mapped_column(DateTime)


DELIVERY_STATES = ("pending", "sending", "sent", "failed", "skipped")


class Delivery(Base):
    """One issue to one subscriber: pending -> sending -> sent | failed (or skipped: nothing on
    the subscriber's topics). A weekly mail covers several issues; its rows share `message_id`."""
    __tablename__ = "deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("digest_issues.id", ondelete="CASCADE"))
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"), index=True)
    message_id: Mapped[str] = mapped_column(String(255), index=True)
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    __table_args__ = (UniqueConstraint("issue_id", "subscriber_id"),)

    issue: Mapped[DigestIssue] = relationship()
    subscriber: Mapped[Subscriber] = relationship()
