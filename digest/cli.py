"""`hypewatch digest build|send|subscribers`."""
from __future__ import annotations

import json

import click

from hypewatch.config import load_config


def _day(value: str | None):
    from digest.issue import DigestError, parse_day
    if value is None:
        import jobs
        from datetime import timedelta
        return jobs.local_today(load_config()) - timedelta(days=1)
    try:
        return parse_day(value)
    except DigestError as exc:
        raise click.BadParameter(str(exc)) from None


_date_option = click.option("--date", "day", metavar="YYYY-MM-DD",
                            help="The day of the issue (default: yesterday in HYPEWATCH_TIMEZONE).")


@click.group("digest")
def digest_group():
    """Build and mail the daily digest."""


@digest_group.command("build")
@_date_option
@click.option("--rebuild", is_flag=True, help="Build again even if the issue exists (not once it was mailed).")
def build(day, rebuild):
    """Build and store the issue of a day."""
    from sqlalchemy import func, select
    from digest.issue import build_issue, verdict_count
    from storage import open_database
    from storage.models import Delivery, DigestIssue
    day, config = _day(day), load_config()
    db = open_database(config.database_url)
    with db.session() as session:
        if rebuild:
            mailed = session.scalar(select(func.count()).select_from(Delivery).join(DigestIssue)
                                    .where(DigestIssue.date == day, Delivery.state != "pending"))
            if mailed:
                raise click.ClickException(f"the issue of {day} has gone out to subscribers; not rebuilding it")
        issue = build_issue(session, day, config.timezone, rebuild=rebuild)
        click.echo(f"issue {day}: {verdict_count(issue.content)} verdicts, "
                   f"{len(issue.content['stories'])} stories (built {issue.built_at:%Y-%m-%d %H:%M} UTC)")


@digest_group.command("send")
@_date_option
def send(day):
    """Mail the issue of a day to its subscribers (building it if needed); retries what is due."""
    from digest.delivery import send_digest
    from digest.issue import DigestError
    from storage import open_database
    day, config = _day(day), load_config()
    db = open_database(config.database_url)
    try:
        counts = send_digest(db, config, day)
    except (DigestError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(counts))
    if counts["failed"] or counts["retry"]:
        raise click.ClickException(f"{counts['failed']} messages failed, {counts['retry']} will be retried "
                                   "(see the deliveries on the jobs admin page)")


@digest_group.command("requeue")
@click.argument("message_ids", nargs=-1, metavar="[MESSAGE-ID]...")
@click.option("--all-failed", is_flag=True, help="Every failed delivery.")
def requeue(message_ids, all_failed):
    """Send failed deliveries again at the next delivery run (see the jobs admin page)."""
    from digest.delivery import requeue as requeue_deliveries
    from storage import open_database
    if bool(message_ids) == all_failed:
        raise click.UsageError("name the Message-IDs to send again, or pass --all-failed")
    db = open_database(load_config().database_url)
    count = requeue_deliveries(db, None if all_failed else list(message_ids))
    click.echo(f"{count} deliveries will be sent again")


@digest_group.command("subscribers")
def subscribers():
    """List the subscribers with their topics and frequency."""
    from sqlalchemy import select
    from storage import open_database
    from storage.models import Subscriber
    db = open_database(load_config().database_url)
    with db.session() as session:
        for s in session.scalars(select(Subscriber).order_by(Subscriber.email)):
            click.echo(f"{s.email}\t{s.status}\t{s.frequency}\t{','.join(s.topics) or 'all topics'}")


commands = [digest_group]
