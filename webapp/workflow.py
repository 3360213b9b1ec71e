"""Journalists' verdicts on sentences, editors' reviews of them, and the audit trail of both.

Forms and the JSON API both go through these functions, so every change is checked and
recorded the same way."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import bindparam, func, literal_column, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from storage import utcnow
from storage.models import (CRITERION_STATUSES, Annotation, Article, AuditEvent, ClaimRepeat, Sentence, User,
                            checklist_bits)
from webapp.views import LABELS

VERDICTS = ("agree", "disagree")
ANNOTATION_STATUSES = ("pending", "approved", "rejected")


class AnnotationError(ValueError):
    """Bad input, said in words the user can act on (HTTP 400)."""


class Conflict(RuntimeError):
    """Someone else changed the annotation first; nothing was written (HTTP 409)."""


def snapshot(annotation: Annotation) -> dict:
    return {
        "sentence_id": annotation.sentence_id, "user": annotation.user.name if annotation.user else None,
        "verdict": annotation.verdict, "labels": list(annotation.labels or []),
        "note": annotation.note, "status": annotation.status,
        "reviewed_by": annotation.reviewed_by.name if annotation.reviewed_by else None,
        "reject_reason": annotation.reject_reason, "version": annotation.version,
    }


def record(session: Session, user: User | None, action: str, entity: str, entity_id: int,
           article_id: int | None, before: dict | None, after: dict | None) -> AuditEvent:
    event = AuditEvent(at=utcnow(), user_id=user.id if user else None, action=action, entity=entity,
                       entity_id=entity_id, article_id=article_id, before=before, after=after)
    session.add(event)
    return event


def audit_trail(session: Session, *, article_id: int | None = None):
    """(event, user name) pairs, optionally for one story, oldest first (the exports)."""
    query = select(AuditEvent, User.name).outerjoin(User, User.id == AuditEvent.user_id)
    if article_id is not None:
        query = query.where(AuditEvent.article_id == article_id)
    return session.execute(query.order_by(AuditEvent.id).execution_options(yield_per=500))


def clean_labels(labels) -> list[str]:
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        raise AnnotationError(f"unknown label {unknown[0]!r}; choose from {', '.join(LABELS)}")
    return [label for label in LABELS if label in set(labels)]


def _clean(verdict: str, labels, note: str | None, sentence: Sentence) -> tuple[str, list[str], str | None]:
    if verdict not in VERDICTS:
        raise AnnotationError("a verdict is 'agree' or 'disagree'")
    labels = clean_labels(labels or [])
    if verdict == "agree" and not labels:
        labels = clean_labels(sentence.labels or [])  # agreeing with the model's labels
    note = (note or "").strip()[:4000] or None
    return verdict, labels, note


def _flush(session: Session) -> None:
    # The caller rolls back (the request ends, or the bulk action's savepoint).
    try:
        session.flush()
    except StaleDataError:
        raise Conflict("Someone else changed this annotation a moment ago; nothing was saved. "
                       "Reload to see the current version.") from None


def annotate(session: Session, user: User, sentence: Sentence, *, verdict: str, labels=None,
             note: str | None = None, version: int | None = None) -> Annotation:
    """Create the user's annotation of a sentence, or update it while it is not yet approved."""
    verdict, labels, note = _clean(verdict, labels, note, sentence)
    mine = select(Annotation).where(Annotation.sentence_id == sentence.id, Annotation.user_id == user.id)
    annotation = session.scalar(mine)
    if annotation is None:
        annotation = Annotation(sentence_id=sentence.id, article_id=sentence.article_id,
                                user_id=user.id, verdict=verdict, labels=labels, note=note,
                                status="pending")
        savepoint = session.begin_nested()
        session.add(annotation)
        try:
            _flush(session)
            savepoint.commit()
        except IntegrityError:  # the same person's other request (a double click) created it a moment ago
            savepoint.rollback()
            annotation = session.scalar(mine)
            if annotation is None:  # the sentence went: the story was classified again meanwhile
                raise Conflict("This sentence changed since you opened the page; nothing was saved. "
                               "Reload to see the story as it is now.") from None
        else:
            record(session, user, "create", "annotation", annotation.id, sentence.article_id,
                   None, snapshot(annotation))
            return annotation
    if annotation.status == "approved":
        raise Conflict("An editor has approved this annotation already; it is a published verdict now.")
    if version is not None and version != annotation.version:
        raise Conflict("This annotation changed since you opened the page; nothing was saved. "
                       "Reload to see the current version.")
    before = snapshot(annotation)
    annotation.verdict, annotation.labels, annotation.note = verdict, labels, note
    # a rejected one revised waits again, its last rejection's reason kept for the next editor to see
    annotation.status = "pending"
    annotation.reviewed_by = annotation.reviewed_at = None
    _flush(session)
    record(session, user, "update", "annotation", annotation.id, annotation.article_id,
           before, snapshot(annotation))
    return annotation


