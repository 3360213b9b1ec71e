"""Administrators' pages: accounts and sources."""
from __future__ import annotations

from flask import Blueprint, render_template

from webapp.auth import role_required

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.route("/users")
@role_required("admin")
def users():
    return render_template("admin/users.html")


@bp.route("/sources")
@role_required("admin")
def sources():
    return render_template("admin/sources.html")
