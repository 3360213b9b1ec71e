"""Corrections the desk asks outlets for: recorded on a story's page (whom the desk asked, and why), then
what came of it (corrected, with a link to the corrected story; declined; no answer). The corrections page
lists them, the requests waiting longest first, with each outlet's record. Every change is audited."""
from __future__ import annotations

import re
from collections import namedtuple
from datetime import date, datetime, time, timedelta
from urllib.parse import quote

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError

from storage.models import CORRECTION_STATUSES, Annotation, Article, Correction, User, utcnow
from webapp import charts
from webapp.auth import STAFF, role_required
from webapp.db import db_int, get_database, get_or_404, get_session
from webapp.downloads import csv_lines, download
from webapp.stories import MAX_PAGE
from webapp.views import safe_href
from webapp.workflow import record

bp = Blueprint("corrections", __name__, url_prefix="/corrections")

STATUS_NAMES = {"requested": "waiting for an answer", "corrected": "corrected", "declined": "declined",
                "no_answer": "no answer"}
PUBLIC = ("corrected", "declined")  # what the verdict's public page tells of; a request waiting stays the desk's
LISTS = ("requested", "any", *CORRECTION_STATUSES[1:])  # the page's tabs: waiting first
PAGE_SIZE = 50
WEEKS = 26  # the chart's
OUTLETS_SHOWN = 30


# why a claim with each flag overstates, as a request to the outlet says it ("It …")
WHY = {
    "cure": "speaks of a cure or a reversal, which the evidence reported does not show",
    "novelty": "presents the work as a first, or as unique, which the story does not establish",
    "hype": "praises the work (breakthrough, miracle) where it should say what was found",
    "causal": "says one thing causes another where the study can show only that they go together",
    "extrapolation": "presents results in animals, cells or a dish as benefits for people",
    "certainty": "calls proven, certain or free of risk what the evidence leaves open",
}
MOST_CLAIMS = 10  # in a drafted request: the first ones; a longer letter goes unread
_ADDRESS = re.compile(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]+")

# a claim a drafted request names: its sentence, why it overstates, the desk's verdict on it if published, and
# whether the version the story draws on lacks it
DraftClaim = namedtuple("DraftClaim", "text why verdict_id added")


class CorrectionError(ValueError):
    pass


def _snapshot(correction: Correction) -> dict:
    return {"status": correction.status, "contact": correction.contact, "note": correction.note,
            "outcome_url": correction.outcome_url}


def _text(form, name: str, most: int, *, lines: bool = False) -> str | None:
    """A form field, its spaces collapsed (or, with `lines`, only trimmed); None if empty."""
    value = (form.get(name) or "").strip() if lines else " ".join((form.get(name) or "").split())
    if len(value) > most:
        raise CorrectionError(f"The {name.replace('_', ' ')} is longer than {most} characters.")
    return value or None


def save(session, user: User, article: Article, correction: Correction | None, form) -> Correction:
    """Record a request for the story (`contact` needed) or change the one recorded: its status, the link
    to what the outlet did, the note, whom it was asked of. Audited."""
    contact, note, outcome = _text(form, "contact", 300), _text(form, "note", 2000, lines=True), _text(form, "outcome_url", 2000)
    if outcome is not None and safe_href(outcome) is None:
        raise CorrectionError("The link must be a web address (http or https).")
    if correction is None:
        if contact is None:
            raise CorrectionError("Say whom the desk asked for the correction.")
        correction = Correction(article_id=article.id, contact=contact, note=note, outcome_url=outcome,
                                requested_by_id=user.id, requested_at=utcnow())
        session.add(correction)
        session.flush()
        record(session, user, "create", "correction", correction.id, article.id, None, _snapshot(correction))
        return correction
    before = _snapshot(correction)
    status = form.get("status", correction.status)
    if status not in CORRECTION_STATUSES:
        raise CorrectionError("Unknown status for a correction.")
    if status != correction.status:
        correction.answered_at = None if status == "requested" else utcnow()
    correction.status, correction.note, correction.outcome_url = status, note, outcome
    correction.contact = contact or correction.contact
    if _snapshot(correction) != before:
        record(session, user, "update", "correction", correction.id, article.id, before, _snapshot(correction))
    return correction


