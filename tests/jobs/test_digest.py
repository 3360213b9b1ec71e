"""The digest: what an issue holds, the pages and feed that show it, and subscribing."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import feedparser
from sqlalchemy import func, select

from digest.issue import build_issue, for_topics
from storage.models import DigestIssue, Subscriber
from tests.jobs.conftest import IN_DAY

DAY = date(2026, 11, 24)  # the day of the `issue_day` fixture

def test_an_issue_holds_the_days_verdicts_and_most_overstated_stories(jobs_db, issue_day):
    with jobs_db.session() as session:
        content = build_issue(session, DAY, "UTC").content
    assert [v["article_id"] for v in content["verdicts"]] == [issue_day["cure"], issue_day["ms"]]
    agreed, cleared = content["verdicts"]
    assert agreed["sentences"] == [{"text": "The treatment cures multiple sclerosis.", "labels": ["cure"],
                                    "reason": "An editor confirmed it promises a cure — Mouse study only.",
                                    "verdict_id": verdict_id(jobs_db, issue_day["cure"])}]
    assert cleared["sentences"][0]["reason"] == "An editor cleared it: the flag (causal) was wrong"
    # top by score, only stories with flagged sentences, only that day's
    assert [s["article_id"] for s in content["stories"]] == [issue_day[k] for k in ("cure", "stem", "ms")]
    top = content["stories"][0]
    assert [s["text"] for s in top["sentences"]] == ["The treatment cures multiple sclerosis.",
                                                     "It is a breakthrough."]
    assert top["reason"] == ("2 flagged sentences: promises a cure; "
                             "extrapolates from cells or animals to patients; sells it as a breakthrough")
    assert top["topics"] == ["ms", "stem-cells"]
    assert [s["article_id"] for s in for_topics(content, ["ms"])["stories"]] == [issue_day["cure"], issue_day["ms"]]


def verdict_id(db, story_id) -> int:
    from sqlalchemy import select
    from storage.models import Annotation
    with db.session() as session:
        return session.scalar(select(Annotation.id).where(Annotation.article_id == story_id).order_by(Annotation.id))


def test_a_story_repeating_a_checked_claim_links_the_published_verdict_in_every_form(jobs_db, newsroom, issue_day,
                                                                                      web):
    """Readers of the digest learn that a claim was checked before: the page and both parts of the mail
    link the verdict (the `repeats` job found the repeat), and each editor's verdict links its own page."""
    from digest.mail import digest_message
    from hypewatch.repeats import find_repeats
    repeat = newsroom.story("Another outlet: stem cells cure MS", [("The treatment cures MS, doctors say.", ["cure"])],
                            score=0.8, classified_at=IN_DAY)
    find_repeats(jobs_db)
    with jobs_db.session() as session:
        content = build_issue(session, DAY, "UTC").content
    verdict = verdict_id(jobs_db, issue_day["cure"])
    [item] = [i for i in content["stories"] if i["article_id"] == repeat]
    assert item["sentences"] == [{"text": "The treatment cures MS, doctors say.", "labels": ["cure"],
                                  "checked": {"verdict_id": verdict, "rating": "Overstated: cure"}}]
    assert not any(s.get("checked") for i in content["stories"] if i["article_id"] != repeat for s in i["sentences"])
    html = web.get(f"/digest/{DAY}")[1]
    assert f'We checked a claim like this before: <a href="/verdicts/{verdict}">Overstated: cure</a>' in html
    assert f'Mouse study only. · <a href="/verdicts/{verdict}">Our verdict</a>' in html
    message = digest_message(to="a@example.org", issues=[content], message_id="<m@x>", unsubscribe_url="u",
                             issue_urls=["i"], archive_url="a", verdict_url=lambda v: f"https://hw.example/verdicts/{v}")
    text, html = (part.get_content() for part in message.iter_parts())
    assert f"We checked a claim like this before (Overstated: cure): https://hw.example/verdicts/{verdict}" in text
    assert f"Our verdict: https://hw.example/verdicts/{verdict}" in text
    assert f'<a href="https://hw.example/verdicts/{verdict}">Overstated: cure</a>' in html


