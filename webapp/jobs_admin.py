"""The admin page of the scheduled jobs: the schedule, recent runs, and mail deliveries
that failed or were interrupted."""
from __future__ import annotations

from functools import wraps

from flask import Blueprint, abort, g, render_template

from webapp.digest import database

bp = Blueprint("jobs_admin", __name__, url_prefix="/admin/jobs", template_folder="templates")
RUNS_SHOWN = 100


def admin_required(view):
    """Stand-in until webapp.auth.role_required("admin") is merged: the lead switches it over."""
    view.allowed_roles = frozenset({"admin"})

    @wraps(view)
    def wrapped(*args, **kwargs):
        user = getattr(g, "user", None)
        if user is None:
            abort(401)
        if getattr(user, "role", None) != "admin":
            abort(403)
        return view(*args, **kwargs)
    return wrapped


@bp.get("/")
@admin_required
def index():
    from sqlalchemy import select
    import jobs
    from storage.models import Delivery, JobRun
    db = database()
    with db.session() as session:
        runs = list(session.scalars(select(JobRun).order_by(JobRun.id.desc()).limit(RUNS_SHOWN)))
        latest = jobs.last_runs(session)
        problems = list(session.scalars(
            select(Delivery).where(Delivery.state.in_(("failed", "sending"))
                                   | ((Delivery.state == "pending") & (Delivery.attempts > 0)))
            .order_by(Delivery.updated_at.desc()).limit(RUNS_SHOWN)))
        problem_rows = [{"issue": d.issue.date, "email": d.subscriber.email, "state": d.state,
                         "attempts": d.attempts, "next": d.next_attempt_at, "error": d.last_error,
                         "message_id": d.message_id} for d in problems]
    schedule = sorted(jobs.next_run_times(db).items(), key=lambda kv: (kv[1] is None, kv[1] or 0, kv[0]))
    return render_template("jobs_admin/index.html", runs=runs, latest=latest, schedule=schedule,
                           problems=problem_rows)
