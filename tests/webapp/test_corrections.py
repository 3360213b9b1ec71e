"""Corrections asked of outlets: recorded on a story's page, answered later, listed with each outlet's record,
every change audited; on both databases."""
from __future__ import annotations

import csv
import io

from sqlalchemy import select

from storage.models import AuditEvent, Correction

STORY = "Stem cells cure MS, scientists say"
OTHER = "Diet and MS: a careful look"


def corrections(app):
    with app.extensions["hypewatch_db"].session() as session:
        return [(c.article_id, c.status, c.contact, c.note, c.outcome_url, c.answered_at is not None)
                for c in session.scalars(select(Correction).order_by(Correction.id))]


def test_a_request_is_recorded_answered_and_listed(app_any_db, as_role_any_db):
    app, journalist = app_any_db, as_role_any_db("journalist")
    story, other = app.ids["articles"][STORY], app.ids["articles"][OTHER]
    page = journalist.get(f"/queue/story/{story}").get_data(as_text=True)
    assert "Ask for a correction" in page and "Record the outlet" not in page

    assert journalist.post(f"/corrections/story/{story}", data={"contact": "  "}).status_code == 400
    response = journalist.post(f"/corrections/story/{story}", data={
        "contact": "the health editor, health@news.example", "note": "Mouse study <b>only</b>; see the paper."})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/queue/story/{story}#correction")
    assert corrections(app) == [(story, "requested", "the health editor, health@news.example",
                                 "Mouse study <b>only</b>; see the paper.", None, False)]
    page = journalist.get(f"/queue/story/{story}").get_data(as_text=True)
    assert "Waiting for an answer" in page and "asked of the health editor, health@news.example by journalist" in page
    assert "Mouse study &lt;b&gt;only&lt;/b&gt;" in page and "Record the outlet's answer" in page

    journalist.post(f"/corrections/story/{other}", data={"contact": "corrections form"})
    listing = journalist.get("/corrections/").get_data(as_text=True)  # waiting, the oldest first
    assert listing.index(STORY) < listing.index(OTHER) and "(today)" in listing

    bad = {"status": "corrected", "outcome_url": "javascript:alert(1)", "note": ""}
    assert journalist.post(f"/corrections/story/{story}", data=bad).status_code == 400
    assert journalist.post(f"/corrections/story/{story}", data={"status": "retracted"}).status_code == 400
    journalist.post(f"/corrections/story/{story}", data={
        "status": "corrected", "outcome_url": "https://news.example/stem-cells-corrected", "note": "Headline fixed."})
    assert corrections(app)[0] == (story, "corrected", "the health editor, health@news.example", "Headline fixed.",
                                   "https://news.example/stem-cells-corrected", True)
    waiting = journalist.get("/corrections/").get_data(as_text=True)
    assert OTHER in waiting and STORY not in waiting
    done = journalist.get("/corrections/?status=corrected").get_data(as_text=True)
    assert STORY in done and 'href="https://news.example/stem-cells-corrected"' in done
    # by outlet: Example News asked once and corrected once; Example Org asked once, waiting
    assert ('<td>Example News</td><td class="num">1</td><td class="num">1</td><td class="num">0</td>'
            '<td class="num">0</td><td class="num">0</td>') in done
    assert ('<td>Example Org</td><td class="num">1</td><td class="num">0</td><td class="num">0</td>'
            '<td class="num">0</td><td class="num">1</td>') in done

    rows = list(csv.DictReader(io.StringIO(journalist.get("/corrections/corrections.csv").get_data(as_text=True))))
    assert [(r["outlet"], r["asked_of"], r["asked_by"], r["status"], r["outcome_url"]) for r in rows] == [
        ("Example News", "the health editor, health@news.example", "journalist", "corrected",
         "https://news.example/stem-cells-corrected"),
        ("Example Org", "corrections form", "journalist", "requested", "")]
    assert rows[0]["answered_at"] >= rows[0]["asked_at"] and rows[1]["answered_at"] == ""

    journalist.post(f"/corrections/story/{story}", data={"status": "requested", "note": "They took it back."})
    assert corrections(app)[0][1::4] == ("requested", False)  # waiting again: no answer date
    with app.extensions["hypewatch_db"].session() as session:
        actions = session.execute(select(AuditEvent.action, AuditEvent.after).where(AuditEvent.entity == "correction")
                                  .order_by(AuditEvent.id)).all()
    assert [a for a, _ in actions] == ["create", "create", "update", "update"]
    assert actions[2].after["outcome_url"] == "https://news.example/stem-cells-corrected"


