"""The `hypewatch` command. Each package contributes its own subcommands."""
from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path

import click

from hypewatch import __version__
from hypewatch.config import load_config


class HypewatchGroup(click.Group):
    """Turns the errors a user can act on into a one-line message and exit status 1."""

    def invoke(self, ctx):
        from storage import DatabaseError
        from storage.users import UserError
        try:
            return super().invoke(ctx)
        except (DatabaseError, UserError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=HypewatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="hypewatch")
def main():
    """Hypewatch finds health-news stories that overstate the evidence.

    Settings come from environment variables: HYPEWATCH_HOME (data folder, default ./var),
    HYPEWATCH_DATABASE_URL (any SQLAlchemy URL, default SQLite under HYPEWATCH_HOME),
    HYPEWATCH_SOURCES, HYPEWATCH_SECRET_KEY, HYPEWATCH_SMTP_URL, HYPEWATCH_BASE_URL.
    """


def open_db():
    from storage import open_database
    return open_database(load_config().database_url)


@main.command()
def init():
    """Create the database schema, or upgrade it to the newest version."""
    from storage import Database
    db = Database(load_config().database_url)
    revision = db.upgrade()
    click.echo(f"database {db.safe_url} is at revision {revision}")


@main.group()
def users():
    """Manage accounts."""


@users.command("add")
@click.argument("name")
@click.option("--role", required=True, type=click.Choice(["admin", "editor", "journalist", "subscriber"]),
              help="What the account may do.")
@click.option("--email", metavar="ADDRESS",
              help="Their e-mail address; without HYPEWATCH_PASSWORD they are mailed a link to choose a password.")
def users_add(name, role, email):
    """Create an account. The password comes from HYPEWATCH_PASSWORD or a prompt, or, with --email and no
    HYPEWATCH_PASSWORD, they choose it from a mailed link (HYPEWATCH_SMTP_URL, HYPEWATCH_BASE_URL)."""
    import secrets

    from digest.issue import DigestError
    from digest.subscribers import normalise_email
    from hypewatch.notices import DEFAULT_KINDS
    from storage.models import utcnow
    from storage.users import add_user
    try:
        email = normalise_email(email) if email else None
    except DigestError as exc:
        raise click.ClickException(str(exc)) from None
    invite = bool(email) and not os.environ.get("HYPEWATCH_PASSWORD")
    password = secrets.token_urlsafe(32) if invite else _password_for(name)
    db = open_db()
    with db.session() as session:
        user = add_user(session, name, role, password)
        if email:
            user.email, user.notices, user.notified_until = email, list(DEFAULT_KINDS), utcnow()
    click.echo(f"added {user.name} ({user.role})" + (f", {email}" if email else ""))
    if invite:
        _mail_password_link(db, user.id)


def _mail_password_link(db, user_id: int) -> None:
    from digest.smtp import MailError
    from storage.models import User
    from webapp import create_app
    from webapp.recovery import mail_password_link
    app = create_app()
    with app.app_context(), db.session() as session:
        user = session.get(User, user_id)
        try:
            mail_password_link(user, "An admin")
        except (MailError, ValueError) as exc:
            raise click.ClickException(f"the link to choose a password could not be mailed ({exc}); an admin can "
                                       "send another from Users in the web app") from None
        click.echo(f"mailed {user.email} a link to choose a password; it works for 7 days")


@users.command("password")
@click.argument("name")
def users_password(name):
    """Set an account's password (from HYPEWATCH_PASSWORD or a prompt); its sessions in the web
    app end. For an admin who cannot log in any more."""
    from sqlalchemy import select
    from storage.models import User
    from storage.users import set_password
    db = open_db()
    with db.session() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise click.ClickException(f"no user {name!r} (see `hypewatch users list`)")
        set_password(user, _password_for(name))
    click.echo(f"new password set for {name}")


@users.command("disable")
@click.argument("name")
def users_disable(name):
    """Disable an account (someone who left): no log-in, its web sessions end, its API tokens are refused."""
    _set_disabled(name, True)


@users.command("enable")
@click.argument("name")
def users_enable(name):
    """Enable a disabled account again."""
    _set_disabled(name, False)


def _set_disabled(name: str, disabled: bool) -> None:
    from sqlalchemy import select
    from storage.models import User
    from storage.users import set_disabled
    from webapp.workflow import record
    db = open_db()
    with db.session() as session:
        user = session.scalar(select(User).where(User.name == name))
        if user is None:
            raise click.ClickException(f"no user {name!r} (see `hypewatch users list`)")
        if set_disabled(user, disabled):
            record(session, None, "disable" if disabled else "enable", "user", user.id, None, None, None)
    click.echo(f"{name} is {'disabled' if disabled else 'enabled'}")


def _password_for(name: str) -> str:
    password = os.environ.get("HYPEWATCH_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            raise click.ClickException("no password: set HYPEWATCH_PASSWORD or run in a terminal")
        password = getpass.getpass(f"password for {name}: ")
    return password


@users.command("list")
def users_list():
    """List the accounts and their roles."""
    from sqlalchemy import select
    from storage.models import User
    db = open_db()
    with db.session() as session:
        for user in session.scalars(select(User).order_by(User.name)):
            click.echo(f"{user.name}\t{user.role}" + ("\tdisabled" if user.disabled_at else ""))


@main.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="File to write (default: standard output).")
def export(fmt, output):
    """Write the stored stories with their sentences, one JSON object per line."""
    from storage.articles import article_record, iter_articles
    db = open_db()
    count = 0
    with db.session() as session:
        for article in iter_articles(session):
            output.write(json.dumps(article_record(article), ensure_ascii=False) + "\n")
            count += 1
    click.echo(f"exported {count} stories", err=True)