def test_a_storys_verdicts_are_one_item_each_with_its_reason(jobs_db, newsroom, issue_day):
    """Two verdicts on one story: the story once, its two sentences with each editor's reason,
    in the order they were approved; the issue counts two verdicts."""
    from digest.issue import verdict_count
    newsroom.verdict(issue_day["cure"], 2, "disagree", [], note="A quote.", reviewed_at=IN_DAY + timedelta(hours=1))
    with jobs_db.session() as session:
        content = build_issue(session, DAY, "UTC").content
    assert [v["article_id"] for v in content["verdicts"]] == [issue_day["cure"], issue_day["ms"]]
    assert [(s["text"], s["reason"]) for s in content["verdicts"][0]["sentences"]] == [
        ("The treatment cures multiple sclerosis.", "An editor confirmed it promises a cure — Mouse study only."),
        ("It is a breakthrough.", "An editor cleared it: the flag (novelty) was wrong — A quote.")]
    assert verdict_count(content) == 3


def test_an_issue_stored_before_verdicts_were_grouped_still_shows(jobs_db, web):
    """Issues are stored as built: an older one holds a verdict an item, with the item's reason."""
    from digest.delivery import digest_message
    from digest.issue import verdict_count
    old = {"date": DAY.isoformat(), "title": "Hypewatch digest, 24 November 2026", "stories": [], "verdicts": [
        {"article_id": 1, "title": "Stem cells cure MS", "url": "https://news.example/1", "source": "News",
         "topics": ["ms"], "verdict": "agree", "note": None, "reason": "An editor confirmed it promises a cure",
         "sentences": [{"text": "Stem cells cure MS.", "labels": ["cure"]}]}]}
    with jobs_db.session() as session:
        session.add(DigestIssue(date=DAY, built_at=datetime(2026, 11, 25, 7), content=old))
        session.commit()
    assert verdict_count(old) == 1
    html = web.get(f"/digest/{DAY}")[1]
    assert "Stem cells cure MS." in html and "An editor confirmed it promises a cure" in html
    assert "— 1 verdict, 0 stories" in web.get("/digest/")[1]
    message = digest_message(to="a@example.org", issues=[old], message_id="<m@x>", unsubscribe_url="u",
                             issue_urls=["i"], archive_url="a", verdict_url=lambda verdict_id: f"v/{verdict_id}")
    assert all("An editor confirmed it promises a cure" in part.get_content() for part in message.iter_parts())


def test_an_issue_lists_a_syndicated_story_once_by_its_most_overstated_copy(jobs_db, newsroom):
    from sqlalchemy import update

    from storage.models import Article
    wire = newsroom.story("Stem cells reverse MS", [("Stem cells reverse MS.", ["cure"])], score=0.6, classified_at=IN_DAY)
    copy = newsroom.story("Stem cells reverse MS, a miracle", [("A miracle: stem cells reverse MS.", ["cure", "hype"])],
                          score=0.8, classified_at=IN_DAY)
    other = newsroom.story("Coffee prevents MS", [("Coffee prevents MS.", ["causal"])], score=0.5, classified_at=IN_DAY)
    with jobs_db.session() as session:
        session.execute(update(Article).where(Article.id.in_([wire, copy])).values(cluster_id=wire))
        session.commit()
        assert [s["article_id"] for s in build_issue(session, DAY, "UTC").content["stories"]] == [copy, other]


def test_an_issue_reads_on_past_a_story_syndicated_many_times(jobs_db, newsroom):
    from sqlalchemy import update

    from digest.issue import issue_content
    from storage.models import Article
    copies = [newsroom.story(f"Stem cells reverse MS ({k})", [("Stem cells reverse MS.", ["cure"])],
                             score=0.9 - k / 100, classified_at=IN_DAY) for k in range(7)]
    other = newsroom.story("Coffee prevents MS", [("Coffee prevents MS.", ["causal"])], score=0.5, classified_at=IN_DAY)
    with jobs_db.session() as session:
        session.execute(update(Article).where(Article.id.in_(copies)).values(cluster_id=copies[0]))
        session.commit()
        # two stories asked for: the seven copies fill the first batch of candidates read (2 x 3)
        assert [s["article_id"] for s in issue_content(session, DAY, "UTC", stories=2)["stories"]] == [copies[0], other]


