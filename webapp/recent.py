"""Figures that may be a few minutes old, kept per process: reading them afresh would cost more
than the rest of their page (the queue's list of sources, the stats page's flag counts)."""
from __future__ import annotations

import time
from typing import Callable, TypeVar

from flask import current_app

T = TypeVar("T")


def recent(name: str, max_age: float, compute: Callable[[], T], *key) -> T:
    """compute()'s value, reused for `max_age` seconds per (name, key) in this app."""
    store = current_app.extensions.setdefault("hypewatch_recent", {})
    now = time.monotonic()
    entry = store.get((name, key))
    if entry is None or now - entry[0] >= max_age:
        entry = store[(name, key)] = (now, compute())
    return entry[1]


def forget(name: str) -> None:
    """Drop every value kept under `name` in this app: the next request computes it again."""
    store = current_app.extensions.setdefault("hypewatch_recent", {})
    for key in [k for k in store if k[0] == name]:
        del store[key]
