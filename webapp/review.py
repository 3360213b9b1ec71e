"""Editors' pages: the approval queue, the audit trail and the stats."""
from __future__ import annotations

import functools
import json

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from sqlalchemy import bindparam, literal_column, select

from storage.models import CHECKLIST_BITS, Annotation, Article, Sentence, User, utcnow
from webapp import reminders, workflow
from webapp import charts, stats as stats_
from webapp.auth import EDITORS, STAFF, role_required
from webapp.db import db_int, get_database, get_or_404, get_session
from webapp.downloads import csv_lines, download
from webapp.matches import claim_matches
from webapp.outlets import every_outlet_figures
from webapp.recent import forget, recent
from webapp.views import CRITERION_SHORT

bp = Blueprint("review", __name__, url_prefix="/review")

PAGE_SIZE = 20


# Plain rows, not ORM objects: only the columns the page shows (never the story's text).
# The page's annotations are picked first, on the annotations' own index: SQLite would join
# every row that OFFSET skips (10x slower ten pages in).
# OFFSET and LIMIT are written into the SQL, one statement per page: with them as parameters,
# PostgreSQL's generic plan assumes a tenth of the table and hash-joins it, so it plans the
# five-table join again on every request (about 1 ms of the query's 2.2-2.7 ms at 20k annotations);
# a statement without parameters is prepared once per connection and its plan kept.
# With `by_person`, one person's pending annotations only (the user_id a bound parameter), through
# the index of each user's annotations by status (migration 0110).
@functools.lru_cache(maxsize=64)
def pending_page(page: int, by_person: bool = False):
    ids = select(Annotation.id).where(Annotation.status == "pending")
    if by_person:
        ids = ids.where(Annotation.user_id == bindparam("user_id"))
    ids = (ids.order_by(Annotation.id)
           .offset(literal_column(str((page - 1) * PAGE_SIZE))).limit(literal_column(str(PAGE_SIZE + 1)))
           .subquery())
    return (select(Annotation.id, Annotation.version, Annotation.verdict, Annotation.labels, Annotation.note,
                   Annotation.reject_reason,
                   Annotation.article_id, Annotation.sentence_id, Sentence.text.label("sentence"),
                   Sentence.labels.label("model_labels"), Article.title, Article.sitename, Article.source,
                   User.name.label("user"),
                   # the counts ride along on each row (computed once): no round trip
                   workflow.waiting_statement(by_person).scalar_subquery().label("waiting"),
                   workflow.waiting_statement(for_editor=True).scalar_subquery().label("for_editor"))
            .join(ids, ids.c.id == Annotation.id)
            .join(Sentence, Sentence.id == Annotation.sentence_id)
            .join(Article, Article.id == Annotation.article_id)
            .join(User, User.id == Annotation.user_id)
            .order_by(Annotation.id))


def staff_names() -> dict[str, int]:
    """The people who can annotate, by name, for the approval queue's filter; re-read every few
    minutes (a round trip on every view would cost the page a tenth of its time on PostgreSQL)."""
    return recent("staff_names", 300, lambda: dict(get_session().execute(
        select(User.name, User.id).where(User.role.in_(STAFF)).order_by(User.name)).all()))


@bp.route("/")
@role_required(*EDITORS)
def index():
    """The pending annotations, oldest first; `person` shows one person's only."""
    page = max(1, request.args.get("page", 1, type=db_int) or 1)
    people = staff_names()
    person = request.args.get("person", "")
    person = person if person in people else ""
    user_id = people.get(person)
    rows = list(get_session().connection().execute(pending_page(page, bool(person)),
                                                   {"user_id": user_id, "editor_id": g.user.id}))
    waiting = rows[0].waiting if rows else workflow.waiting_count(get_session(), user_id=user_id)
    reminders.seen("waiting", rows[0].for_editor if rows else workflow.waiting_count(get_session(), editor_id=g.user.id))
    pending = rows[:PAGE_SIZE]
    return render_template("review/index.html", pending=pending, page=page, has_next=len(rows) > PAGE_SIZE,
                           people=list(people), person=person, waiting=waiting,  # verdicts to keep consistent with:
                           matches=claim_matches(get_session(), [(a.sentence_id, a.sentence) for a in pending],
                                                 stories=[a.article_id for a in pending]))


