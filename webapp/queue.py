"""Journalists' pages: the review queue and the story page where sentences are annotated."""
from __future__ import annotations

import functools
from collections import namedtuple
from datetime import datetime
from urllib.parse import parse_qsl

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from sqlalchemy import bindparam, exists, select
from sqlalchemy.orm import aliased
from werkzeug.datastructures import MultiDict

from storage.models import (STORY_STATUSES, Annotation, Article, AuditEvent, Correction, Sentence, StudyReference, User,
                            VersionComparison)
from storage.nested import json_rows, read_rows
from webapp import corrections, reminders, workflow
from webapp.auth import EDITORS, STAFF, role_required
from webapp.db import db_int, get_or_404, get_session
from webapp.matches import claim_matches
from webapp.stories import (COPY, MAX_PAGE, OF_THE_SAME_STORY, SAME_STUDY_SHOWN, SORT_NAMES, STATUS_CHOICES,
                             STATUS_NAMES, QueueFilters, assigned_open_count, desk_members, open_repeats_count,
                             probably_same_paper, queue_neighbour, queue_page, repeated_elsewhere, same_study,
                             source_names)
from webapp.views import segments

bp = Blueprint("queue", __name__, url_prefix="/queue")
REMINDED_REPEATS = QueueFilters(repeats=True)  # the view the header's "stories repeat a checked claim" links to
MAX_TICKED = 500  # stories one "Mark the ticked stories" may change: pages hold far fewer


def queue_url(args) -> str:
    """The queue's page with these filters, order and page number, rebuilt from the queue's own
    filters: whatever else `args` holds (it comes from a form) is dropped."""
    return url_for("queue.index", **QueueFilters.from_args(MultiDict(args)).as_args())


def last_queue() -> QueueFilters:
    """The queue's filters, order and page as the journalist last saw them (kept in the session)."""
    return QueueFilters.from_args(MultiDict(session.get("queue_args", {})))


@bp.route("/")
@role_required(*STAFF)
def index():
    db = get_session()
    filters = QueueFilters.from_args(request.args)
    if session.get("queue_args") != (shown := filters.as_args()):
        session["queue_args"] = shown  # for the story page's way back (a cookie written only on a change)
    page = queue_page(db, filters, user_id=g.user.id, page_size=current_app.config["QUEUE_PAGE_SIZE"])
    if filters == REMINDED_REPEATS:  # the header reminder's link: its count follows what the page shows
        reminders.seen("repeats", open_repeats_count(db, workflow.COUNT_CAP) if page.has_next else len(page.rows))
    return render_template("queue/index.html", page=page, filters=filters,
                           sources=source_names(db), statuses=STATUS_CHOICES, status_names=STATUS_NAMES,
                           story_statuses=STORY_STATUSES, sort_names=SORT_NAMES,
                           desk=desk_members(db) if g.user.role in EDITORS else None)


# The story page's reads, built once with bound parameters (SQLAlchemy memoises the cache key
# of a reused statement). All plain rows, not ORM objects: the page only reads them.
StorySentence = namedtuple("StorySentence", "id position start end text labels score triggers strength")
StoryCopy = namedtuple("StoryCopy", "id title sitename source published adds_claims")
StoryReference = namedtuple("StoryReference", "position kind value")
_SENTENCES = (select(Sentence.id, Sentence.position, Sentence.start, Sentence.end, Sentence.text,
                     Sentence.labels, Sentence.score, Sentence.triggers, Sentence.strength)
              .where(Sentence.article_id == Article.id).correlate(Article))
_COPIES = (select(COPY.id, COPY.title, COPY.sitename, COPY.source, COPY.published, COPY.adds_claims).where(OF_THE_SAME_STORY)
           .order_by(COPY.published.desc(), COPY.id).limit(20).correlate(Article))
_REFERENCES = (select(StudyReference.position, StudyReference.kind, StudyReference.value)
               .where(StudyReference.article_id == Article.id).correlate(Article))
STORY_NOTES = (select(Annotation.id, Annotation.sentence_id, Annotation.user_id, Annotation.verdict,
                      Annotation.labels, Annotation.note, Annotation.status, Annotation.reject_reason,
                      Annotation.version, User.name.label("user_name"))
               .join(User, User.id == Annotation.user_id)
               .where(Annotation.article_id == bindparam("article_id")).order_by(Annotation.id))


