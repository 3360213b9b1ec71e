"""Every route, every role: the server enforces who may do what.

The table below must name every endpoint of the app; a new route without an entry fails
`test_every_route_has_an_entry`, so nobody can add a page and forget its access rule."""
from __future__ import annotations

import pytest

from storage.models import ROLES, Annotation, Sentence, Watch, utcnow
from tests.webapp.webapp_testdata import log_in

EVERYONE = {None, *ROLES}  # None: not logged in
LOGGED_IN = set(ROLES)
STAFF = {"journalist", "editor", "admin"}
EDITORS = {"editor", "admin"}
ADMIN = {"admin"}

# endpoint: (who may use it, form or JSON data for POST)
ACCESS = {
    "index": (EVERYONE, None),
    "health": (EVERYONE, None),
    "static": (EVERYONE, None),
    "auth.login": (EVERYONE, {"name": "nobody", "password": "wrong password"}),
    "auth.logout": (EVERYONE, {}),
    "auth.account": (LOGGED_IN, {"name": "walk"}),
    "auth.change_password": (LOGGED_IN, {"current": "wrong password"}),
    "auth.email": (LOGGED_IN, {"email": "not an address"}),
    "auth.confirm_email": (LOGGED_IN, {}),
    "auth.notices": (LOGGED_IN, {"notice": "assigned"}),
    "auth.quiet": (EVERYONE, {}),
    "recovery.forgot": (EVERYONE, {"name": "walk"}),
    "recovery.reset": (EVERYONE, {"new": "a new password", "confirm": "a new password"}),
    "recovery.welcome": (EVERYONE, {"new": "a new password", "confirm": "a new password"}),
    "admin.mail_link": (ADMIN, {}),
    "public.index": (EVERYONE, None),
    "public.verdict": (EVERYONE, None),
    "public.verdicts_csv": (EVERYONE, None),
    "queue.index": (STAFF, None),
    "queue.story": (STAFF, None),
    "queue.neighbour": (STAFF, None),
    "compare.compare": (STAFF, None),
    "queue.my_annotations": (STAFF, None),
    "api.my_annotations": (STAFF, None),
    "queue.annotate": (STAFF, {"sentence_id": "{sentence}", "verdict": "agree"}),
    "queue.set_status": (STAFF, {"action": "in_review"}),
    "queue.assign": (EDITORS, {"assignee_id": ""}),
    "queue.review_criterion": (STAFF, {"criterion": "evidence_quality", "status": "satisfied"}),
    "queue.annotate_repeats": (STAFF, {}),
    "queue.set_statuses": (STAFF, {"status": "in_review"}),
    "watches.add": (STAFF, {"query": "label=cure"}),
    "corrections.index": (STAFF, None),
    "corrections.corrections_csv": (STAFF, None),
    "corrections.story": (STAFF, {"contact": "the health editor"}),
    "corrections.draft": (STAFF, None),
    "watches.delete": (STAFF, {}),
    "review.index": (EDITORS, None),
    "review.decide": (EDITORS, {"decision": "approve", "version": "999"}),
    "review.bulk": (EDITORS, {}),
    "review.audit_csv": (EDITORS, None),
    "review.audit_jsonl": (EDITORS, None),
    "review.stats": (EDITORS, None),
    "review.outlets_csv": (EDITORS, None),
    "outlets.index": (STAFF, None),
    "outlets.card": (STAFF, None),
    "studies.index": (STAFF, None),
    "admin.users": (ADMIN, {"name": "", "role": "journalist", "password": "x"}),
    "admin.update_user": (ADMIN, {}),
    "admin.sources": (ADMIN, {"name": "walk", "kind": "feed", "urls": "https://example.org/feed"}),
    "admin.set_source_enabled": (ADMIN, {"enabled": "0"}),
    "api.stories": (STAFF, None),
    "api.story": (STAFF, None),
    "api.sentences": (STAFF, None),
    "api.compare": (STAFF, None),
    "api.outlet": (STAFF, None),
    "api.verdict_list": (LOGGED_IN, None),
    "api.verdict": (LOGGED_IN, None),
    "api.annotate": (STAFF, {"sentence_id": "{sentence}", "verdict": "disagree", "labels": ["hype"]}),
    "digest.archive": (EVERYONE, None),
    "digest.today": (EVERYONE, None),
    "digest.issue": (EVERYONE, None),
    "digest.feed": (EVERYONE, None),
    "digest.subscribe": (EVERYONE, {"email": "reader@example.org", "frequency": "daily"}),
    "digest.confirm": (EVERYONE, {}),
    "digest.unsubscribe": (EVERYONE, {}),
    "jobs_admin.index": (ADMIN, None),
    # an empty text is refused before the model is read, so the walk needs no trained model
    "check.index": (STAFF, {"text": ""}),
    "api.check": (STAFF, {"text": ""}),
    "check.add": (STAFF, {"url": ""}),  # likewise an address that is none
    "api.add_story": (STAFF, {"url": ""}),
}


