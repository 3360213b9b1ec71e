"""Fixtures for the jobs and digest tests: a configured home, stand-ins for teammates' modules
that are not merged yet, a real SMTP server and a real HTTP server for the digest pages."""
from __future__ import annotations

import sys
import threading
import types
from datetime import date, datetime, timedelta

import pytest


@pytest.fixture
def config(home, monkeypatch):
    monkeypatch.setenv("HYPEWATCH_SECRET_KEY", "test-secret")
    monkeypatch.setenv("HYPEWATCH_SOURCES", str(home / "no-sources.toml"))
    from hypewatch.config import load_config
    return load_config()


@pytest.fixture
def jobs_db(config):
    from storage import open_database
    database = open_database(config.database_url)
    yield database
    database.dispose()


@pytest.fixture
def stand_in(monkeypatch):
    """Install a stand-in module for a teammate's API (crawler.run, hypewatch.pipeline,
    classifier.train) so the job around it can be tested before that code is merged."""
    def install(module_name: str, **attributes):
        module = types.ModuleType(module_name)
        for key, value in attributes.items():
            setattr(module, key, value)
        monkeypatch.setitem(sys.modules, module_name, module)
        parent_name, _, child = module_name.rpartition(".")
        if parent_name:
            __import__(parent_name)
            monkeypatch.setattr(sys.modules[parent_name], child, module, raising=False)
        return module
    return install


class Newsroom:
    """Hand-made stories, classifier results and editor verdicts."""

    def __init__(self, db):
        self.db = db
        self._n = 0

    def story(self, title, sentences, *, score=0.5, topic_terms=None, classified_at=None, text=None):
        """A classified story; `sentences` are (text, labels) pairs."""
        from storage.articles import save_analysis, store_article
        from storage.models import utcnow
        self._n += 1
        body = text or " ".join(s for s, _ in sentences)
        with self.db.session() as session:
            article = store_article(session, {"url": f"https://news.example/{self._n}", "title": title,
                                              "text": body, "topic_terms": topic_terms,
                                              "sitename": "Example News"}, source="example")
            position, result = 0, {"score": score, "sentences": [], "model_version": "test"}
            for sentence, labels in sentences:
                result["sentences"].append({"text": sentence, "start": position,
                                            "end": position + len(sentence), "labels": labels,
                                            "score": 0.9 if labels else 0.1})
                position += len(sentence) + 1
            save_analysis(session, article, result)
            article.classified_at = classified_at or utcnow()
            return article.id

    def verdict(self, story_id, position, verdict, labels, *, note=None, reviewed_at=None):
        """An editor-approved annotation of one sentence of a story."""
        from sqlalchemy import select
        from storage.models import Annotation, Sentence, User, utcnow
        with self.db.session() as session:
            editor = session.scalar(select(User).where(User.name == "editor"))
            if editor is None:
                editor = User(name="editor", role="editor", password_hash="x")
                session.add(editor)
                session.flush()
            sentence = session.scalar(select(Sentence).where(Sentence.article_id == story_id,
                                                             Sentence.position == position))
            session.add(Annotation(sentence_id=sentence.id, article_id=story_id, user_id=editor.id,
                                   verdict=verdict, labels=labels, note=note, status="approved",
                                   reviewed_by_id=editor.id, reviewed_at=reviewed_at or utcnow()))


@pytest.fixture
def newsroom(jobs_db):
    return Newsroom(jobs_db)


# --- a real SMTP server on loopback ------------------------------------------------------

class MailSink:
    """aiosmtpd handler: keeps every accepted message; can refuse recipients, or go down
    after a number of messages (it answers 421 and shuts the server down)."""

    def __init__(self):
        self.messages = []
        self.refuse: dict[str, str] = {}
        self.go_down_after: int | None = None
        self.on_down = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        import email
        from email import policy
        if self.go_down_after is not None and len(self.messages) >= self.go_down_after:
            self.on_down()
            return "421 Service shutting down"
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message))
        return "250 OK"

    def to(self, address):
        return [m for rcpts, m in self.messages if address in rcpts]


