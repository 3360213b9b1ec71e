"""Check a text: staff paste a story or a draft and see what the classifier flags, nothing stored."""
from __future__ import annotations

import json
import os
import re
import shutil

import pytest
from sqlalchemy import func, select

from storage.models import Article
from tests.webapp.webapp_testdata import fill, log_in, make_app

HYPED = ("Paralysed patients walk again after a miracle stem cell treatment. "
         "The world-first therapy is a game-changer that cures spinal injury for good. "
         "The trial treated eight patients at a private clinic.")
HEADLINE = "Stem cells reverse paralysis"


def stories_stored(app) -> int:
    with app.extensions["hypewatch_db"].session() as session:
        return session.scalar(select(func.count()).select_from(Article))


def test_the_page_is_in_the_staff_menu_only(checker):
    journalist = log_in(checker.test_client(), checker, "journalist").get("/queue/").get_data(as_text=True)
    assert 'href="/check/"' in journalist
    subscriber = log_in(checker.test_client(), checker, "subscriber")
    assert 'href="/check/"' not in subscriber.get("/digest/").get_data(as_text=True)
    page = log_in(checker.test_client(), checker, "journalist").get("/check/")
    assert page.status_code == 200
    assert b'<textarea name="text"' in page.data and b"Nothing you paste or fetch is stored" in page.data


def test_a_pasted_text_is_flagged_as_the_classifier_flags_it_and_not_stored(checker, analyser):
    before = stories_stored(checker)
    client = log_in(checker.test_client(), checker, "journalist")
    page = client.post("/check/", data={"text": HYPED, "title": HEADLINE}).get_data(as_text=True)
    expected = analyser.analyse(HYPED, title=HEADLINE)
    flagged = [s for s in expected["sentences"] if s["labels"]]
    assert flagged, "the sample must give the page something to show"
    assert f"{len(flagged)} of {len(expected['sentences'])} sentences flagged" in page
    assert f"Score <strong>{expected['score']:.2f}</strong>" in page
    claims = re.findall(r'<div class="claim" id="claim-(\d+)"', page)
    assert len(claims) == len(flagged)
    for sentence in flagged:  # each flag with its labels and the words that triggered it
        for label in sentence["labels"]:
            for word in sentence["triggers"].get(label, []):
                assert f'<em class="trigger">{word}</em>' in page
    assert page.count('<mark class="flag"') == len(flagged)  # the headline and the text's flagged sentences
    for criterion in expected["criteria"]:
        assert f"<strong>{criterion['name']}</strong>" in page
    assert "Agree" not in page and 'action="/queue/' not in page  # nothing to annotate: nothing was stored
    assert HYPED in page  # the text stays in the box for another try
    assert stories_stored(checker) == before


