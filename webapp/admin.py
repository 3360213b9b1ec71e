"""Administrators' pages: accounts and sources."""
from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import func, select

from storage.models import ROLES, Article, Source, User
from storage.users import UserError, add_user, set_password
from webapp.workflow import record
from webapp.auth import role_required
from webapp.db import get_or_404, get_session

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
            flash(f"Added {user.name} ({user.role}).")
            return redirect(url_for("admin.users"))
    accounts = list(db.scalars(select(User).order_by(User.name)))
    return render_template("admin/users.html", users=accounts, roles=ROLES, error=error), 400 if error else 200


@bp.route("/users/<int:user_id>", methods=("POST",))
@role_required("admin")
def update_user(user_id):
    """Change an account's role or set a new password."""
    db = get_session()
    user = get_or_404(User, user_id)
    role, password = request.form.get("role"), request.form.get("password")
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
    flash(f"Saved {user.name}.")
    return redirect(url_for("admin.users"))


@bp.route("/sources")
@role_required("admin")
def sources():
    db = get_session()
    rows = list(db.scalars(select(Source).order_by(Source.name)))
    counts = dict(db.execute(select(Article.source, func.count()).group_by(Article.source)).all())
    return render_template("admin/sources.html", sources=rows, counts=counts)
