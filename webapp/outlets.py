"""An outlet's report card, after HealthNewsReview.org's: its record against the reporting checklist over the
chosen days beside every outlet's, its flags per day, its most overstated stories, the claims it added to stories
it ran after another version, the verdicts the desk published on its claims and the corrections it asked of it;
and the list of every outlet. The stats page's tables, a story's page and the header's *Outlets* link here."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask import Blueprint, abort, current_app, render_template, request

from storage.models import CHECKLIST_BITS, CORRECTION_STATUSES, utcnow
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
INDEX_ORDERS = ("stories", "flagged", "score", "named", "added")  # the list's orders, the worst first


@dataclass
class OutletCard:
    name: str
    days: int
    record: stats_.OutletRecord | None          # None: no classified story of these days
    everyone: stats_.OutletRecord | None        # every outlet's records as one
    flags: stats_.FlagsPerDay
    stories: list                               # stats_.most_overstated rows
    additions: stats_.OutletAdditions | None    # None: none of its stories ran before elsewhere
    added_by_label: dict[str, tuple[int, int]]  # label -> (claims kept, claims added)
    copies: list                                # stats_.most_added rows
    corrections: dict[str, int]                 # status -> requests
    verdicts: tuple[int, int, list]             # stats_.verdicts_on


def _days() -> int:
    return min(max(request.args.get("days", DEFAULT_DAYS, type=db_int) or DEFAULT_DAYS, 1), MAX_DAYS)


def every_outlet_figures(days: int) -> tuple[datetime, list[stats_.OutletRecord], stats_.Syndication]:
    """(when counted, every outlet's record, their additions) over `days` days: 1-3 s at 100,000 stories, so each
    process keeps them for STATS_MAX_AGE seconds, for these pages and the stats page alike."""
    db = get_session()
    return recent("every_outlet", current_app.config["STATS_MAX_AGE"],
                  lambda: (utcnow(), stats_.outlet_records(db, days=days), stats_.syndication(db, days=days)), days)


def outlet_card(name: str) -> OutletCard:
    """The named outlet's card over the days the request asks for (404 for an outlet without a story)."""
    db = get_session()
    if not stats_.outlet_exists(db, name):
        abort(404)
    days = _days()
    [record] = stats_.outlet_records(db, days=days, outlet=name) or [None]
    additions = stats_.syndication(db, days=days, outlet=name)
    return OutletCard(
        name, days, record, stats_.every_outlet(every_outlet_figures(days)[1]),
        stats_.flags_per_day(db, days=days, outlet=name),
        stats_.most_overstated(db, days=days, outlet=name, most=STORIES_SHOWN),
        additions.outlets[0] if additions.outlets else None, additions.by_label,
        stats_.most_added(db, days=days, outlet=name, most=COPIES_SHOWN),
        stats_.corrections_asked(db, outlet=name), stats_.verdicts_on(db, outlet=name))


@bp.route("/")
@role_required(*STAFF)
def index():
    """Every outlet of the chosen days, the busiest first, each with its card."""
    days = _days()
    _, records, additions = every_outlet_figures(days)
    added = {o.name: o for o in additions.outlets}
    by = request.args.get("by", "stories")
    by = by if by in INDEX_ORDERS else "stories"
    if by == "added":  # the outlets adding the most claims to their sources first
        ranked = sorted(records, key=lambda r: (-(added[r.name].added if r.name in added else 0), -r.stories, r.name))
    else:
        ranked = stats_.rank_outlets(records, by)
    return render_template("outlets/index.html", days=days, max_days=MAX_DAYS, outlets=ranked, added=added, by=by,
                           everyone=stats_.every_outlet(records), min_ranked=stats_.MIN_STORIES_RANKED)


@bp.route("/<path:name>")
@role_required(*STAFF)
def card(name):
    c = outlet_card(name)
    from classifier.criteria import NAMES as criterion_names  # here: the module's patterns take 0.7 s to compile
    return render_template(
        "outlets/card.html", name=c.name, days=c.days, max_days=MAX_DAYS, record=c.record,
        everyone=c.everyone, criteria=CHECKLIST_BITS, criterion_names=criterion_names, criterion_short=CRITERION_SHORT,
        checklist_chart=charts.horizontal_bars(
            [(CRITERION_SHORT.get(k, k), c.record.share(k)) for k in CHECKLIST_BITS if c.record.share(k) is not None]
            if c.record else []),
        label_chart=charts.stacked_bars(c.flags.days, c.flags.by_label), stories=c.stories, additions=c.additions,
        added_chart=charts.horizontal_bars([(label, added / (kept + added))
                                            for label, (kept, added) in c.added_by_label.items()]),
        copies=c.copies, corrections=c.corrections, correction_statuses=CORRECTION_STATUSES,
        correction_names=CORRECTION_NAMES, verdicts=c.verdicts)
