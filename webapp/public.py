"""Pages anyone may read: the published verdicts."""
from __future__ import annotations

from flask import Blueprint, render_template

from webapp.auth import public

bp = Blueprint("public", __name__, url_prefix="/verdicts")


@bp.route("/")
@public
def index():
    return render_template("public/index.html", verdicts=[])