def test_the_day_ends_at_midnight_in_the_configured_time_zone(jobs_db, newsroom):
    # 23:30 UTC on the 23rd is already the 24th in Berlin
    newsroom.story("Late news", [("Cures MS.", ["cure"])], classified_at=datetime(2026, 11, 23, 23, 30))
    with jobs_db.session() as session:
        assert len(build_issue(session, DAY, "Europe/Berlin").content["stories"]) == 1
        assert build_issue(session, DAY - timedelta(days=1), "UTC").content["stories"][0]["title"] == "Late news"


def test_pages_and_feed_show_the_stored_issues(jobs_db, issue_day, web):
    with jobs_db.session() as session:
        for day in (DAY - timedelta(days=1), DAY):
            build_issue(session, day, "UTC")
        issues = list(session.scalars(select(DigestIssue).order_by(DigestIssue.date.desc())))
    status, archive = web.get("/digest/")
    assert status == 200 and archive.index("2026-11-24") < archive.index("2026-11-23")
    status, page = web.get("/digest/2026-11-24")
    assert status == 200 and "The treatment cures multiple sclerosis." in page
    assert "Stem cell jab &lt;b&gt;cures&lt;/b&gt; MS" in page and "<b>cures</b>" not in page
    issue = next(i for i in issues if i.date == DAY)  # a shared link shows the issue (Open Graph)
    assert re.search(r'<meta property="og:url" content="https?://[^"/]+/digest/2026-11-24">', page)  # the public address
    assert f'<meta property="og:title" content="{issue.content["title"]}">' in page
    assert (f'<meta property="og:description" content="{len(issue.content["verdicts"])} editors&#39; verdicts, '
            f'{len(issue.content["stories"])} of the most overstated new health stories">') in page
    assert web.get("/digest/2026-11-25")[0] == 404 and web.get("/digest/not-a-day")[0] == 404

    status, xml = web.get("/digest/feed.atom")
    feed = feedparser.parse(xml)
    assert status == 200 and feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert [(e.id, e.title, e.link, e.updated_parsed[:6]) for e in feed.entries] == [
        (f"{web.base_url}/digest/{i.date}", i.content["title"], f"{web.base_url}/digest/{i.date}",
         i.built_at.timetuple()[:6]) for i in issues]


def test_todays_issue_can_be_read_as_it_grows_and_then_as_stored(jobs_db, newsroom, web):
    from digest.issue import local_today
    from storage.models import utcnow
    now = utcnow()
    story = newsroom.story("Stem cell jab <b>cures</b> MS", [("The jab cures MS.", ["cure"])], score=0.9, classified_at=now)
    newsroom.story("Yesterday's miracle", [("Miracle cure found.", ["cure"])], score=0.99,
                   classified_at=now - timedelta(days=1, hours=1))
    newsroom.verdict(story, 0, "agree", ["cure"], note="One patient.", reviewed_at=now)
    status, page = web.get("/digest/today")
    assert status == 200 and "<small>so far</small>" in page and "goes out by e-mail tomorrow at 07:00 (UTC)" in page
    assert "The jab cures MS." in page and "One patient." in page and "Yesterday" not in page
    assert "Stem cell jab &lt;b&gt;cures&lt;/b&gt; MS" in page and "<b>cures</b>" not in page
    # once today's issue is stored (`hypewatch digest build`), the address leads to it
    with jobs_db.session() as session:
        assert "Built" not in page and session.scalar(select(func.count()).select_from(DigestIssue)) == 0  # nothing stored
        build_issue(session, local_today("UTC"), "UTC")
        session.commit()
    assert web.get("/digest/today")[0] == 302
    status, page = web.get(f"/digest/{local_today('UTC')}")
    assert status == 200 and "Built" in page and "<small>so far</small>" not in page and "The jab cures MS." in page