@functools.cache
def story_statement(dialect: str):
    """The story with its sentences, its copies elsewhere and the study it reports (storage.nested: one query), and
    whether it has annotations and history: most stories have neither, and two indexed EXISTS
    cost less than the two queries they spare."""
    return (select(Article.id, Article.url, Article.title, Article.author, Article.published, Article.sitename,
                   Article.source, Article.text, Article.score, Article.criteria, Article.status,
                   Article.cluster_id, Article.assignee_id, User.name.label("assignee_name"), Article.adds_claims,
                   Article.out_of_scope, json_rows(dialect, _SENTENCES).label("sentences"), json_rows(dialect, _COPIES).label("copies"),
                   json_rows(dialect, _REFERENCES).label("references"),
                   exists().where(Annotation.article_id == Article.id).label("has_notes"),
                   exists().where(AuditEvent.article_id == Article.id).label("has_history"),
                   exists().where(Correction.article_id == Article.id).label("has_correction"))
            .outerjoin(User, User.id == Article.assignee_id).where(Article.id == bindparam("article_id")))


FIRST_VERSION = aliased(Article)
# the first version of the story that this later version adds claims to, as the `additions` job found it
ADDED_TO = (select(FIRST_VERSION.id, FIRST_VERSION.title, FIRST_VERSION.sitename, FIRST_VERSION.source,
                   FIRST_VERSION.published, VersionComparison.added)
            .join(FIRST_VERSION, FIRST_VERSION.id == VersionComparison.first_id)
            .where(VersionComparison.article_id == bindparam("article_id")))
STORY_HISTORY = (select(AuditEvent.at, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                        AuditEvent.before, AuditEvent.after, User.name.label("who"))
                 .outerjoin(User, User.id == AuditEvent.user_id)
                 .where(AuditEvent.article_id == bindparam("article_id"))
                 .order_by(AuditEvent.id.desc()).limit(200))


@bp.route("/annotations")
@role_required(*STAFF)
def my_annotations():
    """The user's own annotations and what editors made of them: a rejection's reason, and a link
    to the claim on its story page, where the annotation can be revised."""
    status = request.args.get("status", "")
    status = status if status in workflow.ANNOTATION_STATUSES else ""
    page = min(max(1, request.args.get("page", 1, type=db_int) or 1), MAX_PAGE)
    mine = workflow.own_annotations(get_session(), g.user.id, status=status, page=page)
    reminders.seen("rejected", mine.rejected)
    return render_template("queue/annotations.html", page=page, status=status, statuses=workflow.ANNOTATION_STATUSES,
                           mine=mine)


@bp.route("/story/<int:article_id>")
@role_required(*STAFF)
def story(article_id):
    conn = get_session().connection()
    article = conn.execute(story_statement(conn.dialect.name), {"article_id": article_id}).first()
    if article is None:
        abort(404)
    sentences = sorted(read_rows(article.sentences, StorySentence, _SENTENCES), key=lambda s: s.position)
    same = sorted(read_rows(article.copies, StoryCopy, _COPIES), key=lambda c: c.id)
    same.sort(key=lambda c: c.published or datetime.min, reverse=True)  # newest first, as _COPIES chose them
    notes = list(conn.execute(STORY_NOTES, {"article_id": article.id})) if article.has_notes else []
    mine = {a.sentence_id: a for a in notes if a.user_id == g.user.id}
    by_sentence: dict[int, list] = {}
    for a in notes:
        by_sentence.setdefault(a.sentence_id, []).append(a)
    references = [(r.kind, r.value) for r in sorted(read_rows(article.references, StoryReference, _REFERENCES))]
    on_study = same_study(get_session(), references, article_id=article.id, cluster_id=article.cluster_id)
    claims = [s for s in sentences if s.labels or s.id in by_sentence]
    claim_ids = {s.id for s in claims}
    return render_template(
        "queue/story.html", article=article, pieces=segments(article.text, sentences),
        claims=claims, others=[s for s in sentences if s.id not in claim_ids], mine=mine,
        matches=claim_matches(get_session(), [(s.id, s.text) for s in claims], story=article.text),
        by_sentence=by_sentence, same=same,
        repeated=repeated_elsewhere(get_session(), [a.id for a in notes if a.status == "approved"]),
        repeats_annotated=workflow.REPEATS_ANNOTATED,
        events=list(conn.execute(STORY_HISTORY, {"article_id": article.id})) if article.has_history else [],
        by_position={s.position: s for s in sentences}, queue_url=queue_url(session.get("queue_args", {})),
        correction=corrections.for_story(get_session(), article.id) if article.has_correction else None,
        correction_names=corrections.STATUS_NAMES,
        added_to=conn.execute(ADDED_TO, {"article_id": article.id}).first() if article.adds_claims else None,
        references=references, shown_on_study=SAME_STUDY_SHOWN,
        same_study=on_study, same_paper=probably_same_paper(
            get_session(), article.title, article.text, article.published, references,
            article_id=article.id, cluster_id=article.cluster_id, shown=[o.id for o in on_study]))