def for_story(session, article_id: int) -> Correction | None:
    return session.scalar(select(Correction).where(Correction.article_id == article_id))


def draft_claims(session, article: Article, added: set[int] = frozenset()) -> list[DraftClaim]:
    """The story's overstated claims for a request, in reading order: each sentence the desk published a
    verdict on that keeps a flag (with that verdict), and each the classifier flagged that has none (a
    published "not overstated" takes a flagged sentence out); `added`: the ids of the sentences the version
    the story draws on lacks."""
    verdicts = {}
    for annotation in session.scalars(select(Annotation).where(Annotation.article_id == article.id,
                                                               Annotation.status == "approved")
                                      .order_by(Annotation.reviewed_at, Annotation.id)):
        verdicts[annotation.sentence_id] = annotation  # the latest published verdict on each sentence
    claims = []
    for sentence in article.sentences:
        verdict = verdicts.get(sentence.id)
        labels = sentence.labels or []
        if verdict is not None:
            labels = verdict.labels or (labels if verdict.verdict == "agree" else [])
        if labels:
            why = "It " + "; it ".join(WHY.get(label, label) for label in labels) + "."
            claims.append(DraftClaim(sentence.text, why, verdict.id if verdict is not None else None,
                                     sentence.id in added))
    return claims


def draft_request(session, article: Article, sender: str) -> tuple[str, str, str | None]:
    """(subject, body, the address to mail it to if the recorded request names one) of a request to the
    story's outlet to correct it: its overstated claims with why each overstates and the desk's published
    verdicts, those the earlier version it draws on (a press release) does not make, and what the reporting
    checklist found missing."""
    from flask import url_for

    from hypewatch.versions import added_to, first_version
    correction = for_story(session, article.id)
    contact = correction.contact if correction is not None else None
    source = first_version(session, article)
    claims = draft_claims(session, article, added_to(source, article) if source is not None else set())
    missing = [c.get("name") for c in article.criteria or [] if c.get("status") == "not_satisfied" and c.get("name")]
    greeting = _ADDRESS.sub("", contact or "").strip(" <>,;:") or "editor"  # "Health desk <news@…>": "Health desk"
    body = render_template("corrections/request.txt", article=article, source=source, greeting=greeting,
                           claims=claims[:MOST_CLAIMS],
                           more=max(0, len(claims) - MOST_CLAIMS), missing=missing, sender=sender,
                           verdict_url=lambda verdict_id: url_for("public.verdict", annotation_id=verdict_id,
                                                                  _external=True))
    address = _ADDRESS.search(contact or "")
    return f"Correction request: {article.title or article.url}", body, address.group(0) if address else None


@bp.route("/story/<int:article_id>/draft")
@role_required(*STAFF)
def draft(article_id):
    """A request to the outlet, drafted from the story's claims and checklist, to copy or to open in a mail program."""
    article = get_or_404(Article, article_id)
    subject, body, address = draft_request(get_session(), article, g.user.name)
    mailto = f"mailto:{quote(address)}?subject={quote(subject)}&body={quote(body)}" if address else None
    return render_template("corrections/draft.html", article=article, subject=subject, body=body, mailto=mailto)


@bp.route("/story/<int:article_id>", methods=("POST",))
@role_required(*STAFF)
def story(article_id):
    db = get_session()
    article = get_or_404(Article, article_id)
    existing = for_story(db, article.id)
    try:
        save(db, g.user, article, existing, request.form)
        db.commit()
    except CorrectionError as exc:
        abort(400, str(exc))
    except IntegrityError:  # two people recorded a first request at the same moment
        db.rollback()
        abort(409, "Someone recorded a correction request for this story just now; reload the page to see it.")
    flash("Correction request recorded." if existing is None else "Correction updated.")
    return redirect(url_for("queue.story", article_id=article.id, _anchor="correction"))


