"""Fixtures for the jobs and digest tests: a configured home, stand-ins for teammates' modules
that are not merged yet, a real SMTP server and a real HTTP server for the digest pages."""
from __future__ import annotations

import sys
import types

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