def test_subscribers_cannot_see_or_record_corrections(app, as_role):
    story = app.ids["articles"][STORY]
    reader = as_role("subscriber")
    assert reader.get("/corrections/").status_code == 403
    assert reader.post(f"/corrections/story/{story}", data={"contact": "x"}).status_code == 403
    assert corrections(app) == []


def test_the_api_gives_a_storys_correction(app, as_role):
    story = app.ids["articles"][STORY]
    journalist = as_role("journalist")
    assert journalist.get(f"/api/v1/stories/{story}").get_json()["correction"] is None
    journalist.post(f"/corrections/story/{story}", data={"contact": "the health editor"})
    journalist.post(f"/corrections/story/{story}", data={"status": "declined", "note": "They stand by it."})
    correction = journalist.get(f"/api/v1/stories/{story}").get_json()["correction"]
    assert {k: correction[k] for k in ("status", "contact", "note", "outcome_url", "requested_by")} == {
        "status": "declined", "contact": "the health editor", "note": "They stand by it.", "outcome_url": None,
        "requested_by": "journalist"}
    assert correction["answered_at"] >= correction["requested_at"]


def test_a_verdicts_public_page_tells_what_the_outlet_did_not_what_waits(app, as_role, client):
    from storage.models import Annotation, Sentence, utcnow
    story = app.ids["articles"][STORY]
    with app.extensions["hypewatch_db"].session() as session:
        sentence = session.scalar(select(Sentence).where(Sentence.article_id == story, Sentence.position == 0))
        verdict = Annotation(sentence_id=sentence.id, article_id=story, user_id=app.ids["users"]["journalist"],
                             verdict="agree", labels=["cure"], status="approved",
                             reviewed_by_id=app.ids["users"]["editor"], reviewed_at=utcnow())
        session.add(verdict)
        session.flush()
        page_url = f"/verdicts/{verdict.id}"
    journalist = as_role("journalist")
    journalist.post(f"/corrections/story/{story}", data={"contact": "the health editor", "note": "internal"})
    page = client.get(page_url).get_data(as_text=True)
    assert "<dt>Correction</dt>" not in page and "the health editor" not in page  # the desk's business
    journalist.post(f"/corrections/story/{story}", data={
        "status": "corrected", "outcome_url": "https://news.example/fixed", "note": "internal"})
    page = client.get(page_url).get_data(as_text=True)
    assert "The outlet corrected the story on" in page and 'href="https://news.example/fixed"' in page
    assert "the health editor" not in page and "internal" not in page
    journalist.post(f"/corrections/story/{story}", data={"status": "declined"})
    assert "The outlet declined to correct the story on" in client.get(page_url).get_data(as_text=True)


def test_the_requests_of_each_week_are_plotted_by_what_came_of_them(app, as_role):
    from datetime import date, datetime, timedelta

    from webapp.corrections import WEEKS, per_week
    today = date(2026, 12, 9)  # a Wednesday; its week began on Monday the 7th
    ids = list(app.ids["articles"].values())
    with app.extensions["hypewatch_db"].session() as session:
        session.add_all([
            Correction(article_id=ids[0], contact="x", requested_at=datetime(2026, 12, 7, 9)),
            Correction(article_id=ids[1], contact="x", status="corrected", requested_at=datetime(2026, 12, 6, 23)),
            Correction(article_id=ids[2], contact="x", status="declined",
                       requested_at=datetime(2026, 12, 7) - timedelta(weeks=WEEKS))])  # before the chart
        session.flush()
        chart = per_week(session, today)
    assert [bar.title for bar in chart.bars] == ["2026-11-30 corrected: 1", "2026-12-07 waiting for an answer: 1"]
    assert [name for name, _ in chart.legend] == ["waiting for an answer", "corrected", "declined", "no answer"]
    page = as_role("journalist").get("/corrections/").get_data(as_text=True)
    assert 'aria-label="Correction requests per week, by what came of them"' in page


