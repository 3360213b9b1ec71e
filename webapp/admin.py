"""Administrators' pages: accounts and sources."""
from __future__ import annotations

from dataclasses import asdict

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from sqlalchemy import func, select

from crawler.sources import KINDS, Source, SourcesError, load_sources
from crawler.store import resume_source, source_row
from storage.models import ROLES, Article, User
from storage.models import Source as SourceHealth
from storage.users import UserError, add_user, set_disabled, set_password
from webapp.workflow import record
from webapp.auth import role_required
from webapp.db import db_int, get_or_404, get_session
from webapp.recent import forget
from webapp.stories import DESK

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.route("/users", methods=("GET", "POST"))
@role_required("admin")
def users():
    db = get_session()
    error = None
    if request.method == "POST":
        try:
            user = add_user(db, request.form.get("name", ""), request.form.get("role", ""),
                            request.form.get("password", ""))
        except UserError as exc:
            error = str(exc)
        else:
            record(db, g.user, "create", "user", user.id, None, None, {"name": user.name, "role": user.role})
            db.commit()
            forget(DESK)
            flash(f"Added {user.name} ({user.role}).")
            return redirect(url_for("admin.users"))
    accounts = list(db.scalars(select(User).order_by(User.name)))
    return render_template("admin/users.html", users=accounts, roles=ROLES, error=error), 400 if error else 200


@bp.route("/users/<int:user_id>", methods=("POST",))
@role_required("admin")
def update_user(user_id):
    """Change an account's role, set a new password, or disable or enable the account."""
    db = get_session()
    user = get_or_404(User, user_id)
    role, password, disabled = request.form.get("role"), request.form.get("password"), request.form.get("disabled")
    if disabled in ("0", "1"):
        if user.id == g.user.id:
            abort(400, "You cannot disable your own account.")
        if set_disabled(user, disabled == "1"):
            record(db, g.user, "disable" if disabled == "1" else "enable", "user", user.id, None, None, None)
    if role:
        if role not in ROLES:
            abort(400, f"Unknown role {role!r}.")
        if user.id == g.user.id and role != "admin":
            abort(400, "You cannot take away your own admin role.")
        if role != user.role:
            record(db, g.user, "update", "user", user.id, None, {"role": user.role}, {"role": role})
            user.role = role
    if password:
        try:
            set_password(user, password)
        except UserError as exc:
            abort(400, str(exc))
        record(db, g.user, "set_password", "user", user.id, None, None, None)
    db.commit()
    forget(DESK)
    flash(f"Saved {user.name}.")
    return redirect(url_for("admin.users"))


@bp.route("/sources", methods=("GET", "POST"))
@role_required("admin")
def sources():
    """The sources file's entries with their health; POST adds one (as `hypewatch sources add`)."""
    db = get_session()
    error, refused = None, False
    try:
        listing = load_sources(current_app.config["SOURCES_FILE"])
    except SourcesError as exc:  # the file is broken: say so, change nothing
        listing, error = None, str(exc)
    if request.method == "POST" and listing is not None:
        form = request.form
        source = Source(name=form.get("name", "").strip(), kind=form.get("kind", ""), urls=form.get("urls", "").split(),
                        link_pattern=form.get("link_pattern", "").strip() or None,
                        topic_filter=form.get("topic_filter") == "on",
                        interval_minutes=form.get("interval_minutes", 60, type=db_int))
        try:
            listing.add(source)
        except SourcesError as exc:
            error, refused = str(exc), True
        else:
            listing.save()
            record(db, g.user, "create", "source", source_row(db, source.name).id, None, None, asdict(source))
            db.commit()
            flash(f"Added {source.name}; the scheduler takes it up within a minute.")
            return redirect(url_for("admin.sources"))
    health = {row.name: row for row in db.scalars(select(SourceHealth))}
    counts = dict(db.execute(select(Article.source, func.count()).group_by(Article.source)).all())
    return render_template("admin/sources.html", sources=listing.sources if listing else [], health=health,
                           counts=counts, kinds=KINDS, error=error), 400 if refused else 200


@bp.route("/sources/<name>/enabled", methods=("POST",))
@role_required("admin")
def set_source_enabled(name):
    """Disable a source, or enable it again (which also lifts a pause after failures)."""
    db = get_session()
    enabled = request.form.get("enabled") == "1"
    try:
        listing = load_sources(current_app.config["SOURCES_FILE"])
        listing.set_enabled(name, enabled)
    except SourcesError as exc:
        abort(400, str(exc))
    listing.save()
    row = resume_source(db, name) if enabled else source_row(db, name)
    record(db, g.user, "update", "source", row.id, None, {"enabled": not enabled}, {"enabled": enabled})
    db.commit()
    flash(f"{'Enabled' if enabled else 'Disabled'} {name}.")
    return redirect(url_for("admin.sources"))
