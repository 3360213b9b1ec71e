"""The `alerts` job: new overstated stories, and stories repeating a checked claim, announced once in the
desk's chat through an incoming webhook (a real HTTP server on loopback here)."""
from __future__ import annotations

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import jobs
from storage.models import Article, utcnow


class Webhook:
    """A chat's incoming webhook on 127.0.0.1: keeps each JSON message it accepts; `answer` another status
    to refuse them."""

    def __init__(self):
        self.messages, self.answer = [], 200
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                if hook.answer == 200:
                    hook.messages.append(json.loads(body))
                self.send_response(hook.answer)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/desk"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook(monkeypatch, config):
    hook = Webhook()
    monkeypatch.setenv("HYPEWATCH_ALERT_WEBHOOK", hook.url)
    yield hook
    hook.stop()


def change(db, story_id, **values):
    with db.session() as session:
        article = session.get(Article, story_id)
        for key, value in values.items():
            setattr(article, key, value)


def test_the_desk_hears_of_each_overstated_or_repeating_story_once(config, jobs_db, newsroom, webhook):
    overstated = newsroom.story("Stem cells cure MS", [("Stem cells cure MS.", ["cure"]), ("A miracle.", ["hype"])],
                                score=0.92)
    copy = newsroom.story("Stem cells cure MS (syndicated)", [("Stem cells cure MS.", ["cure"])], score=0.95)
    change(jobs_db, copy, cluster_id=overstated)  # another outlet's copy: the story is announced once
    newsroom.story("A careful look at diet and MS", [("The trial was small.", [])], score=0.2)
    repeating = newsroom.story("Coffee and MS", [("Coffee protects against MS.", [])], score=0.3)
    change(jobs_db, repeating, repeating=True)
    newsroom.story("Old news: a miracle drug", [("A miracle drug.", ["hype"])], score=0.97,
                   classified_at=utcnow() - timedelta(days=3))  # before the alerts were switched on

    result = jobs.run_job("alerts")
    assert result["outcome"] == "ok", result["error"]
    assert result["counts"] == {"planned": 2, "sent": 2, "verdicts": 0}
    [message] = webhook.messages
    assert [(s["id"], s["reason"]) for s in message["stories"]] == [(overstated, "overstated"), (repeating, "repeats")]
    assert message["stories"][0]["labels"] == ["cure", "hype"]
    review = f"{config.base_url}/queue/story/{overstated}"
    assert message["text"].splitlines() == [
        "Hypewatch: 2 new stories to review",
        f"• <{review}|Stem cells cure MS> (Example News) score 0.92: cure, hype",
        f"• <{config.base_url}/queue/story/{repeating}|Coffee and MS> (Example News) repeats a claim the desk has checked"]
    assert jobs.run_job("alerts")["counts"] == {"planned": 0, "sent": 0, "verdicts": 0} and len(webhook.messages) == 1


def test_an_alert_the_webhook_does_not_take_is_sent_by_the_next_run(config, jobs_db, newsroom, webhook):
    story = newsroom.story("Miracle cure", [("A miracle cure.", ["cure", "hype"])], score=0.9)
    webhook.answer = 500
    failed = jobs.run_job("alerts")
    assert failed["outcome"] == "failed" and "the webhook refused the alert: HTTP 500" in failed["error"]
    webhook.answer = 200
    assert jobs.run_job("alerts")["counts"] == {"planned": 0, "sent": 1, "verdicts": 0}
    assert [s["id"] for s in webhook.messages[0]["stories"]] == [story]
    webhook.stop()  # down altogether: a new story waits, the one sent is not sent again
    newsroom.story("Another miracle", [("Another miracle.", ["hype"])], score=0.85)
    down = jobs.run_job("alerts")
    assert down["outcome"] == "failed" and "the webhook could not be reached" in down["error"]
    assert len(webhook.messages) == 1


