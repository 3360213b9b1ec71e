"""The `notices` job: each person on the desk is mailed, at the address they confirmed, what they chose to
hear of — a story an editor gave them, an annotation of theirs rejected or approved — once, in one mail a run.
A real SMTP server on loopback."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

import jobs
from storage.models import Annotation, Article, Sentence, User, utcnow
from storage.users import add_user, set_disabled
from webapp.workflow import set_story_status


@pytest.fixture
def desk(jobs_db, monkeypatch):
    """An editor, eve; ann, with a confirmed address and the default notices; bob, with no address."""
    import hypewatch.notices
    monkeypatch.setattr(hypewatch.notices, "SETTLE", timedelta(0))  # the test's changes are read at once
    with jobs_db.session() as session:
        add_user(session, "eve", "editor", "eve's password")
        ann = add_user(session, "ann", "journalist", "ann's password")
        add_user(session, "bob", "journalist", "bob's password")
        ann.email, ann.notices, ann.notified_until = "ann@example.org", ["assigned", "rejected"], utcnow()


def assign(db, story_id, to, *, by="eve"):
    with db.session() as session:
        people = {u.name: u for u in session.scalars(select(User))}
        set_story_status(session, people[by], session.get(Article, story_id), assignee=people[to] if to else None)


def reviewed(db, story_id, position, status, *, by="eve", reason=None):
    """Ann's annotation of a sentence, reviewed now."""
    with db.session() as session:
        people = {u.name: u for u in session.scalars(select(User))}
        sentence = session.scalar(select(Sentence).where(Sentence.article_id == story_id, Sentence.position == position))
        annotation = Annotation(sentence_id=sentence.id, article_id=story_id, user_id=people["ann"].id,
                                verdict="agree", labels=["cure"], status=status, reject_reason=reason,
                                reviewed_by_id=people[by].id, reviewed_at=utcnow())
        session.add(annotation)
        session.flush()
        return annotation.id, sentence.id


def set_ann(db, **values):
    with db.session() as session:
        ann = session.scalar(select(User).where(User.name == "ann"))
        for key, value in values.items():
            setattr(ann, key, value)


def test_a_story_an_editor_gives_someone_is_mailed_to_them_once(config, jobs_db, newsroom, desk, smtp):
    given = newsroom.story("Stem cells <b>cure</b> MS & more", [("Stem cells cure MS.", ["cure"])])
    taken = newsroom.story("Ann took this one", [("A miracle.", ["hype"])])
    moved = newsroom.story("Given, then given to bob", [("A breakthrough.", ["hype"])])
    assign(jobs_db, given, "ann")
    assign(jobs_db, taken, "ann", by="ann")  # her own doing: nothing to tell her
    assign(jobs_db, moved, "ann")
    assign(jobs_db, moved, "bob")  # no longer hers; bob has no address
    assign(jobs_db, given, None)
    assign(jobs_db, given, "ann")  # given twice: one line

    result = jobs.run_job("notices")
    assert result["outcome"] == "ok" and result["counts"] == {"people": 1, "sent": 1, "refused": 0}
    [mail] = smtp.sink.to("ann@example.org")
    assert mail["Subject"] == "Hypewatch: 1 story given to you"
    plain, html = (mail.get_body((kind,)).get_content() for kind in ("plain", "html"))
    assert f"http://127.0.0.1:5000/queue/story/{given}" in plain and plain.count("/queue/story/") == 1
    assert "Ann took this one" not in plain and "given to bob" not in plain
    assert "Stem cells &lt;b&gt;cure&lt;/b&gt; MS &amp; more" in html and "<b>cure" not in html  # text from the web
    assert "by eve" in plain and "/auth/account" in plain

    assert jobs.run_job("notices")["counts"]["sent"] == 0 and len(smtp.sink.messages) == 1


def test_reviewed_annotations_are_mailed_as_their_author_chose(config, jobs_db, newsroom, desk, smtp):
    story = newsroom.story("Coffee prevents MS", [("Coffee prevents MS.", ["causal"]), ("A cure.", ["cure"])])
    _, rejected_sentence = reviewed(jobs_db, story, 0, "rejected", reason="Read the <i>paper</i> first.")
    reviewed(jobs_db, story, 1, "approved")  # approvals are not among ann's notices yet
    assert jobs.run_job("notices")["outcome"] == "ok"
    [mail] = smtp.sink.to("ann@example.org")
    assert mail["Subject"] == "Hypewatch: 1 annotation rejected"
    plain, html = (mail.get_body((kind,)).get_content() for kind in ("plain", "html"))
    assert 'Rejected by eve: "Coffee prevents MS." in Coffee prevents MS' in plain
    assert "Reason: Read the <i>paper</i> first." in plain and "Read the &lt;i&gt;paper&lt;/i&gt; first." in html
    assert f"/queue/story/{story}#claim-{rejected_sentence}" in plain and "Approved" not in plain

    set_ann(jobs_db, notices=["approved"])
    other = newsroom.story("Mice walk again", [("Paralysed mice walk again.", ["cure"]), ("A miracle.", ["hype"])])
    approved, _ = reviewed(jobs_db, other, 0, "approved")
    reviewed(jobs_db, other, 1, "rejected")  # rejections are no longer wanted
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    mail = smtp.sink.to("ann@example.org")[-1]
    assert mail["Subject"] == "Hypewatch: 1 annotation approved"
    assert f"/verdicts/{approved}" in mail.get_body(("plain",)).get_content()


