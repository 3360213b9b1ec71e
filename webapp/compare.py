"""The compare page: two versions of one story side by side (hypewatch.versions compares them)."""
from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, url_for
from sqlalchemy import select

from hypewatch.versions import Comparison, compare_versions, version_order
from storage.models import Article, Sentence
from webapp.auth import STAFF, role_required
from webapp.db import get_session

bp = Blueprint("compare", __name__, url_prefix="/queue/story")


def stored_versions(article_id: int, other_id: int) -> tuple[Article, Article, Comparison, bool]:
    """Two stored stories (404 if either is missing), their comparison, and whether both are analysed."""
    db = get_session()
    stories = {a.id: a for a in db.scalars(select(Article).where(Article.id.in_((article_id, other_id))))}
    if len(stories) < 2:
        abort(404)
    sentences: dict[int, list[Sentence]] = {article_id: [], other_id: []}
    for sentence in db.scalars(select(Sentence).where(Sentence.article_id.in_((article_id, other_id)))
                               .order_by(Sentence.article_id, Sentence.position)):
        sentences[sentence.article_id].append(sentence)
    return (stories[article_id], stories[other_id], compare_versions(sentences[article_id], sentences[other_id]),
            all(sentences.values()))


@bp.route("/<int:article_id>/compare/<int:other_id>")
@role_required(*STAFF)
def compare(article_id, other_id):
    """Two versions of a story side by side, the earlier (by publication, else fetch) on the left: asked
    the other way round, the page sends the reader to that order."""
    if article_id == other_id:
        return redirect(url_for("queue.story", article_id=article_id))
    left, right, versions, analysed = stored_versions(article_id, other_id)
    if version_order(right) < version_order(left):
        return redirect(url_for(".compare", article_id=right.id, other_id=left.id))
    return render_template("queue/compare.html", left=left, right=right, versions=versions, analysed=analysed)
