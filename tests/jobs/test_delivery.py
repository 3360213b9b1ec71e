"""Mailing the digest: what arrives, one-click unsubscribe, and delivery that loses nothing
and repeats nothing when the SMTP server goes down, refuses, or the sender dies mid-send."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta

import pytest
from click.testing import CliRunner
from sqlalchemy import select, update

import jobs
from digest import delivery
from digest.subscribers import confirm
from hypewatch.cli import main
from hypewatch.config import load_config
from storage.models import Delivery, Subscriber, utcnow
from storage.users import add_user

DAY = date(2026, 11, 24)  # the day of the `issue_day` fixture, a Tuesday


def subscribe(db, email, topics=(), frequency="daily"):
    with db.session() as session:
        return confirm(session, {"email": email, "topics": list(topics), "frequency": frequency}).id


def send(day=DAY):
    return CliRunner().invoke(main, ["digest", "send", "--date", day.isoformat()])


def deliveries(db):
    with db.session() as session:
        return {(d.subscriber.email, d.issue.date): d for d in session.scalars(
            select(Delivery).join(Delivery.subscriber).order_by(Subscriber.email))}


def pass_the_back_off(db):
    """As if the retry time of every waiting delivery had come."""
    with db.session() as session:
        session.execute(update(Delivery).where(Delivery.state == "pending")
                        .values(next_attempt_at=utcnow() - timedelta(seconds=1)))


def test_subscribers_get_the_issue_once_with_both_parts_and_one_click_unsubscribe(jobs_db, issue_day, smtp, web):
    subscribe(jobs_db, "all@example.org")
    subscribe(jobs_db, "stem@example.org", ["stem-cells"])
    subscribe(jobs_db, "weekly@example.org", frequency="weekly")  # Wednesday is not its day
    result = send()
    assert result.exit_code == 0, result.output
    assert '"sent": 2' in result.output
    assert send().exit_code == 0  # sending again repeats nothing
    assert Counter(r for rcpts, _ in smtp.sink.messages for r in rcpts) == {
        "all@example.org": 1, "stem@example.org": 1}

    [mail] = smtp.sink.to("all@example.org")
    assert mail.get_content_type() == "multipart/alternative"
    text, html = mail.get_body(("plain",)).get_content(), mail.get_body(("html",)).get_content()
    assert [p.get_content_type() for p in mail.iter_parts()] == ["text/plain", "text/html"]
    assert mail["Subject"] == "Hypewatch digest, 24 November 2026"
    assert mail["Message-ID"].strip() == deliveries(jobs_db)[("all@example.org", DAY)].message_id
    for body in (text, html):
        assert "The treatment cures multiple sclerosis." in body and "Coffee prevents MS relapses." in body
    assert "Stem cell jab &lt;b&gt;cures&lt;/b&gt; MS" in html  # a story's title is escaped
    unsubscribe_url = re.fullmatch(r"<(\S+)>", mail["List-Unsubscribe"]).group(1)
    assert unsubscribe_url.startswith(f"{web.base_url}/digest/unsubscribe/")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert unsubscribe_url in text and f'href="{unsubscribe_url}"' in html  # the visible link too

    [stem_only] = smtp.sink.to("stem@example.org")
    assert "Stem cells regrow teeth" in stem_only.get_body(("plain",)).get_content()
    assert "Coffee" not in stem_only.get_body(("plain",)).get_content()

    # GET only asks; the one-click POST, as a mail program sends it (no session, no CSRF token), ends it
    assert web.get(unsubscribe_url)[0] == 200
    with jobs_db.session() as session:
        assert session.scalar(select(Subscriber.status).where(Subscriber.email == "all@example.org")) == "confirmed"
    status, _ = web.post(unsubscribe_url, b"List-Unsubscribe=One-Click",
                         {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200
    with jobs_db.session() as session:
        assert session.scalar(select(Subscriber.status).where(Subscriber.email == "all@example.org")) == "unsubscribed"
    assert web.post(unsubscribe_url.replace("/unsubscribe/", "/unsubscribe/x"), b"")[0] == 400
    with jobs_db.session() as session:  # forgotten by the cleanup: the link still says it is done
        session.delete(session.scalar(select(Subscriber).where(Subscriber.email == "all@example.org")))
    status, page = web.post(unsubscribe_url, b"List-Unsubscribe=One-Click",
                            {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and "will get no more mail from us" in page
    assert send(DAY + timedelta(days=1)).exit_code == 0
    assert len(smtp.sink.to("all@example.org")) == 1


def test_an_smtp_outage_mid_send_loses_nothing_and_repeats_nothing(jobs_db, issue_day, smtp):
    addresses = [f"reader{i}@example.org" for i in range(6)]
    for address in addresses:
        subscribe(jobs_db, address)
    smtp.sink.go_down_after = 2  # accepts two messages, then shuts down
    result = send()
    assert result.exit_code == 1 and "will be retried" in result.output
    states = Counter(d.state for d in deliveries(jobs_db).values())
    assert states == {"sent": 2, "pending": 4}
    waiting = [d for d in deliveries(jobs_db).values() if d.attempts]
    assert all(d.next_attempt_at > utcnow() for d in waiting if d.state == "pending")

    smtp.start()  # back up, on another port
    assert jobs.run_job("deliver")["counts"]["sent"] == 0  # not before the back-off has passed
    pass_the_back_off(jobs_db)
    run = jobs.run_job("deliver")
    assert run["outcome"] == "ok" and run["counts"]["sent"] == 4
    assert Counter(r for rcpts, _ in smtp.sink.messages for r in rcpts) == {a: 1 for a in addresses}
    assert {d.state for d in deliveries(jobs_db).values()} == {"sent"}
    assert len({m["Message-ID"].strip() for _, m in smtp.sink.messages}) == 6


def test_refused_recipients_are_retried_or_recorded_and_shown_to_admins(jobs_db, issue_day, smtp, web, monkeypatch):
    for address in ("ok@example.org", "gone@example.org", "busy@example.org"):
        subscribe(jobs_db, address)
    smtp.sink.refuse = {"gone@example.org": "550 5.1.1 No such user",
                        "busy@example.org": "450 4.2.1 Mailbox busy"}
    monkeypatch.setattr(jobs, "local_today", lambda config: DAY + timedelta(days=1))
    run = jobs.run_job("digest")  # the daily job: yesterday's issue
    assert run["outcome"] == "ok"
    assert {k: run["counts"][k] for k in ("date", "stories", "sent", "failed", "retry")} == {
        "date": "2026-11-24", "stories": 3, "sent": 1, "failed": 1, "retry": 1}
    sent = deliveries(jobs_db)
    assert sent[("gone@example.org", DAY)].state == "failed"
    assert "550 5.1.1 No such user" in sent[("gone@example.org", DAY)].last_error
    busy = sent[("busy@example.org", DAY)]
    assert (busy.state, busy.attempts) == ("pending", 1) and busy.next_attempt_at > utcnow()

    assert web.get("/admin/jobs/")[0] == 302  # to the log-in page
    with jobs_db.session() as session:
        add_user(session, "ed", "editor", "editor-password")
        add_user(session, "ada", "admin", "admin-password")
    web.log_in("ed", "editor-password")
    assert web.get("/admin/jobs/")[0] == 403
    web.log_in("ada", "admin-password")
    status, page = web.get("/admin/jobs/")
    assert status == 200
    assert "gone@example.org" in page and "550 5.1.1 No such user" in page and "busy@example.org" in page
    assert "ok@example.org" not in page and "digest" in page

    smtp.sink.refuse = {"gone@example.org": "550 5.1.1 No such user"}
    pass_the_back_off(jobs_db)
    assert jobs.run_job("deliver")["counts"]["sent"] == 1
    assert Counter(r for rcpts, _ in smtp.sink.messages for r in rcpts) == {
        "ok@example.org": 1, "busy@example.org": 1}


def test_a_crash_between_sending_and_recording_never_sends_twice(jobs_db, issue_day, smtp, monkeypatch):
    subscribe(jobs_db, "reader@example.org")
    real_set_state = delivery._set_state

    def power_cut(db, message_id, state, **kw):
        if state == "sent":
            raise KeyboardInterrupt("power cut after the server accepted the message")
        return real_set_state(db, message_id, state, **kw)
    monkeypatch.setattr(delivery, "_set_state", power_cut)
    with pytest.raises(KeyboardInterrupt):
        delivery.send_digest(jobs_db, load_config(), DAY)
    monkeypatch.setattr(delivery, "_set_state", real_set_state)
    assert len(smtp.sink.messages) == 1
    row = deliveries(jobs_db)[("reader@example.org", DAY)]
    assert row.state == "sending"

    for _ in range(2):  # a restarted scheduler's runs do not send it again
        pass_the_back_off(jobs_db)
        assert jobs.run_job("deliver")["outcome"] == "ok"
    with jobs_db.session() as session:  # ... and once the send is surely over, it is flagged
        session.execute(update(Delivery).values(updated_at=utcnow() - delivery.SENDING_TIMEOUT * 2))
    assert jobs.run_job("deliver")["counts"]["interrupted"] == 1
    row = deliveries(jobs_db)[("reader@example.org", DAY)]
    assert row.state == "failed" and "interrupted" in row.last_error
    assert len(smtp.sink.messages) == 1

    # an admin who finds it never arrived sends it again: same Message-ID, so a copy can be told
    result = CliRunner().invoke(main, ["digest", "requeue", row.message_id])
    assert result.exit_code == 0 and "1 deliveries will be sent again" in result.output
    assert jobs.run_job("deliver")["counts"]["sent"] == 1
    assert [m["Message-ID"].strip() for _, m in smtp.sink.messages] == [row.message_id] * 2


def test_weekly_subscribers_get_the_weeks_issues_in_one_mail_on_their_day(jobs_db, issue_day, newsroom, smtp,
                                                                          monkeypatch):
    monkeypatch.setenv("HYPEWATCH_DIGEST_WEEKDAY", "wed")  # the day after DAY
    newsroom.story("Monday: MS reversed", [("Scientists have reversed MS.", ["cure"])],
                   topic_terms=["multiple sclerosis"], classified_at=datetime(2026, 11, 23, 9))
    subscribe(jobs_db, "weekly@example.org", ["ms"], frequency="weekly")
    subscribe(jobs_db, "daily@example.org", frequency="daily")
    assert send(DAY - timedelta(days=1)).exit_code == 0  # Monday's issue: daily readers only
    assert send().exit_code == 0
    assert Counter(r for rcpts, _ in smtp.sink.messages for r in rcpts) == {
        "daily@example.org": 2, "weekly@example.org": 1}
    [weekly] = smtp.sink.to("weekly@example.org")
    assert weekly["Subject"] == "Hypewatch weekly digest, 2026-11-23 to 2026-11-24"
    text = weekly.get_body(("plain",)).get_content()
    assert text.index("Scientists have reversed MS.") < text.index("Coffee prevents MS relapses.")
    assert "Stem cells will end dentistry." not in text
    rows = [d for (email, _), d in deliveries(jobs_db).items() if email == "weekly@example.org"]
    assert sorted(d.issue.date for d in rows) == [DAY - timedelta(days=1), DAY]
    assert {d.message_id for d in rows} == {weekly["Message-ID"].strip()} and {d.state for d in rows} == {"sent"}


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # loopback only
def test_smtp_urls_name_the_server_and_the_login(smtp_server):
    from email.message import EmailMessage
    from urllib.parse import quote
    from digest.smtp import Mailer, ServerUnavailable, parse_smtp_url
    assert parse_smtp_url("smtps://mailer:p%40ss@mail.example.org").port == 465
    settings = parse_smtp_url("smtp://mail.example.org:587?starttls=1")
    assert (settings.host, settings.port, settings.starttls, settings.tls) == ("mail.example.org", 587, True, False)
    with pytest.raises(ValueError, match="not an SMTP URL"):
        parse_smtp_url("http://mail.example.org")

    server = smtp_server(login=("digest", "p@ss:w/rd"))
    message = EmailMessage()
    message["Subject"], message["To"] = "hello", "reader@example.org"
    message.set_content("hi")
    port = server.controller.port
    with Mailer(f"smtp://digest:{quote('p@ss:w/rd', safe='')}@127.0.0.1:{port}") as mailer:
        mailer.send(message, "reader@example.org", "Hypewatch <digest@example.org>")
    with pytest.raises(ServerUnavailable, match="cannot use the SMTP server"):
        with Mailer(f"smtp://digest:wrong@127.0.0.1:{port}") as mailer:
            mailer.send(message, "reader@example.org", "digest@example.org")
    [(recipients, received)] = server.sink.messages
    assert recipients == ["reader@example.org"] and received["Subject"] == "hello"