def test_subscribing_takes_a_confirmed_address(config, jobs_db, web, smtp):
    status, form = web.get("/digest/subscribe")
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form).group(1)
    # a form without its CSRF token is refused and sends nothing
    assert web.post("/digest/subscribe", {"email": "ann@example.org"})[0] == 400
    status, page = web.post("/digest/subscribe", {"csrf_token": token, "email": "not an address"})
    assert status == 400 and "not an e-mail address" in page

    status, page = web.post("/digest/subscribe", {"csrf_token": token, "email": "Ann@Example.ORG",
                                                  "topics": ["ms"], "frequency": "weekly"})
    assert status == 200 and "Check your mail" in page
    with jobs_db.session() as session:  # nothing is stored before the address is confirmed
        assert session.scalars(select(Subscriber)).all() == []
    [mail] = smtp.sink.to("Ann@example.org")
    assert mail["Subject"] == "Confirm your Hypewatch digest subscription"
    link = re.search(r"http://\S+/digest/confirm/\S+", mail.get_body(("plain",)).get_content()).group(0)
    assert link in mail.get_body(("html",)).get_content()

    assert web.get(link[:-3] + "xyz")[0] == 400  # an altered link
    status, page = web.get(link)  # following the link shows a button, it does not confirm
    assert status == 200 and "Multiple sclerosis" in page
    with jobs_db.session() as session:
        assert session.scalars(select(Subscriber)).all() == []
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    status, page = web.post(link, {"csrf_token": token})
    assert status == 200 and "Subscribed" in page
    with jobs_db.session() as session:
        [subscriber] = session.scalars(select(Subscriber)).all()
        assert (subscriber.email, subscriber.status, subscriber.topics, subscriber.frequency) == (
            "Ann@example.org", "confirmed", ["ms"], "weekly")


def test_digest_build_stores_an_issue_once_and_refuses_bad_dates(jobs_db, issue_day, smtp):
    from click.testing import CliRunner
    from hypewatch.cli import main
    runner = CliRunner()
    result = runner.invoke(main, ["digest", "build", "--date", "2026-11-24"])
    assert result.exit_code == 0 and "issue 2026-11-24: 2 verdicts, 3 stories" in result.output
    assert runner.invoke(main, ["digest", "build", "--date", "2026-11-24", "--rebuild"]).exit_code == 0
    bad = runner.invoke(main, ["digest", "build", "--date", "24.11.2026"])
    assert bad.exit_code == 2 and "not a date: '24.11.2026' (use YYYY-MM-DD)" in bad.output
    with jobs_db.session() as session:
        assert session.scalar(select(func.count()).select_from(DigestIssue)) == 1
        from digest.subscribers import confirm
        confirm(session, {"email": "reader@example.org", "topics": [], "frequency": "daily"})
    assert runner.invoke(main, ["digest", "send", "--date", "2026-11-24"]).exit_code == 0
    refused = runner.invoke(main, ["digest", "build", "--date", "2026-11-24", "--rebuild"])
    assert refused.exit_code == 1 and "has gone out to subscribers" in refused.output


