"""A forgotten password, reset through the account's confirmed e-mail address; and a link an admin
mails someone to choose their password (a new account's, or for someone locked out).

"Forgot your password?" takes a user name or an address and answers the same, and as fast, whether or not an
account matches (the mail goes out after the answer), so the page tells no one who has an account. A matching account that is enabled and has a
confirmed address gets a link that works for an hour and once only: it carries a digest of the password
it replaces (webapp.auth.session_stamp), which the new password changes. At most RESETS_PER_HOUR mails go
to one account and REQUESTS_PER_HOUR requests come from one client address, counted in the log-in
throttle's table. An account without an address still needs an admin (or `hypewatch users password`).
An admin's link (`mail_password_link`) works the same way for a week.
"""
from __future__ import annotations

import hmac
import threading
from datetime import timedelta

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import false, func, or_, select

from digest.issue import DigestError
from digest.links import (TokenError, absolute, invite_token, read_invite_token, read_reset_token, reset_path,
                          reset_token, welcome_path)
from digest.mail import invite_message, reset_message, sender
from digest.smtp import MailError, send_one
from digest.subscribers import normalise_email
from storage.models import User
from storage.users import UserError, set_password
from webapp import throttle
from webapp.auth import mail_settings, public, session_stamp
from webapp.db import get_session
from webapp.workflow import record

bp = Blueprint("recovery", __name__, url_prefix="/auth")

RESETS_PER_HOUR = 3
REQUESTS_PER_HOUR = 10
HOUR = 3600
AN_HOUR = timedelta(hours=1)  # requests further back are not counted


def _matching_accounts(db, wanted: str) -> list[User]:
    """Enabled accounts with a confirmed address whose name or address is `wanted`."""
    try:
        address = normalise_email(wanted)
    except DigestError:
        address = None
    by_address = func.lower(User.email) == address.lower() if address else false()
    return list(db.scalars(select(User).where(or_(User.name == wanted, by_address), User.email.is_not(None),
                                              User.disabled_at.is_(None)).order_by(User.id)))


@bp.route("/forgot", methods=("GET", "POST"))
@public
def forgot():
    if request.method == "GET":
        return render_template("auth/forgot.html")
    db = get_session()
    client = f"reset-request|{request.remote_addr or '-'}"
    wait = throttle.seconds_locked(db, client)
    if wait:
        return render_template("auth/forgot.html",
                               error=f"Too many requests. Try again in {throttle.describe(wait)}."), 429
    throttle.record_failure(db, client, max_failures=REQUESTS_PER_HOUR, lockout_seconds=HOUR, forget_after=AN_HOUR)
    wanted = request.form.get("name", "").strip()[:254]
    settings = mail_settings()
    messages = []
    for user in _matching_accounts(db, wanted) if wanted else ():
        account = f"reset|{user.id}"
        if throttle.seconds_locked(db, account):
            continue
        throttle.record_failure(db, account, max_failures=RESETS_PER_HOUR, lockout_seconds=HOUR, forget_after=AN_HOUR)
        link = absolute(settings.base_url, reset_path(reset_token(current_app.secret_key, user.id, session_stamp(user))))
        messages.append(reset_message(to=user.email, name=user.name, reset_url=link))
    db.commit()
    if messages:  # sent after the answer, so that how long it takes tells no one whether an account matched
        threading.Thread(target=_send_all, args=(settings.smtp_url, messages, current_app.logger), daemon=True).start()
    return render_template("auth/message.html", title="Check your mail", message=(
        "If an account has that name or address, and a confirmed address, a link to choose a new password is on "
        "its way there. It works for an hour. If nothing comes, an admin can set a new password for you."))


def _send_all(smtp_url: str, messages: list, logger) -> None:
    for message in messages:
        try:
            send_one(smtp_url, message, message["To"], sender())
        except (MailError, ValueError):
            logger.exception("cannot send a password reset link to %s", message["To"])


def mail_password_link(user: User, invited_by: str) -> None:
    """Mail `user` a link to choose their password, from an admin (`invited_by`, as the mail names them); raises
    MailError if the server does not take it. Needs the app's context (its key signs the link)."""
    settings = mail_settings()
    link = absolute(settings.base_url, welcome_path(invite_token(current_app.secret_key, user.id, session_stamp(user))))
    send_one(settings.smtp_url, invite_message(to=user.email, name=user.name, invited_by=invited_by, link=link,
                                               site=settings.base_url), user.email, sender())


def _account_for(token: str, read) -> User:
    """The enabled account a link is for, while its password is the one the link was made for."""
    user_id, stamp = read(current_app.secret_key, token)
    user = get_session().get(User, user_id)
    if user is None or user.disabled_at is not None or not hmac.compare_digest(stamp, session_stamp(user)):
        raise TokenError("this link has been used, or the password has changed since; ask for a new one")
    return user


@bp.route("/reset/<token>", methods=("GET", "POST"))
@public
def reset(token):
    return _choose_password(token, read_reset_token)


@bp.route("/welcome/<token>", methods=("GET", "POST"))
@public
def welcome(token):
    return _choose_password(token, read_invite_token)


def _choose_password(token: str, read):
    try:
        user = _account_for(token, read)
    except TokenError as exc:
        return render_template("auth/message.html", title="Not reset", message=f"{str(exc).capitalize()}."), 400
    if request.method == "GET":
        return render_template("auth/reset.html", name=user.name)
    new = request.form.get("new", "")
    if new != request.form.get("confirm", ""):
        return render_template("auth/reset.html", name=user.name,
                               error="The new password and its repetition differ."), 400
    try:
        set_password(user, new)
    except UserError as exc:
        return render_template("auth/reset.html", name=user.name, error=f"Not changed: {exc}."), 400
    db = get_session()
    record(db, user, "reset_password", "user", user.id, None, None, None)
    throttle.reset(db, throttle.key_for(user.name, request.remote_addr))
    db.commit()
    flash("Your password is changed, and every session of your account is logged out. Log in with the new one.")
    return redirect(url_for("auth.login"))