# a request with its story and who asked: the page's rows and the CSV's
_LISTED = (select(Correction, Article.title, Article.url, Article.sitename, Article.source, User.name.label("by"))
           .join(Article, Article.id == Correction.article_id)
           .outerjoin(User, User.id == Correction.requested_by_id))


def per_week(session, today: date) -> charts.Chart:
    """The requests of the last WEEKS weeks (Monday to Sunday), each week's stacked by what came of them."""
    first = today - timedelta(days=today.weekday(), weeks=WEEKS - 1)
    counts = {status: [0] * WEEKS for status in CORRECTION_STATUSES}
    for asked, status in session.execute(select(Correction.requested_at, Correction.status)
                                         .where(Correction.requested_at >= datetime.combine(first, time()))):
        counts[status][min((asked.date() - first).days // 7, WEEKS - 1)] += 1
    weeks = [(first + timedelta(weeks=i)).isoformat() for i in range(WEEKS)]
    return charts.stacked_bars(weeks, {STATUS_NAMES[status]: counts[status] for status in CORRECTION_STATUSES})


def outlet_records(session) -> list[dict]:
    """Each outlet's requests by status, the outlets asked most first."""
    outlet = func.coalesce(Article.sitename, Article.source)
    counts = [func.sum(case((Correction.status == status, 1), else_=0)).label(status) for status in CORRECTION_STATUSES]
    rows = session.execute(select(outlet.label("outlet"), func.count().label("asked"), *counts)
                           .join(Article, Article.id == Correction.article_id)
                           .group_by(outlet).order_by(func.count().desc(), outlet).limit(OUTLETS_SHOWN))
    return [row._asdict() for row in rows]


@bp.route("/corrections.csv")
@role_required(*STAFF)
def corrections_csv():
    """Every correction request and what came of it, the oldest first, for a report."""
    def rows():
        with get_database().sessions() as session:  # in a transaction: PostgreSQL's server-side cursor needs one
            for c, title, url, sitename, source, by in session.execute(
                    _LISTED.order_by(Correction.requested_at, Correction.id).execution_options(yield_per=500)):
                yield [c.id, title or "", url, sitename or source or "", c.contact, by or "",
                       c.requested_at.isoformat(timespec="seconds"), c.status,
                       c.answered_at.isoformat(timespec="seconds") if c.answered_at else "", c.outcome_url or "",
                       c.note or ""]
    header = ["id", "story", "story_url", "outlet", "asked_of", "asked_by", "asked_at", "status", "answered_at",
              "outcome_url", "note"]
    return download(csv_lines(header, rows()), "text/csv", "hypewatch-corrections.csv")


@bp.route("/")
@role_required(*STAFF)
def index():
    shown = request.args.get("status", "requested")
    shown = shown if shown in LISTS else "requested"
    page = min(max(1, request.args.get("page", 1, type=db_int) or 1), MAX_PAGE)
    db = get_session()
    query = _LISTED
    if shown != "any":
        query = query.where(Correction.status == shown)
    if shown == "requested":
        query = query.order_by(Correction.requested_at, Correction.id)  # the longest waiting first
    else:
        query = query.order_by(func.coalesce(Correction.answered_at, Correction.requested_at).desc(),
                               Correction.id.desc())
    rows = db.execute(query.offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE + 1)).all()
    return render_template("corrections/index.html", rows=rows[:PAGE_SIZE], has_next=len(rows) > PAGE_SIZE,
                           page=page, shown=shown, lists=LISTS, status_names=STATUS_NAMES,
                           outlets=outlet_records(db) if page == 1 else [], now=utcnow(),
                           chart=per_week(db, utcnow().date()) if page == 1 else None, weeks=WEEKS)
