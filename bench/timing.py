"""Timing for the benchmarks."""
from __future__ import annotations

import time


def best_of(times: int, run) -> float:
    """The shortest of `times` runs, in seconds: the machine is shared, and other work only adds time."""
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best
