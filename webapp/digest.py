"""The public digest pages: the archive, one page per issue, the Atom feed, and
subscribing / confirming / unsubscribing.

The one-click unsubscribe POST (RFC 8058) is sent by mail programs, with no session and no
CSRF token: the signed token in the URL is what authorises it, so the view is marked
`csrf_exempt`, which webapp.auth honours.
"""
from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from wtforms import RadioField, SelectMultipleField, StringField
from wtforms.validators import DataRequired, Length
from wtforms.widgets import CheckboxInput, ListWidget

from digest import links
from digest.issue import TOPICS, DigestError, verdict_count
from webapp.auth import mail_settings, public
from webapp.db import db_int, get_database

try:
    from wtforms import SelectChoice as _choice
except ImportError:  # WTForms before 3.3 takes (value, label) pairs
    def _choice(value, label):
        return (value, label)

bp = Blueprint("digest", __name__, url_prefix=links.URL_PREFIX, template_folder="templates")
bp.add_app_template_filter(verdict_count)
ISSUES_PER_PAGE = 30


class SubscribeForm(FlaskForm):
    email = StringField("E-mail address", validators=[DataRequired(), Length(max=254)])
    topics = SelectMultipleField("Topics (none ticked: all)", choices=[_choice(k, v) for k, v in TOPICS.items()],
                                 widget=ListWidget(prefix_label=False), option_widget=CheckboxInput())
    frequency = RadioField("How often", choices=[_choice("daily", "Every day"), _choice("weekly", "Once a week")],
                           default="daily")


class ConfirmForm(FlaskForm):
    pass


@bp.get("/")
@public
def archive():
    from sqlalchemy import func, select
    from storage.models import DigestIssue
    page = request.args.get("page", 1, type=db_int)
    if page < 1:
        abort(404)
    with get_database().session() as session:
        total = session.scalar(select(func.count()).select_from(DigestIssue))
        issues = list(session.scalars(select(DigestIssue).order_by(DigestIssue.date.desc())
                                      .offset((page - 1) * ISSUES_PER_PAGE).limit(ISSUES_PER_PAGE)))
    return render_template("digest/archive.html", issues=issues, page=page,
                           more=total > page * ISSUES_PER_PAGE)


@bp.get("/today")
@public
def today():
    """The issue of today so far, built afresh (every few minutes) and not stored: it goes out the
    next morning, when the digest job builds and mails it. Once today's issue is stored, its page."""
    from sqlalchemy import select
    from digest.issue import issue_content, local_today
    from storage.models import DigestIssue
    from webapp.recent import recent
    settings = mail_settings()
    day = local_today(settings.timezone)
    with get_database().session() as session:
        if session.scalar(select(DigestIssue.id).where(DigestIssue.date == day)) is not None:
            return redirect(url_for("digest.issue", day=day.isoformat()))
        # as long as the stats page keeps its counts: both read every story of a day
        content = recent("digest_today", current_app.config["STATS_MAX_AGE"],
                         lambda: issue_content(session, day, settings.timezone, stories=settings.digest_stories), day)
    return render_template("digest/issue.html", issue=None, content=content, topics=TOPICS,
                           sends_at=f"{settings.digest_time} ({settings.timezone})")


@bp.get("/<day>")
@public
def issue(day):
    from sqlalchemy import select
    from storage.models import DigestIssue
    try:
        day = date.fromisoformat(day)
    except ValueError:
        abort(404)
    with get_database().session() as session:
        found = session.scalar(select(DigestIssue).where(DigestIssue.date == day))
    if found is None:
        abort(404)
    page_url = links.absolute(current_app.config["BASE_URL"], links.issue_path(found.date))
    return render_template("digest/issue.html", issue=found, content=found.content, topics=TOPICS, page_url=page_url)


@bp.get("/feed.atom")
@public
def feed():
    from sqlalchemy import select
    from storage.models import DigestIssue, utcnow
    with get_database().session() as session:
        issues = list(session.scalars(select(DigestIssue).order_by(DigestIssue.date.desc()).limit(50)))
    updated = max((i.built_at for i in issues), default=utcnow())
    body = render_template("digest/feed.xml", issues=issues, updated=updated)
    return current_app.response_class(body, mimetype="application/atom+xml")


@bp.route("/subscribe", methods=["GET", "POST"])
@public
def subscribe():
    from digest.smtp import MailError
    from digest.subscribers import request_subscription
    form = SubscribeForm()
    if form.validate_on_submit():
        settings = mail_settings()
        try:
            email = request_subscription(
                secret_key=current_app.secret_key, smtp_url=settings.smtp_url, base_url=settings.base_url,
                email=form.email.data, topics=form.topics.data or [], frequency=form.frequency.data)
        except DigestError as exc:
            form.email.errors.append(str(exc))
        except (MailError, ValueError):
            current_app.logger.exception("cannot send a confirmation mail")
            flash("We could not send the confirmation mail just now; please try again later.", "error")
        else:
            return render_template("digest/check_mail.html", email=email)
    return render_template("digest/subscribe.html", form=form), 400 if form.errors else 200


@bp.route("/confirm/<token>", methods=["GET", "POST"])
@public
def confirm(token):
    """GET shows a button (mail scanners follow links); POST confirms."""
    from digest.subscribers import confirm as confirm_subscription
    try:
        wanted = links.read_confirm_token(current_app.secret_key, token)
    except links.TokenError as exc:
        return render_template("digest/message.html", title="Confirmation failed", message=str(exc)), 400
    form = ConfirmForm()
    if form.validate_on_submit():
        with get_database().session() as session:
            subscriber = confirm_subscription(session, wanted)
            email, frequency = subscriber.email, subscriber.frequency
        return render_template("digest/message.html", title="Subscribed",
                               message=f"{email} will get the digest {frequency}.")
    return render_template("digest/confirm.html", form=form, wanted=wanted, topics=TOPICS)


@bp.route("/unsubscribe/<token>", methods=["GET", "POST"])
@public
def unsubscribe(token):
    """GET shows a confirm page; POST (the page's button, or a mail program's RFC 8058
    one-click request) ends the subscription."""
    from digest.subscribers import unsubscribe as end_subscription
    try:
        subscriber_id, email = links.read_unsubscribe_token(current_app.secret_key, token)
    except links.TokenError as exc:
        return render_template("digest/message.html", title="Unsubscribe failed", message=str(exc)), 400
    if request.method == "GET":
        return render_template("digest/unsubscribe.html", email=email)
    with get_database().session() as session:
        end_subscription(session, subscriber_id, email)  # None: the address is gone from the list already
    return render_template("digest/message.html", title="Unsubscribed",
                           message=f"{email} will get no more mail from us.")


unsubscribe.csrf_exempt = True  # RFC 8058: the signed token in the URL authorises the POST

