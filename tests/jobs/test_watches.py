"""Watched searches: a journalist watches a review-queue search, and the `notices` job mails them the new
stories it finds, each story once. The real web app over HTTP and a real SMTP server on loopback."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

import jobs
from storage.models import Article, User, Watch, utcnow
from storage.users import add_user
from tests.jobs.test_account_mail import csrf


@pytest.fixture
def ann(jobs_db, monkeypatch):
    """A journalist with a confirmed address; what happens from now on is news to her."""
    import hypewatch.notices
    monkeypatch.setattr(hypewatch.notices, "SETTLE", timedelta(0))
    with jobs_db.session() as session:
        user = add_user(session, "ann", "journalist", "ann's password")
        user.email, user.notices, user.notified_until = "ann@example.org", ["watches"], utcnow() - timedelta(seconds=1)
        return user.id


def watch(db, user_id, query):
    with db.session() as session:
        session.add(Watch(user_id=user_id, query=query))


def test_a_search_is_watched_from_the_queue_and_stopped_from_the_account_page(jobs_db, web, smtp):
    with jobs_db.session() as session:
        add_user(session, "bob", "journalist", "bob's password")
    web.log_in("bob", "bob's password")
    assert "Watch this search" not in web.get("/queue/")[1]  # the whole queue is no search
    page = web.get("/queue/?label=cure&q=stem+cells&page=3&sort=newest")[1]
    query = re.search(r'name="query" value="([^"]+)"', page).group(1)
    assert query == "label=cure&amp;q=stem+cells"  # without the page and the order
    token = csrf(web, "/auth/account")
    status, _ = web.post("/watches/", {"csrf_token": token, "query": "label=cure&q=stem+cells"})
    assert status == 302
    page = web.get("/queue/?label=cure&q=stem+cells")[1]
    assert "You watch “stem cells”, label cure: the new stories" in page and "once you give an e-mail address" in page
    web.post("/watches/", {"csrf_token": token, "query": "q=stem+cells&label=cure"})  # the same search
    assert "You watch “stem cells”, label cure already." in web.get("/queue/")[1]
    assert web.post("/watches/", {"csrf_token": token, "query": "page=2"})[0] == 400
    with jobs_db.session() as session:
        [kept] = session.scalars(select(Watch)).all()
        assert kept.query == "label=cure&q=stem+cells"

    page = web.get("/auth/account")[1]
    assert "“stem cells”, label cure</a>" in page and "/queue/?label=cure&amp;q=stem+cells" in page
    with jobs_db.session() as session:
        ann = add_user(session, "ann", "journalist", "ann's password")
        session.flush()
        hers = Watch(user_id=ann.id, query="label=hype")
        session.add(hers)
        session.flush()
        hers_id = hers.id
    assert web.post(f"/watches/{hers_id}/delete", {"csrf_token": token})[0] == 404  # not his to stop
    assert web.post(f"/watches/{kept.id}/delete", {"csrf_token": token})[0] == 302
    assert "You no longer watch “stem cells”, label cure." in web.get("/auth/account")[1]

    for n in range(20):
        web.post("/watches/", {"csrf_token": token, "query": f"q=word{n}"})
    web.post("/watches/", {"csrf_token": token, "query": "q=one+too+many"})
    assert "You watch 20 searches, the most there can be" in web.get("/queue/")[1]
    with jobs_db.session() as session:
        assert len(session.scalars(select(Watch).where(Watch.user_id != hers.user_id)).all()) == 20


def test_the_new_stories_a_watched_search_finds_are_mailed_once(config, jobs_db, newsroom, ann, smtp):
    old = newsroom.story("Stem cells cure MS, said last week", [("Stem cells cure MS.", ["cure"])],
                         classified_at=utcnow() - timedelta(days=7))
    watch(jobs_db, ann, "label=cure")
    watch(jobs_db, ann, "q=coffee")
    cure = newsroom.story("Stem cells <b>cure</b> MS", [("Stem cells cure MS.", ["cure"])], score=0.9)
    also = newsroom.story("Paralysed mice walk", [("Mice walk again.", ["cure"])], score=0.7)
    newsroom.story("A miracle diet", [("A miracle.", ["hype"])], score=0.8)  # matches neither search
    with jobs_db.session() as session:
        session.get(Article, old).cluster_id = old

    result = jobs.run_job("notices")
    assert result["outcome"] == "ok" and result["counts"]["sent"] == 1
    [mail] = smtp.sink.to("ann@example.org")
    assert mail["Subject"] == "Hypewatch: 2 new stories for your searches"
    plain, html = (mail.get_body((kind,)).get_content() for kind in ("plain", "html"))
    assert "New for your search label cure (2): http://127.0.0.1:5000/queue/?label=cure" in plain
    assert plain.index(f"/queue/story/{cure}") < plain.index(f"/queue/story/{also}")  # most overstated first
    assert "score 0.90" in plain and "miracle" not in plain and "last week" not in plain and "coffee" not in plain
    assert "Stem cells &lt;b&gt;cure&lt;/b&gt; MS" in html

    # the same story run by another outlet later is not news again; a new story is
    copy = newsroom.story("Stem cells cure MS, another outlet", [("Stem cells cure MS.", ["cure"])], score=0.95)
    with jobs_db.session() as session:
        for story_id in (cure, copy):
            session.get(Article, story_id).cluster_id = cure
    assert jobs.run_job("notices")["counts"]["sent"] == 0
    newsroom.story("Coffee cures MS", [("Coffee cures MS.", ["cure"])], score=0.6)
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    mail = smtp.sink.to("ann@example.org")[-1]
    plain = mail.get_body(("plain",)).get_content()
    assert mail["Subject"] == "Hypewatch: 2 new stories for your searches"  # one story, found by both searches
    assert "New for your search “coffee” (1)" in plain and "New for your search label cure (1)" in plain
    with jobs_db.session() as session:  # without an address, nothing is mailed
        session.get(User, ann).email = None
    newsroom.story("Stem cells reverse MS", [("Stem cells reverse MS.", ["cure"])])
    assert jobs.run_job("notices")["counts"]["people"] == 0 and len(smtp.sink.messages) == 2


def test_a_watch_of_copies_adding_claims_tells_of_each_once_the_additions_job_has_marked_it(config, jobs_db, newsroom,
                                                                                           ann, smtp):
    """The `additions` job marks a copy up to its interval after the copy is classified: such a search reads its
    window MARKED_LATER late, so no copy is passed over before its mark. Each copy is news of its own, though the
    release it draws on was classified long before."""
    from hypewatch.notices import MARKED_LATER
    from tests.jobs.test_additions import COPY, RELEASE, file_together
    watch(jobs_db, ann, "adds=1")
    now = utcnow()
    with jobs_db.session() as session:
        session.get(User, ann).notified_until = now - MARKED_LATER - timedelta(minutes=10)
    release = newsroom.story("Stem cells halt MS", RELEASE, classified_at=now - timedelta(days=2))
    marked = newsroom.story("Stem cells cure MS, a tabloid says", COPY, classified_at=now - MARKED_LATER - timedelta(minutes=5))
    fresh = newsroom.story("A miracle for MS, another says", COPY, classified_at=now - timedelta(minutes=1))
    file_together(jobs_db, release, marked, fresh)
    assert jobs.run_job("additions")["counts"]["adding_claims"] == 2
    assert jobs.run_job("notices")["counts"]["sent"] == 1
    plain = smtp.sink.to("ann@example.org")[-1].get_body(("plain",)).get_content()
    assert "New for your search adding claims to its source (1)" in plain
    assert f"/queue/story/{marked}" in plain and f"/queue/story/{fresh}" not in plain  # its turn comes later
