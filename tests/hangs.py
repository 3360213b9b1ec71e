"""A guard for tests of input that once made the code hang."""
from __future__ import annotations

import contextlib
import signal


@contextlib.contextmanager
def fails_if_hung(seconds: int, why: str):
    """Turns a hang into a test failure: an alarm far beyond the work's real cost, not a timing."""
    def hung(*_):
        raise TimeoutError(why)
    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
