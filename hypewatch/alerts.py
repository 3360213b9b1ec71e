"""Alerts in the desk's chat: a story that overstates the evidence (its score at HYPEWATCH_ALERT_SCORE or
more), or that repeats a claim the desk has published a verdict on, is announced through an incoming webhook
(Slack, Mattermost, Rocket.Chat and Teams take the same `{"text": …}`) by the `alerts` job every five minutes,
where HYPEWATCH_ALERT_WEBHOOK is set, instead of waiting for the queue to be opened or the next day's digest.

Each story is announced once, by its first copy: a row in `alerts` is made for it, and marked sent only when
the webhook has answered 2xx. A webhook that is down or refuses leaves the rows pending, the run fails (the
Jobs page shows why) and the next run sends them again with any new ones. Stories classified before the
alerts were switched on (more than a day ago) are not announced.
"""
from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from datetime import timedelta

from sqlalchemy import exists, or_, select

from storage.models import Alert, Article, ArticleLabel, utcnow

log = logging.getLogger("hypewatch.alerts")

LOOKBACK = timedelta(days=1)
STORIES_A_MESSAGE = 20
TIMEOUT = 10  # seconds for the webhook to answer


class AlertError(RuntimeError):
    """The webhook did not take the message; the alerts stay pending."""


def plan_alerts(session, threshold: float) -> int:
    """A pending alert for each first copy classified in the last LOOKBACK that is overstated or repeats a
    checked claim and has none yet; returns how many."""
    first_copy = or_(Article.cluster_id.is_(None), Article.cluster_id == Article.id)
    rows = session.execute(select(Article.id, Article.score >= threshold).where(
        first_copy, Article.classified_at >= utcnow() - LOOKBACK,
        or_(Article.score >= threshold, Article.repeating.is_not(None)),
        ~exists().where(Alert.article_id == Article.id)).order_by(Article.id)).all()
    session.add_all(Alert(article_id=article_id, reason="overstated" if overstated else "repeats")
                    for article_id, overstated in rows)
    return len(rows)


def send_alerts(db, config) -> dict:
    """Plan the new alerts and post every pending one, STORIES_A_MESSAGE to a message."""
    with db.session() as session:
        planned = plan_alerts(session, config.alert_score)
    sent = 0
    while True:
        with db.session() as session:
            pending = session.execute(select(Alert, Article).join(Article, Article.id == Alert.article_id)
                                      .where(Alert.sent_at.is_(None)).order_by(Alert.id).limit(STORIES_A_MESSAGE)).all()
            if not pending:
                return {"planned": planned, "sent": sent}
            labels = _labels(session, [article.id for _, article in pending])
            message = compose([(alert, article, labels.get(article.id, [])) for alert, article in pending],
                              config.base_url)
            try:
                post(config.alert_webhook, message)
            except AlertError as exc:
                for alert, _ in pending:
                    alert.attempts += 1
                    alert.last_error = str(exc)[:1000]
                session.commit()
                raise AlertError(f"{exc} ({len(pending)} stories wait for the next run)") from None
            now = utcnow()
            for alert, _ in pending:
                alert.sent_at, alert.attempts, alert.last_error = now, alert.attempts + 1, None
            sent += len(pending)
            log.info("alerted the desk to %d stories", len(pending))


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


def compose(items, base_url: str) -> dict:
    """The webhook's JSON: `text` for the chat, `stories` for other tools."""
    stories, lines = [], []
    for alert, article, labels in items:
        review_url = base_url.rstrip("/") + f"/queue/story/{article.id}"
        outlet = article.sitename or article.source or ""
        why = (f"score {article.score:.2f}" + (f": {', '.join(labels)}" if labels else "")
               if alert.reason == "overstated" else "repeats a claim the desk has checked")
        lines.append(f"• <{review_url}|{chat_text(article.title or article.url)}> ({chat_text(outlet)}) {why}")
        stories.append({"id": article.id, "title": article.title, "url": article.url, "outlet": outlet,
                        "score": article.score, "labels": labels, "reason": alert.reason, "review_url": review_url})
    count = len(items)
    head = f"Hypewatch: {count} new {'story' if count == 1 else 'stories'} to review"
    return {"text": "\n".join([head] + lines), "stories": stories}


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