def as_published(model_labels, verdict_labels) -> str:
    """The verdict on the model ("agree" or "disagree") that gives a sentence a published verdict's labels."""
    return "agree" if set(verdict_labels) == set(model_labels or ()) else "disagree"


def published_note(verdict_url: str) -> str:
    return f"As the published verdict {verdict_url}."


REPEATS_ANNOTATED = 100  # at most, the latest stored first: a claim repeated everywhere is one click per hundred


def annotate_repeats(session: Session, user: User, verdict: Annotation, verdict_url: str) -> tuple[int, int]:
    """Annotate every claim the `repeats` job found repeating a published verdict (hypewatch.repeats) with that
    verdict's labels and a note naming it, each waiting for an editor as any annotation does; a claim the user
    has annotated already keeps the user's own. Returns (annotated, kept)."""
    sentences = session.scalars(select(Sentence).join(ClaimRepeat, ClaimRepeat.sentence_id == Sentence.id)
                                .where(ClaimRepeat.annotation_id == verdict.id)
                                .order_by(Sentence.article_id.desc(), Sentence.position).limit(REPEATS_ANNOTATED)).all()
    own = set(session.scalars(select(Annotation.sentence_id).where(
        Annotation.user_id == user.id, Annotation.sentence_id.in_([s.id for s in sentences])))) if sentences else set()
    for sentence in sentences:
        if sentence.id not in own:
            annotate(session, user, sentence, verdict=as_published(sentence.labels, verdict.labels),
                     labels=verdict.labels, note=published_note(verdict_url))
    return len(sentences) - len(own), len(own)


def review(session: Session, editor: User, annotation: Annotation, *, version: int, decision: str,
           reason: str | None = None, changes: dict | None = None) -> Annotation:
    """Approve or reject a pending annotation; `changes` (verdict, labels, note) edit it first.

    `version` is the one the editor saw: if it moved on, another editor acted first."""
    if version != annotation.version or annotation.status != "pending":
        who = annotation.reviewed_by.name if annotation.reviewed_by else "someone else"
        state = annotation.status if annotation.status != "pending" else "changed"
        raise Conflict(f"Conflict: {who} already {state} this annotation; nothing was overwritten. "
                       "Reload the queue to see its current state.")
    if decision not in ("approve", "reject"):
        raise AnnotationError("a review is 'approve' or 'reject'")
    if annotation.user_id == editor.id:
        raise AnnotationError("you wrote this annotation: another editor reviews it")
    before = snapshot(annotation)
    action = decision
    if decision == "reject":
        reason = (reason or "").strip()
        if not reason:
            raise AnnotationError("say why the annotation is rejected")
        annotation.status, annotation.reject_reason = "rejected", reason[:2000]
    else:
        if changes:
            verdict, labels, note = _clean(changes.get("verdict", annotation.verdict),
                                           changes.get("labels", annotation.labels),
                                           changes.get("note", annotation.note), annotation.sentence)
            annotation.verdict, annotation.labels, annotation.note = verdict, labels, note
            action = "edit_approve"
        annotation.status, annotation.reject_reason = "approved", None
    annotation.reviewed_by, annotation.reviewed_at = editor, utcnow()
    _flush(session)
    record(session, editor, action, "annotation", annotation.id, annotation.article_id,
           before, snapshot(annotation))
    return annotation


