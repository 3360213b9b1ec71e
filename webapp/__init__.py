"""The web app: review queue for journalists, approval queue for editors, public verdicts.

One blueprint per audience: auth (log-in, one's account, API tokens), recovery (a forgotten password), queue
(journalists: /queue), watches (the searches of it they watch), corrections (asked of outlets), outlets and
studies (staff: report cards, the studies several outlets reported), review (editors: /review approvals, audit
exports, stats), check (staff: /check a pasted text), admin (/admin users and sources),
public (/verdicts, no account), api (/api/v1, JSON with bearer tokens). Every view declares
who may use it with auth.role_required(...) or auth.public; tests/webapp/test_roles.py walks
every route of app.url_map with every role, so a new route needs an entry there.
CSRF is checked by auth.load_user_and_check_csrf on every state-changing request, except
API requests authenticated by a token and views marked `csrf_exempt`.
"""
from __future__ import annotations


from flask import Flask, g, redirect, url_for
from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()

# One entry per blueprint module; each module defines `bp`.
BLUEPRINTS = (
    "webapp.auth",
    "webapp.recovery",
    "webapp.queue",
    "webapp.compare",
    "webapp.watches",
    "webapp.corrections",
    "webapp.review",
    "webapp.outlets",
    "webapp.studies",
    "webapp.admin",
    "webapp.public",
    "webapp.api",
    "webapp.digest",
    "webapp.jobs_admin",
    "webapp.check",
)


def create_app(test_config: dict | None = None) -> Flask:
    import importlib

    from hypewatch.config import load_config
    from webapp import auth, db, errors, reminders, security, views

    config = load_config()
    app = Flask(__name__)
    app.config.from_mapping(
        DATABASE_URL=config.database_url,
        BASE_URL=config.base_url,
        TIMEZONE=config.timezone,  # the desk's hours (the digest's day, a person's hour for notices)
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=config.base_url.startswith("https://"),
        WTF_CSRF_CHECK_DEFAULT=False,  # auth.py checks it, except for API requests with a token
        WTF_CSRF_TIME_LIMIT=None,
        LOGIN_MAX_FAILURES=5,
        LOGIN_LOCKOUT_SECONDS=60,
        QUEUE_PAGE_SIZE=25,
        STATS_MAX_AGE=300,  # seconds the stats page's flag counts are reused
        # seconds the index of published verdicts (webapp.matches) is reused; an editor's decision in this
        # process rebuilds it at once, so this bounds only what other processes change (a new analysis)
        VERDICTS_MAX_AGE=3600,
        MODEL_DIR=config.model_dir,  # the saved model that "Check a text" reads (webapp/check.py)
        CHECK_PRIVATE_ADDRESSES=config.check_private_addresses,  # ... and whether it may fetch from them
        SOURCES_FILE=config.sources_file,  # what admins manage on /admin/sources, as the CLI does
        # The largest request is a form or an annotation with a note of 4,000 characters (or a
        # bulk approval of a page of them); waitress would otherwise buffer up to 1 GB.
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    if test_config:
        app.config.update(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = config.signing_key()
    if config.proxy_hops:
        # Behind that many reverse proxies, the client's address (log-in throttling) and the
        # scheme come from their X-Forwarded-* headers; without proxies those headers are ignored.
        from werkzeug.middleware.proxy_fix import ProxyFix
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config.proxy_hops, x_proto=config.proxy_hops)

    csrf.init_app(app)
    db.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    views.init_app(app)
    for name in BLUEPRINTS:
        app.register_blueprint(importlib.import_module(name).bp)
    reminders.init_app(app)  # after auth's blueprint, which loads the user

    @app.route("/")
    @auth.public
    def index():
        """Staff start at the review queue, everyone else at the published verdicts."""
        if g.user is not None and g.user.role in auth.STAFF:
            return redirect(url_for("queue.index"))
        return redirect(url_for("public.index"))

    @app.route("/healthz")
    @auth.public
    def health():
        """For load balancers, and the yardstick of bench/web.py: a request that does no work of its own."""
        return "ok\n", 200, {"Content-Type": "text/plain"}

    return app
