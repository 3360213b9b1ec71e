"""Logging in and out with the real form and real password hashes."""
from __future__ import annotations


def test_log_in_with_the_right_password_then_log_out(client, password):
    response = client.post("/auth/login", data={"name": "journalist", "password": password})
    assert response.status_code == 302
    assert client.get("/queue/").status_code == 200
    response = client.post("/auth/logout")
    assert response.status_code == 302
    assert client.get("/queue/").status_code == 302  # back to the log-in page


def test_wrong_password_is_refused_with_a_message(client):
    response = client.post("/auth/login", data={"name": "journalist", "password": "nope"})
    assert response.status_code == 401
    assert b"Wrong user name or password." in response.data
    assert client.get("/queue/").status_code == 302


def test_log_in_returns_to_the_page_asked_for_but_never_to_another_site(client, password):
    response = client.post("/auth/login?next=/queue/story/1", data={"name": "editor", "password": password})
    assert response.headers["Location"] == "/queue/story/1"
    client.post("/auth/logout")
    response = client.post("/auth/login?next=//evil.example/", data={"name": "editor", "password": password})
    assert response.headers["Location"] == "/"


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get("/queue/")
    assert response.status_code == 302
    assert "/auth/login?next=" in response.headers["Location"]
