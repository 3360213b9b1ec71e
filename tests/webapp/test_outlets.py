"""An outlet's report card: its record against the checklist beside every outlet's, its flags, its most
overstated stories, the claims it added to stories that ran before elsewhere, and the corrections asked of it."""
from __future__ import annotations

import re
from urllib.parse import quote

from storage.articles import save_analysis, store_article
from storage.models import Correction, StudyReference
from tests.webapp.webapp_testdata import analysis, log_in

CURE, PATIENTS, DIET = "Stem cells cure MS, scientists say", "MS patients helped by stem cell trial", "Diet and MS: a careful look"


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", html))


def test_an_outlet_s_card_sets_its_record_beside_every_outlet_s_and_lists_its_worst_stories(app):
    ids = app.ids["articles"]
    page = log_in(app.test_client(), app, "journalist").get("/outlets/example").get_data(as_text=True)
    assert "<h1>example</h1>" in page and 'href="/queue/?source=example&amp;status=any">Its stories in the queue' in page
    assert "2 stories, 50% with a flagged sentence (every outlet: 67%); mean overstatement score 0.49 (every outlet: 0.51)" \
        in text(page)  # (0.92 + 0.05) / 2, and (0.92 + 0.55 + 0.05) / 3
    evidence = re.search(r"<tr><td>Explains the quality of the evidence</td>(.*?)</tr>", page, re.S).group(1)
    assert re.findall(r'title="([^"]+)"', evidence) == ["0 of 1 stories", "0 of 1 stories"]
    worst = re.findall(r'<li><a href="/queue/story/(\d+)">', page.split("Its most overstated stories")[1])
    assert worst[:2] == [str(ids[CURE]), str(ids[DIET])]
    assert '<svg class="chart"' in page and "None of its stories of these days ran before elsewhere." in page
    assert "The desk has asked it for none." in page


def test_an_outlet_s_card_counts_the_claims_it_added_to_stories_that_ran_before_elsewhere(app_any_db):
    """Run on SQLite and PostgreSQL."""
    app = app_any_db
    ids = app.ids["articles"]  # the fill's second outlet ran the stem cell story a day later, adding the mice
    page = log_in(app.test_client(), app, "journalist").get("/outlets/other").get_data(as_text=True)
    section = text(page.split("<h2>Claims it added to its sources</h2>")[1].split("<h2>")[0])
    assert "In its 1 later version of stories that ran before elsewhere (a press release, another outlet), 1 of the 1 " \
           "flagged claims (100%) are its own, not the first version's; 0 came with it; it left out or toned down 3" in section
    assert "adds 1 claim to example's version: compare" in section
    assert f'href="/queue/story/{ids[CURE]}/compare/{ids[PATIENTS]}">compare</a>' in page


def test_the_verdicts_published_on_an_outlet_s_claims_are_counted_and_the_latest_linked(app):
    from storage.models import Annotation, Sentence
    ids = app.ids["articles"]
    assert "The desk has published no verdict on its claims." in \
        log_in(app.test_client(), app, "journalist").get("/outlets/example").get_data(as_text=True)
    with app.extensions["hypewatch_db"].session() as session:
        cure, hype = session.query(Sentence).filter_by(article_id=ids[CURE]).order_by(Sentence.position)[:2]
        mice = session.query(Sentence).filter_by(article_id=ids[PATIENTS], position=1).one()
        editor = app.ids["users"]["editor"]
        journalist = app.ids["users"]["journalist"]
        verdicts = [Annotation(sentence_id=s.id, article_id=s.article_id, user_id=who, verdict=v, labels=labels,
                               status=status, reviewed_by_id=editor)
                    for s, who, v, labels, status in (
                        (cure, editor, "agree", ["cure"], "approved"), (hype, editor, "disagree", [], "approved"),
                        (mice, editor, "agree", ["extrapolation"], "approved"),
                        (hype, journalist, "agree", ["hype"], "pending"))]  # not published
        session.add_all(verdicts)
        session.flush()
        cure_verdict = verdicts[0].id
    page = log_in(app.test_client(), app, "journalist").get("/outlets/example").get_data(as_text=True)
    section = page.split("<h2>Verdicts on its claims</h2>")[1].split("<h2>")[0]
    assert "published 2 verdicts on its claims: 1 rate the claim overstated, 1 not." in text(section)
    assert f'“Stem cells cure multiple sclerosis.” <a href="/verdicts/{cure_verdict}">Overstated: cure</a>' in section
    assert "Not overstated</a>" in section and "mice" not in section.lower()  # the other outlet's claim


def test_the_corrections_asked_of_an_outlet_are_counted_by_what_came_of_them(app):
    ids = app.ids["articles"]
    with app.extensions["hypewatch_db"].session() as session:
        session.add_all([Correction(article_id=ids[CURE], contact="the health editor"),
                         Correction(article_id=ids[DIET], contact="the health editor", status="corrected")])
    page = log_in(app.test_client(), app, "journalist").get("/outlets/example").get_data(as_text=True)
    assert "1 waiting for an answer, 1 corrected (every request)." in text(page)


