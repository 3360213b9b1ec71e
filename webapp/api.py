"""The JSON API (v1): stories, sentences and verdicts to read; annotations to write; texts to check; pages to add.

Authenticate with `Authorization: Bearer <token>` (tokens from /auth/tokens); such requests
need no CSRF token. A logged-in browser session works too, with the CSRF header."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, g, jsonify, request

from classifier.studies import reference_url
from storage.models import ROLES, Article, Sentence
from webapp import corrections, verdicts, workflow
from webapp.check import CheckError, add_page, check_text, read_page
from webapp.auth import STAFF, role_required
from webapp.db import db_int, get_or_404, get_session
from webapp.outlets import outlet_card
from webapp.stories import QueueFilters, label_counts, probably_same_paper, queue_page, same_study

bp = Blueprint("api", __name__, url_prefix="/api/v1")


def _sentence(s: Sentence) -> dict:
    return {"id": s.id, "position": s.position, "start": s.start, "end": s.end, "text": s.text,
            "headline": s.headline, "labels": list(s.labels or []), "score": s.score,
            "triggers": s.triggers or {}, "strength": s.strength}


def _story(a, **extra) -> dict:
    """An Article or a queue row (both have these attributes)."""
    return {"id": a.id, "url": a.url, "title": a.title, "author": a.author,
            "outlet": a.sitename or a.source, "source": a.source,
            "published": a.published.isoformat() if a.published else None,
            "score": a.score, "status": a.status, "cluster_id": a.cluster_id,
            "out_of_scope": a.out_of_scope, **extra}  # why the classifier did not read it (classifier.scope), or None


@bp.route("/stories")
@role_required(*STAFF)
def stories():
    filters = QueueFilters.from_args(request.args)
    if not request.args.get("status"):  # every story, done ones and copies too (tools that read them
        filters.status = "any"  # all group copies by cluster_id themselves)
    page = queue_page(get_session(), filters, user_id=g.user.id,
                      page_size=current_app.config["QUEUE_PAGE_SIZE"], every_copy=True)
    return jsonify(page=page.page, has_next=page.has_next,
                   stories=[_story(r, flagged=r.flagged, labels=dict(label_counts(r.label_counts)), copies=r.copies,
                                   repeats=r.repeats, adds_claims=r.adds or 0) for r in page.rows])


@bp.route("/stories", methods=("POST",))
@role_required(*STAFF)
def add_story():
    """Body: {"url", "assign" (optional, true gives it to the caller)}. Adds the page at the address to
    the queue as "Add to the queue" on the check page does: 201 with the new story, or 200 with the one
    stored under its address already."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("url"), str):
        abort(400, 'send a JSON object with the "url" of the page to add')
    try:
        story_id, added = add_page(data["url"], assign=data.get("assign") is True)
    except CheckError as exc:
        return jsonify(error=exc.message), exc.status
    return jsonify(_story(get_or_404(Article, story_id), added=added)), 201 if added else 200


@bp.route("/stories/<int:article_id>")
@role_required(*STAFF)
def story(article_id):
    article = get_or_404(Article, article_id)
    db = get_session()
    references = [(r.kind, r.value) for r in article.references]
    on_study = same_study(db, references, article_id=article.id, cluster_id=article.cluster_id)
    on_paper = probably_same_paper(db, article.title, article.text, article.published, references,
                                   article_id=article.id, cluster_id=article.cluster_id, shown=[o.id for o in on_study])
    return jsonify(_story(article, text=article.text, criteria=article.criteria or [],
                          sentences=[_sentence(s) for s in article.sentences],
                          correction=_correction(corrections.for_story(db, article.id)),
                          references=[{"kind": kind, "value": value, "url": reference_url(kind, value)}
                                      for kind, value in references],
                          same_study=[_other(o) for o in on_study], probably_same_study=[_other(o) for o in on_paper]))


