"""Editors' pages: the approval queue, the audit trail and the stats."""
from __future__ import annotations

from flask import Blueprint, render_template

from webapp.auth import EDITORS, role_required

bp = Blueprint("review", __name__, url_prefix="/review")


@bp.route("/")
@role_required(*EDITORS)
def index():
    return render_template("review/index.html")


@bp.route("/stats")
@role_required(*EDITORS)
def stats():
    return render_template("review/stats.html")
