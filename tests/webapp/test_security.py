"""Escaping of untrusted text, CSRF, cookies, headers, error pages."""
from __future__ import annotations

import re

import pytest

from storage.articles import save_analysis, store_article

from tests.webapp.webapp_testdata import analysis, fill, make_app

EVIL_TITLE = "<script>window.__xss=1</script><img src=x onerror=alert(1)>"


@pytest.fixture
def evil_story(app):
    with app.extensions["hypewatch_db"].session() as session:
        article = store_article(session, {
            "url": "javascript:alert(1)", "title": EVIL_TITLE, "author": "<b onmouseover=alert(2)>me</b>",
            "text": "The <script>alert(3)</script> cure works. Fine.", "sitename": "<i>x</i>"},
            source="evil")
        save_analysis(session, article, analysis(article.text, {0: (["cure"], {"cure": ["cure"]})}, score=0.99))
        return article.id


def test_story_text_from_the_web_is_escaped_everywhere(as_role, evil_story):
    client = as_role("journalist")
    for path in ("/queue/", f"/queue/story/{evil_story}"):
        html = client.get(path).get_data(as_text=True)
        assert "<script>window.__xss" not in html and "<img src=x" not in html
        assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "<b onmouseover" not in html and "&lt;b onmouseover" in html
    assert 'href="javascript:' not in html  # a javascript: URL is shown as text, never a link
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html


def test_notes_and_sentences_are_escaped_on_the_story_and_approval_pages(app, as_role, evil_story):
    journalist = as_role("journalist")
    sentences = re.findall(r'name="sentence_id" value="(\d+)"', journalist.get(f"/queue/story/{evil_story}").get_data(as_text=True))
    journalist.post(f"/queue/story/{evil_story}/annotate", data={
        "sentence_id": sentences[0], "verdict": "disagree", "labels": ["hype"], "note": "<script>alert(4)</script>"})
    story = journalist.get(f"/queue/story/{evil_story}").get_data(as_text=True)
    approvals = as_role("editor").get("/review/").get_data(as_text=True)
    for html in (story, approvals):
        assert "<script>alert(4)" not in html and "&lt;script&gt;alert(4)&lt;/script&gt;" in html
        assert "<script>alert(3)" not in html and "&lt;script&gt;alert(3)&lt;/script&gt;" in html
    assert "<i>x</i>" not in approvals and "&lt;i&gt;x&lt;/i&gt;" in approvals
    # the unflagged sentence ("Fine.") is offered in the "missed" list, escaped like the rest
    assert re.search(r'<option value="\d+">2\. Fine\.</option>', story)


