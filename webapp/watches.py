"""Watched searches: a journalist watches a review-queue search ("Watch this search" under the filters), and
the `notices` job mails them the new stories it finds (hypewatch.notices); they are listed, and stopped, on
the account page."""
from __future__ import annotations

from urllib.parse import parse_qsl

from flask import Blueprint, abort, flash, g, redirect, request, url_for
from sqlalchemy import select
from werkzeug.datastructures import MultiDict

from storage.models import Watch
from webapp.auth import STAFF, role_required
from webapp.db import get_or_404, get_session
from webapp.stories import QueueFilters

bp = Blueprint("watches", __name__, url_prefix="/watches")
MOST_WATCHES = 20  # a person's


def filters_of(watch: Watch) -> QueueFilters:
    return QueueFilters.from_args(MultiDict(parse_qsl(watch.query)))


def own_watches(session, user_id: int) -> list[tuple[Watch, QueueFilters]]:
    return [(w, filters_of(w)) for w in session.scalars(select(Watch).where(Watch.user_id == user_id).order_by(Watch.id))]


@bp.route("/", methods=("POST",))
@role_required(*STAFF)
def add():
    """Watch the search the form's `query` holds (the queue's URL query), then go back to it."""
    filters = QueueFilters.from_args(MultiDict(parse_qsl(request.form.get("query", ""))))
    query = filters.watch_query()
    if not query:
        abort(400, "Choose a filter or search for words first: the whole queue is not a search to watch.")
    db = get_session()
    watched = set(db.scalars(select(Watch.query).where(Watch.user_id == g.user.id)))
    if query in watched:
        flash(f"You watch {filters.describe()} already.")
    elif len(watched) >= MOST_WATCHES:
        flash(f"You watch {MOST_WATCHES} searches, the most there can be: stop one on your account page first.",
              "error")
    else:
        db.add(Watch(user_id=g.user.id, query=query))
        db.commit()
        flash(f"You watch {filters.describe()}: the new stories it finds are mailed to you every five minutes"
              + ("." if g.user.email else ", once you give an e-mail address on your account page."))
    return redirect(url_for("queue.index", **filters.as_args()))


@bp.route("/<int:watch_id>/delete", methods=("POST",))
@role_required(*STAFF)
def delete(watch_id):
    db = get_session()
    watch = get_or_404(Watch, watch_id)
    if watch.user_id != g.user.id:
        abort(404)
    db.delete(watch)
    db.commit()
    flash(f"You no longer watch {filters_of(watch).describe()}.")
    return redirect(url_for("auth.account"))