def test_a_drafted_request_names_each_overstated_claim_why_and_the_desk_s_verdicts(app, as_role):
    """The story's flags: a cure (published as overstated), a breakthrough (published as not overstated, so left
    out); its checklist: the evidence's quality missing. The draft opens in a mail program once the request names
    an address."""
    import html
    import re
    from urllib.parse import unquote

    from storage.models import Annotation, Sentence, utcnow
    story = app.ids["articles"][STORY]
    with app.extensions["hypewatch_db"].session() as session:
        cure, breakthrough = session.scalars(select(Sentence).where(Sentence.article_id == story)
                                             .order_by(Sentence.position).limit(2))
        verdicts = [Annotation(sentence_id=s.id, article_id=story, user_id=app.ids["users"]["journalist"],
                               verdict=verdict, labels=labels, status="approved",
                               reviewed_by_id=app.ids["users"]["editor"], reviewed_at=utcnow())
                    for s, verdict, labels in ((cure, "agree", []), (breakthrough, "disagree", []))]
        session.add_all(verdicts)
        session.flush()
        cure_verdict = verdicts[0].id
    journalist = as_role("journalist")
    assert f'href="/corrections/story/{story}/draft"' in journalist.get(f"/queue/story/{story}").get_data(as_text=True)
    page = journalist.get(f"/corrections/story/{story}/draft").get_data(as_text=True)
    body = html.unescape(re.search(r'<textarea name="body" rows="24">(.*?)</textarea>', page, re.S).group(1))
    assert body.startswith('Dear editor,\n\nYour story "Stem cells cure MS, scientists say" (Example News, ')
    assert ('makes a claim that the evidence it reports does not support:\n\n1. "Stem cells cure multiple sclerosis."\n'
            "   It speaks of a cure or a reversal, which the evidence reported does not show.\n"
            f"   Our published verdict: http://localhost/verdicts/{cure_verdict}\n") in body
    assert "breakthrough" not in body.lower()  # the desk published it as not overstated
    assert "It also falls short on these points of careful health reporting:\n- Explains the quality of the evidence\n" in body
    assert "Uses independent sources" not in body  # satisfied
    assert body.rstrip().endswith("With thanks,\njournalist")
    assert "mailto:" not in page  # no address to send it to yet

    journalist.post(f"/corrections/story/{story}", data={"contact": "Health desk <health@news.example>"})
    page = journalist.get(f"/corrections/story/{story}/draft").get_data(as_text=True)
    mailto = html.unescape(re.search(r'href="(mailto:[^"]+)"', page).group(1))
    assert mailto.startswith("mailto:health%40news.example?subject=Correction%20request%3A%20Stem%20cells")
    assert unquote(mailto.split("&body=", 1)[1]).startswith("Dear Health desk,\n\nYour story")
    assert as_role("subscriber").get(f"/corrections/story/{story}/draft").status_code == 403


def test_a_drafted_request_says_which_claims_the_press_release_behind_the_story_does_not_make(app, as_role):
    import html
    import re

    from tests.webapp.test_compare import _two_versions
    release, copy = _two_versions(app)  # the copy rewords a result as a cure and adds a miracle
    journalist = as_role("journalist")

    def body(story):
        page = journalist.get(f"/corrections/story/{story}/draft").get_data(as_text=True)
        return html.unescape(re.search(r'<textarea name="body" rows="24">(.*?)</textarea>', page, re.S).group(1))
    drafted = body(copy)
    line = ('   The version your story draws on does not say this (Wire: "Stem cell trial results", '
            'https://wire.example/release).')
    assert drafted.count(line) == 2, drafted
    assert drafted.index('1. "Most patients were cured of the disease after two years."') < drafted.index(line)
    assert "draws on" not in body(release)  # the release came first: it draws on nothing stored