def test_a_mail_server_that_is_down_delays_the_notices_and_loses_none(config, jobs_db, newsroom, desk, smtp):
    story = newsroom.story("Stem cells cure MS", [("Stem cells cure MS.", ["cure"])])
    assign(jobs_db, story, "ann")
    smtp.stop()
    failed = jobs.run_job("notices")
    assert failed["outcome"] == "failed" and "cannot use the SMTP server" in failed["error"]
    smtp.start()
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    [mail] = smtp.sink.to("ann@example.org")
    assert f"/queue/story/{story}" in mail.get_body(("plain",)).get_content()


def test_an_address_refused_for_good_drops_its_batch_and_the_run_goes_on(config, jobs_db, newsroom, desk, smtp):
    with jobs_db.session() as session:
        cal = add_user(session, "cal", "journalist", "cal's password")
        cal.email, cal.notices, cal.notified_until = "cal@example.org", ["assigned"], utcnow()
    story, other = (newsroom.story(f"Story {n}", [("A miracle.", ["hype"])]) for n in (1, 2))
    assign(jobs_db, story, "ann")
    assign(jobs_db, other, "cal")
    smtp.sink.refuse["ann@example.org"] = "550 5.1.1 no such mailbox"
    result = jobs.run_job("notices")
    assert result["outcome"] == "ok" and result["counts"] == {"people": 2, "sent": 1, "refused": 1}
    assert len(smtp.sink.to("cal@example.org")) == 1
    del smtp.sink.refuse["ann@example.org"]
    assert jobs.run_job("notices")["counts"]["sent"] == 0  # dropped, not retried for ever

    smtp.sink.refuse["ann@example.org"] = "450 4.2.1 mailbox busy, try later"
    assign(jobs_db, other, "ann")
    busy = jobs.run_job("notices")
    assert busy["outcome"] == "failed" and "wait for the next run" in busy["error"]
    del smtp.sink.refuse["ann@example.org"]
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    assert "Story 2" in smtp.sink.to("ann@example.org")[-1].get_body(("plain",)).get_content()


def test_no_mail_for_a_disabled_account_or_one_without_notices(config, jobs_db, newsroom, desk, smtp):
    story = newsroom.story("Stem cells cure MS", [("Stem cells cure MS.", ["cure"])])
    set_ann(jobs_db, notices=[])
    assign(jobs_db, story, "ann")
    assert jobs.run_job("notices")["counts"]["sent"] == 0
    set_ann(jobs_db, notices=["assigned"])
    with jobs_db.session() as session:
        set_disabled(session.scalar(select(User).where(User.name == "ann")), True)
    assign(jobs_db, story, None)
    assign(jobs_db, story, "ann")
    assert jobs.run_job("notices")["counts"] == {"people": 0, "sent": 0, "refused": 0}
    assert smtp.sink.messages == []


def test_an_editor_who_asks_hears_of_annotations_sent_for_review(config, jobs_db, newsroom, desk, smtp):
    from hypewatch.notices import MOST_WAITING
    with jobs_db.session() as session:
        eve = session.scalar(select(User).where(User.name == "eve"))
        eve.email, eve.notices, eve.notified_until = "eve@example.org", ["waiting"], utcnow()
        people = {u.name: u.id for u in session.scalars(select(User))}
    story = newsroom.story("Miracle <cure>", [(f"Claim {n}.", ["hype"]) for n in range(MOST_WAITING + 3)])

    def annotate(position, by, status="pending"):
        with jobs_db.session() as session:
            sentence = session.scalar(select(Sentence).where(Sentence.article_id == story, Sentence.position == position))
            session.add(Annotation(sentence_id=sentence.id, article_id=story, user_id=people[by], verdict="agree",
                                   labels=["hype"], status=status))
    for position in range(MOST_WAITING + 1):
        annotate(position, "bob")
    annotate(MOST_WAITING + 1, "eve")  # her own: not for her review
    annotate(MOST_WAITING + 2, "bob", status="approved")  # no longer waiting
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    [mail] = smtp.sink.to("eve@example.org")
    assert mail["Subject"] == f"Hypewatch: {MOST_WAITING + 1} annotations to review"
    plain, html = (mail.get_body((kind,)).get_content() for kind in ("plain", "html"))
    assert 'bob: "Claim 0." in Miracle <cure>' in plain and "and 1 more" in plain and "/review/" in plain
    assert "Miracle &lt;cure&gt;" in html and f"Claim {MOST_WAITING + 1}." not in plain
    assert smtp.sink.to("ann@example.org") == []  # a journalist's choice of "waiting" is not honoured

    set_ann(jobs_db, notices=["waiting"])
    annotate(MOST_WAITING + 1, "bob")
    assert jobs.run_job("notices")["counts"]["sent"] == 1 and smtp.sink.to("ann@example.org") == []