@main.command()
@click.argument("dest", type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Replace DEST if it exists.")
def backup(dest, force):
    """Copy the database to DEST while the app and the jobs keep running.

    DEST is a file, or a folder for a file named by the time (hypewatch-YYYYMMDD-HHMMSS.sqlite3, or
    .pgdump for PostgreSQL, written with pg_dump). README: Backups says how to restore one.
    """
    import time

    from storage.backup import backup as copy_database
    db = open_db()
    click.echo(f"backing up {db.safe_url} …", err=True)
    started = time.perf_counter()
    done = copy_database(db, dest, overwrite=force)
    stories = f", {done.stories:,} stories" if done.stories is not None else ""
    click.echo(f"wrote {done.path} ({done.size / 1e6:,.1f} MB{stories}) in {time.perf_counter() - started:.1f} s")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--debug", is_flag=True, help="Flask's debugger and reloader (never in production).")
def serve(host, port, debug):
    """Serve the review queue, the story pages and the digest."""
    from webapp import create_app
    app = create_app()
    click.echo(f"serving on http://{host}:{port}/", err=True)
    app.run(host=host, port=port, debug=debug, use_reloader=debug)


@main.command()
def classify():
    """Classify every stored story that the current model has not classified yet."""
    from hypewatch.pipeline import AnalysisFailed, classify_pending
    db = open_db()
    try:
        count = classify_pending(db, progress=lambda n: click.echo(f"classified {n} stories", err=True))
    except AnalysisFailed as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"classified {count} stories")


DEMO_ACCOUNTS = (("demo-journalist", "journalist"), ("demo-editor", "editor"), ("demo-admin", "admin"))
DEMO_PASSWORD = "hypewatch-demo"


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--site-port", default=8642, show_default=True, type=int,
              help="Port of the sample news site; keep it fixed so a second demo run finds its stories stored.")
@click.option("--no-serve", is_flag=True, help="Prepare everything, print the log-ins and exit.")
def demo(host, port, site_port, no_serve):
    """Crawl the bundled sample news site, classify it, and serve the review queue.

    Everything stays on this machine: the sample site is served on 127.0.0.1 and
    crawled with politeness off (it is our own host).
    """
    from sqlalchemy import select

    from crawler.run import run_crawl
    from hypewatch.demo import serve_site
    from hypewatch.additions import compare_stored_versions
    from hypewatch.pipeline import classify_leftovers
    from storage.models import User
    from storage.users import add_user

    config = load_config()
    db = open_db()
    try:
        server, base = serve_site(port=site_port)
    except OSError as exc:
        raise click.ClickException(f"cannot serve the sample site on port {site_port}: {exc.strerror}; "
                                   "choose another with --site-port") from None
    click.echo(f"sample news site running on {base}/")
    try:
        report = run_crawl(feeds=[f"{base}/feed.xml"], sitemaps=[f"{base}/sitemap.xml"],
                           database_url=config.database_url, no_throttle=True)
    finally:
        server.shutdown()
        server.server_close()
    click.echo(f"crawl: {report.get('stored', 0)} stored, {report.get('skipped', 0)} skipped")
    # the crawl classifies as it stores: this catches what it could not
    count = classify_leftovers(db, warn=lambda message: click.echo(message, err=True))
    click.echo(f"classified as they were stored{f', {count} more afterwards' if count else ''} "
               f"(model in {config.model_dir})")
    compared = compare_stored_versions(db)  # as the `additions` job does
    later, adding = compared["later_versions"], compared["adding_claims"]
    click.echo(f"compared {later} later {'version' if later == 1 else 'versions'} of a story with the first: "
               f"{adding} {'adds' if adding == 1 else 'add'} claims to it")
    with db.session() as session:
        for name, role in DEMO_ACCOUNTS:
            if session.scalar(select(User).where(User.name == name)) is None:
                add_user(session, name, role, DEMO_PASSWORD)
    click.echo("log in with any of these (password: %s):" % DEMO_PASSWORD)
    for name, role in DEMO_ACCOUNTS:
        click.echo(f"  {name:<16} {role}")
    if no_serve:
        return
    import waitress

    from jobs import WEB_THREADS
    from webapp import create_app
    server = waitress.create_server(create_app(), host=host, port=port, threads=WEB_THREADS)
    click.echo(f"review queue: http://{host}:{server.effective_port}/   (Ctrl-C stops)")
    click.echo(f"check a text or a page: http://{host}:{server.effective_port}/check/")
    click.echo(f"today's digest so far: http://{host}:{server.effective_port}/digest/today")
    try:
        server.run()  # the production server, as `hypewatch run` uses; returns on Ctrl-C
    finally:
        server.close()
    click.echo("stopped")


# Each module names the subcommands it contributes in a `commands` list.
COMMAND_MODULES = ("crawler.cli", "classifier.cli", "jobs", "digest.cli")


def _register_package_commands() -> None:
    import importlib
    for module_name in COMMAND_MODULES:
        for command in importlib.import_module(module_name).commands:
            main.add_command(command)


_register_package_commands()
