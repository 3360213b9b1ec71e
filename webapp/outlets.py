"""An outlet's report card, after HealthNewsReview.org's: its record against the reporting checklist over the
chosen days beside every outlet's, its flags per day, its most overstated stories, the claims it added to stories
it ran after another version, and the corrections the desk asked of it. The stats page's tables link here."""
from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from storage.models import CHECKLIST_BITS, CORRECTION_STATUSES
from webapp import charts
from webapp import stats as stats_
from webapp.auth import STAFF, role_required
from webapp.corrections import STATUS_NAMES as CORRECTION_NAMES
from webapp.db import db_int, get_session
from webapp.recent import recent
from webapp.views import CRITERION_SHORT

bp = Blueprint("outlets", __name__, url_prefix="/outlets")

DEFAULT_DAYS = 90  # an outlet runs a few health stories a week: a quarter says more than a month
MAX_DAYS = 365
STORIES_SHOWN = 10
COPIES_SHOWN = 10


@bp.route("/<path:name>")
@role_required(*STAFF)
def card(name):
    db = get_session()
    if not stats_.outlet_exists(db, name):
        abort(404)
    days = min(max(request.args.get("days", DEFAULT_DAYS, type=db_int) or DEFAULT_DAYS, 1), MAX_DAYS)
    [record] = stats_.outlet_records(db, days=days, outlet=name) or [None]
    flags = stats_.flags_per_day(db, days=days, outlet=name)
    additions = stats_.syndication(db, days=days, outlet=name)
    from classifier.criteria import NAMES as criterion_names  # here: the module's patterns take 0.7 s to compile
    return render_template(
        "outlets/card.html", name=name, days=days, max_days=MAX_DAYS, record=record,
        everyone=recent("every_outlet", current_app.config["STATS_MAX_AGE"],  # 0.4-1 s at 100,000 stories
                        lambda: stats_.every_outlet(stats_.outlet_records(db, days=days)), days),
        criteria=CHECKLIST_BITS,
        criterion_names=criterion_names, criterion_short=CRITERION_SHORT,
        checklist_chart=charts.horizontal_bars(
            [(CRITERION_SHORT.get(c, c), record.share(c)) for c in CHECKLIST_BITS if record.share(c) is not None]
            if record else []),
        label_chart=charts.stacked_bars(flags.days, flags.by_label),
        stories=stats_.most_overstated(db, days=days, outlet=name, most=STORIES_SHOWN),
        additions=additions.outlets[0] if additions.outlets else None,
        added_chart=charts.horizontal_bars([(label, added / (kept + added))
                                            for label, (kept, added) in additions.by_label.items()]),
        copies=stats_.most_added(db, days=days, outlet=name, most=COPIES_SHOWN),
        corrections=stats_.corrections_asked(db, outlet=name), correction_statuses=CORRECTION_STATUSES,
        correction_names=CORRECTION_NAMES)