def test_each_story_carries_its_reporting_checklist_in_a_line_in_every_form(jobs_db, newsroom, issue_day, web):
    """Subscribers see what the story's reporting misses, not only which sentences overstate: the checklist's
    criteria that apply, how many are met and which are not, in the checklist's order."""
    from digest.mail import digest_message
    from storage.models import Article
    story = newsroom.story("Stem cells reverse MS", [("Stem cells reverse MS.", ["cure"])], score=0.95,
                           classified_at=IN_DAY)
    with jobs_db.session() as session:
        session.get(Article, story).criteria = [
            {"id": "costs", "status": "satisfied"}, {"id": "harms", "status": "not_satisfied"},
            {"id": "evidence_quality", "status": "not_satisfied"}, {"id": "novelty", "status": "not_applicable"},
            {"id": "press_release", "status": "not_satisfied"}]
    with jobs_db.session() as session:
        content = build_issue(session, DAY, "UTC").content
    line = "Reporting checklist: 1 of 4 met; not met: Harms, Evidence, Own reporting"
    assert [(i["article_id"], i["checklist"]) for i in content["stories"]][:2] == [(story, line), (issue_day["cure"], None)]
    assert f'<p class="checklist">{line}</p>' in web.get(f"/digest/{DAY}")[1]
    message = digest_message(to="a@example.org", issues=[content], message_id="<m@x>", unsubscribe_url="u",
                             issue_urls=["i"], archive_url="a", verdict_url=lambda v: f"https://hw.example/verdicts/{v}")
    text, html = (part.get_content() for part in message.iter_parts())
    assert f"\n  {line}\n" in text and f"<div>{line}</div>" in html
    assert text.count("Reporting checklist") == html.count("Reporting checklist") == 1


def test_a_story_its_outlet_corrected_that_day_at_our_request_is_in_every_form(jobs_db, newsroom, issue_day, web):
    """Subscribers hear what the desk's checking achieved: the stories corrected that day, linking the correction;
    a request still waiting, or answered another way or another day, is not news."""
    from digest.mail import digest_message
    from storage.models import Correction
    with jobs_db.session() as session:
        session.add_all([
            Correction(article_id=issue_day["cure"], contact="the health editor", status="corrected",
                       outcome_url="https://news.example/corrected", answered_at=IN_DAY),
            Correction(article_id=issue_day["stem"], contact="x", status="declined", answered_at=IN_DAY),
            Correction(article_id=issue_day["ms"], contact="x", status="corrected",
                       outcome_url="javascript:alert(1)", answered_at=IN_DAY + timedelta(days=1))])
    with jobs_db.session() as session:
        content = build_issue(session, DAY, "UTC").content
    assert [(c["article_id"], c["corrected_url"]) for c in content["corrections"]] == [
        (issue_day["cure"], "https://news.example/corrected")]
    assert for_topics(content, ["ms"])["corrections"] == content["corrections"]
    page = web.get(f"/digest/{DAY}")[1]
    assert "Corrected at our request" in page and 'href="https://news.example/corrected"' in page
    assert "the health editor" not in page
    message = digest_message(to="a@example.org", issues=[content], message_id="<m@x>", unsubscribe_url="u",
                             issue_urls=["i"], archive_url="a", verdict_url=lambda v: f"https://hw.example/verdicts/{v}")
    text, html = (part.get_content() for part in message.iter_parts())
    assert "Corrected at our request" in text and "The correction: https://news.example/corrected" in text
    assert '<a href="https://news.example/corrected">the correction</a>' in html

    with jobs_db.session() as session:  # the next day: the javascript: link is no link
        content = build_issue(session, DAY + timedelta(days=1), "UTC").content
    assert [(c["article_id"], c["corrected_url"]) for c in content["corrections"]] == [(issue_day["ms"], None)]
    assert for_topics(content, ["stem-cells"])["corrections"] == []  # a story about MS only