@bp.route("/story/<int:article_id>/<any(next, previous):direction>")
@role_required(*STAFF)
def neighbour(article_id, direction):
    """The story after (or before) this one in the queue as the journalist last saw it, found when
    asked for (the story page would otherwise pay for it on every view); at the queue's end, the
    queue."""
    place = get_session().execute(select(Article.id, Article.score, Article.published)
                                  .where(Article.id == article_id)).first()  # not the story's text
    if place is None:
        abort(404)
    return _to_neighbour(place, after=direction == "next")


def _to_neighbour(story, *, after: bool):
    queue = last_queue()
    found = queue_neighbour(get_session(), queue, story, after=after, user_id=g.user.id)
    if found is None:
        flash(f"No story {'after' if after else 'before'} that one in the queue.")
        return redirect(url_for("queue.index", **queue.as_args()))
    return redirect(url_for("queue.story", article_id=found))


@bp.route("/story/<int:article_id>/annotate", methods=("POST",))
@role_required(*STAFF)
def annotate(article_id):
    db = get_session()
    article = get_or_404(Article, article_id)
    sentence = db.get(Sentence, request.form.get("sentence_id", type=db_int) or 0)
    if sentence is None or sentence.article_id != article.id:
        abort(400, "That sentence is not part of this story.")
    try:
        workflow.annotate(db, g.user, sentence, verdict=request.form.get("verdict", ""),
                          labels=request.form.getlist("labels"), note=request.form.get("note"),
                          version=request.form.get("version", type=db_int))
    except workflow.AnnotationError as exc:
        abort(400, str(exc))
    except workflow.Conflict as exc:
        abort(409, str(exc))
    db.commit()
    flash("Annotation saved; it waits for an editor.")
    return redirect(url_for("queue.story", article_id=article.id, _anchor=f"claim-{sentence.id}"))


@bp.route("/verdict/<int:annotation_id>/repeats", methods=("POST",))
@role_required(*STAFF)
def annotate_repeats(annotation_id):
    """Give every claim that repeats a published verdict that verdict (each pending, for an editor)."""
    db = get_session()
    verdict = db.get(Annotation, annotation_id)
    if verdict is None or verdict.status != "approved":
        abort(404)
    try:
        annotated, kept = workflow.annotate_repeats(db, g.user, verdict,
                                                    url_for("public.verdict", annotation_id=verdict.id))
    except workflow.Conflict as exc:
        abort(409, str(exc))
    db.commit()
    flash(f"{annotated} repeated {'claim' if annotated == 1 else 'claims'} annotated as the published verdict, "
          f"each waiting for an editor" + (f"; {kept} you had annotated already kept as you left them." if kept else "."))
    return redirect(url_for("queue.story", article_id=verdict.article_id, _anchor="repeated"))


@bp.route("/story/<int:article_id>/criterion", methods=("POST",))
@role_required(*STAFF)
def review_criterion(article_id):
    """Correct one criterion of the story's reporting checklist (or hand it back to the classifier)."""
    db = get_session()
    article = get_or_404(Article, article_id)
    status = request.form.get("status", "")
    try:
        workflow.review_criterion(db, g.user, article, request.form.get("criterion", ""),
                                  None if status == "classifier" else status, request.form.get("note", ""))
    except workflow.CriterionError as exc:
        abort(400, str(exc))
    db.commit()
    flash("Checklist corrected." if status != "classifier" else "The classifier's verdict is back.")
    return redirect(url_for("queue.story", article_id=article.id, _anchor="checklist"))