def set_story_status(session: Session, user: User, article: Article, *, status: str | None = None,
                     assignee: User | None | bool = False) -> None:
    """Change a story's status and/or assignee (assignee=False leaves it alone), with an audit event.
    The status is the story's wherever it ran: its copies elsewhere (its cluster, which the queue
    shows as one row) take it too, each with an event of its own; the assignee stays on this one."""
    before = {"status": article.status, "assignee": article.assignee.name if article.assignee else None}
    if assignee is not False:
        article.assignee = assignee
        if assignee is not None and article.status == "new" and status is None:
            status = "in_review"
    if status is not None:
        article.status = status
    after = {"status": article.status, "assignee": article.assignee.name if article.assignee else None}
    if after != before:
        record(session, user, "update", "article", article.id, article.id, before, after)
    if status is not None and article.cluster_id is not None:
        for copy in session.scalars(select(Article).where(Article.cluster_id == article.cluster_id,
                                                          Article.id != article.id, Article.status != status)):
            record(session, user, "update", "article", copy.id, copy.id, {"status": copy.status},
                   {"status": status, "with_story": article.id})
            copy.status = status


class CriterionError(ValueError):
    pass


def review_criterion(session: Session, user: User, article: Article, criterion: str, status: str | None,
                     note: str = "") -> None:
    """A person's verdict on one criterion of a story's reporting checklist, shown and counted over the
    classifier's (which the review keeps as `machine_status`; a new analysis keeps the review,
    storage.articles.with_reviews); status None goes back to the classifier's verdict. Audited."""
    if status is not None and status not in CRITERION_STATUSES:
        raise CriterionError("Unknown verdict for a criterion.")
    # the checklist as committed, the row locked (PostgreSQL): another correction or a new analysis
    # at the same moment waits instead of being overwritten
    session.refresh(article, ["criteria"], with_for_update=True)
    criteria = [dict(c) for c in article.criteria or ()]  # a new list: SQLAlchemy sees a JSON column change on assignment
    item = next((c for c in criteria if c.get("id") == criterion), None)
    if item is None:
        raise CriterionError("This story's checklist has no such criterion.")
    machine = item.get("review", {}).get("machine_status", item.get("status"))
    before = {"criterion": criterion, "status": item.get("status"), "by": item.get("review", {}).get("by")}
    if status is None:
        item.pop("review", None)
        item["status"] = machine
    else:
        item["status"] = status
        item["review"] = {"status": status, "by": user.name, "at": utcnow().isoformat(timespec="seconds"),
                          "note": note.strip()[:500], "machine_status": machine}
    article.criteria = criteria
    article.criteria_met, article.criteria_judged = checklist_bits(criteria)
    record(session, user, "review", "criterion", article.id, article.id, before,
           {"criterion": criterion, "status": item["status"], "by": user.name if status else None,
            "note": item.get("review", {}).get("note")})


REVIEWER = aliased(User)
_OWN_ORDER = (Annotation.updated_at.desc(), Annotation.id.desc())
# Only the rejected are counted, what asks for the user's attention: counting a prolific user's
# thousands of pending and approved annotations would cost more than the page (3 ms on PostgreSQL).
_OWN_REJECTED = select(func.count()).where(Annotation.user_id == bindparam("user_id"),
                                           Annotation.status == "rejected")


