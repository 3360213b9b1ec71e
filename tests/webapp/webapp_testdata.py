"""Hand-made stories, classifier results and accounts for the web app tests."""
from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache
from pathlib import Path

from werkzeug.security import generate_password_hash

from storage.articles import save_analysis, store_article
from storage.models import ROLES, User, utcnow

PASSWORD = "correct horse battery"
# The stories' publication days, ten to eight days ago: inside the stats page's 30-day window
# whenever the tests run.
DAY = datetime.combine(utcnow().date(), datetime.min.time()) - timedelta(days=10)


@lru_cache(maxsize=None)
def password_hash(password: str) -> str:
    return generate_password_hash(password)  # scrypt is slow on purpose: hash once per run


def analysis(text: str, flags: dict[int, tuple[list[str], dict]], *, score: float,
             criteria: list | None = None) -> dict:
    """A classifier result by hand: `flags` maps a sentence index to (labels, triggers)."""
    sentences = []
    for index, match in enumerate(re.finditer(r"[^.!?]+[.!?]", text)):
        start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
        labels, triggers = flags.get(index, ([], {}))
        sentences.append({"text": text[start:match.end()], "start": start, "end": match.end(),
                          "labels": labels, "score": 0.9 if labels else 0.1,
                          "scores": {label: 0.9 for label in labels}, "triggers": triggers,
                          "strength": "causal" if labels else "none", "headline": False})
    return {"score": score, "sentences": sentences, "criteria": criteria or [],
            "model_version": "test-1"}


CRITERIA = [  # in the classifier's form: evidence names sentence positions
    {"id": "evidence_quality", "name": "Explains the quality of the evidence", "status": "not_satisfied",
     "evidence": [2], "reason": "No number of participants is given."},
    {"id": "independent_sources", "name": "Uses independent sources", "status": "satisfied",
     "evidence": [3], "reason": "an expert not involved in the work is quoted"},
]

STORIES = [
    dict(url="https://news.example/stem-cell-cure", title="Stem cells cure MS, scientists say",
         author="A. Writer", sitename="Example News", source="example", cluster=1,
         date=DAY + timedelta(hours=9),
         text="Stem cells cure multiple sclerosis. The breakthrough changes everything. "
              "The trial had twelve patients. Dr Ray, who was not involved, said more work is needed.",
         flags={0: (["cure"], {"cure": ["cure"]}), 1: (["novelty", "hype"], {"novelty": ["breakthrough"], "hype": ["changes everything"]})},
         score=0.92, criteria=CRITERIA),
    dict(url="https://other.example/ms-stem-cells", title="MS patients helped by stem cell trial",
         author=None, sitename="Other Daily", source="other", cluster=1,
         date=DAY + timedelta(days=1, hours=9),
         text="A small trial of stem cells in MS patients showed promise. Mice studies suggest the therapy reverses damage.",
         flags={1: (["extrapolation"], {"extrapolation": ["mice"]})}, score=0.55),
    dict(url="https://example.org/diet", title="Diet and MS: a careful look",
         author="B. Careful", sitename="Example Org", source="example", cluster=None,
         date=DAY + timedelta(days=2, hours=9),
         text="Researchers found an association between diet and relapses. They caution it does not show cause.",
         flags={}, score=0.05),
]


def fill(database, stories=STORIES) -> dict:
    """Store the stories and one user per role; returns their ids by title/role."""
    from hypewatch.additions import compare_stored_versions
    ids = {"users": {}, "articles": {}}
    with database.session() as session:
        for role in ROLES:
            user = User(name=role, role=role, password_hash=password_hash(PASSWORD))
            session.add(user)
            session.flush()
            ids["users"][role] = user.id
        for story in stories:
            article = store_article(session, {
                "url": story["url"], "title": story["title"], "author": story["author"],
                "date": story["date"], "sitename": story["sitename"], "text": story["text"],
                "language": "en"}, source=story["source"])
            article.cluster_id = story["cluster"]
            save_analysis(session, article, analysis(story["text"], story["flags"],
                                                     score=story["score"], criteria=story.get("criteria")))
            ids["articles"][story["title"]] = article.id
    compare_stored_versions(database)  # as the `additions` job does every 15 minutes
    return ids


def make_app(database_url: str, home, **config):
    from webapp import create_app
    settings = {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret"}
    if home is not None:
        settings["SOURCES_FILE"] = Path(home) / "sources.toml"  # never the checkout's crawler/sources.toml
    settings.update(config)
    return create_app(settings)


def log_in(client, app, role: str):
    """Log in without the form (the form has its own tests): the session the form starts."""
    from storage.models import User
    from webapp.auth import session_stamp
    with app.extensions["hypewatch_db"].session() as db, app.app_context():
        user = db.get(User, app.ids["users"][role])
        user_id, stamp = user.id, session_stamp(user)
    with client.session_transaction() as session:
        session["user_id"], session["stamp"] = user_id, stamp
    return client
