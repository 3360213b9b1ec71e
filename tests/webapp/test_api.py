"""The JSON API with personal tokens."""
from __future__ import annotations

import re

import pytest

from storage.models import ApiToken, Sentence
from tests.webapp.webapp_testdata import fill, log_in, make_app

STORY = "Stem cells cure MS, scientists say"


@pytest.fixture
def csrf_app(tmp_path, monkeypatch, sqlite_url):
    """CSRF on, as in production: token requests must get through without it."""
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    application = make_app(sqlite_url, tmp_path / "home")
    application.ids = fill(application.extensions["hypewatch_db"])
    yield application
    application.extensions["hypewatch_db"].dispose()


def new_token(app, role) -> str:
    client = log_in(app.test_client(), app, role)
    page = client.get("/auth/account").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    page = client.post("/auth/tokens", data={"name": "script", "csrf_token": csrf}).get_data(as_text=True)
    return re.search(r'id="new-token">([^<]+)<', page).group(1)


def test_tokens_are_stored_only_as_hashes(csrf_app):
    token = new_token(csrf_app, "journalist")
    with csrf_app.extensions["hypewatch_db"].session() as session:
        [row] = session.query(ApiToken).all()
        assert token not in row.token_hash and len(row.token_hash) == 64


def test_read_stories_and_sentences_and_write_an_annotation_with_a_token(csrf_app):
    client = csrf_app.test_client()
    auth = {"Authorization": f"Bearer {new_token(csrf_app, 'journalist')}"}
    stories = client.get("/api/v1/stories", headers=auth).get_json()["stories"]
    assert [s["title"] for s in stories][0] == STORY and stories[0]["flagged"] == 2
    # every story, copies too, each with its cluster and how many copies it has
    assert len(stories) == 3 and stories[0]["copies"] == 1
    assert [s["cluster_id"] for s in stories if s["copies"]] == [stories[0]["cluster_id"]] * 2
    story = client.get(f"/api/v1/stories/{stories[0]['id']}", headers=auth).get_json()
    assert story["sentences"][0]["labels"] == ["cure"] and story["criteria"][0]["id"] == "evidence_quality"
    sentence_id = client.get(f"/api/v1/stories/{stories[0]['id']}/sentences", headers=auth).get_json()["sentences"][1]["id"]
    response = client.post("/api/v1/annotations", headers=auth,
                           json={"sentence_id": sentence_id, "verdict": "disagree", "labels": ["hype"], "note": "via API"})
    assert response.status_code == 201, response.get_json()  # no CSRF token needed with a bearer token
    assert response.get_json()["status"] == "pending" and response.get_json()["labels"] == ["hype"]
    bad = client.post("/api/v1/annotations", headers=auth, json={"sentence_id": sentence_id, "verdict": "yes"})
    assert bad.status_code == 400 and "verdict" in bad.get_json()["error"]
    # and reads back its own annotations, with what the editors made of them
    answer = client.get("/api/v1/annotations?status=pending", headers=auth).get_json()
    [mine] = answer["annotations"]
    assert (answer["rejected"], answer["has_next"]) == (0, False)
    assert (mine["sentence_id"], mine["story_id"], mine["note"], mine["reject_reason"]) == \
        (sentence_id, stories[0]["id"], "via API", None)
    assert client.get("/api/v1/annotations?status=rejected", headers=auth).get_json()["annotations"] == []
    wrong = client.get("/api/v1/annotations?status=lost", headers=auth)
    assert wrong.status_code == 400 and "pending" in wrong.get_json()["error"]
    other = {"Authorization": f"Bearer {new_token(csrf_app, 'editor')}"}
    assert client.get("/api/v1/annotations", headers=other).get_json()["annotations"] == []  # only one's own


