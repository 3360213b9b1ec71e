"""The header's reminders: how many of a journalist's annotations editors rejected, how many
annotations wait for an editor's approval (not counting their own, which another editor reviews),
how many open stories repeat a claim the desk has checked (hypewatch.repeats finds them), and how
many stories given to the person are not done yet.

Kept in the session and counted when it starts, every few minutes, and by the page each reminder
links to (which reads the count anyway): not on every page, where a query would cost the busiest
pages a round trip."""
from __future__ import annotations

import time

from flask import Flask, g, session

from webapp import stories, workflow
from webapp.auth import EDITORS, STAFF
from webapp.db import get_session

RECOUNT = 300.0  # seconds between counts

# session key: (the roles reminded, the count for a user)
COUNTS = {
    "rejected": (STAFF, lambda user: workflow.own_rejected_count(get_session(), user.id)),
    "waiting": (EDITORS, lambda user: workflow.waiting_count(get_session(), editor_id=user.id)),  # not their own
    "repeats": (STAFF, lambda user: stories.open_repeats_count(get_session(), workflow.COUNT_CAP)),
    "assigned": (STAFF, lambda user: stories.assigned_open_count(get_session(), user.id)),
}


def init_app(app: Flask) -> None:
    app.before_request(_recount)  # after auth's, which loads g.user
    app.jinja_env.filters["capped"] = capped_words


def capped_words(count: int) -> str:
    """A count that stopped just past workflow.COUNT_CAP, in words."""
    return f"more than {workflow.COUNT_CAP:,}" if count > workflow.COUNT_CAP else f"{count:,}"


def _recount() -> None:
    user = g.get("user")
    if user is None or g.get("token_auth"):
        return
    for key, (roles, count) in COUNTS.items():
        if user.role in roles and time.time() - session.get(f"{key}_at", 0) >= RECOUNT:
            remember(key, count(user))


def remember(key: str, count: int) -> None:
    session[key], session[f"{key}_at"] = count, time.time()


def seen(key: str, count: int) -> None:
    """A page that read the count: the session is written only when it changed (no cookie otherwise)."""
    if session.get(key) != count:
        remember(key, count)
