"""Logging in and out, who is asking (session or API token), and who may do what."""
from __future__ import annotations

import functools
import hashlib
import hmac

from flask import (Blueprint, abort, current_app, flash, g, jsonify, redirect, render_template, request,
                   session, url_for)
from sqlalchemy import select

from storage.models import ROLES, ApiToken, User, utcnow
from storage.users import UserError, authenticate, set_password
from webapp import csrf, throttle, tokens
from webapp.db import db_int, get_session
from webapp.workflow import record

bp = Blueprint("auth", __name__, url_prefix="/auth")

ANYONE = frozenset({None, *ROLES})  # None: not logged in
STAFF = frozenset({"journalist", "editor", "admin"})
EDITORS = frozenset({"editor", "admin"})


def role_required(*roles: str):
    """Only users with one of these roles; anonymous users are sent to log in (API: 401)."""
    allowed = frozenset(roles)
    unknown = allowed - set(ROLES)
    if unknown:
        raise ValueError(f"unknown roles {sorted(unknown)}")

    def decorator(view):
        view.allowed_roles = allowed

        @functools.wraps(view)
        def wrapped(**kwargs):
            if g.user is None:
                if request.blueprint == "api":
                    return jsonify(error="authentication required"), 401
                return redirect(url_for("auth.login", next=request.full_path))
            if g.user.role not in allowed:
                abort(403)
            return view(**kwargs)
        return wrapped
    return decorator


def public(view):
    """Marks a view as open to everyone, so the route audit knows it was meant that way."""
    view.allowed_roles = ANYONE
    return view


@bp.before_app_request
def load_user_and_check_csrf():
    """API requests may authenticate with a bearer token and skip CSRF; everything else uses
    the session cookie and must carry a CSRF token on every state-changing request."""
    g.user = None
    g.token_auth = False
    if request.endpoint == "static":
        return None  # stylesheets and scripts need no account and no database
    header = request.headers.get("Authorization", "")
    if request.blueprint == "api" and header.lower().startswith("bearer "):
        user = tokens.user_for_token(get_session(), header[7:].strip())
        if user is None:
            return jsonify(error="invalid API token"), 401
        g.user, g.token_auth = user, True
        get_session().commit()  # last_used_at
        return None
    user_id = session.get("user_id")
    if user_id is not None:
        user = get_session().get(User, user_id)
        if (user is not None and user.disabled_at is None
                and hmac.compare_digest(session.get("stamp", ""), session_stamp(user))):
            g.user = user
        else:
            session.clear()  # the account is gone or disabled, or its password changed since this log-in
    if current_app.config.get("WTF_CSRF_ENABLED", True) and not _csrf_exempt():
        csrf.protect()  # checks only state-changing methods (WTF_CSRF_METHODS)
    return None


def session_stamp(user: User) -> str:
    """What a session keeps of its user's password: a new password, set by the user or by an
    admin, ends every session logged in with the old one (a keyed digest of the salted hash, so
    the cookie, which the browser can read, tells nothing about the password)."""
    key = current_app.config["SECRET_KEY"]
    key = key.encode() if isinstance(key, str) else key
    return hmac.new(key, user.password_hash.encode(), hashlib.sha256).hexdigest()[:32]


def start_session(user: User) -> None:
    session.clear()
    session["user_id"] = user.id
    session["stamp"] = session_stamp(user)


def csrf_token() -> str:
    """The session's signed CSRF token for forms (templates call it as `csrf_token()`).

    Flask-WTF signs the session's secret anew, with a timestamp, on every request; with no time
    limit on tokens (WTF_CSRF_TIME_LIMIT=None) the timestamp is never read, so one signed token
    per session secret serves every page. It is kept per process, a few thousand at most."""
    from flask_wtf.csrf import generate_csrf
    raw = session.get("csrf_token")
    if current_app.config.get("WTF_CSRF_TIME_LIMIT") is not None or raw is None:
        return generate_csrf()
    signed = current_app.extensions.setdefault("hypewatch_csrf_tokens", {})
    token = signed.get(raw)
    if token is None:
        if len(signed) >= 5000:
            signed.clear()
        token = signed[raw] = generate_csrf()
    return token


def _csrf_exempt() -> bool:
    """Views that authorise a POST otherwise (a signed one-click unsubscribe link) opt out with
    `view.csrf_exempt = True` or Flask-WTF's `csrf.exempt(view)`."""
    view = current_app.view_functions.get(request.endpoint)
    if view is None:
        return False
    return (getattr(view, "csrf_exempt", False)
            or f"{view.__module__}.{view.__name__}" in csrf._exempt_views
            or request.blueprint in csrf._exempt_blueprints)