class SmtpServer:
    """aiosmtpd's Controller on 127.0.0.1, a port the OS picks; stoppable and restartable."""

    def __init__(self, monkeypatch):
        self.sink = MailSink()
        self.sink.on_down = self._go_down
        self.monkeypatch = monkeypatch
        self.controller = None
        self._stopping: threading.Thread | None = None

    def _go_down(self):
        # called on the server's own event loop, which stop() joins: stop from another thread
        if self._stopping is None:
            self._stopping = threading.Thread(target=self.stop)
            self._stopping.start()

    def start(self):
        from aiosmtpd.controller import Controller

        class LoopbackController(Controller):
            def _trigger_server(self):  # learn the port the OS picked before connecting to it
                self.port = self.server.sockets[0].getsockname()[1]
                super()._trigger_server()

        if self._stopping is not None:
            self._stopping.join()
            self._stopping = None
        self.sink.go_down_after = None
        self.controller = LoopbackController(self.sink, hostname="127.0.0.1", port=0)
        self.controller.start()
        self.url = f"smtp://127.0.0.1:{self.controller.port}"
        self.monkeypatch.setenv("HYPEWATCH_SMTP_URL", self.url)
        return self

    def stop(self):
        controller, self.controller = self.controller, None
        if controller is not None:
            controller.stop()

    def close(self):
        if self._stopping is not None:
            self._stopping.join()
        self.stop()


@pytest.fixture
def smtp(monkeypatch):
    server = SmtpServer(monkeypatch).start()
    yield server
    server.close()


# --- the digest blueprints in a bare Flask app, served over real HTTP -----------------------

def digest_app(database_url):
    from types import SimpleNamespace
    from flask import Flask, g, request
    from flask_wtf.csrf import CSRFProtect
    from webapp import digest, jobs_admin
    app = Flask("webapp")
    app.config.update(SECRET_KEY="test-secret", DATABASE_URL=database_url)
    CSRFProtect(app)

    @app.before_request
    def fake_login():  # the webapp's login is not merged yet: a header names the role
        role = request.headers.get("X-Test-Role")
        g.user = SimpleNamespace(name="tester", role=role) if role else None

    app.register_blueprint(digest.bp)
    app.register_blueprint(jobs_admin.bp)
    return app


class Browser:
    """urllib with cookies, against the live app."""

    def __init__(self, base_url):
        import http.cookiejar
        import urllib.request
        self.base_url = base_url
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoErrors())

    def request(self, url, data=None, headers=None):
        import urllib.parse
        import urllib.request
        if not url.startswith("http"):
            url = self.base_url + url
        body = urllib.parse.urlencode(data, doseq=True).encode() if isinstance(data, dict) else data
        req = urllib.request.Request(url, data=body, headers=headers or {})
        with self.opener.open(req, timeout=30) as response:
            return response.status, response.read().decode("utf-8")

    get = request

    def post(self, url, data, headers=None):
        return self.request(url, data=data, headers=headers)


class _NoErrors(__import__("urllib.request").request.HTTPErrorProcessor):
    def http_response(self, request, response):
        return response
    https_response = http_response


@pytest.fixture
def web(config, monkeypatch):
    """The digest pages served on 127.0.0.1 (a port the OS picks); base_url points there."""
    from werkzeug.serving import make_server
    server = make_server("127.0.0.1", 0, digest_app(config.database_url), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base_url = f"http://127.0.0.1:{server.server_port}"
    monkeypatch.setenv("HYPEWATCH_BASE_URL", base_url)
    yield Browser(base_url)
    server.shutdown()
    thread.join()


# --- a day of news -----------------------------------------------------------------------

DAY = date(2026, 11, 24)  # a Tuesday
IN_DAY = datetime(2026, 11, 24, 12, 0)


@pytest.fixture
def issue_day(newsroom):
    """A day with two verdicts, three overstated stories and one calm one; plus a story of the next day."""
    cure = newsroom.story("Stem cell jab <b>cures</b> MS", [
        ("Researchers tested stem cells in mice.", []),
        ("The treatment cures multiple sclerosis.", ["cure", "extrapolation"]),
        ("It is a breakthrough.", ["novelty"])], score=0.9, topic_terms=["stem cell", "multiple sclerosis"],
        classified_at=IN_DAY)
    stem = newsroom.story("Stem cells regrow teeth", [("Stem cells will end dentistry.", ["hype", "certainty"])],
                          score=0.7, topic_terms=["stem cells"], classified_at=IN_DAY)
    ms = newsroom.story("Coffee causes fewer MS relapses", [("Coffee prevents MS relapses.", ["causal"])],
                        score=0.5, topic_terms=["multiple sclerosis"], classified_at=IN_DAY)
    newsroom.story("A careful trial report", [("The trial enrolled 40 patients.", [])], score=0.1,
                   classified_at=IN_DAY)
    newsroom.story("Tomorrow's story", [("Miracle cure found.", ["cure"])], score=0.99,
                   classified_at=IN_DAY + timedelta(days=1))
    newsroom.verdict(cure, 1, "agree", ["cure"], note="Mouse study only.", reviewed_at=IN_DAY)
    newsroom.verdict(ms, 0, "disagree", [], reviewed_at=IN_DAY + timedelta(hours=2))
    return {"cure": cure, "stem": stem, "ms": ms}