def _other(story) -> dict:
    """Another story on the same study, as the story page lists it."""
    return {"id": story.id, "title": story.title, "outlet": story.sitename or story.source,
            "published": story.published.isoformat() if story.published else None, "score": story.score,
            "flagged": story.flagged_count}


@bp.route("/stories/<int:article_id>/compare/<int:other_id>")
@role_required(*STAFF)
def compare(article_id, other_id):
    """The story beside another version of it, as its "compare" page shows them: per flag the claims only
    one makes, and every sentence paired ("same", "reworded") or alone ("left", "right")."""
    from webapp.compare import stored_versions
    left, right, versions, analysed = stored_versions(article_id, other_id)

    def side(sentence):
        return None if sentence is None else {"id": sentence.id, "position": sentence.position, "text": sentence.text,
                                              "labels": list(sentence.labels or [])}
    return jsonify(left=_story(left), right=_story(right), analysed=analysed, kept=versions.kept,
                   reworded=versions.reworded,
                   claims=[{"label": label, "left_only": left_only, "both": both, "right_only": right_only}
                           for label, left_only, both, right_only in versions.claims],
                   sentences=[{"kind": row.kind, "left": side(row.left), "right": side(row.right)}
                              for row in versions.rows])


def _correction(c) -> dict | None:
    """The correction asked of the story's outlet (webapp.corrections), or None."""
    if c is None:
        return None
    return {"status": c.status, "contact": c.contact, "note": c.note, "outcome_url": c.outcome_url,
            "requested_by": c.requested_by.name if c.requested_by else None,
            "requested_at": c.requested_at.isoformat(), "answered_at": c.answered_at.isoformat() if c.answered_at else None}


@bp.route("/outlets/<path:name>")
@role_required(*STAFF)
def outlet(name):
    """An outlet's report card, as its page shows it (webapp.outlets), `days` as there."""
    card = outlet_card(name)
    record = card.record

    def figures(r):
        return None if r is None else {
            "stories": r.stories, "flagged": r.flagged, "mean_score": r.mean_score, "named_study": r.named_study,
            "checklist": {c: {"met": met, "applies": judged} for c, (met, judged) in r.checklist.items()}}
    return jsonify(
        name=card.name, days=card.days, source=record.source if record else None,
        record=figures(record), every_outlet=figures(card.everyone),
        flags_per_day={"days": card.flags.days, "by_label": card.flags.by_label},
        most_overstated=[{"id": s.id, "title": s.title, "published": s.published.isoformat() if s.published else None,
                          "score": s.score, "flagged": s.flagged_count, "status": s.status} for s in card.stories],
        added={"later_versions": card.additions.copies if card.additions else 0,
               "kept": card.additions.kept if card.additions else 0,
               "added": card.additions.added if card.additions else 0,
               "dropped": card.additions.dropped if card.additions else 0,
               "by_label": {label: {"kept": kept, "added": added} for label, (kept, added) in card.added_by_label.items()},
               "most": [{"id": c.id, "title": c.title, "added": c.added, "first_id": c.first_id,
                         "first_outlet": c.first_outlet} for c in card.copies]},
        corrections=card.corrections,
        verdicts={"published": card.verdicts[0], "overstated": card.verdicts[1],
                  "latest": [{"id": v.id, "claim": v.claim, "rating": v.rating, "story_id": v.article_id}
                             for v in card.verdicts[2]]})


@bp.route("/stories/<int:article_id>/sentences")
@role_required(*STAFF)
def sentences(article_id):
    return jsonify(sentences=[_sentence(s) for s in get_or_404(Article, article_id).sentences])


@bp.route("/verdicts")
@role_required(*ROLES)
def verdict_list():
    """The latest verdicts, page by page; with `q`, the verdicts on claims like it, each with its similarity."""
    if q := verdicts.search_text(request.args.get("q")):
        return jsonify(q=q, verdicts=[{**verdicts.record(v), "similarity": round(similarity, 3)}
                                      for v, similarity in verdicts.like(get_session(), q)])
    page = max(1, request.args.get("page", 1, type=db_int) or 1)
    rows, has_next = verdicts.latest(get_session(), page=page)
    return jsonify(page=page, has_next=has_next, verdicts=[verdicts.record(v) for v in rows])