def test_post_without_csrf_token_is_refused(tmp_path, monkeypatch, sqlite_url, password):
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    app = make_app(sqlite_url, tmp_path / "home")  # CSRF on, as in production
    fill(app.extensions["hypewatch_db"])
    client = app.test_client()
    response = client.post("/auth/login", data={"name": "journalist", "password": password})
    assert response.status_code == 400
    assert b"security token" in response.data
    page = client.get("/auth/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post("/auth/login", data={"name": "journalist", "password": password, "csrf_token": token})
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    story = client.get("/queue/").get_data(as_text=True)
    article_id = re.search(r'/queue/story/(\d+)', story).group(1)
    response = client.post(f"/queue/story/{article_id}/status", data={"action": "assign"})
    assert response.status_code == 400  # logged in, but no token: still refused


def test_the_csrf_token_of_a_page_works_on_every_form_of_its_session_only(tmp_path, monkeypatch, sqlite_url, password):
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    app = make_app(sqlite_url, tmp_path / "home")  # CSRF on
    fill(app.extensions["hypewatch_db"])
    client = app.test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/auth/login").get_data(as_text=True)).group(1)
    assert client.post("/auth/login", data={"name": "journalist", "password": password, "csrf_token": token}).status_code == 302
    queue, story = client.get("/queue/").get_data(as_text=True), None
    article_id = re.search(r"/queue/story/(\d+)", queue).group(1)
    story = client.get(f"/queue/story/{article_id}").get_data(as_text=True)
    tokens = set(re.findall(r'name="csrf_token" value="([^"]+)"', queue + story))
    assert len(tokens) == 1  # one token per session secret (auth.csrf_token)
    assert client.post(f"/queue/story/{article_id}/status", data={"action": "assign", "csrf_token": tokens.pop()}).status_code == 302
    other = app.test_client()  # another session gets another token, and this one is refused there
    other_token = re.search(r'name="csrf_token" value="([^"]+)"', other.get("/auth/login").get_data(as_text=True)).group(1)
    assert other_token != token
    assert other.post("/auth/login", data={"name": "journalist", "password": password, "csrf_token": token}).status_code == 400


def test_security_headers_on_every_page(client):
    response = client.get("/auth/login")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_errors_show_a_page_not_a_stack_trace(app, client):
    @app.route("/boom")
    def boom():
        raise RuntimeError("secret internals")
    app.config["PROPAGATE_EXCEPTIONS"] = False
    response = client.get("/boom")
    assert response.status_code == 500
    assert b"secret internals" not in response.data and b"Traceback" not in response.data
    assert b"Something went wrong" in response.data


def test_a_view_may_opt_out_of_csrf_when_something_else_authorises_the_post(tmp_path, monkeypatch, sqlite_url):
    """E.g. the digest's one-click unsubscribe: a signed token in the URL, posted by mail programs."""
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    app = make_app(sqlite_url, tmp_path / "home")

    def signed_link():
        return "done"
    signed_link.csrf_exempt = True
    signed_link.allowed_roles = {None}
    app.add_url_rule("/signed", "signed", signed_link, methods=["POST"])
    app.add_url_rule("/unsigned", "unsigned", lambda: "done", methods=["POST"])
    client = app.test_client()
    assert client.post("/signed").status_code == 200
    assert client.post("/unsigned").status_code == 400


def test_forbidden_and_missing_pages_are_our_own(as_role):
    forbidden = as_role("subscriber").get("/queue/")
    assert forbidden.status_code == 403 and b"Your account may not open this page." in forbidden.data
    missing = as_role("subscriber").get("/no/such/page")
    assert missing.status_code == 404 and b"There is no such page." in missing.data
    api = as_role("subscriber").get("/api/v1/stories")
    assert api.status_code == 403 and api.get_json() == {"error": "Your account may not open this page."}


HUGE = str(10**20)  # more than any INTEGER column holds: it once reached the driver and failed there


def test_numbers_out_of_range_are_refused_or_ignored_never_a_server_error(app_any_db):
    from tests.webapp.webapp_testdata import log_in
    client = log_in(app_any_db.test_client(), app_any_db, "editor")
    story = next(iter(app_any_db.ids["articles"].values()))
    for path in (f"/queue/story/{HUGE}", f"/verdicts/{HUGE}", f"/api/v1/stories/{HUGE}", f"/review/annotation/{HUGE}"):
        assert client.get(path).status_code == 404, path
    for path in (f"/queue/?page={HUGE}", f"/review/?page={HUGE}", f"/verdicts/?page={HUGE}", f"/api/v1/stories?page={HUGE}",
                 f"/review/stats?days={HUGE}", f"/review/audit.csv?article={HUGE}", "/queue/?until=9999-12-31"):
        assert client.get(path).status_code == 200, path
    posts = {f"/queue/story/{story}/annotate": {"sentence_id": HUGE, "verdict": "agree"},
             "/review/bulk": {"selected": f"{HUGE}:1"}}
    for path, form in posts.items():
        assert client.post(path, data=form).status_code == 400, path
    response = client.post("/api/v1/annotations", json={"sentence_id": 10**20, "verdict": "agree"})
    assert response.status_code == 400 and "sentence_id" in response.get_json()["error"]
