"""Mailing issues to subscribers without losing or repeating any.

A Delivery row exists per (issue, subscriber) — unique — and moves
pending -> sending -> sent | failed (or skipped). A weekly mail covers several issues;
its rows share one Message-ID and move together.

Sending one message:
  1. claim: set its rows to `sending` (only if still `pending`) and COMMIT; of two
     processes only one can win the claim;
  2. hand the message to the SMTP server;
  3. mark the rows `sent` and COMMIT — or back to `pending` with a later
     `next_attempt_at` (exponential back-off) when the server is down or answers 4xx,
     or `failed` when it answers 5xx or the attempts run out.

At most once: if the process dies between 2 and 3 the rows stay `sending`. We cannot tell
whether the server got the message, so such rows are never resent automatically; after
SENDING_TIMEOUT they become `failed` ("interrupted") and show on the jobs admin page; an
admin may send them again (`hypewatch digest requeue`). The Message-ID is fixed when the
delivery is planned, so such a copy carries the same ID and mail systems that
de-duplicate by Message-ID drop it.
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from digest import links
from digest.issue import build_issue, for_topics, is_empty, verdict_count
from digest.mail import digest_message, new_message_id, sender
from digest.smtp import Mailer, MailError, PermanentMailError, ServerUnavailable
from storage.models import Delivery, DigestIssue, Subscriber, utcnow

MAX_ATTEMPTS = 12  # with the back-off below: about a day of trying
SENDING_TIMEOUT = timedelta(minutes=15)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def backoff(attempts: int) -> timedelta:
    """1, 2, 4, ... minutes after the 1st, 2nd, 3rd failed attempt, at most 6 hours."""
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 6 * 3600))


def weekly_day() -> int:
    """The weekday weekly subscribers get their mail (HYPEWATCH_DIGEST_WEEKDAY, default mon)."""
    from hypewatch.config import load_config
    value = load_config().digest_weekday
    if value not in WEEKDAYS:
        raise ValueError(f"HYPEWATCH_DIGEST_WEEKDAY must be one of {', '.join(WEEKDAYS)}")
    return WEEKDAYS.index(value)


def plan_deliveries(session: Session, issue: DigestIssue) -> int:
    """Pending deliveries of `issue` for daily subscribers and, when the next day is the weekly
    day, of the week ending with `issue` for weekly subscribers. Returns the messages planned."""
    weekly = (issue.date + timedelta(days=1)).weekday() == weekly_day()
    week = list(session.scalars(select(DigestIssue).where(
        DigestIssue.date > issue.date - timedelta(days=7), DigestIssue.date <= issue.date))) if weekly else []
    planned = 0
    for subscriber in session.scalars(select(Subscriber).where(Subscriber.status == "confirmed")):
        batch = [issue] if subscriber.frequency == "daily" else week
        if not batch:
            continue
        have = set(session.scalars(select(Delivery.issue_id).where(
            Delivery.subscriber_id == subscriber.id, Delivery.issue_id.in_([i.id for i in batch]))))
        new = [i for i in batch if i.id not in have]
        if not new:
            continue
        message_id = new_message_id()
        savepoint = session.begin_nested()
        session.add_all(Delivery(issue_id=i.id, subscriber_id=subscriber.id, message_id=message_id,
                                 state="pending") for i in new)
        try:
            savepoint.commit()
            planned += 1
        except IntegrityError:  # another process planned it a moment ago
            savepoint.rollback()
    return planned


def _set_state(db, message_id: str, state: str, *, from_state: str = "sending", **values) -> int:
    with db.session() as session:
        return session.execute(update(Delivery).where(
            Delivery.message_id == message_id, Delivery.state == from_state)
            .values(state=state, updated_at=utcnow(), **values)).rowcount


def _compose(session: Session, config, key: str, message_id: str):
    """(recipient, message) for a claimed delivery, or (None, reason) if there is nothing to send."""
    rows = list(session.scalars(select(Delivery).where(
        Delivery.message_id == message_id, Delivery.state == "sending")
        .options(selectinload(Delivery.issue), selectinload(Delivery.subscriber))))
    rows.sort(key=lambda r: r.issue.date)
    subscriber = rows[0].subscriber
    if subscriber.status != "confirmed":
        return None, "unsubscribed before it was sent"
    contents = [for_topics(r.issue.content, subscriber.topics) for r in rows]
    if all(is_empty(c) for c in contents):
        return None, "nothing on the subscriber's topics"
    token = links.unsubscribe_token(key, subscriber.id, subscriber.email)
    message = digest_message(
        to=subscriber.email, issues=contents, message_id=message_id,
        unsubscribe_url=links.absolute(config.base_url, links.unsubscribe_path(token)),
        issue_urls=[links.absolute(config.base_url, links.issue_path(r.issue.date)) for r in rows],
        archive_url=links.absolute(config.base_url, links.URL_PREFIX + "/"),
        verdict_url=lambda verdict_id: links.absolute(config.base_url, links.verdict_path(verdict_id)))
    return subscriber.email, message


def _deliver_one(db, config, key: str, mailer: Mailer, message_id: str, now) -> str | None:
    with db.session() as session:  # 1. claim, committed before anything is sent
        claimed = session.execute(update(Delivery).where(
            Delivery.message_id == message_id, Delivery.state == "pending")
            .values(state="sending", attempts=Delivery.attempts + 1, updated_at=utcnow())).rowcount
    if not claimed:
        return None
    try:
        with db.session() as session:
            recipient, message = _compose(session, config, key, message_id)
    except Exception as exc:  # a bug, not a mail problem: do not leave the rows `sending`
        _set_state(db, message_id, "failed", last_error=f"could not compose: {exc!r}")
        raise
    with db.session() as session:
        attempts = session.scalar(select(func.max(Delivery.attempts)).where(Delivery.message_id == message_id))
    if recipient is None:
        _set_state(db, message_id, "skipped", last_error=message)
        return "skipped"
    try:
        mailer.send(message, recipient, sender())  # 2.
    except PermanentMailError as exc:
        _set_state(db, message_id, "failed", last_error=str(exc))
        return "failed"
    except MailError as exc:
        if attempts >= MAX_ATTEMPTS:
            _set_state(db, message_id, "failed", last_error=f"gave up after {attempts} attempts: {exc}")
            return "failed"
        _set_state(db, message_id, "pending", last_error=str(exc), next_attempt_at=now + backoff(attempts))
        return "unavailable" if isinstance(exc, ServerUnavailable) else "retry"
    _set_state(db, message_id, "sent", sent_at=utcnow(), last_error=None)  # 3.
    return "sent"


def give_up_interrupted(db) -> int:
    """Deliveries left `sending` by a process that died: failed, never resent (at most once)."""
    with db.session() as session:
        return session.execute(update(Delivery).where(
            Delivery.state == "sending", Delivery.updated_at < utcnow() - SENDING_TIMEOUT)
            .values(state="failed", updated_at=utcnow(),
                    last_error="interrupted while sending; it may have been delivered, so it "
                               "was not resent")).rowcount


def deliver_due(db, config, *, now=None) -> dict:
    """Send every pending delivery whose time has come. Stops early when the server is down."""
    now = now or utcnow()
    counts = {"sent": 0, "retry": 0, "failed": 0, "skipped": 0,
              "interrupted": give_up_interrupted(db)}
    with db.session() as session:
        due = list(session.scalars(
            select(Delivery.message_id).where(
                Delivery.state == "pending",
                or_(Delivery.next_attempt_at.is_(None), Delivery.next_attempt_at <= now))
            .group_by(Delivery.message_id).order_by(func.min(Delivery.id))))
    if not due:
        return counts
    key = links.secret_key(config)
    with Mailer(config.smtp_url) as mailer:
        for position, message_id in enumerate(due):
            outcome = _deliver_one(db, config, key, mailer, message_id, now)
            if outcome == "unavailable":
                counts["retry"] += 1
                _wait_with(db, message_id, due[position + 1:])
                break
            if outcome:
                counts[outcome] += 1
    return counts


def _wait_with(db, failed_message_id: str, rest: list[str]) -> None:
    """The server is down: the messages not tried yet wait as long as the one that failed."""
    with db.session() as session:
        retry_at = session.scalar(select(func.max(Delivery.next_attempt_at))
                                  .where(Delivery.message_id == failed_message_id))
        for i in range(0, len(rest), 500):
            session.execute(update(Delivery).where(Delivery.message_id.in_(rest[i:i + 500]),
                                                   Delivery.state == "pending")
                            .values(next_attempt_at=retry_at))


def send_digest(db, config, day: date) -> dict:
    """Build the issue of `day` if needed, plan its deliveries, and send what is due."""
    with db.session() as session:
        issue = build_issue(session, day, config.timezone)
        summary = {"date": day.isoformat(), "verdicts": verdict_count(issue.content),
                   "stories": len(issue.content["stories"]), "messages_planned": plan_deliveries(session, issue)}
    return {**summary, **deliver_due(db, config)}


def requeue(db, message_ids: list[str] | None = None) -> int:
    """Send failed deliveries again (all of them, or those of the given Message-IDs) — an admin's
    decision, e.g. after checking that an interrupted message never arrived. The copy keeps
    its Message-ID."""
    query = update(Delivery).where(Delivery.state == "failed")
    if message_ids is not None:
        query = query.where(Delivery.message_id.in_(message_ids))
    with db.session() as session:
        return session.execute(query.values(state="pending", attempts=0, next_attempt_at=None,
                                            updated_at=utcnow())).rowcount
