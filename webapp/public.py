"""Pages anyone may read: the published verdicts."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, redirect, render_template, request, url_for

from webapp import corrections, verdicts
from webapp.auth import public
from webapp.db import db_int, get_database, get_session
from webapp.downloads import csv_lines, download
from webapp.matches import claim_matches
from webapp.stories import repeated_elsewhere

bp = Blueprint("public", __name__, url_prefix="/verdicts")


@bp.route("/")
@public
def index():
    """The latest verdicts, page by page; with `q`, the verdicts on claims like it."""
    q = verdicts.search_text(request.args.get("q"))
    if q:
        found = verdicts.like(get_session(), q, rows=True)
        rows, similarity, page, has_next = [v for v, _ in found], {v.id: s for v, s in found}, 1, False
    else:
        page = max(1, request.args.get("page", 1, type=db_int) or 1)
        (rows, has_next), similarity = verdicts.latest(get_session(), page=page, rows=True), {}
    return render_template("public/index.html", q=q, verdicts=rows, similarity=similarity, page=page, has_next=has_next,
                           ratings={v.id: verdicts.rating(v)[0] for v in rows}, max_query=verdicts.MAX_QUERY)


@bp.route("/verdicts.csv")
@public
def verdicts_csv():
    """Every published verdict, for a spreadsheet or a report."""
    base = current_app.config["BASE_URL"].rstrip("/")

    def rows():
        with get_database().sessions() as session:  # in a transaction: PostgreSQL's server-side cursor needs one
            for v in verdicts.every_row(session):
                yield [v.id, v.reviewed_at.date().isoformat() if v.reviewed_at else "", v.claim, verdicts.rating(v)[0],
                       " ".join(v.labels or []), v.title or "", v.url, verdicts.outlet(v),
                       base + url_for("public.verdict", annotation_id=v.id)]
    header = ["id", "published", "claim", "rating", "labels", "story", "story_url", "outlet", "verdict_url"]
    return download(csv_lines(header, rows()), "text/csv", "hypewatch-verdicts.csv")


@bp.route("/<int:annotation_id>")
@public
def verdict(annotation_id):
    annotation = verdicts.get(get_session(), annotation_id)
    if annotation is None:
        merged_into = verdicts.merged_into(get_session(), annotation_id)
        if merged_into is None:
            abort(404)
        return redirect(url_for("public.verdict", annotation_id=merged_into), 301)
    page_url = current_app.config["BASE_URL"].rstrip("/") + url_for("public.verdict", annotation_id=annotation.id)
    repeated = next(iter(repeated_elsewhere(get_session(), [annotation.id])), None)
    correction = corrections.for_story(get_session(), annotation.article_id)
    return render_template("public/verdict.html", verdict=annotation, repeated=repeated, page_url=page_url,
                           correction=correction if correction and correction.status in corrections.PUBLIC else None,
                           rating=verdicts.rating(annotation)[0],
                           explanation=verdicts.explanation(annotation),
                           outlet=verdicts.outlet(annotation.article),
                           references=[(r.kind, r.value) for r in annotation.article.references],
                           related=claim_matches(get_session(), [(annotation.sentence.id, annotation.sentence.text)],
                                                 story=annotation.article.text).get(annotation.sentence.id, []),
                           jsonld=verdicts.claim_review(annotation, page_url, repeated.stories if repeated else ()))