def test_a_correction_unanswered_for_a_week_is_told_of_once(config, jobs_db, newsroom, desk, smtp):
    from storage.models import Correction
    set_ann(jobs_db, notices=["overdue"], notified_until=utcnow() - timedelta(minutes=5))
    stories = [newsroom.story(f"Story <{n}>", [("A miracle.", ["hype"])]) for n in range(4)]
    week_ago = utcnow() - timedelta(days=7)
    with jobs_db.session() as session:
        people = {u.name: u.id for u in session.scalars(select(User))}
        session.add_all([
            Correction(article_id=stories[0], contact="the <health> desk", requested_by_id=people["ann"],
                       requested_at=week_ago - timedelta(minutes=1)),  # turned a week old in the window
            Correction(article_id=stories[1], contact="x", requested_by_id=people["ann"],
                       requested_at=week_ago - timedelta(minutes=1), status="corrected"),  # answered
            Correction(article_id=stories[2], contact="x", requested_by_id=people["ann"],
                       requested_at=week_ago - timedelta(hours=1)),  # told of before the window
            Correction(article_id=stories[3], contact="x", requested_by_id=people["eve"],
                       requested_at=week_ago - timedelta(minutes=1))])  # eve's
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    [mail] = smtp.sink.to("ann@example.org")
    assert mail["Subject"] == "Hypewatch: 1 correction unanswered for a week"
    plain, html = (mail.get_body((kind,)).get_content() for kind in ("plain", "html"))
    assert f"/queue/story/{stories[0]}#correction" in plain and plain.count("#correction") == 1
    assert "asked of the <health> desk" in plain and "the &lt;health&gt; desk" in html
    assert jobs.run_job("notices")["counts"]["sent"] == 0


def test_someone_who_wants_one_mail_a_day_gets_it_after_their_hour_with_the_whole_day(config, jobs_db, newsroom,
                                                                                      desk, smtp):
    from hypewatch.notices import last_hour
    now = utcnow()
    hour = (now.hour - 2) % 24  # its latest time was two to three hours ago
    set_ann(jobs_db, notice_hour=hour, notified_until=now - timedelta(minutes=1))
    story = newsroom.story("Stem cells cure MS", [("Stem cells cure MS.", ["cure"])])
    assign(jobs_db, story, "ann")
    assert jobs.run_job("notices")["counts"]["sent"] == 0  # today's mail went out before this happened
    with jobs_db.session() as session:
        assert session.scalar(select(User).where(User.name == "ann")).notified_until < now  # kept for tomorrow

    set_ann(jobs_db, notified_until=last_hour(hour, now, "UTC") - timedelta(hours=20))  # the last mail: yesterday
    other = newsroom.story("Mice walk again", [("Paralysed mice walk again.", ["cure"])])
    assign(jobs_db, other, "ann")
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    [mail] = smtp.sink.to("ann@example.org")
    assert mail["Subject"] == "Hypewatch: 2 stories given to you"  # all since the last mail
    assert jobs.run_job("notices")["counts"]["sent"] == 0


def test_the_hour_of_a_daily_mail_is_read_in_the_desks_time_zone():
    from datetime import datetime

    from hypewatch.notices import last_hour
    assert last_hour(7, datetime(2026, 12, 7, 10, 0), "UTC") == datetime(2026, 12, 7, 7, 0)
    assert last_hour(7, datetime(2026, 12, 7, 6, 59), "UTC") == datetime(2026, 12, 6, 7, 0)
    assert last_hour(7, datetime(2026, 12, 7, 10, 0), "Europe/Berlin") == datetime(2026, 12, 7, 6, 0)  # 07:00 CET
    assert last_hour(7, datetime(2026, 7, 7, 4, 0), "Europe/Berlin") == datetime(2026, 7, 6, 5, 0)  # 07:00 CEST


def test_every_notices_mail_can_stop_them_all_in_one_click(config, jobs_db, newsroom, desk, smtp, web):
    import urllib.request
    story = newsroom.story("Stem cells cure MS", [("Stem cells cure MS.", ["cure"])])
    assign(jobs_db, story, "ann")
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    [mail] = smtp.sink.to("ann@example.org")
    link = mail["List-Unsubscribe"].strip("<>")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"Stop all of them: {link}" in mail.get_body(("plain",)).get_content()
    assert web.get(link[:-2] + "xx")[0] == 400  # an altered link
    status, page = web.get(link)  # a mail scanner's visit stops nothing
    assert status == 200 and "No more notices will be mailed to ann@example.org" in page
    with jobs_db.session() as session:
        assert session.scalar(select(User).where(User.name == "ann")).notices == ["assigned", "rejected"]
    # the mail program's one-click POST, without a session or a CSRF token
    request = urllib.request.Request(link, data=b"List-Unsubscribe=One-Click", method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200
    with jobs_db.session() as session:
        assert session.scalar(select(User).where(User.name == "ann")).notices == []
    assign(jobs_db, story, None)
    assign(jobs_db, story, "ann")
    assert jobs.run_job("notices")["counts"]["sent"] == 0 and len(smtp.sink.messages) == 1
