"""Administrators manage accounts and sources."""
from __future__ import annotations

from storage.models import AuditEvent, Source, User


def test_admin_adds_a_user_changes_a_role_and_sets_a_password(app, as_role, client):
    admin = as_role("admin")
    assert admin.post("/admin/users", data={"name": "newbie", "role": "journalist",
                                            "password": "long enough pw"}).status_code == 302
    response = admin.post("/admin/users", data={"name": "newbie", "role": "journalist", "password": "long enough pw"})
    assert response.status_code == 400 and b"exists already" in response.data
    with app.extensions["hypewatch_db"].session() as session:
        newbie = session.query(User).filter_by(name="newbie").one()
    assert admin.post(f"/admin/users/{newbie.id}", data={"role": "editor", "password": "another long pw"}).status_code == 302
    assert client.post("/auth/login", data={"name": "newbie", "password": "another long pw"}).status_code == 302
    assert client.get("/review/").status_code == 200  # now an editor
    with app.extensions["hypewatch_db"].session() as session:
        assert [e.action for e in session.query(AuditEvent).filter_by(entity="user")] == ["create", "update", "set_password"]


def test_admin_cannot_demote_themselves(app, as_role):
    response = as_role("admin").post(f"/admin/users/{app.ids['users']['admin']}", data={"role": "editor"})
    assert response.status_code == 400


def test_a_disabled_account_loses_its_sessions_log_in_and_tokens_until_enabled(app, as_role, password):
    from webapp.tokens import create_token
    journalist_id = app.ids["users"]["journalist"]
    with app.extensions["hypewatch_db"].session() as session:
        token = create_token(session, session.get(User, journalist_id), "script")
    bearer = {"Authorization": f"Bearer {token}"}
    browser, script, admin = app.test_client(), app.test_client(), as_role("admin")
    browser.post("/auth/login", data={"name": "journalist", "password": password})
    assert browser.get("/queue/").status_code == 200 and script.get("/api/v1/stories", headers=bearer).status_code == 200

    assert admin.post(f"/admin/users/{journalist_id}", data={"disabled": "1"}).status_code == 302
    assert browser.get("/queue/").status_code == 302  # its session ended
    assert script.get("/api/v1/stories", headers=bearer).status_code == 401
    refused = app.test_client().post("/auth/login", data={"name": "journalist", "password": password})
    assert refused.status_code == 401 and b"This account is disabled" in refused.data
    assert b"Wrong user name or password" in app.test_client().post(
        "/auth/login", data={"name": "journalist", "password": "a guess"}).data  # nothing said without the password
    page = admin.get("/admin/users").get_data(as_text=True)
    assert '<tr class="disabled"><td>journalist</td>' in page and ">Enable</button>" in page

    assert admin.post(f"/admin/users/{journalist_id}", data={"disabled": "0"}).status_code == 302
    assert script.get("/api/v1/stories", headers=bearer).status_code == 200
    assert browser.post("/auth/login", data={"name": "journalist", "password": password}).status_code == 302
    with app.extensions["hypewatch_db"].session() as session:
        events = session.query(AuditEvent).filter_by(entity="user", entity_id=journalist_id).all()
        assert [(e.action, e.user_id) for e in events] == [("disable", app.ids["users"]["admin"]),
                                                           ("enable", app.ids["users"]["admin"])]


def test_admin_cannot_disable_themselves(app, as_role):
    admin = as_role("admin")
    response = admin.post(f"/admin/users/{app.ids['users']['admin']}", data={"disabled": "1"})
    assert response.status_code == 400 and b"cannot disable your own account" in response.data
    assert admin.get("/admin/users").status_code == 200


def test_the_jobs_page_says_when_nothing_is_scheduled_or_has_run(app, as_role):
    page = as_role("admin").get("/admin/jobs/").get_data(as_text=True)
    assert "No scheduler has stored a schedule yet" in page and "No job has run yet." in page


def test_sources_page_shows_each_configured_source_with_its_health(app, as_role):
    from crawler.sources import Source as Configured, SourceList
    SourceList(app.config["SOURCES_FILE"], [Configured("example", "feed", ["https://example.org/feed"])]).save()
    with app.extensions["hypewatch_db"].session() as session:
        session.add(Source(name="example", consecutive_failures=3, last_error="HTTP 503"))
    html = as_role("admin").get("/admin/sources").get_data(as_text=True)
    assert "HTTP 503" in html and '<td class="num">2</td>' in html  # two stored stories from it
    assert "https://example.org/feed" in html and ">Disable</button>" in html


def test_admins_add_disable_and_enable_sources_in_the_app_as_with_the_cli(app, as_role):
    from crawler.sources import load_sources
    admin = as_role("admin")
    form = {"name": "ms-news", "kind": "listing", "urls": "https://ms.example/news\nhttps://ms.example/research",
            "link_pattern": r"/20\d\d/", "interval_minutes": "30"}  # topic filter unticked
    assert admin.post("/admin/sources", data=form).status_code == 302
    [added] = load_sources(app.config["SOURCES_FILE"]).sources
    assert (added.name, added.kind, added.urls, added.link_pattern, added.topic_filter, added.interval_minutes) == (
        "ms-news", "listing", ["https://ms.example/news", "https://ms.example/research"], r"/20\d\d/", False, 30)

    refused = admin.post("/admin/sources", data={**form, "name": "other", "urls": "ftp://nope"})
    assert refused.status_code == 400 and "needs one or more http(s) URLs" in refused.get_data(as_text=True)
    assert "ftp://nope" in refused.get_data(as_text=True)  # the form keeps what was typed

    with app.extensions["hypewatch_db"].session() as session:  # failing: paused by the crawler
        health = session.query(Source).filter_by(name="ms-news").one()
        health.consecutive_failures, health.paused = 5, True
    assert admin.post("/admin/sources/ms-news/enabled", data={"enabled": "0"}).status_code == 302
    assert not load_sources(app.config["SOURCES_FILE"]).get("ms-news").enabled
    assert admin.post("/admin/sources/ms-news/enabled", data={"enabled": "1"}).status_code == 302
    assert load_sources(app.config["SOURCES_FILE"]).get("ms-news").enabled
    with app.extensions["hypewatch_db"].session() as session:
        health = session.query(Source).filter_by(name="ms-news").one()
        assert (health.paused, health.consecutive_failures) == (False, 0)
        events = [(e.action, e.after) for e in session.query(AuditEvent).filter_by(entity="source").order_by(AuditEvent.id)]
    assert [action for action, _ in events] == ["create", "update", "update"] and events[-1][1] == {"enabled": True}
    assert admin.post("/admin/sources/gone/enabled", data={"enabled": "1"}).status_code == 400
    app.config["SOURCES_FILE"].write_text("[[source]]\nname = 'broken'\n", encoding="utf-8")
    page = admin.get("/admin/sources")
    assert page.status_code == 200 and "bad source entry broken" in page.get_data(as_text=True)
