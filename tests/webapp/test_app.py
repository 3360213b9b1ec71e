"""The app factory: configuration, the secret key, the database."""
from __future__ import annotations

from tests.webapp.webapp_testdata import log_in
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


# Pages of a built digest issue and its signed links: tests/jobs renders them with real content.
NEED_DIGEST_CONTENT = ("digest.issue", "digest.confirm", "digest.unsubscribe")
NEED_A_MAILED_LINK = ("auth.confirm_email", "auth.quiet", "recovery.reset", "recovery.welcome")  # both databases: tests/jobs/test_account_mail.py


def test_every_page_renders_on_both_databases(app_any_db):
    """Each GET route, as an admin, with data in every table the pages read (catches SQL that
    only one backend accepts)."""
    from flask import url_for

    from storage.models import Annotation, Sentence, utcnow
    app = app_any_db
    with app.extensions["hypewatch_db"].session() as session:
        sentence = session.query(Sentence).filter(Sentence.position == 0).first()
        for user in ("journalist", "editor"):
            session.add(Annotation(sentence_id=sentence.id, article_id=sentence.article_id,
                                   user_id=app.ids["users"][user], verdict="agree", labels=["cure"],
                                   status="approved", reviewed_by_id=app.ids["users"]["editor"],
                                   reviewed_at=utcnow()))
        session.flush()
        annotation_id = session.query(Annotation.id).first()[0]
    client = log_in(app.test_client(), app, "admin")
    args = {"article_id": sentence.article_id, "annotation_id": annotation_id,
            "user_id": app.ids["users"]["admin"], "filename": "style.css", "direction": "next",
            "other_id": next(i for i in app.ids["articles"].values() if i != sentence.article_id), "name": "example"}
    checked = 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint in ("auth.logout", *NEED_DIGEST_CONTENT, *NEED_A_MAILED_LINK):
            continue
        with app.test_request_context():
            url = url_for(rule.endpoint, **{k: args[k] for k in rule.arguments})
        response = client.get(url, query_string={"q": "stem", "since": "2026-01-01"} if rule.endpoint == "queue.index" else None)
        response.get_data()
        response.close()
        assert response.status_code in (200, 302), f"{url}: {response.status_code}"
        checked += 1
    assert checked >= 15
    html = client.get("/review/stats").get_data(as_text=True)
    assert '<tr class="pair"><td>editor · journalist</td><td class="num">1</td>' in html


def test_a_get_reads_without_a_transaction_on_postgresql_and_its_one_write_still_lands(app_any_db):
    """psycopg sends BEGIN and ROLLBACK as round trips of their own, two of a page's four: a GET,
    which only reads, goes without them on PostgreSQL; a POST's writes stay one transaction.
    SQLite keeps its transactions (they cost no round trip). The one write a GET makes, an API
    token's "last used", is stored either way."""
    from storage.models import ApiToken, User
    from webapp.db import get_session
    from webapp.tokens import create_token
    app = app_any_db
    postgres = app.extensions["hypewatch_db"].engine.dialect.name == "postgresql"
    for method, autocommit in (("GET", postgres), ("HEAD", postgres), ("POST", False)):
        with app.test_request_context("/", method=method):
            dbapi = get_session().connection().connection.dbapi_connection
            assert (getattr(dbapi, "autocommit", None) is True) is autocommit, method
    with app.extensions["hypewatch_db"].session() as session:
        token = create_token(session, session.get(User, app.ids["users"]["journalist"]), "script")
    assert app.test_client().get("/api/v1/stories", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    with app.extensions["hypewatch_db"].session() as session:
        assert session.query(ApiToken).one().last_used_at is not None