def test_pasted_markup_is_shown_as_text(checker):
    client = log_in(checker.test_client(), checker, "editor")
    text = 'This miracle cure <script>alert("x")</script> works. <img src=x onerror=alert(1)> It is proven.'
    page = client.post("/check/", data={"text": text, "title": "<b>Breakthrough</b>"}).get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>Breakthrough" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_empty_and_oversized_texts_get_a_clear_message(checker):
    from webapp.check import MAX_CHARS

    client = log_in(checker.test_client(), checker, "journalist")
    empty = client.post("/check/", data={"text": "  \n "})
    assert empty.status_code == 400 and b"There is no text to check" in empty.data
    huge = client.post("/check/", data={"text": "Stem cells cure MS. " * (MAX_CHARS // 20 + 1)})
    assert huge.status_code == 413
    assert f"a check takes at most {MAX_CHARS:,}".encode() in huge.data


def test_without_a_trained_model_the_page_says_so_and_never_trains_one(tmp_path, monkeypatch, sqlite_url):
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    empty = tmp_path / "no-model"
    app = make_app(sqlite_url, tmp_path / "home", WTF_CSRF_ENABLED=False, MODEL_DIR=empty)
    app.ids = fill(app.extensions["hypewatch_db"])
    response = log_in(app.test_client(), app, "journalist").post("/check/", data={"text": HYPED})
    assert response.status_code == 503
    assert b"The model is not trained yet" in response.data
    assert not empty.exists() or not any(empty.iterdir())
    app.extensions["hypewatch_db"].dispose()


def test_a_retrained_model_is_read_again(checker, model_dir, tmp_path):
    from classifier.model import BUNDLE

    copy = tmp_path / "model"
    shutil.copytree(model_dir, copy)
    checker.config["MODEL_DIR"] = copy
    client = log_in(checker.test_client(), checker, "journalist")
    assert client.post("/check/", data={"text": HYPED}).status_code == 200
    first = checker.extensions["hypewatch_analyser"][1]
    assert client.post("/check/", data={"text": HYPED}).status_code == 200
    assert checker.extensions["hypewatch_analyser"][1] is first  # loaded once, not per request
    stat = (copy / BUNDLE).stat()
    os.utime(copy / BUNDLE, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # as a retraining would
    assert client.post("/check/", data={"text": HYPED}).status_code == 200
    assert checker.extensions["hypewatch_analyser"][1] is not first


def test_the_form_needs_its_csrf_token(tmp_path, monkeypatch, sqlite_url, model_dir):
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    app = make_app(sqlite_url, tmp_path / "home", MODEL_DIR=model_dir)  # CSRF on, as in production
    app.ids = fill(app.extensions["hypewatch_db"])
    client = log_in(app.test_client(), app, "journalist")
    assert client.post("/check/", data={"text": HYPED}).status_code == 400
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/check/").get_data(as_text=True)).group(1)
    assert client.post("/check/", data={"text": HYPED, "csrf_token": token}).status_code == 200
    app.extensions["hypewatch_db"].dispose()


def test_the_api_answers_what_the_command_line_prints(checker, analyser):
    client = log_in(checker.test_client(), checker, "journalist")
    response = client.post("/api/v1/check", json={"text": HYPED, "title": HEADLINE})
    assert response.status_code == 200
    assert response.get_json() == json.loads(json.dumps(analyser.analyse(HYPED, title=HEADLINE)))
    assert client.post("/api/v1/check", json={"title": HEADLINE}).status_code == 400
    refused = client.post("/api/v1/check", json={"text": " "})
    assert refused.status_code == 400 and "no text to check" in refused.get_json()["error"]


@pytest.fixture
def story_site():
    """A hyped story, a page with no article, a PDF and a redirect to the story, on 127.0.0.1."""
    from tests.crawler.loopback_site import FILLER, Page, Site, article_html
    cites = 'The trial is <a href="https://clinicaltrials.gov/study/NCT07654321">registered</a>.'
    story = article_html("Miracle stem cell cure reverses MS", [HYPED, FILLER + " " + cites, FILLER]).encode()
    with Site({"/story": Page(story), "/empty": Page(b"<html><body></body></html>"),
               "/paper.pdf": Page(b"%PDF-1.7 ...", content_type="application/pdf")}) as site:
        site.routes["/moved"] = Page(b"", status=302, headers={"Location": f"{site.url}/story"})
        yield site


def test_a_web_page_is_read_and_checked_and_its_text_shown(checker, story_site):
    from tests.crawler.loopback_site import Page
    checker.config["CHECK_PRIVATE_ADDRESSES"] = True  # the test site is on loopback
    client = log_in(checker.test_client(), checker, "journalist")
    page = client.post("/check/", data={"url": f"{story_site.url}/moved", "text": ""}).get_data(as_text=True)
    assert "Paralysed patients walk again" in page  # the extracted text, in the box and in the result
    assert 'name="title" value="Miracle stem cell cure reverses MS"' in page
    assert page.count('<mark class="flag"') >= 2
    # the trial the page links to, which its words do not name
    assert 'Trial registration: <a href="https://clinicaltrials.gov/study/NCT07654321"' in page
    response = client.post("/api/v1/check", json={"url": f"{story_site.url}/story"})
    assert response.status_code == 200 and HYPED in response.get_json()["text"]
    assert response.get_json()["references"] == [{"kind": "trial", "value": "NCT07654321"}]
    assert any(s["labels"] for s in response.get_json()["sentences"])
    empty = client.post("/check/", data={"url": f"{story_site.url}/empty"})
    assert empty.status_code == 400 and "No article could be read from that address: no article text was found on it, " \
        "only 0 characters outside menus and page furniture." in empty.get_data(as_text=True)
    pdf = client.post("/check/", data={"url": f"{story_site.url}/paper.pdf"})
    assert pdf.status_code == 400 and b"it is not a web page but application/pdf." in pdf.data
    story_site.routes["/odd"] = Page(b"x", content_type="text/x-<script>alert(1)</script>")
    odd = client.post("/check/", data={"url": f"{story_site.url}/odd"}).get_data(as_text=True)
    assert "not a web page but text/x-&lt;script&gt;" in odd and "<script>alert(1)" not in odd  # the server's words, escaped
    dead = client.post("/check/", data={"url": "http://127.0.0.1:9/story"})
    assert dead.status_code == 502 and b"No article could be read from that address" in dead.data
    bad = client.post("/check/", data={"url": "file:///etc/passwd"})
    assert bad.status_code == 400 and b"must start with http" in bad.data


def test_the_server_never_fetches_its_own_or_private_addresses_for_a_user(checker, story_site):
    client = log_in(checker.test_client(), checker, "journalist")  # CHECK_PRIVATE_ADDRESSES off, as deployed
    for url in (f"{story_site.url}/story", f"http://localhost:{story_site.url.rsplit(':', 1)[1]}/story"):
        refused = client.post("/check/", data={"url": url})
        assert refused.status_code == 400 and b"not a public internet address" in refused.data, url
    assert story_site.fetched("/story") == 0  # refused once connected, before any request was sent


def test_an_intranet_deployment_may_let_it_read_private_addresses(tmp_path, monkeypatch, sqlite_url, model_dir):
    from webapp import create_app
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    for setting, allowed in (("", False), ("1", True)):
        monkeypatch.setenv("HYPEWATCH_CHECK_PRIVATE_ADDRESSES", setting)
        app = create_app({"TESTING": True, "DATABASE_URL": sqlite_url})
        assert app.config["CHECK_PRIVATE_ADDRESSES"] is allowed
        app.extensions["hypewatch_db"].dispose()


def test_a_text_already_stored_links_to_its_stories(checker):
    """A press release checked by hand that the crawl stored already (here with one word changed, as
    outlets do) links to the stored copies, where its annotations are; an unrelated text links to none."""
    from crawler.duplicates import assign_cluster
    from storage.articles import store_article
    release = ("Paralysed patients walk again after a miracle stem cell treatment, researchers at the Midland "
               "Institute announced today. The world-first therapy is a game-changer that cures spinal injury for "
               "good, they said. The trial treated eight patients at a private clinic in Cyprus over two years, and "
               "all of them could stand unaided within six months of their first injection.")
    with checker.extensions["hypewatch_db"].session() as session:
        stored = store_article(session, {"url": "https://wire.example/walk-again", "title": "Walk again",
                                         "text": release, "sitename": "Wire Service"})
        assign_cluster(session, stored)
        stored_id = stored.id
    client = log_in(checker.test_client(), checker, "journalist")
    page = client.post("/check/", data={"text": release.replace("Cyprus", "Malta")}).get_data(as_text=True)
    assert "Already in the queue" in page and f'href="/queue/story/{stored_id}">Walk again</a>' in page
    assert "Already in the queue" not in client.post("/check/", data={"text": HYPED}).get_data(as_text=True)


def test_a_text_in_another_language_is_not_flagged_and_the_page_says_why(checker):
    german = " ".join(["Die neue Therapie ist eine Revolution, sagt der Arzt, und sie wird die Medizin für immer"
                       " verändern, aber die Kosten sind noch nicht bekannt."] * 3)
    client = log_in(checker.test_client(), checker, "journalist")
    page = client.post("/check/", data={"text": german}).get_data(as_text=True)
    assert '<p class="flash out-of-scope" role="status">Not read: the text is not in English.' in page
    assert '<mark class="flag"' not in page
    assert "Not read:" not in client.post("/check/", data={"text": HYPED}).get_data(as_text=True)
    # the test is a heuristic: the journalist can have it read anyway, with the same text
    assert re.search(r'<button type="submit" form="check-form" name="read_anyway" value="1"[^>]*>Read it anyway</button>',
                     page)
    anyway = client.post("/check/", data={"text": german, "read_anyway": "1"}).get_data(as_text=True)
    assert "Not read:" not in anyway and "Read as you asked" in anyway
    api = client.post("/api/v1/check", json={"text": german, "read_anyway": True}).get_json()
    assert api["out_of_scope"] is None and {c["status"] for c in api["criteria"]} != {"not_applicable"}
    assert client.post("/api/v1/check", json={"text": german}).get_json()["out_of_scope"] == "not_english"


def test_a_checked_text_names_its_study_and_the_stored_stories_on_it(checker):
    """A draft about a trial: has the desk's queue covered that trial already, and how?"""
    from datetime import timedelta

    from storage.articles import save_analysis, store_article
    from storage.models import utcnow
    trial = HYPED + " The trial is registered as NCT01234567 and was published in the journal Spinal Cord."
    with checker.extensions["hypewatch_db"].session() as session:
        stored = store_article(session, {"url": "https://wire.example/trial", "title": "Spinal trial reported",
                                         "text": "A small trial of stem cells in spinal injury was reported."})
        save_analysis(session, stored, {"score": 0.4, "sentences": [], "criteria": [], "model_version": "t",
                                        "references": [{"kind": "trial", "value": "NCT01234567"}]})
        stored_id = stored.id
        # no identifier, but the same journal yesterday, in words alike
        alike = store_article(session, {"url": "https://daily.example/walk", "title": "Miracle stem cells let the "
                                        "paralysed walk", "text": HYPED, "date": utcnow() - timedelta(days=1)})
        save_analysis(session, alike, {"score": 0.9, "sentences": [], "criteria": [], "model_version": "t",
                                       "references": [{"kind": "journal", "value": "Spinal Cord"}]})
        alike_id = alike.id
    client = log_in(checker.test_client(), checker, "journalist")
    study = client.post("/check/", data={"text": trial}).get_data(as_text=True).split('id="study"')[1]
    study = study.split("</section>")[0]
    assert "Journal: Spinal Cord" in study and 'href="https://clinicaltrials.gov/study/NCT01234567"' in study
    on_it, probably = study.split("Probably on this study")
    assert f'href="/queue/story/{stored_id}">Spinal trial reported</a>' in on_it
    assert f'href="/queue/story/{alike_id}">Miracle stem cells let the paralysed walk</a>' in probably
    untold = client.post("/check/", data={"text": HYPED}).get_data(as_text=True)
    assert "The story names no journal, DOI or trial registration." in untold


def test_a_page_the_crawl_does_not_reach_is_added_to_the_queue_once(checker, story_site):
    """"Add to the queue" under a page's check stores it as the crawl would: classified, its
    addresses settled (no crawl fetches it again), in the history as added by whom, and given to
    them; added again, it opens the story it is already."""
    from crawler.store import is_seen
    from storage.models import AuditEvent, Sentence

    checker.config["CHECK_PRIVATE_ADDRESSES"] = True
    client = log_in(checker.test_client(), checker, "journalist")
    checked = client.post("/check/", data={"url": f"{story_site.url}/moved"}).get_data(as_text=True)
    assert 'action="/check/add"' in checked and f'name="url" value="{story_site.url}/moved"' in checked
    pasted = client.post("/check/", data={"text": HYPED}).get_data(as_text=True)
    assert 'action="/check/add"' not in pasted  # a pasted text has no address to store it under
    before = stories_stored(checker)

    added = client.post("/check/add", data={"url": f"{story_site.url}/moved", "assign": "me"})
    assert added.status_code == 302
    story_id = int(added.headers["Location"].rsplit("/", 1)[1])
    story_page = client.get(added.headers["Location"]).get_data(as_text=True)
    assert "The page is in the queue now." in story_page and "Miracle stem cell cure reverses MS" in story_page
    db = checker.extensions["hypewatch_db"]
    with db.session() as session:
        story = session.get(Article, story_id)
        assert story.url == f"{story_site.url}/story" and story.status == "in_review"
        assert story.assignee.name == "journalist" and story.classified_at is not None and story.score > 0
        assert story.topic_terms  # scored for topic as a crawled story is, though not filtered by it
        flagged = [s.text for s in session.scalars(select(Sentence).where(Sentence.article_id == story_id)) if s.labels]
        assert any("Paralysed patients walk again" in text for text in flagged)
        added_by = session.scalars(select(AuditEvent).where(AuditEvent.article_id == story_id,
                                                            AuditEvent.action == "add")).one()
        assert added_by.user_id == checker.ids["users"]["journalist"] and added_by.after["given_url"] == f"{story_site.url}/moved"
        with db.engine.connect() as connection:
            assert is_seen(connection, f"{story_site.url}/moved") and is_seen(connection, f"{story_site.url}/story")
    assert stories_stored(checker) == before + 1

    other = log_in(checker.test_client(), checker, "editor")
    again = other.post("/check/add", data={"url": f"{story_site.url}/story"})
    assert again.headers["Location"].endswith(f"/queue/story/{story_id}")
    assert "was in the queue already" in other.get(again.headers["Location"]).get_data(as_text=True)
    assert stories_stored(checker) == before + 1
    with db.session() as session:
        assert session.get(Article, story_id).assignee.name == "journalist"  # the editor's visit changed nothing


def test_a_page_that_cannot_be_added_says_why_and_nothing_is_stored(checker, story_site):
    client = log_in(checker.test_client(), checker, "journalist")
    before = stories_stored(checker)
    private = client.post("/check/add", data={"url": f"{story_site.url}/story"})  # as deployed: public addresses only
    assert private.status_code == 400 and b"not a public internet address" in private.data
    assert f'type="url" value="{story_site.url}/story"'.encode() in private.data  # kept in the box
    checker.config["CHECK_PRIVATE_ADDRESSES"] = True
    pdf = client.post("/check/add", data={"url": f"{story_site.url}/paper.pdf"})
    assert pdf.status_code == 400 and b"not a web page but application/pdf" in pdf.data
    dead = client.post("/check/add", data={"url": "http://127.0.0.1:9/story"})
    assert dead.status_code == 502
    assert stories_stored(checker) == before


def test_the_api_adds_a_page_as_the_check_page_does(checker, story_site):
    checker.config["CHECK_PRIVATE_ADDRESSES"] = True
    client = log_in(checker.test_client(), checker, "journalist")
    created = client.post("/api/v1/stories", json={"url": f"{story_site.url}/story"})
    assert created.status_code == 201
    story = created.get_json()
    assert story["added"] is True and story["url"] == f"{story_site.url}/story" and story["score"] > 0
    assert story["status"] == "new"  # not given to the caller unless asked
    again = client.post("/api/v1/stories", json={"url": f"{story_site.url}/moved", "assign": True})
    assert again.status_code == 200 and again.get_json()["id"] == story["id"] and again.get_json()["added"] is False
    assert client.get(f"/api/v1/stories/{story['id']}").get_json()["sentences"]
    assert client.post("/api/v1/stories", json={"link": "x"}).status_code == 400
    refused = client.post("/api/v1/stories", json={"url": "ftp://example.org/x"})
    assert refused.status_code == 400 and "must start with http" in refused.get_json()["error"]


def test_the_bookmarklet_opens_the_check_with_the_page_address_filled_in(checker, story_site):
    import html
    client = log_in(checker.test_client(), checker, "journalist")
    page = client.get("/check/").get_data(as_text=True)
    bookmarklet = html.unescape(re.search(r'<a class="bookmarklet" href="([^"]+)"', page).group(1))
    assert bookmarklet == ("javascript:location.href='http://localhost/check/?url='"
                           "+encodeURIComponent(location.href)")
    opened = client.get("/check/", query_string={"url": f"{story_site.url}/story"}).get_data(as_text=True)
    assert f'type="url" value="{story_site.url}/story"' in opened
    assert story_site.fetched("/story") == 0  # read only when the journalist presses "Check"


def test_a_text_set_against_its_source_shows_the_claims_it_adds(checker, analyser):
    """A draft checked beside the press release it reports: the flags it adds are counted and shown
    sentence by sentence; nothing is stored."""
    release = ("Researchers treated eight patients with spinal injury using stem cells. "
               "Six of them regained some movement in their legs after a year. "
               "The trial was small and had no control group.")
    draft = ("Researchers treated eight patients with spinal injury using stem cells. "
             "Paralysed patients walk again after a miracle stem cell treatment that cures spinal injury for good. "
             "The trial was small and had no control group.")
    expected = [s for s in analyser.analyse(draft)["sentences"] if s["labels"]]
    assert expected and not any(s["labels"] for s in analyser.analyse(release)["sentences"])
    before = stories_stored(checker)
    client = log_in(checker.test_client(), checker, "journalist")
    page = client.post("/check/", data={"text": draft, "source": release}).get_data(as_text=True)
    added = sum(len(s["labels"]) for s in expected)
    assert f"This text makes {added} flagged claim{'s' if added != 1 else ''} its source does not." in page
    section = page.split('id="against-source"', 1)[1].split('id="claims"', 1)[0]
    assert "2 sentences word for word the same, 0 reworded." in section
    assert section.count("(not in this version)") == 2  # the release's result, the draft's miracle, unlike
    assert "Six of them regained some movement" in section and '<mark class="flag">Paralysed patients' in section
    assert f'<textarea name="source" rows="8" maxlength="100000">{release}</textarea>' in page  # kept for another try
    assert 'id="against-source"' not in client.post("/check/", data={"text": draft}).get_data(as_text=True)
    from webapp.check import MAX_CHARS
    huge = client.post("/check/", data={"text": draft, "source": "Stem cells cure MS. " * (MAX_CHARS // 20 + 1)})
    assert huge.status_code == 413 and b"The source has " in huge.data
    assert stories_stored(checker) == before
