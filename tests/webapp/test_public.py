"""Public verdict pages with schema.org ClaimReview, readable without logging in."""
from __future__ import annotations

import json
import re


from storage.articles import save_analysis, store_article
from storage.models import Annotation, Article, Sentence, utcnow
from tests.webapp.webapp_testdata import analysis


def publish(app, article_id, *, labels, note, position=0, status="approved", verdict="agree") -> int:
    with app.extensions["hypewatch_db"].session() as session:
        sentence = session.query(Sentence).filter_by(article_id=article_id, position=position).one()
        a = Annotation(sentence_id=sentence.id, article_id=article_id, user_id=app.ids["users"]["journalist"],
                       verdict=verdict, labels=labels, note=note, status=status,
                       reviewed_by_id=app.ids["users"]["editor"], reviewed_at=utcnow())
        session.add(a)
        session.flush()
        return a.id


def json_ld(html: str) -> dict:
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_verdict_page_is_public_and_carries_a_claim_review(app, client):
    article_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    verdict_id = publish(app, article_id, labels=["cure"], note="No cure was shown: twelve patients, no control.")
    response = client.get(f"/verdicts/{verdict_id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "Stem cells cure multiple sclerosis." in html and "Overstated: cure" in html
    review = json_ld(html)
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "Stem cells cure multiple sclerosis."
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["author"]["name"] == "Example News"
    [story] = review["itemReviewed"]["appearance"]  # the checked story; no other repeats it
    assert story["@type"] == "NewsArticle" and story["url"] == "https://news.example/stem-cell-cure"
    assert story["publisher"]["name"] == "Example News"
    assert review["reviewRating"]["alternateName"] == "Overstated: cure"
    assert review["reviewRating"]["ratingExplanation"] == (
        "An editor confirmed it promises a cure — No cure was shown: twelve patients, no control.")
    assert "An editor confirmed it promises a cure — No cure was shown" in html  # in the digest's words
    assert review["author"]["name"] == "Hypewatch" and review["datePublished"] == utcnow().date().isoformat()
    assert review["url"].endswith(f"/verdicts/{verdict_id}")
    assert f"/verdicts/{verdict_id}" in client.get("/verdicts/").get_data(as_text=True)
    assert "The study" not in html  # the story names none


def test_a_verdict_page_names_the_study_its_story_reports_for_readers_to_read_it(app, client):
    from storage.models import StudyReference
    article_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    with app.extensions["hypewatch_db"].session() as session:
        session.add_all([StudyReference(article_id=article_id, kind="journal", value="Lancet", position=0),
                         StudyReference(article_id=article_id, kind="trial", value="NCT01234567", position=1)])
    html = client.get(f"/verdicts/{publish(app, article_id, labels=['cure'], note='Twelve patients.')}").text
    study = html.split("<dt>The study</dt>")[1].split("</dd>")[0]
    assert "Journal: Lancet" in study and 'href="https://clinicaltrials.gov/study/NCT01234567"' in study
    assert "/queue/" not in html  # the desk's queue is not the public's


def test_a_shared_link_to_a_verdict_shows_the_claim_and_its_rating(app, client):
    """Open Graph tags (and a canonical address) for the networks and chat apps a verdict is shared on;
    the claim is text from the web, so it stays text inside the attributes too."""
    from html.parser import HTMLParser
    article_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    verdict_id = publish(app, article_id, labels=["cure"], note='No cure was shown "> <script>alert(1)</script>')
    html = client.get(f"/verdicts/{verdict_id}").get_data(as_text=True)

    class Head(HTMLParser):
        meta, links, scripts = {}, {}, 0

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "meta" and "content" in attrs:
                self.meta[attrs.get("property") or attrs.get("name")] = attrs["content"]
            elif tag == "link":
                self.links[attrs["rel"]] = attrs["href"]
            elif tag == "script":
                self.scripts += 1
    head = Head()
    head.feed(html)
    page = app.config["BASE_URL"].rstrip("/") + f"/verdicts/{verdict_id}"  # the address it is published at
    assert head.links["canonical"] == page and head.meta["og:url"] == page
    assert head.meta["og:title"] == "“Stem cells cure multiple sclerosis.”: Overstated: cure"
    assert head.meta["og:description"] == head.meta["description"] == (
        'An editor confirmed it promises a cure — No cure was shown "> <script>alert(1)</script>')
    assert head.meta["og:type"] == "article" and head.meta["twitter:card"] == "summary"
    assert head.scripts == 1  # the page's JSON-LD; the note's <script> is text in an attribute


def test_every_verdict_downloads_as_csv_that_a_spreadsheet_reads_as_text(app, client):
    import csv
    import io
    article_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    with app.extensions["hypewatch_db"].session() as session:  # a claim from the web that looks like a formula
        session.query(Sentence).filter_by(article_id=article_id, position=1).one().text = '=HYPERLINK("https://evil")'
    cure = publish(app, article_id, labels=["cure"], note="")
    formula = publish(app, article_id, labels=[], note="", position=1, verdict="disagree")
    publish(app, article_id, labels=["hype"], note="", position=2, status="pending")  # not published
    response = client.get("/verdicts/verdicts.csv")  # no account needed
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "hypewatch-verdicts.csv" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert {int(r["id"]) for r in rows} == {cure, formula}
    by_id = {int(r["id"]): r for r in rows}
    assert by_id[cure]["claim"] == "Stem cells cure multiple sclerosis." and by_id[cure]["rating"] == "Overstated: cure"
    assert by_id[cure]["story_url"] == "https://news.example/stem-cell-cure" and by_id[cure]["outlet"] == "Example News"
    assert by_id[cure]["verdict_url"] == app.config["BASE_URL"].rstrip("/") + f"/verdicts/{cure}"
    assert by_id[formula]["claim"] == '\'=HYPERLINK("https://evil")' and by_id[formula]["rating"] == "Not overstated"
    assert 'href="/verdicts/verdicts.csv"' in client.get("/verdicts/").get_data(as_text=True)


def test_the_verdicts_csv_streams_from_both_databases(app_any_db):
    article_id = app_any_db.ids["articles"]["Stem cells cure MS, scientists say"]
    verdict_id = publish(app_any_db, article_id, labels=["cure"], note="")
    lines = app_any_db.test_client().get("/verdicts/verdicts.csv").get_data(as_text=True).splitlines()
    assert lines[0].startswith("id,published,claim,rating") and lines[1].startswith(f"{verdict_id},")


def test_a_verdict_without_a_note_says_what_the_editors_found(app, client):
    article_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    cleared = publish(app, article_id, labels=[], note="", verdict="disagree")
    html = client.get(f"/verdicts/{cleared}").get_data(as_text=True)
    assert json_ld(html)["reviewRating"]["ratingExplanation"] == "An editor cleared it: the flag (cure) was wrong"
    assert "Not overstated" in html


def test_pending_or_rejected_annotations_are_not_public(app, client):
    article_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    assert client.get(f"/verdicts/{publish(app, article_id, labels=[], note='', status='pending')}").status_code == 404
    assert client.get(f"/verdicts/{publish(app, article_id, labels=[], note='', position=1, status='rejected')}").status_code == 404


def test_a_verdict_merged_into_another_keeps_its_address(app, client):
    """A new split joined two sentences one journalist had each had approved: the one that went
    sends its readers to the one that stayed."""
    article_id = app.ids["articles"]["Stem cells cure MS, scientists say"]
    first, second = (publish(app, article_id, labels=["cure"], note=f"verdict {i}", position=i) for i in (0, 1))
    with app.extensions["hypewatch_db"].session() as session:
        sentences = session.query(Sentence).filter_by(article_id=article_id).order_by(Sentence.position).all()
        text = session.get(Article, article_id).text
        joined = {"start": sentences[0].start, "end": sentences[1].end}
        save_analysis(session, session.get(Article, article_id), {
            "score": 0.9, "model_version": "rules-2", "sentences": [
                dict(joined, text=text[joined["start"]:joined["end"]], labels=["cure"], score=0.9)]
            + [{"text": s.text, "start": s.start, "end": s.end, "labels": s.labels, "score": s.score}
               for s in sentences[2:]]})
    response = client.get(f"/verdicts/{first}")
    assert response.status_code == 301 and response.headers["Location"].endswith(f"/verdicts/{second}")
    assert "verdict 1" in client.get(f"/verdicts/{second}").get_data(as_text=True)
    assert client.get(f"/verdicts/{second + 100}").status_code == 404


def test_json_ld_cannot_be_closed_by_the_claim_text(app, client):
    """A sentence containing </script> must not end the JSON-LD block early."""
    with app.extensions["hypewatch_db"].session() as session:
        text = 'Experts said "</script><script>alert(1)</script>" cures all. Fine.'
        article = store_article(session, {"url": "https://x.example/a", "title": "</script><b>t</b>", "text": text})
        save_analysis(session, article, analysis(text, {0: (["cure"], {})}, score=0.5))
        article_id = article.id
    html = client.get(f"/verdicts/{publish(app, article_id, labels=['cure'], note='</script> & <b>')}").get_data(as_text=True)
    assert "<script>alert(1)" not in html
    assert html.count("</script>") == 1  # only the JSON-LD block's own end tag
    review = json_ld(html)
    assert "</script><script>alert(1)</script>" in review["claimReviewed"]
    assert review["reviewRating"]["ratingExplanation"] == "An editor confirmed it promises a cure — </script> & <b>"


def test_a_reader_searches_the_verdicts_for_a_claim(app, client):
    """"Has it been checked?": the verdicts on claims like the words given, the most alike first, however the
    claim is worded ("MS" and "multiple sclerosis", "cure" and "cures"); a denial of the claim is found too."""
    cure = publish(app, app.ids["articles"]["Stem cells cure MS, scientists say"], labels=["cure"], note="Twelve patients.")
    mice = publish(app, app.ids["articles"]["MS patients helped by stem cell trial"], labels=["extrapolation"],
                   note="Mice.", position=1)

    def found(q):
        html = client.get("/verdicts/", query_string={"q": q}).get_data(as_text=True)
        return [int(i) for i in re.findall(r'class="verdict-link" href="/verdicts/(\d+)"', html)], html
    ids, html = found("Do stem cells cure MS?")
    assert ids[0] == cure and "Verdicts on claims like “Do stem cells cure MS?”" in html and "% alike" in html
    assert "<strong>Overstated: cure</strong> · Example News" in html  # each verdict's rating
    ids, html = found("mice studies reverse damage")
    assert ids[0] == mice and "<strong>Overstated: extrapolation</strong>" in html
    assert found("Stem cells do not cure multiple sclerosis")[0][0] == cure
    ids, html = found("coffee and migraine")
    assert ids == [] and "No published verdict on a claim like it." in html
    _, html = found("<script>alert(1)</script> cure")
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    ids, html = found("")
    assert set(ids) == {cure, mice} and "Verdicts on claims like" not in html  # no search: the latest, as before
