"""Administrators manage accounts and see the sources."""
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


def test_sources_page_shows_health(app, as_role):
    with app.extensions["hypewatch_db"].session() as session:
        session.add(Source(name="example", consecutive_failures=3, last_error="HTTP 503"))
    html = as_role("admin").get("/admin/sources").get_data(as_text=True)
    assert "HTTP 503" in html and '<td class="num">2</td>' in html  # two stored stories from it