@bp.route("/verdicts/<int:annotation_id>")
@role_required(*ROLES)
def verdict(annotation_id):
    annotation = verdicts.get(get_session(), annotation_id)
    if annotation is None:
        abort(404)
    return jsonify(verdicts.record(annotation))


def _json_int(value) -> int | None:
    """A JSON number an INTEGER column can hold, or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return db_int(value)
        except ValueError:
            return None
    return None


@bp.route("/annotations")
@role_required(*STAFF)
def my_annotations():
    """The caller's own annotations, the most recently changed first; `status` and `page` as on
    the "My annotations" page."""
    status = request.args.get("status", "")
    if status and status not in workflow.ANNOTATION_STATUSES:
        abort(400, f"status is one of {', '.join(workflow.ANNOTATION_STATUSES)}")
    page = max(1, request.args.get("page", 1, type=db_int) or 1)
    mine = workflow.own_annotations(get_session(), g.user.id, status=status, page=page, page_size=50)
    return jsonify(page=page, has_next=mine.has_next, rejected=mine.rejected, annotations=[{
        "id": a.id, "story_id": a.article_id, "sentence_id": a.sentence_id, "sentence": a.sentence,
        "verdict": a.verdict, "labels": list(a.labels or []), "note": a.note, "status": a.status,
        "reject_reason": a.reject_reason, "reviewed_by": a.reviewer,
        "reviewed_at": a.reviewed_at.isoformat() if a.reviewed_at else None,
        "updated_at": a.updated_at.isoformat() if a.updated_at else None, "version": a.version} for a in mine.rows])


@bp.route("/annotations", methods=("POST",))
@role_required(*STAFF)
def annotate():
    """Body: {"sentence_id", "verdict": "agree"|"disagree", "labels": [...], "note", "version"}."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        abort(400, "send a JSON object")
    db = get_session()
    sentence = db.get(Sentence, _json_int(data.get("sentence_id")) or 0)
    if sentence is None:
        abort(400, "no sentence with that sentence_id")
    labels = data.get("labels") or []
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        abort(400, "labels must be a list of label names")
    version = data.get("version")
    try:
        note = data.get("note") if isinstance(data.get("note"), str) else None
        annotation = workflow.annotate(db, g.user, sentence, verdict=str(data.get("verdict", "")),
                                       labels=labels, note=note,
                                       version=_json_int(version))
    except workflow.AnnotationError as exc:
        abort(400, str(exc))
    except workflow.Conflict as exc:
        abort(409, str(exc))
    db.commit()
    return jsonify(id=annotation.id, sentence_id=annotation.sentence_id, verdict=annotation.verdict,
                   labels=annotation.labels, note=annotation.note, status=annotation.status,
                   version=annotation.version), 201


@bp.route("/check", methods=("POST",))
@role_required(*STAFF)
def check():
    """Body: {"text" or "url", "title" (optional), "read_anyway" (optional: read it even if it does not look like
    English health news)}. Answers what `hypewatch check --format json` prints (with a "url", also the "text" read
    from the page); stores nothing."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not any(isinstance(data.get(key), str) for key in ("text", "url")):
        abort(400, 'send a JSON object with the "text" to check, or the "url" of a page')
    title = data.get("title") if isinstance(data.get("title"), str) else None
    read_anyway = data.get("read_anyway") is True
    try:
        if isinstance(data.get("text"), str):
            return jsonify(check_text(data["text"], title, read_anyway=read_anyway))
        text, found_title, links = read_page(data["url"])
        return jsonify({**check_text(text, title or found_title, links=links, read_anyway=read_anyway), "text": text})
    except CheckError as exc:
        return jsonify(error=exc.message), exc.status