def _safe_next(target: str | None) -> str | None:
    # Only local paths: never redirect a user to another site after log-in.
    # Browsers drop tabs and newlines inside URLs, so "/\t/evil.example" would become "//evil.example".
    if (target and target.startswith("/") and not target.startswith("//") and "\\" not in target
            and not any(c.isspace() or ord(c) < 32 for c in target)):
        return target
    return None


@bp.route("/login", methods=("GET", "POST"))
@public
def login():
    error, wait = None, 0
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        password = request.form.get("password", "")
        db = get_session()
        key = throttle.key_for(name, request.remote_addr)
        wait = throttle.seconds_locked(db, key)
        if wait:
            error = f"Too many failed log-ins. Try again in {throttle.describe(wait)}."
        else:
            user = authenticate(db, name, password)
            if user is None:
                throttle.record_failure(db, key, max_failures=current_app.config["LOGIN_MAX_FAILURES"],
                                        lockout_seconds=current_app.config["LOGIN_LOCKOUT_SECONDS"])
                error = "Wrong user name or password."
            else:
                throttle.reset(db, key)
                if user.disabled_at is not None:  # said only to whoever knows the password
                    error, user = "This account is disabled. An admin can enable it again.", None
            db.commit()
            if user is not None:
                start_session(user)
                return redirect(_safe_next(request.args.get("next")) or url_for("index"))
    status = 200 if error is None else 429 if wait else 401
    return render_template("auth/login.html", error=error), status


@bp.route("/logout", methods=("POST",))
@public
def logout():
    session.clear()
    flash("You are logged out.")
    return redirect(url_for("public.index"))


@bp.route("/tokens", methods=("GET", "POST"))  # the page's first address, kept for bookmarks
@bp.route("/account", methods=("GET", "POST"))  # registered first: url_for builds this one
@role_required(*ROLES)
def account():
    """Each user's own account: change the password; create an API token (shown once) or revoke one."""
    db = get_session()
    new_token = None
    if request.method == "POST":
        if "revoke" in request.form:
            token = db.get(ApiToken, request.form.get("revoke", type=db_int) or 0)
            if token is None or token.user_id != g.user.id:
                abort(404)
            db.delete(token)
            flash("Token revoked.")
        else:
            name = request.form.get("name", "").strip()[:80] or "token"
            new_token = tokens.create_token(db, g.user, name)
        db.commit()
    return _account_page(new_token=new_token)


def _account_page(*, new_token: str | None = None, error: str | None = None, status: int = 200):
    from hypewatch.notices import EDITOR_KINDS, KINDS
    from webapp.watches import own_watches
    db = get_session()
    rows = db.scalars(select(ApiToken).where(ApiToken.user_id == g.user.id).order_by(ApiToken.id))
    watches = own_watches(db, g.user.id) if g.user.role in STAFF else []
    return render_template("auth/account.html", tokens=list(rows), new_token=new_token, error=error,
                           notice_kinds=KINDS, editor_kinds=EDITOR_KINDS, watches=watches), status


def mail_settings():
    """The mail server, sender and public address the scheduler uses too (hypewatch.config)."""
    from hypewatch.config import load_config
    return load_config()


@bp.route("/email", methods=("POST",))
@role_required(*ROLES)
def email():
    """Give an address (a link to confirm it is mailed there; nothing is stored until it is followed), or
    remove the one confirmed."""
    from digest.issue import DigestError
    from digest.links import absolute, address_path, address_token
    from digest.mail import address_message, sender
    from digest.smtp import MailError, send_one
    from digest.subscribers import normalise_email
    db = get_session()
    if request.form.get("action") == "remove":
        if g.user.email is not None:
            record(db, g.user, "set_email", "user", g.user.id, None, {"email": g.user.email}, {"email": None})
            g.user.email = None
            db.commit()
        flash("Your e-mail address is removed: no notices, and a forgotten password needs an admin.")
        return redirect(url_for("auth.account"))
    try:
        address = normalise_email(request.form.get("email", ""))
    except DigestError as exc:
        return _account_page(error=f"Not sent: {exc}.", status=400)
    settings = mail_settings()
    token = address_token(current_app.secret_key, g.user.id, address)
    try:
        send_one(settings.smtp_url, address_message(to=address, name=g.user.name,
                                                    confirm_url=absolute(settings.base_url, address_path(token))),
                 address, sender())
    except (MailError, ValueError):
        current_app.logger.exception("cannot send an address confirmation")
        return _account_page(error="We could not send the mail just now; please try again later.", status=503)
    flash(f"We have mailed a link to {address}. Follow it within 2 days, logged in as {g.user.name}, to confirm.")
    return redirect(url_for("auth.account"))