def _back_to_queue():
    """The approval queue as the editor left it (the person filter is carried in the form's URL)."""
    person = request.args.get("person", "")
    return redirect(url_for("review.index", person=person or None))


def _decide(db, annotation: Annotation, version: int | None, form) -> None:
    decision = form.get("decision", "")
    changes = None
    if decision == "edit":
        decision = "approve"
        changes = {"verdict": form.get("verdict", annotation.verdict),
                   "labels": form.getlist("labels"), "note": form.get("note")}
    workflow.review(db, g.user, annotation, version=version if version is not None else -1,
                    decision=decision, reason=form.get("reason"), changes=changes)


@bp.route("/annotation/<int:annotation_id>", methods=("GET", "POST"))
@role_required(*EDITORS)
def decide(annotation_id):
    """approve, reject (with a reason) or edit-and-approve one annotation; GET shows the edit form."""
    db = get_session()
    annotation = get_or_404(Annotation, annotation_id)
    if request.method == "GET":
        return render_template("review/edit.html", a=annotation)
    try:
        _decide(db, annotation, request.form.get("version", type=db_int), request.form)
    except workflow.AnnotationError as exc:
        abort(400, str(exc))
    except workflow.Conflict as exc:
        abort(409, str(exc))
    db.commit()
    forget("verdict_index")  # a verdict published or withdrawn shows beside claims like it at once
    flash(f"Annotation {annotation.id} {annotation.status}.")
    return _back_to_queue()


@bp.route("/bulk", methods=("POST",))
@role_required(*EDITORS)
def bulk():
    """Approve every ticked annotation ("id:version"); those someone else changed, and the
    editor's own, are skipped."""
    db = get_session()
    approved, conflicts, own = 0, [], []
    for item in request.form.getlist("selected"):
        try:
            annotation_id, version = (db_int(part) for part in item.split(":"))
        except ValueError:
            abort(400, "bad selection")
        annotation = db.get(Annotation, annotation_id)
        if annotation is None:
            continue
        savepoint = db.begin_nested()
        try:
            workflow.review(db, g.user, annotation, version=version, decision="approve")
            savepoint.commit()
            approved += 1
        except workflow.Conflict:
            savepoint.rollback()
            conflicts.append(str(annotation_id))
        except workflow.AnnotationError:
            savepoint.rollback()
            own.append(str(annotation_id))
    db.commit()
    forget("verdict_index")
    flash(f"Approved {approved} annotation{'s' if approved != 1 else ''}.")
    if conflicts:
        flash("Skipped, because someone else acted on them first: " + ", ".join(conflicts) + ".")
    if own:
        flash("Skipped your own annotations (another editor reviews them): " + ", ".join(own) + ".")
    return _back_to_queue()


def _events():
    # a session of its own, in a transaction: the trail is read through a server-side cursor,
    # which PostgreSQL opens only inside one (a GET's session reads without, webapp.db)
    with get_database().sessions() as session:
        for event, user_name in workflow.audit_trail(session, article_id=request.args.get("article", type=db_int)):
            yield {"id": event.id, "at": event.at.isoformat(), "user": user_name, "action": event.action,
                   "entity": event.entity, "entity_id": event.entity_id, "article_id": event.article_id,
                   "before": event.before, "after": event.after}


AUDIT_FIELDS = ("id", "at", "user", "action", "entity", "entity_id", "article_id", "before", "after")


@bp.route("/stats/outlets.csv")
@role_required(*EDITORS)
def outlets_csv():
    """Every outlet's record against the checklist (the stats page's table, whole), for a report."""
    days = _stats_days()
    _, outlets, _ = every_outlet_figures(days)
    header = ["outlet", "source", "stories", "flagged", "mean_score", "named_study",
              *(f"{criterion}_{count}" for criterion in CHECKLIST_BITS for count in ("met", "applies"))]
    rows = ([o.name, o.source or "", o.stories, o.flagged, f"{o.mean_score:.4f}", o.named_study,
             *(n for criterion in CHECKLIST_BITS for n in o.checklist[criterion])] for o in outlets)
    return download(csv_lines(header, rows), "text/csv", f"hypewatch-outlets-{days}-days.csv")


