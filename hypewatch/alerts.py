"""Alerts in the desk's chat: a story that overstates the evidence (its score at HYPEWATCH_ALERT_SCORE or
more) or that repeats a claim the desk has published a verdict on, a later version of a story that adds claims
to its first version (an outlet putting hype on a press release), and each verdict an editor publishes, are
announced through an incoming webhook (Slack, Mattermost, Rocket.Chat and Teams take the same `{"text": …}`)
by the `alerts` job every five minutes, where HYPEWATCH_ALERT_WEBHOOK is set, instead of waiting for the queue
to be opened or the next day's digest.

Each story is announced once, by its first copy (a copy adding claims on its own): a row in `alerts` is made for
it, and marked sent only when
the webhook has answered 2xx; a verdict gets its row in `verdict_alerts` then. A webhook that is down or
refuses leaves them pending, the run fails (the Jobs page shows why) and the next run sends them again with
any new ones. Stories classified and verdicts published more than a day before the alerts were switched on
are not announced.
"""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from datetime import timedelta

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import aliased

from digest.issue import rating_of
from digest.links import story_path, verdict_path
from storage.models import Alert, Annotation, Article, ArticleLabel, Sentence, VerdictAlert, VersionComparison, utcnow

log = logging.getLogger("hypewatch.alerts")

LOOKBACK = timedelta(days=1)
MOST_A_MESSAGE = 20  # stories, or verdicts
TIMEOUT = 10  # seconds for the webhook to answer


class AlertError(RuntimeError):
    """The webhook did not take the message; the alerts stay pending."""


def plan_alerts(session, threshold: float) -> int:
    """A pending alert for each first copy classified in the last LOOKBACK that is overstated or repeats a
    checked claim, and each later version that adds claims to its first (hypewatch.additions), that has none
    yet; returns how many."""
    first_copy = or_(Article.cluster_id.is_(None), Article.cluster_id == Article.id)
    recent, unannounced = Article.classified_at >= utcnow() - LOOKBACK, ~exists().where(Alert.article_id == Article.id)
    rows = session.execute(select(Article.id, Article.score >= threshold).where(
        first_copy, recent, or_(Article.score >= threshold, Article.repeating.is_not(None)),
        unannounced).order_by(Article.id)).all()
    adding = session.scalars(select(Article.id).where(Article.adds_claims.is_not(None), recent, unannounced)
                             .order_by(Article.id)).all()
    session.add_all([Alert(article_id=article_id, reason="overstated" if overstated else "repeats")
                     for article_id, overstated in rows] + [Alert(article_id=article_id, reason="adds")
                                                            for article_id in adding])
    return len(rows) + len(adding)


def send_alerts(db, config) -> dict:
    """Plan the new story alerts, then post every pending story and every newly published verdict,
    MOST_A_MESSAGE to a message."""
    with db.session() as session:
        planned = plan_alerts(session, config.alert_score)
    stories = _send_in_batches(db, config, "stories", _pending_stories, _story_message, _stories_sent)
    verdicts = _send_in_batches(db, config, "verdicts", _new_verdicts, _verdict_message, _verdicts_sent)
    return {"planned": planned, "sent": stories, "verdicts": verdicts}


def _send_in_batches(db, config, kind: str, pending, message, sent) -> int:
    """Post `message(rows)` for each batch `pending(session)` finds, marking them with `sent(session, rows,
    error)`; a refused batch is marked with its error, and the run stops there."""
    count = 0
    while True:
        with db.session() as session:
            rows = pending(session)
            if not rows:
                return count
            try:
                post(config.alert_webhook, message(session, rows, config.base_url.rstrip("/")))
            except AlertError as exc:
                sent(session, rows, str(exc))
                session.commit()
                raise AlertError(f"{exc} ({len(rows)} alerts wait for the next run)") from None
            sent(session, rows, None)
            count += len(rows)
            log.info("alerted the desk to %d %s", len(rows), kind)


def _pending_stories(session):
    return session.execute(select(Alert, Article).join(Article, Article.id == Alert.article_id)
                           .where(Alert.sent_at.is_(None)).order_by(Alert.id).limit(MOST_A_MESSAGE)).all()


def _stories_sent(session, rows, error: str | None) -> None:
    now = utcnow()
    for alert, _ in rows:
        alert.attempts += 1
        alert.sent_at, alert.last_error = (now, None) if error is None else (None, error[:1000])