def test_an_outlet_named_by_its_site_is_escaped_and_found_by_its_name(app):
    with app.extensions["hypewatch_db"].session() as session:
        story = store_article(session, {"url": "https://bold.example/a", "title": "<i>Miracle</i>",
                                        "text": "A miracle cure.", "sitename": "<b>Bold</b> News"}, source=None)
        save_analysis(session, story, analysis("A miracle cure.", {0: (["cure"], {})}, score=0.9))
    client = log_in(app.test_client(), app, "journalist")
    page = client.get("/outlets/" + quote("<b>Bold</b> News")).get_data(as_text=True)
    assert "<h1>&lt;b&gt;Bold&lt;/b&gt; News</h1>" in page and "&lt;i&gt;Miracle&lt;/i&gt;" in page
    assert "<b>Bold" not in page and "<i>Miracle" not in page and "Its stories in the queue" not in page
    with app.extensions["hypewatch_db"].session() as session:  # a page that names no outlet at all
        story = store_article(session, {"url": "https://anon.example/a", "title": "Nameless", "text": "A cure."},
                              source=None)
        save_analysis(session, story, analysis("A cure.", {}, score=0.2))
    page = client.get("/outlets/unknown").get_data(as_text=True)
    assert "1 story, 0% with a flagged sentence" in text(page) and "Nameless" in page and "Miracle" not in page


def test_a_story_s_page_links_its_outlet_s_card(app):
    ids = app.ids["articles"]
    page = log_in(app.test_client(), app, "journalist").get(f"/queue/story/{ids[PATIENTS]}").get_data(as_text=True)
    assert '<a href="/outlets/other" title="The outlet\'s report card">Other Daily</a>' in page


def test_an_unknown_outlet_is_not_found_and_subscribers_see_no_card(app):
    assert log_in(app.test_client(), app, "journalist").get("/outlets/nobody").status_code == 404
    assert log_in(app.test_client(), app, "subscriber").get("/outlets/example").status_code == 403


def test_the_api_gives_the_card_the_page_shows(app):
    from tests.webapp.test_api import new_token
    ids = app.ids["articles"]
    api = app.test_client()
    headers = {"Authorization": f"Bearer {new_token(app, 'journalist')}"}
    card = api.get("/api/v1/outlets/other?days=30", headers=headers).get_json()
    assert (card["name"], card["days"], card["source"]) == ("other", 30, "other")
    assert (card["record"]["stories"], card["record"]["flagged"], card["every_outlet"]["stories"]) == (1, 1, 3)
    assert card["record"]["checklist"]["harms"] == {"met": 0, "applies": 0}
    assert [s["id"] for s in card["most_overstated"]] == [ids[PATIENTS]]
    assert card["added"]["added"] == 1 and card["added"]["by_label"] == {"extrapolation": {"kept": 0, "added": 1}}
    assert card["added"]["most"] == [{"id": ids[PATIENTS], "title": PATIENTS, "added": 1, "first_id": ids[CURE],
                                      "first_outlet": "example"}]
    assert len(card["flags_per_day"]["days"]) == 30 and card["corrections"] == {}
    assert card["verdicts"] == {"published": 0, "overstated": 0, "latest": []}
    assert api.get("/api/v1/outlets/nobody", headers=headers).status_code == 404


def test_the_outlets_page_lists_every_outlet_with_its_card_and_what_it_added(app):
    with app.extensions["hypewatch_db"].session() as session:  # one of example's two stories names its journal
        session.add(StudyReference(article_id=app.ids["articles"][CURE], kind="journal", value="Lancet", position=0))
    page = log_in(app.test_client(), app, "journalist").get("/outlets/?days=30").get_data(as_text=True)
    rows = {re.search(r">([^<]+)</a>", row).group(1): re.findall(r'<td class="num">([^<]+)</td>', row)
            for row in re.findall(r"<tr><td>(.*?)</tr>", page, re.S)}
    assert rows == {"example": ["2", "50%", "0.49", "50%", "0", "0"], "other": ["1", "100%", "0.55", "0%", "1", "1"]}
    assert '<a href="/outlets/example?days=30">example</a>' in page
    footer = re.findall(r'<td class="num">([^<]+)</td>', page.split("<tfoot>")[1])
    assert footer == ["3", "67%", "0.51", "33%", "1", "1"]
    assert '<a href="/outlets/">Outlets</a>' in page  # in every staff page's header
    client = log_in(app.test_client(), app, "journalist")
    names = lambda html: re.findall(r'<tr><td><a href="/outlets/[^"]+">([^<]+)</a>', html)  # noqa: E731
    assert names(page) == ["example", "other"]  # the most stories first
    assert names(client.get("/outlets/?days=30&by=added").get_data(as_text=True)) == ["other", "example"]
    assert names(client.get("/outlets/?days=30&by=named").get_data(as_text=True)) == ["other", "example"]  # 0 % first
    card = client.get("/outlets/example?days=30").get_data(as_text=True)
    assert "<strong>50%</strong> name the study they report" in card and "(every outlet: 33%)" in card
    by_score = client.get("/outlets/?days=30&by=score").get_data(as_text=True)
    assert names(by_score) == ["other", "example"]  # the highest mean score first (0.55 against 0.49)
    assert 'aria-sort="descending"><a href="/outlets/?days=30&amp;by=score"' in by_score
