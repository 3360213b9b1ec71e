"""The app factory: configuration, the secret key, the database."""
from __future__ import annotations

from webapp import create_app


def test_secret_key_is_persisted_under_home_so_sessions_survive_restarts(tmp_path, monkeypatch, sqlite_url):
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("HYPEWATCH_SECRET_KEY", raising=False)
    first = create_app({"DATABASE_URL": sqlite_url})
    second = create_app({"DATABASE_URL": sqlite_url})
    assert first.secret_key and first.secret_key == second.secret_key
    key_file = tmp_path / "home" / "secret_key"
    assert key_file.read_text().strip() == first.secret_key
    assert key_file.stat().st_mode & 0o077 == 0


def test_secret_key_from_the_environment_wins(tmp_path, monkeypatch, sqlite_url):
    monkeypatch.setenv("HYPEWATCH_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HYPEWATCH_SECRET_KEY", "from-env")
    assert create_app({"DATABASE_URL": sqlite_url}).secret_key == "from-env"
    assert not (tmp_path / "home" / "secret_key").exists()


def test_database_comes_from_the_configuration(home, database_url):
    app = create_app({"SECRET_KEY": "x"})
    assert app.config["DATABASE_URL"] == database_url
    response = app.test_client().get("/verdicts/")
    assert response.status_code == 200


def test_start_page_sends_staff_to_the_queue_and_others_to_the_verdicts(as_role, client):
    assert client.get("/").headers["Location"].endswith("/verdicts/")
    assert as_role("subscriber").get("/").headers["Location"].endswith("/verdicts/")
    assert as_role("journalist").get("/").headers["Location"].endswith("/queue/")