def _new_verdicts(session):
    return session.execute(select(Annotation, Sentence, Article)
                           .join(Sentence, Sentence.id == Annotation.sentence_id)
                           .join(Article, Article.id == Annotation.article_id)
                           .where(Annotation.status == "approved", Annotation.reviewed_at >= utcnow() - LOOKBACK,
                                  ~exists().where(VerdictAlert.annotation_id == Annotation.id))
                           .order_by(Annotation.reviewed_at, Annotation.id).limit(MOST_A_MESSAGE)).all()


def _verdicts_sent(session, rows, error: str | None) -> None:
    if error is None:
        session.add_all(VerdictAlert(annotation_id=annotation.id) for annotation, _, _ in rows)


def _labels(session, article_ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for article_id, label in session.execute(select(ArticleLabel.article_id, ArticleLabel.label).where(
            ArticleLabel.article_id.in_(article_ids), ArticleLabel.count > 0).order_by(ArticleLabel.label)):
        found.setdefault(article_id, []).append(label)
    return found


def chat_text(text: str) -> str:
    """Text from the web, safe in a chat message: no link, mention or formatting of its own ("<!channel>",
    "<https://evil|trusted>")."""
    return " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _added_to(session, article_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Story id -> (claims it adds, the outlet of its story's first version), as the `additions` job found them."""
    first = aliased(Article)
    return {article_id: (added, outlet) for article_id, added, outlet in session.execute(
        select(VersionComparison.article_id, VersionComparison.added,
               func.coalesce(first.sitename, first.source, "another outlet"))
        .join(first, first.id == VersionComparison.first_id).where(VersionComparison.article_id.in_(article_ids)))}


def _story_message(session, rows, base_url: str) -> dict:
    """The webhook's JSON: `text` for the chat, `stories` for other tools."""
    labels = _labels(session, [article.id for _, article in rows])
    added_to = _added_to(session, [article.id for alert, article in rows if alert.reason == "adds"])
    stories, lines = [], []
    for alert, article in rows:
        review_url = base_url + story_path(article.id)
        outlet, its_labels = article.sitename or article.source or "", labels.get(article.id, [])
        if alert.reason == "overstated":
            why = f"score {article.score:.2f}" + (f": {', '.join(its_labels)}" if its_labels else "")
        elif alert.reason == "adds":
            added, source = added_to.get(article.id, (article.adds_claims or 0, "another outlet"))
            why = f"adds {added} {'claim' if added == 1 else 'claims'} to {chat_text(source)}'s version"
        else:
            why = "repeats a claim the desk has checked"
        lines.append(f"• <{review_url}|{chat_text(article.title or article.url)}> ({chat_text(outlet)}) {why}")
        stories.append({"id": article.id, "title": article.title, "url": article.url, "outlet": outlet,
                        "score": article.score, "labels": its_labels, "reason": alert.reason, "review_url": review_url})
    head = f"Hypewatch: {len(rows)} new {'story' if len(rows) == 1 else 'stories'} to review"
    return {"text": "\n".join([head] + lines), "stories": stories}


def _verdict_message(session, rows, base_url: str) -> dict:
    """The webhook's JSON: `text` for the chat, `verdicts` for other tools."""
    verdicts, lines = [], []
    for annotation, sentence, article in rows:
        url = base_url + verdict_path(annotation.id)
        rating = rating_of(annotation.labels)[0]
        outlet = article.sitename or article.source or ""
        lines.append(f"• “{chat_text(sentence.text)}” <{url}|{rating}> ({chat_text(outlet)})")
        verdicts.append({"id": annotation.id, "claim": sentence.text, "rating": rating, "url": url,
                         "story": {"id": article.id, "title": article.title, "url": article.url, "outlet": outlet}})
    head = f"Hypewatch: {len(rows)} {'verdict' if len(rows) == 1 else 'verdicts'} published"
    return {"text": "\n".join([head] + lines), "verdicts": verdicts}


def post(url: str, message: dict) -> None:
    request = urllib.request.Request(url, data=json.dumps(message).encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/json", "User-Agent": "Hypewatch alerts"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            response.read(1024)
    except urllib.error.HTTPError as exc:
        raise AlertError(f"the webhook refused the alert: HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise AlertError(f"the webhook could not be reached ({reason})") from None