@functools.lru_cache(maxsize=64)
def _own_annotations_statement(by_status: bool, offset: int, limit: int):
    """Built once per page, the user and the status left as bound parameters (SQLAlchemy memoises
    a reused statement's cache key). OFFSET and LIMIT are written into the SQL, as for the approval
    queue (webapp.review.pending_page): as parameters, PostgreSQL plans the join again on every
    request (2 ms). The page's ids are picked first, walking an index of the user's annotations
    in this order (migration 0110); then their sentence, story and reviewer are joined for those.
    The count of rejected ones rides along on each row (computed once), which saves a round trip."""
    ids = select(Annotation.id).where(Annotation.user_id == bindparam("user_id"))
    if by_status:
        ids = ids.where(Annotation.status == bindparam("status"))
    ids = ids.order_by(*_OWN_ORDER).offset(literal_column(str(offset))).limit(literal_column(str(limit))).subquery()
    return (select(Annotation.id, Annotation.article_id, Annotation.sentence_id, Annotation.verdict,
                   Annotation.labels, Annotation.note, Annotation.status, Annotation.reject_reason,
                   Annotation.updated_at, Annotation.reviewed_at, Annotation.version,
                   Sentence.text.label("sentence"), Sentence.labels.label("model_labels"),
                   Article.title, Article.sitename, Article.source, REVIEWER.name.label("reviewer"),
                   _OWN_REJECTED.correlate(None).scalar_subquery().label("rejected"))  # the user's, not the row's
            .join(ids, ids.c.id == Annotation.id)
            .join(Sentence, Sentence.id == Annotation.sentence_id)
            .join(Article, Article.id == Annotation.article_id)
            .outerjoin(REVIEWER, REVIEWER.id == Annotation.reviewed_by_id)
            .order_by(*_OWN_ORDER))


@dataclass
class OwnAnnotations:
    rows: list      # plain rows: the annotation, its sentence, story and reviewer
    has_next: bool
    rejected: int   # how many of the user's annotations stand rejected (not revised since)


def own_annotations(session: Session, user_id: int, *, status: str = "", page: int = 1,
                    page_size: int = 20) -> OwnAnnotations:
    """One page of a user's annotations, the most recently changed first (a review changes one);
    `status` picks pending, approved or rejected ones."""
    values = {"user_id": user_id, "status": status}
    rows = session.connection().execute(
        _own_annotations_statement(bool(status), (page - 1) * page_size, page_size + 1), values).all()
    rejected = rows[0].rejected if rows else own_rejected_count(session, user_id)
    return OwnAnnotations(rows[:page_size], len(rows) > page_size, rejected)


def own_rejected_count(session: Session, user_id: int) -> int:
    """How many of one user's annotations stand rejected (not revised since)."""
    return session.connection().execute(_OWN_REJECTED, {"user_id": user_id}).scalar_one()


# The reminders' counts (annotations waiting for approval, open stories repeating a checked claim) stop
# just past this ("more than 100"): counting waiting annotations to 1,000 cost the approval queue 0.5 ms
# a request on PostgreSQL (a third of its query), to 100 nothing measurable.
COUNT_CAP = 100


@functools.lru_cache(maxsize=4)
def waiting_statement(by_person: bool = False, for_editor: bool = False):
    """How many annotations wait for approval, counted no further than just past COUNT_CAP (a
    desk's backlog is dozens, and counting a large one costs a scan): with `by_person`, one
    person's (`user_id`); with `for_editor`, those an editor may approve: not their own (`editor_id`)."""
    waiting = select(Annotation.id).where(Annotation.status == "pending")
    if by_person:
        waiting = waiting.where(Annotation.user_id == bindparam("user_id"))
    if for_editor:
        waiting = waiting.where(Annotation.user_id != bindparam("editor_id"))
    return select(func.count()).select_from(waiting.limit(literal_column(str(COUNT_CAP + 1))).subquery())


def waiting_count(session: Session, *, user_id: int | None = None, editor_id: int | None = None) -> int:
    return session.connection().execute(waiting_statement(user_id is not None, editor_id is not None),
                                        {"user_id": user_id, "editor_id": editor_id}).scalar_one()
