"""Notices mailed to the people on the desk, as each chose on their account page (`User.notices`), to the
address they confirmed there: a story an editor gave them, an annotation of theirs an editor rejected (with
the reason) or approved; to editors, the annotations newly sent for their review; to anyone watching a
review-queue search (webapp.watches), the new stories it finds; and a correction they asked an outlet for that
has gone a week without an answer (webapp.corrections).

Every five minutes the `notices` job gathers what happened to each person since their `notified_until` and
mails it in one message; someone who asked for one mail a day (`User.notice_hour`, in HYPEWATCH_TIMEZONE)
gets it at the first run after that hour, with all that happened since the last. That moment moves on only
once the server has taken the mail, so a mail server that is down loses nothing: the run fails, the Jobs page
says why, and the next run sends it all. A server that refuses an address for good (a 5xx reply) has that
batch dropped, logged, rather than retried for ever. Every mail carries a link (and RFC 8058's one-click
header) that stops them all, for someone who cannot log in to choose.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from digest.links import absolute, quiet_path, quiet_token, story_path, verdict_path
from digest.mail import notices_message, sender
from digest.smtp import Mailer, MailError, PermanentMailError, ServerUnavailable
from storage.models import Annotation, Article, AuditEvent, Correction, Sentence, User, utcnow

log = logging.getLogger("hypewatch.notices")

KINDS = {
    "assigned": "an editor gives me a story",
    "rejected": "an editor rejects an annotation of mine (with the reason)",
    "approved": "an editor approves an annotation of mine",
    "waiting": "someone sends an annotation for review (editors)",
    "overdue": "a correction I asked an outlet for has had no answer for a week",
    "watches": "a search I watch finds new stories",
}
DEFAULT_KINDS = ["assigned", "rejected", "watches"]  # what a newly confirmed address gets until its owner chooses
EDITOR_KINDS = {"waiting"}  # offered to, and mailed to, editors and admins only
EDITORS = ("editor", "admin")
OVERDUE_AFTER = timedelta(days=7)
MOST_WAITING = 20  # annotations listed in one mail; the rest counted
MOST_FOUND = 10  # stories listed for one watched search in one mail; the rest counted
# Read only what is this old: a change committed a moment after the run began, stamped a moment before it,
# is then not skipped.
SETTLE = timedelta(seconds=30)
# A watched search that reads a job's marks (the stories repeating a checked claim, hypewatch.repeats; the later
# versions adding claims to their source, hypewatch.additions) reads its window this much later: each of those jobs
# runs every 15 minutes, and marks a story at its first run after the story is classified.
MARKED_LATER = timedelta(minutes=30)


class NoticeError(RuntimeError):
    """Some notices were not sent; they wait for the next run."""


def send_notices(db, config) -> dict:
    """Mail each person with a confirmed address what happened to them since their last notice."""
    until = utcnow() - SETTLE
    with db.session() as session:
        people = session.scalars(select(User.id).where(User.email.is_not(None), User.disabled_at.is_(None))
                                 .order_by(User.id)).all()
    sent, refused, delayed = 0, 0, []
    with Mailer(config.smtp_url) as mailer:
        for user_id in people:
            with db.session() as session:
                user = session.get(User, user_id)
                since = user.notified_until or until
                if since >= until:
                    user.notified_until = max(since, until)
                    continue
                if user.notice_hour is not None and since >= last_hour(user.notice_hour, until, config.timezone):
                    continue  # their day's mail went out already: what happens waits for the next
                kinds = set(user.notices or ())
                assigned = _assigned(session, user, since, until, config.base_url) if "assigned" in kinds else []
                reviewed = _reviewed(session, user, since, until, kinds & {"rejected", "approved"}, config.base_url)
                waiting = (_waiting(session, user, since, until, config.base_url)
                           if "waiting" in kinds and user.role in EDITORS else None)
                found = _found(session, user, since, until, config.base_url) if "watches" in kinds else []
                overdue = _overdue(session, user, since, until, config.base_url) if "overdue" in kinds else []
                if assigned or reviewed or waiting or found or overdue:
                    quiet = absolute(config.base_url, quiet_path(quiet_token(config.signing_key(), user.id, user.email)))
                    message = notices_message(to=user.email, name=user.name, assigned=assigned, reviewed=reviewed,
                                              waiting=waiting, found=found, overdue=overdue, quiet_url=quiet,
                                              account_url=absolute(config.base_url, "/auth/account"))
                    try:
                        mailer.send(message, user.email, sender())
                    except ServerUnavailable:
                        raise
                    except PermanentMailError as exc:
                        log.warning("notices for %s dropped: %s", user.name, exc)
                        refused += 1
                    except MailError as exc:
                        log.warning("notices for %s wait for the next run: %s", user.name, exc)
                        delayed.append(user.name)
                        continue
                    else:
                        sent += 1
                        log.info("mailed %s %d notices", user.name,
                                 len(assigned) + len(reviewed) + (waiting["count"] if waiting else 0)
                                 + sum(search["count"] for search in found) + len(overdue))
                user.notified_until = until
    if delayed:
        raise NoticeError(f"the mail server did not take the notices for {', '.join(delayed)}; "
                          "they wait for the next run")
    return {"people": len(people), "sent": sent, "refused": refused}


def last_hour(hour: int, until: datetime, tz: str) -> datetime:
    """The latest moment at or before `until` (naive UTC) that is `hour`:00 in the time zone `tz`, as naive UTC."""
    zone = ZoneInfo(tz)
    local = until.replace(tzinfo=timezone.utc).astimezone(zone)
    moment = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if moment > local:
        moment = (moment - timedelta(days=1)).replace(hour=hour)
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _assigned(session, user: User, since: datetime, until: datetime, base_url: str) -> list[dict]:
    """The stories someone else gave the user in (since, until] that are still theirs, once each."""
    rows = session.execute(
        select(AuditEvent, Article.id, Article.title, Article.url, User.name)
        .join(Article, Article.id == AuditEvent.entity_id)
        .outerjoin(User, User.id == AuditEvent.user_id)
        .where(AuditEvent.entity == "article", AuditEvent.action == "update",
               AuditEvent.at > since, AuditEvent.at <= until, Article.assignee_id == user.id,
               or_(AuditEvent.user_id.is_(None), AuditEvent.user_id != user.id))
        .order_by(AuditEvent.id))
    stories = {}
    for event, article_id, title, url, by in rows:
        if ((event.after or {}).get("assignee") == user.name and (event.before or {}).get("assignee") != user.name
                and article_id not in stories):
            stories[article_id] = {"title": title or url, "url": absolute(base_url, story_path(article_id)),
                                   "by": by or "an editor"}
    return list(stories.values())


def _reviewed(session, user: User, since: datetime, until: datetime, statuses: set[str],
              base_url: str) -> list[dict]:
    """The user's annotations someone else approved or rejected in (since, until], oldest first."""
    if not statuses:
        return []
    reviewer = User.__table__.alias("reviewer")
    rows = session.execute(
        select(Annotation, Sentence.text, Article.title, Article.url, reviewer.c.name)
        .join(Sentence, Sentence.id == Annotation.sentence_id)
        .join(Article, Article.id == Annotation.article_id)
        .outerjoin(reviewer, reviewer.c.id == Annotation.reviewed_by_id)
        .where(Annotation.user_id == user.id, Annotation.status.in_(sorted(statuses)),
               Annotation.reviewed_at > since, Annotation.reviewed_at <= until,
               or_(Annotation.reviewed_by_id.is_(None), Annotation.reviewed_by_id != user.id))
        .order_by(Annotation.reviewed_at, Annotation.id))
    return [{"status": annotation.status, "sentence": text, "title": title or url, "by": by or "an editor",
             "reason": annotation.reject_reason if annotation.status == "rejected" else None,
             "url": absolute(base_url, verdict_path(annotation.id) if annotation.status == "approved"
                             else f"{story_path(annotation.article_id)}#claim-{annotation.sentence_id}")}
            for annotation, text, title, url, by in rows]