@bp.route("/email/<token>", methods=("GET", "POST"))
@role_required(*ROLES)
def confirm_email(token):
    """GET shows a button (mail scanners follow links); POST stores the address for the account logged in,
    which must be the one that asked."""
    from digest.links import TokenError, read_address_token
    from hypewatch.notices import DEFAULT_KINDS
    try:
        user_id, address = read_address_token(current_app.secret_key, token)
    except TokenError as exc:
        return render_template("auth/message.html", title="Not confirmed", message=f"{str(exc).capitalize()}."), 400
    if user_id != g.user.id:
        return render_template("auth/message.html", title="Not confirmed",
                               message="This link is for another account: log in as the one that gave the address."), 403
    if request.method == "POST":
        db = get_session()
        if g.user.email is None:  # notices start now: nothing of the time without an address is mailed
            g.user.notified_until = utcnow()
        if g.user.email != address:
            record(db, g.user, "set_email", "user", g.user.id, None, {"email": g.user.email}, {"email": address})
        g.user.email = address
        if g.user.notices is None:
            g.user.notices = list(DEFAULT_KINDS)
        db.commit()
        flash(f"Your e-mail address is {address}.")
        return redirect(url_for("auth.account"))
    return render_template("auth/confirm_email.html", address=address)


@bp.route("/quiet/<token>", methods=("GET", "POST"))
@public
def quiet(token):
    """A notices mail's "stop all of them": GET shows a button (mail scanners follow links); POST (the button, or
    a mail program's RFC 8058 one-click request) turns every notice off. The link names the account and the
    address it was mailed to, so it needs no log-in."""
    from digest.links import TokenError, read_quiet_token
    try:
        user_id, address = read_quiet_token(current_app.secret_key, token)
    except TokenError as exc:
        return render_template("auth/message.html", title="Not stopped", message=f"{str(exc).capitalize()}."), 400
    if request.method == "GET":
        return render_template("auth/quiet.html", address=address)
    db = get_session()
    user = db.get(User, user_id)
    if user is not None and user.email == address and user.notices:
        record(db, user, "set_notices", "user", user.id, None, {"notices": user.notices}, {"notices": []})
        user.notices = []
        db.commit()
    return render_template("auth/message.html", title="Stopped",
                           message=f"No more notices will be mailed to {address}. Choose some again on your account page.")


quiet.csrf_exempt = True  # RFC 8058: the signed token in the URL authorises the POST


@bp.route("/notices", methods=("POST",))
@role_required(*ROLES)
def notices():
    """Which notices the `notices` job mails to the account's address."""
    from hypewatch.notices import EDITOR_KINDS, EDITORS, KINDS
    db = get_session()
    chosen = [kind for kind in KINDS if kind in request.form.getlist("notice")
              and (kind not in EDITOR_KINDS or g.user.role in EDITORS)]
    hour = request.form.get("hour", "", type=str)
    hour = int(hour) if hour.isdigit() and int(hour) < 24 else None
    before = {"notices": g.user.notices, "hour": g.user.notice_hour}
    if {"notices": chosen, "hour": hour} != before:
        record(db, g.user, "set_notices", "user", g.user.id, None, before, {"notices": chosen, "hour": hour})
        g.user.notices, g.user.notice_hour = chosen, hour
        db.commit()
    flash("Notices saved." if chosen else "No notices will be mailed to you.")
    return redirect(url_for("auth.account"))


@bp.route("/password", methods=("POST",))
@role_required(*ROLES)
def change_password():
    """A new password for one's own account, given the current one (failures count as failed
    log-ins do); the other sessions of the account end, this one goes on."""
    db = get_session()
    key = throttle.key_for(g.user.name, request.remote_addr)
    wait = throttle.seconds_locked(db, key)
    if wait:
        return _account_page(error=f"Too many wrong passwords. Try again in {throttle.describe(wait)}.", status=429)
    if authenticate(db, g.user.name, request.form.get("current", "")) is None:
        throttle.record_failure(db, key, max_failures=current_app.config["LOGIN_MAX_FAILURES"],
                                lockout_seconds=current_app.config["LOGIN_LOCKOUT_SECONDS"])
        db.commit()
        return _account_page(error="Your current password is not right.", status=400)
    new = request.form.get("new", "")
    if new != request.form.get("confirm", ""):
        return _account_page(error="The new password and its repetition differ.", status=400)
    try:
        set_password(g.user, new)
    except UserError as exc:
        return _account_page(error=f"Not changed: {exc}.", status=400)
    record(db, g.user, "set_password", "user", g.user.id, None, None, None)
    throttle.reset(db, key)
    db.commit()
    start_session(g.user)
    flash("Your password is changed. Your other sessions are logged out.")
    return redirect(url_for("auth.account"))
