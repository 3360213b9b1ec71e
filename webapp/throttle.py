"""Slows down password guessing: per user name and client address, in the database so that
every web process shares the count. After `max_failures` misses the pair is locked out, and
each further miss doubles the lockout (capped at a day)."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from storage import utcnow
from storage.models import LoginThrottle

MAX_LOCKOUT = timedelta(days=1)


def key_for(name: str, address: str | None) -> str:
    return f"{name.lower()[:120]}|{address or '-'}"


def seconds_locked(session: Session, key: str) -> int:
    row = session.get(LoginThrottle, key)
    if row is None or row.locked_until is None:
        return 0
    remaining = (row.locked_until - utcnow()).total_seconds()
    return max(0, int(remaining + 0.999))


def record_failure(session: Session, key: str, *, max_failures: int, lockout_seconds: int,
                   forget_after: timedelta | None = None) -> None:
    """Count one more failure (or request) for `key`; with `forget_after`, a count whose last failure is older
    than that starts again (so "at most n an hour" stays that, however many hours go by)."""
    row = session.get(LoginThrottle, key)
    if row is None:
        row = LoginThrottle(key=key, failures=0)
        session.add(row)
    if forget_after is not None and row.last_failure_at is not None and utcnow() - row.last_failure_at > forget_after:
        row.failures, row.locked_until = 0, None
    row.failures += 1
    row.last_failure_at = utcnow()
    if row.failures >= max_failures:
        extra = row.failures - max_failures
        lockout = min(timedelta(seconds=lockout_seconds * 2 ** min(extra, 20)), MAX_LOCKOUT)
        row.locked_until = row.last_failure_at + lockout


def reset(session: Session, key: str) -> None:
    row = session.get(LoginThrottle, key)
    if row is not None:
        session.delete(row)


def describe(seconds: int) -> str:
    if seconds < 90:
        return f"{seconds} seconds"
    return f"{(seconds + 59) // 60} minutes"
