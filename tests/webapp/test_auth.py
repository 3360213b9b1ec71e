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
    for target in ("//evil.example/", "/\t/evil.example/", "https://evil.example/", "/\\evil.example"):
        client.post("/auth/logout")
        response = client.post("/auth/login", query_string={"next": target}, data={"name": "editor", "password": password})
        assert response.headers["Location"] == "/", target


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get("/queue/")
    assert response.status_code == 302
    assert "/auth/login?next=" in response.headers["Location"]


def test_repeated_failures_lock_out_that_name_and_address_even_with_the_right_password(app, client, password):
    app.config["LOGIN_MAX_FAILURES"] = 3
    for _ in range(3):
        assert client.post("/auth/login", data={"name": "editor", "password": "guess"}).status_code == 401
    response = client.post("/auth/login", data={"name": "editor", "password": password})
    assert response.status_code == 429 and b"Too many failed log-ins" in response.data
    # the count lives in the database: a second app (another process) sees it too
    from tests.webapp.webapp_testdata import make_app
    other = make_app(app.config["DATABASE_URL"], None, WTF_CSRF_ENABLED=False)
    assert b"Too many failed log-ins" in other.test_client().post(
        "/auth/login", data={"name": "editor", "password": password}).data
    # another address is not locked out
    other_address = client.post("/auth/login", data={"name": "editor", "password": password},
                                environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other_address.status_code == 302


def test_lockout_ends_and_success_resets_the_count(app, client, password):
    from storage.models import LoginThrottle
    app.config.update(LOGIN_MAX_FAILURES=2, LOGIN_LOCKOUT_SECONDS=0)
    for _ in range(2):
        client.post("/auth/login", data={"name": "admin", "password": "guess"})
    assert client.post("/auth/login", data={"name": "admin", "password": password}).status_code == 302
    with app.extensions["hypewatch_db"].session() as session:
        assert session.query(LoginThrottle).count() == 0


def test_behind_a_proxy_the_lockout_keys_on_the_forwarded_client_address(tmp_path, monkeypatch, sqlite_url, password):
    """HYPEWATCH_PROXY_HOPS=1: the client's address is the proxy's X-Forwarded-For, not the proxy's own."""
    from tests.webapp.webapp_testdata import fill, make_app
    monkeypatch.setenv("HYPEWATCH_PROXY_HOPS", "1")
    app = make_app(sqlite_url, tmp_path, WTF_CSRF_ENABLED=False, LOGIN_MAX_FAILURES=2)
    fill(app.extensions["hypewatch_db"])
    client = app.test_client()

    def log_in(client_address, secret):
        return client.post("/auth/login", data={"name": "editor", "password": secret},
                           headers={"X-Forwarded-For": client_address}, environ_base={"REMOTE_ADDR": "10.0.0.1"})
    for _ in range(2):
        assert log_in("203.0.113.7", "guess").status_code == 401
    assert log_in("203.0.113.7", password).status_code == 429
    assert log_in("198.51.100.4", password).status_code == 302  # same proxy, another client


NEW_PASSWORD = "a new passphrase"


def change(client, current, new=NEW_PASSWORD, confirm=None):
    return client.post("/auth/password", data={"current": current, "new": new,
                                               "confirm": new if confirm is None else confirm})


def test_a_user_changes_their_password_and_their_other_sessions_end(app, password):
    from storage.models import AuditEvent
    here, elsewhere = app.test_client(), app.test_client()
    for client in (here, elsewhere):
        assert client.post("/auth/login", data={"name": "journalist", "password": password}).status_code == 302
    assert b"Change the password" in here.get("/auth/account").data
    response = change(here, password)
    assert response.status_code == 302 and response.headers["Location"] == "/auth/account"
    assert b"Your password is changed" in here.get("/auth/account").data
    assert here.get("/queue/").status_code == 200  # the session that changed it goes on
    assert elsewhere.get("/queue/").status_code == 302  # the other one is logged out
    fresh = app.test_client()
    assert fresh.post("/auth/login", data={"name": "journalist", "password": password}).status_code == 401
    assert fresh.post("/auth/login", data={"name": "journalist", "password": NEW_PASSWORD}).status_code == 302
    with app.extensions["hypewatch_db"].session() as session:
        events = session.query(AuditEvent).filter_by(action="set_password").all()
        assert [(e.user_id, e.entity_id) for e in events] == [(app.ids["users"]["journalist"],) * 2]


def test_a_password_is_changed_only_with_the_current_one_and_a_matching_valid_new_one(app, client, password):
    client.post("/auth/login", data={"name": "editor", "password": password})
    wrong = change(client, "not my password")
    assert wrong.status_code == 400 and b"Your current password is not right." in wrong.data
    mismatch = change(client, password, confirm="a new passphrasE")
    assert mismatch.status_code == 400 and b"differ" in mismatch.data
    short = change(client, password, new="short")
    assert short.status_code == 400 and b"at least 8 characters" in short.data
    assert app.test_client().post("/auth/login", data={"name": "editor", "password": password}).status_code == 302


def test_guessing_the_current_password_is_locked_out_as_log_ins_are(app, client, password):
    app.config["LOGIN_MAX_FAILURES"] = 2
    client.post("/auth/login", data={"name": "admin", "password": password})
    for _ in range(2):
        assert change(client, "guess").status_code == 400
    locked = change(client, password)
    assert locked.status_code == 429 and b"Too many wrong passwords" in locked.data
    assert app.test_client().post("/auth/login", data={"name": "admin", "password": password}).status_code == 429


def test_a_password_an_admin_sets_ends_the_users_sessions(app, password):
    journalist, admin = app.test_client(), app.test_client()
    journalist.post("/auth/login", data={"name": "journalist", "password": password})
    admin.post("/auth/login", data={"name": "admin", "password": password})
    assert journalist.get("/queue/").status_code == 200
    admin.post(f"/admin/users/{app.ids['users']['journalist']}", data={"password": NEW_PASSWORD})
    assert journalist.get("/queue/").status_code == 302
    assert admin.get("/queue/").status_code == 200


def test_a_session_that_names_a_user_without_the_password_stamp_is_not_logged_in(app):
    client = app.test_client()
    with client.session_transaction() as session:  # a cookie from before stamps, or one made up
        session["user_id"] = app.ids["users"]["admin"]
    assert client.get("/admin/users").status_code == 302
    with client.session_transaction() as session:
        assert "user_id" not in session


def test_notices_and_watches_are_offered_to_the_desk_not_to_subscribers(app, as_role):
    from storage.models import User
    with app.extensions["hypewatch_db"].session() as session:
        for role in ("subscriber", "journalist"):
            session.get(User, app.ids["users"][role]).email = f"{role}@example.org"
    reader = as_role("subscriber").get("/auth/account").get_data(as_text=True)
    assert "subscriber@example.org" in reader and 'id="notices-form"' not in reader and "Searches you watch" not in reader
    desk = as_role("journalist").get("/auth/account").get_data(as_text=True)
    assert 'id="notices-form"' in desk and "Searches you watch" in desk and 'value="waiting"' not in desk
    editor = as_role("editor").get("/auth/account").get_data(as_text=True)
    assert 'id="notices-form"' not in editor  # no address yet