@bp.route("/status", methods=("POST",))
@role_required(*STAFF)
def set_statuses():
    """Give every story ticked on a queue page one status (the page's "Mark the ticked stories"
    form), each change audited as one story's would be; then back to the page as it was."""
    db = get_session()
    assigning = request.form.get("action") == "assign"  # an editor's "Give them to"
    if assigning:
        if g.user.role not in EDITORS:
            abort(403)
        assignee = _chosen_assignee(nobody=False)
    else:
        status = request.form.get("status", "")
        if status not in STORY_STATUSES:
            abort(400, "Unknown story status.")
    ids = request.form.getlist("selected", type=db_int)  # what is no story id is left out
    if len(ids) > MAX_TICKED:
        abort(400, f"At most {MAX_TICKED} stories at once.")
    stories = db.scalars(select(Article).where(Article.id.in_(ids))).all() if ids else []
    for article in stories:
        if assigning:
            workflow.set_story_status(db, g.user, article, assignee=assignee)
        else:
            workflow.set_story_status(db, g.user, article, status=status)
    db.commit()
    _recount_assigned()
    how_many = f"{len(stories)} {'story' if len(stories) == 1 else 'stories'}"
    flash(f"Gave {how_many} to {assignee.name}." if assigning else f"Marked {how_many} {STATUS_NAMES[status]}.")
    return redirect(queue_url(parse_qsl(request.form.get("back_query", ""))))


def _recount_assigned() -> None:
    """The header's "assigned to you" after one's own stories changed hands or status."""
    reminders.seen("assigned", assigned_open_count(get_session(), g.user.id))


@bp.route("/story/<int:article_id>/assign", methods=("GET", "POST"))
@role_required(*EDITORS)
def assign(article_id):
    """An editor hands a story to someone on the desk (or to nobody); audited as "Assign to me" is."""
    db = get_session()
    article = get_or_404(Article, article_id)
    if request.method == "POST":
        assignee = _chosen_assignee(nobody=True)
        workflow.set_story_status(db, g.user, article, assignee=assignee)
        db.commit()
        _recount_assigned()
        flash(f"Assigned to {assignee.name}." if assignee else "Assigned to nobody.")
        return redirect(url_for("queue.story", article_id=article.id))
    return render_template("queue/assign.html", article=article, desk=desk_members(db))


def _chosen_assignee(*, nobody: bool) -> User | None:
    """The person the form's `assignee_id` names, checked afresh: someone on the desk, enabled (or nobody, if allowed)."""
    chosen = request.form.get("assignee_id", "")
    if nobody and chosen == "":
        return None
    member = next((m for m in desk_members(get_session(), max_age=0) if str(m.id) == chosen), None)
    if member is None:
        abort(400, "Stories go to someone on the desk whose account is enabled.")
    return get_session().get(User, member.id)


@bp.route("/story/<int:article_id>/status", methods=("POST",))
@role_required(*STAFF)
def set_status(article_id):
    db = get_session()
    article = get_or_404(Article, article_id)
    action = request.form.get("action", "")
    if action == "assign":
        workflow.set_story_status(db, g.user, article, assignee=g.user)
    elif action == "unassign":
        workflow.set_story_status(db, g.user, article, assignee=None)
    elif action in STORY_STATUSES or action == "done_next":
        workflow.set_story_status(db, g.user, article, status=action.removesuffix("_next"))
    else:
        abort(400, "Unknown story action.")
    db.commit()
    _recount_assigned()
    if action == "done_next":  # on to the story after it in the queue as last seen, or to the queue at its end
        return _to_neighbour(article, after=True)
    if request.form.get("back") == "queue":  # the queue's page as it was: its filters, order and page
        return redirect(queue_url(parse_qsl(request.form.get("back_query", ""))))
    return redirect(url_for("queue.story", article_id=article.id))