def _waiting(session, user: User, since: datetime, until: datetime, base_url: str) -> dict | None:
    """The annotations by others sent (or sent again, revised) for review in (since, until] and still waiting:
    {"count", "items": the first MOST_WAITING, "url": the approvals page}, or None."""
    author = User.__table__.alias("author")
    new = (select(Annotation.id, Sentence.text, Article.title, Article.url, author.c.name)
           .join(Sentence, Sentence.id == Annotation.sentence_id)
           .join(Article, Article.id == Annotation.article_id)
           .join(author, author.c.id == Annotation.user_id)
           .where(Annotation.status == "pending", Annotation.user_id != user.id,
                  Annotation.updated_at > since, Annotation.updated_at <= until))
    count = session.scalar(select(func.count()).select_from(new.subquery()))
    if not count:
        return None
    rows = session.execute(new.order_by(Annotation.updated_at, Annotation.id).limit(MOST_WAITING))
    return {"count": count, "url": absolute(base_url, "/review/"),
            "items": [{"sentence": text, "title": title or url, "by": by} for _, text, title, url, by in rows]}


def _found(session, user: User, since: datetime, until: datetime, base_url: str) -> list[dict]:
    """For each search the user watches that found stories classified in (since, until] (MARKED_LATER before,
    for a search that reads a job's marks): {"name", "url" (the
    search in the queue), "count", "stories": the MOST_FOUND most overstated, {"title", "url", "outlet", "score"}}."""
    from webapp.stories import new_matches
    from webapp.watches import own_watches
    searches = []
    for _, filters in own_watches(session, user.id):
        late = MARKED_LATER if filters.marked_by_a_job else timedelta(0)
        news = new_matches(session, filters, user_id=user.id, since=since - late, until=until - late)
        if news:
            searches.append({"name": filters.describe(), "count": len(news),
                             "url": absolute(base_url, "/queue/?" + filters.watch_query()),
                             "stories": [{"title": row.title or row.url, "url": absolute(base_url, story_path(row.id)),
                                          "outlet": row.sitename or row.source, "score": row.score}
                                         for row in news[:MOST_FOUND]]})
    return searches


def _overdue(session, user: User, since: datetime, until: datetime, base_url: str) -> list[dict]:
    """The corrections the user asked for that turned OVERDUE_AFTER old in (since, until] with no answer yet:
    each is told of once, when it turns a week old. {"title", "url", "contact", "asked"}."""
    rows = session.execute(
        select(Correction.article_id, Correction.contact, Correction.requested_at, Article.title, Article.url)
        .join(Article, Article.id == Correction.article_id)
        .where(Correction.requested_by_id == user.id, Correction.status == "requested",
               Correction.requested_at > since - OVERDUE_AFTER, Correction.requested_at <= until - OVERDUE_AFTER)
        .order_by(Correction.requested_at))
    return [{"title": title or url, "url": absolute(base_url, story_path(article_id) + "#correction"),
             "contact": contact, "asked": asked.date().isoformat()}
            for article_id, contact, asked, title, url in rows]