def test_a_syndicated_story_says_which_of_its_flags_the_version_it_draws_on_lacks_in_every_form(jobs_db, newsroom,
                                                                                                  web):
    """The release came first and says "may slow"; the copy keeps a cure from it and adds a miracle of its own."""
    from sqlalchemy import update

    from digest.mail import digest_message
    from storage.models import Article
    release = newsroom.story("Stem cells may slow MS", [("Stem cells reverse MS in mice.", ["cure"]),
                                                        ("They may slow the disease.", [])], score=0.4,
                             classified_at=IN_DAY - timedelta(days=1))
    copy = newsroom.story("Miracle cure for MS", [("Stem cells reverse MS in mice.", ["cure"]),
                                                  ("It is a miracle for millions.", ["hype"])], score=0.9,
                          classified_at=IN_DAY)
    alone = newsroom.story("Coffee prevents MS", [("Coffee prevents MS.", ["causal"])], score=0.5, classified_at=IN_DAY)
    with jobs_db.session() as session:
        session.execute(update(Article).where(Article.id.in_([release, copy])).values(cluster_id=release))
        session.execute(update(Article).where(Article.id == release).values(published=IN_DAY - timedelta(days=2)))
        session.commit()
        content = build_issue(session, DAY, "UTC").content
    origins = {item["article_id"]: item["origin"] for item in content["stories"]}
    line = "1 of its 2 flagged sentences are not in the earlier version it draws on (Example News)."
    assert origins == {copy: line, alone: None}
    assert f'<p class="origin">{line}</p>' in web.get(f"/digest/{DAY}")[1]
    message = digest_message(to="a@example.org", issues=[content], message_id="<m@x>", unsubscribe_url="u",
                             issue_urls=["i"], archive_url="a", verdict_url=lambda v: f"https://hw.example/verdicts/{v}")
    text, html = (part.get_content() for part in message.iter_parts())
    assert f"\n  {line}\n" in text and f"<div>{line}</div>" in html


def test_a_story_in_the_digest_names_the_study_it_reports_with_a_link_to_read_it(jobs_db, newsroom, web):
    from digest.mail import digest_message
    from storage.models import StudyReference
    named = newsroom.story("Miracle cure for MS", [("It is a miracle.", ["hype"])], score=0.9, classified_at=IN_DAY)
    journal_only = newsroom.story("Coffee prevents MS", [("Coffee prevents MS.", ["causal"])], score=0.5,
                                  classified_at=IN_DAY)
    unnamed = newsroom.story("Tea cures MS", [("Tea cures MS.", ["cure"])], score=0.4, classified_at=IN_DAY)
    meeting = newsroom.story("Milk cures MS", [("Milk cures MS.", ["cure"])], score=0.3, classified_at=IN_DAY)
    with jobs_db.session() as session:
        session.add_all([StudyReference(article_id=named, kind="journal", value="Lancet <i>Neurology</i>", position=0),
                         StudyReference(article_id=named, kind="trial", value="NCT01234567", position=1),
                         StudyReference(article_id=named, kind="doi", value="10.1000/x", position=2),
                         StudyReference(article_id=journal_only, kind="journal", value="Neurology", position=0),
                         StudyReference(article_id=meeting, kind="meeting", value="ECTRIMS congress", position=0),
                         StudyReference(article_id=meeting, kind="unreviewed", value="a preprint", position=1)])
        session.commit()
        content = build_issue(session, DAY, "UTC").content
    studies = {item["article_id"]: (item["study"], item["study_url"]) for item in content["stories"]}
    line = "The study: Lancet <i>Neurology</i>, Trial registration NCT01234567"
    assert studies == {named: (line, "https://clinicaltrials.gov/study/NCT01234567"),
                       journal_only: ("The study: Neurology", None), unnamed: (None, None),
                       meeting: ("The study: presented at ECTRIMS congress, not peer-reviewed (a preprint)", None)}
    page = web.get(f"/digest/{DAY}")[1]
    assert ('<p class="study"><a href="https://clinicaltrials.gov/study/NCT01234567" rel="nofollow noopener">The study: '
            'Lancet &lt;i&gt;Neurology&lt;/i&gt;, Trial registration NCT01234567</a></p>') in page
    assert '<p class="study">The study: Neurology</p>' in page
    message = digest_message(to="a@example.org", issues=[content], message_id="<m@x>", unsubscribe_url="u",
                             issue_urls=["i"], archive_url="a", verdict_url=lambda v: f"https://hw.example/verdicts/{v}")
    text, html = (part.get_content() for part in message.iter_parts())
    assert f"\n  {line}: https://clinicaltrials.gov/study/NCT01234567\n" in text
    assert "Lancet &lt;i&gt;Neurology&lt;/i&gt;" in html and "<i>Neurology" not in html