def test_oversized_requests_are_refused_before_they_are_read(csrf_app):
    client = csrf_app.test_client()
    auth = {"Authorization": f"Bearer {new_token(csrf_app, 'journalist')}"}
    response = client.post("/api/v1/annotations", headers=auth,
                           json={"sentence_id": 1, "verdict": "agree", "note": "x" * 2_000_000})
    assert response.status_code == 413 and response.get_json() == {"error": "That request is too large."}
    page = client.post("/auth/login", data={"name": "x", "password": "y" * 2_000_000})
    assert page.status_code == 413 and b"That request is too large." in page.data and b"Traceback" not in page.data


def test_api_refuses_bad_tokens_roles_and_cookie_posts_without_csrf(csrf_app):
    client = csrf_app.test_client()
    assert client.get("/api/v1/stories").status_code == 401
    assert client.get("/api/v1/stories", headers={"Authorization": "Bearer hw_wrong"}).status_code == 401
    subscriber = {"Authorization": f"Bearer {new_token(csrf_app, 'subscriber')}"}
    assert client.get("/api/v1/stories", headers=subscriber).status_code == 403
    assert client.get("/api/v1/verdicts", headers=subscriber).get_json() == {"page": 1, "has_next": False, "verdicts": []}
    log_in(client, csrf_app, "journalist")  # logged in by cookie: CSRF applies
    with csrf_app.extensions["hypewatch_db"].session() as session:
        sentence_id = session.query(Sentence.id).first()[0]
    response = client.post("/api/v1/annotations", json={"sentence_id": sentence_id, "verdict": "agree"})
    assert response.status_code == 400 and "security token" in response.get_json()["error"]


def test_a_token_opens_only_the_api_not_the_pages(csrf_app):
    auth = {"Authorization": f"Bearer {new_token(csrf_app, 'admin')}"}
    response = csrf_app.test_client().get("/queue/", headers=auth)
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]


def test_revoked_token_stops_working(csrf_app):
    token = new_token(csrf_app, "editor")
    client = csrf_app.test_client()
    assert client.get("/api/v1/verdicts", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    with csrf_app.extensions["hypewatch_db"].session() as session:
        session.query(ApiToken).delete()
    assert client.get("/api/v1/verdicts", headers={"Authorization": f"Bearer {token}"}).status_code == 401


def test_a_story_read_with_a_token_carries_a_persons_verdict_on_a_criterion(csrf_app):
    from storage.models import Article, User
    from webapp import workflow
    story_id = csrf_app.ids["articles"][STORY]
    with csrf_app.extensions["hypewatch_db"].session() as session:
        workflow.review_criterion(session, session.get(User, csrf_app.ids["users"]["editor"]),
                                  session.get(Article, story_id), "evidence_quality", "satisfied", "twelve patients")
    token = new_token(csrf_app, "journalist")
    story = csrf_app.test_client().get(f"/api/v1/stories/{story_id}",
                                       headers={"Authorization": f"Bearer {token}"}).get_json()
    [evidence] = [c for c in story["criteria"] if c["id"] == "evidence_quality"]
    assert evidence["status"] == "satisfied"
    assert {k: evidence["review"][k] for k in ("status", "by", "note", "machine_status")} == {
        "status": "satisfied", "by": "editor", "note": "twelve patients", "machine_status": "not_satisfied"}


def test_the_verdicts_are_searched_for_a_claim_as_on_the_page(csrf_app):
    from tests.webapp.test_public import publish
    cure = publish(csrf_app, csrf_app.ids["articles"]["Stem cells cure MS, scientists say"], labels=["cure"], note="")
    auth = {"Authorization": f"Bearer {new_token(csrf_app, 'subscriber')}"}
    found = csrf_app.test_client().get("/api/v1/verdicts", query_string={"q": "  stem cells   cure MS "}, headers=auth)
    body = found.get_json()
    assert body["q"] == "stem cells cure MS" and [v["id"] for v in body["verdicts"]] == [cure]
    assert 0.5 < body["verdicts"][0]["similarity"] <= 1
    none = csrf_app.test_client().get("/api/v1/verdicts", query_string={"q": "coffee"}, headers=auth).get_json()
    assert none == {"q": "coffee", "verdicts": []}