@bp.route("/audit.csv")
@role_required(*EDITORS)
def audit_csv():
    def rows():
        for event in _events():
            for field in ("before", "after"):
                event[field] = json.dumps(event[field], ensure_ascii=False) if event[field] else ""
            yield [event[field] for field in AUDIT_FIELDS]
    return download(csv_lines(AUDIT_FIELDS, rows()), "text/csv", "hypewatch-audit.csv")


@bp.route("/audit.jsonl")
@role_required(*EDITORS)
def audit_jsonl():
    lines = (json.dumps(event, ensure_ascii=False) + "\n" for event in _events())
    return download(lines, "application/x-ndjson", "hypewatch-audit.jsonl")


OUTLETS_SHOWN = 30  # the stats page's table; the CSV has every outlet
SYNDICATED_SHOWN = 20  # the outlets adding the most claims to stories another version of came first
MAX_STATS_DAYS = 365


def _stats_days() -> int:
    return min(max(request.args.get("days", 30, type=db_int) or 30, 1), MAX_STATS_DAYS)


def _crawl_figures(days: int):
    """(when counted, flags per day, repeated claims) for the last `days` days. They read every story of the window
    (0.4 s for 30 days at 100,000 stories; the repeated claims 2.4 s with 1.4 million repeats) and change only as
    crawls and the `repeats` job come in, so each process keeps them for STATS_MAX_AGE seconds, as it keeps the
    outlets' figures (webapp.outlets.every_outlet_figures)."""
    db = get_session()
    return recent("crawl_figures", current_app.config["STATS_MAX_AGE"],
                  lambda: (utcnow(), stats_.flags_per_day(db, days=days), stats_.repeated_claims(db, days=days)), days)


@bp.route("/stats")
@role_required(*EDITORS)
def stats():
    db = get_session()
    days = _stats_days()
    flags_counted_at, flags, repeated = _crawl_figures(days)
    outlets_counted_at, outlets, syndication = every_outlet_figures(days)
    counted_at = min(flags_counted_at, outlets_counted_at)
    by = request.args.get("by", "stories")
    by = by if by in stats_.OUTLET_ORDERS else "stories"
    outlets = stats_.rank_outlets(outlets, by)
    progress = stats_.stories_per_day(db, days=days)  # read afresh: it moves as the desk works
    reach = None if outlets else stats_.days_back_to_newest(db)  # an empty window: how far back the newest story is
    from classifier.criteria import NAMES as criterion_names  # here: the module's patterns take 0.7 s to compile
    precision = stats_.model_precision(db)
    return render_template(
        "review/stats.html", days=days, counted_at=counted_at, reach=reach, max_days=MAX_STATS_DAYS,
        label_chart=charts.stacked_bars(flags.days, flags.by_label),
        source_chart=charts.stacked_bars(flags.days, flags.by_source),
        progress_chart=charts.stacked_bars(progress.days, {status.replace("_", " "): counts
                                                           for status, counts in progress.by_status.items()}),
        outlets=outlets[:OUTLETS_SHOWN], outlets_by=by, min_ranked=stats_.MIN_STORIES_RANKED, more_outlets=max(0, len(outlets) - OUTLETS_SHOWN), criteria=CHECKLIST_BITS, criterion_names=criterion_names, criterion_short=CRITERION_SHORT,
        repeated=repeated, repeated_most=max((r.stories for r in repeated), default=0),
        syndication=syndication, syndicated_shown=SYNDICATED_SHOWN, added_chart=charts.horizontal_bars(
            [(label, added / (kept + added)) for label, (kept, added) in syndication.by_label.items()]),
        precision=precision, precision_chart=charts.horizontal_bars(
            [(p.label, p.precision) for p in precision if p.precision is not None]),
        agreement=stats_.agreement(db), people=stats_.annotations_by_person(db))