@pytest.fixture
def walk(app):
    """Ids for the URL parameters: a story, a pending and an approved annotation, a user."""
    article_id = next(iter(app.ids["articles"].values()))
    with app.extensions["hypewatch_db"].session() as session:
        first, second = session.query(Sentence).filter_by(article_id=article_id).order_by(Sentence.position)[:2]
        journalist = app.ids["users"]["journalist"]
        pending = Annotation(sentence_id=first.id, article_id=article_id, user_id=journalist,
                             verdict="agree", labels=["cure"], status="pending")
        approved = Annotation(sentence_id=second.id, article_id=article_id, user_id=journalist,
                              verdict="agree", labels=["hype"], status="approved",
                              reviewed_by_id=app.ids["users"]["editor"], reviewed_at=utcnow())
        watch = Watch(user_id=journalist, query="label=cure")
        session.add_all([pending, approved, watch])
        session.flush()
        return {"watch_id": watch.id, "article_id": article_id, "annotation_id": pending.id, "user_id": journalist,
                "filename": "style.css", "sentence": str(first.id), "approved": approved.id,
                "day": "2026-11-24", "token": "not-a-token", "name": "walk", "direction": "next",
                "other_id": list(app.ids["articles"].values())[1]}


def requests_for(app, walk):
    for rule in app.url_map.iter_rules():
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            args = {name: walk[name] for name in rule.arguments}
            if rule.endpoint in ("public.verdict", "api.verdict", "queue.annotate_repeats"):
                args["annotation_id"] = walk["approved"]
            with app.test_request_context():
                from flask import url_for
                url = url_for(rule.endpoint, **args)
            yield rule.endpoint, method, url


def test_every_route_has_an_entry(app, walk):
    endpoints = {endpoint for endpoint, _, _ in requests_for(app, walk)}
    assert endpoints - set(ACCESS) == set(), "add the new routes to ACCESS with who may use them"
    assert set(ACCESS) - endpoints == set(), "ACCESS names routes that no longer exist"
    for endpoint in endpoints - {"static"}:
        assert app.view_functions[endpoint].allowed_roles == ACCESS[endpoint][0], endpoint


@pytest.mark.parametrize("role", [None, *ROLES])
def test_every_route_allows_exactly_the_roles_in_the_table(app, walk, role):
    wrong = []
    for endpoint, method, url in requests_for(app, walk):
        allowed, data = ACCESS[endpoint]
        client = app.test_client()
        if role is not None:
            log_in(client, app, role)
        if method == "GET":
            response = client.get(url)
        else:
            data = {k: (v.format(**walk) if isinstance(v, str) else v) for k, v in (data or {}).items()}
            if endpoint.startswith("api."):
                response = client.post(url, json=data)
            else:
                response = client.post(url, data=data)
        response.get_data()  # runs streamed responses to the end
        response.close()
        to_login = response.status_code == 302 and "/auth/login" in response.headers.get("Location", "")
        denied = response.status_code == 403 or to_login or (
            endpoint.startswith("api.") and response.status_code == 401)
        if denied == (role in allowed) or response.status_code >= 500:
            wrong.append(f"{method} {url} as {role}: {response.status_code}")
    assert wrong == []