def test_each_published_verdict_is_announced_once_with_its_public_page(config, jobs_db, newsroom, webhook):
    story = newsroom.story("Diet and MS", [("A diet cures MS <!here>.", ["cure"]), ("Small study.", [])], score=0.4)
    newsroom.verdict(story, 0, "agree", ["cure"])
    newsroom.verdict(story, 1, "agree", [], status="pending")  # not published
    newsroom.verdict(newsroom.story("Old", [("An old claim.", ["hype"])], score=0.1), 0, "agree", ["hype"],
                     reviewed_at=utcnow() - timedelta(days=3))  # before the alerts were switched on
    webhook.answer = 503
    assert jobs.run_job("alerts")["outcome"] == "failed"
    webhook.answer = 200
    assert jobs.run_job("alerts")["counts"] == {"planned": 0, "sent": 0, "verdicts": 1}
    [message] = webhook.messages
    [verdict] = message["verdicts"]
    assert verdict["claim"] == "A diet cures MS <!here>." and verdict["rating"] == "Overstated: cure"
    assert message["text"].splitlines() == [
        "Hypewatch: 1 verdict published",
        f"• “A diet cures MS &lt;!here&gt;.” <{verdict['url']}|Overstated: cure> (Example News)"]
    assert verdict["url"] == f"{config.base_url}/verdicts/{verdict['id']}"
    assert jobs.run_job("alerts")["counts"]["verdicts"] == 0 and len(webhook.messages) == 1


def test_a_title_from_the_web_cannot_mention_everyone_or_disguise_a_link(config, jobs_db, newsroom, webhook):
    newsroom.story("<!channel> <https://evil.example|Read the study> & more", [("A cure.", ["cure"])], score=0.9)
    assert jobs.run_job("alerts")["outcome"] == "ok"
    [message] = webhook.messages
    line = message["text"].splitlines()[1]
    assert "&lt;!channel&gt; &lt;https://evil.example|Read the study&gt; &amp; more" in line
    assert "<!channel>" not in message["text"] and "<https://evil.example" not in message["text"]
    assert message["stories"][0]["title"] == "<!channel> <https://evil.example|Read the study> & more"  # data as it is


def test_the_alerts_run_only_where_a_webhook_is_set(config, jobs_db, monkeypatch):
    from hypewatch.config import load_config
    assert "alerts" not in jobs.planned_jobs(config)
    with pytest.raises(jobs.JobError, match="HYPEWATCH_ALERT_WEBHOOK"):
        jobs.alerts(jobs_db, config)
    monkeypatch.setenv("HYPEWATCH_ALERT_WEBHOOK", "https://chat.example/hooks/desk")
    assert jobs.planned_jobs(load_config())["alerts"].trigger.interval == jobs.ALERTS_EVERY


def test_the_desk_hears_of_a_copy_that_adds_claims_to_the_version_it_ran_after(config, jobs_db, newsroom, webhook):
    """The press release was announced (or not) long ago; the newspaper's copy that puts hype on it is news of its
    own, once the `additions` job has set it against the release."""
    from tests.jobs.test_additions import COPY, RELEASE, file_together
    release = newsroom.story("Stem cells halt MS", RELEASE, score=0.3, classified_at=utcnow() - timedelta(days=3))
    copy = newsroom.story("Stem cells cure MS <!channel>", COPY, score=0.7)
    with jobs_db.session() as session:
        session.get(Article, release).sitename = "University <b>of</b> Eastmoor"
    file_together(jobs_db, release, copy)
    assert jobs.run_job("alerts")["counts"]["planned"] == 0  # not compared yet
    jobs.run_job("additions")
    assert jobs.run_job("alerts")["counts"] == {"planned": 1, "sent": 1, "verdicts": 0}
    [story] = webhook.messages[-1]["stories"]
    assert (story["id"], story["reason"]) == (copy, "adds")
    assert webhook.messages[-1]["text"].splitlines()[1] == (
        f"• <{config.base_url}/queue/story/{copy}|Stem cells cure MS &lt;!channel&gt;> (Example News) adds 2 claims to "
        "University &lt;b&gt;of&lt;/b&gt; Eastmoor's version")
    assert jobs.run_job("alerts")["counts"]["planned"] == 0
