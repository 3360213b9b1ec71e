"""Administrators' pages: accounts and sources."""
from __future__ import annotations

import secrets
from dataclasses import asdict

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, url_for
from sqlalchemy import func, select

from crawler.sources import KINDS, Source, SourcesError, load_sources
from crawler.store import resume_source, source_row
from digest.issue import DigestError
from digest.smtp import MailError
from digest.subscribers import normalise_email
from hypewatch.notices import DEFAULT_KINDS
from storage.models import ROLES, Article, User, utcnow
from storage.models import Source as SourceHealth
from storage.users import UserError, add_user, set_disabled, set_password
from webapp.workflow import record
from webapp.auth import role_required
from webapp.db import db_int, get_or_404, get_session
from webapp.recent import forget
from webapp.recovery import mail_password_link
from webapp.stories import DESK

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.route("/users", methods=("GET", "POST"))
@role_required("admin")
def users():
    """The accounts; POST adds one, with a password or with an address that is mailed a link to choose one."""
    db = get_session()
    error = None
    if request.method == "POST":
        password, email = request.form.get("password", ""), request.form.get("email", "").strip()
        try:
            email = normalise_email(email) if email else None
            if not password and not email:
                raise UserError("give a password, or an e-mail address to mail them a link to choose one")
            user = add_user(db, request.form.get("name", ""), request.form.get("role", ""),
                            password or secrets.token_urlsafe(32))  # nobody knows this one: the link replaces it
        except (UserError, DigestError) as exc:
            error = str(exc)
        else:
            if email:
                user.email, user.notices, user.notified_until = email, list(DEFAULT_KINDS), utcnow()
            record(db, g.user, "create", "user", user.id, None, None,
                   {"name": user.name, "role": user.role, "email": user.email})
            db.commit()
            forget(DESK)
            flash(f"Added {user.name} ({user.role}).")
            if not password:
                _mail_link(user)
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


@bp.route("/users/<int:user_id>/link", methods=("POST",))
@role_required("admin")
def mail_link(user_id):
    """Mail someone with an address a link to choose their password (lost, or never chosen)."""
    user = get_or_404(User, user_id)
    if user.email is None or user.disabled_at is not None:
        abort(400, "Only an enabled account with an e-mail address can be mailed a link.")
    if _mail_link(user):
        db = get_session()
        record(db, g.user, "mail_password_link", "user", user.id, None, None, None)
        db.commit()
    return redirect(url_for("admin.users"))


def _mail_link(user: User) -> bool:
    try:
        mail_password_link(user, g.user.name)
    except (MailError, ValueError) as exc:
        current_app.logger.warning("cannot mail %s a link to choose a password: %s", user.name, exc)
        flash(f"The link to choose a password could not be mailed to {user.email} just now ({exc}); "
              "try “Mail a link” again later.", "error")
        return False
    flash(f"Mailed {user.name} a link to choose a password ({user.email}); it works for 7 days.")
    return True


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
