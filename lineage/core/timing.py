"""Where a scan's time goes: wall and CPU seconds per named phase (``catalog``, ``sampling``,
``classification``...), summed over every call and every thread.

Off unless asked (``piimap scan --timings``, ``bench/scan_scale.py``): :func:`phase` then costs
one flag test. CPU is the calling thread's own (``time.thread_time``), so phases running at once
in several threads are each counted once; work done in worker processes is not in it.

>>> enable()
>>> with phase("sampling"):
...     _ = sum(range(1000))
>>> sorted(totals()), totals()["sampling"][2]
(['sampling'], 1)
>>> disable()
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_enabled = False
#: phase -> [wall seconds, CPU seconds of the calling threads, calls]
_totals: dict[str, list[float]] = {}


def enable() -> None:
    """Start counting, from zero."""
    global _enabled
    with _lock:
        _totals.clear()
        _enabled = True


def disable() -> None:
    global _enabled
    _enabled = False


def enabled() -> bool:
    return _enabled


@contextmanager
def phase(name: str) -> Iterator[None]:
    """Count the time spent inside the block under ``name`` (nothing when timings are off)."""
    if not _enabled:
        yield
        return
    wall, cpu = time.perf_counter(), time.thread_time()
    try:
        yield
    finally:
        add(name, time.perf_counter() - wall, time.thread_time() - cpu)


def add(name: str, wall: float, cpu: float, calls: int = 1) -> None:
    """Add time measured elsewhere (another process) to a phase."""
    if not _enabled:
        return
    with _lock:
        total = _totals.setdefault(name, [0.0, 0.0, 0])
        total[0] += wall
        total[1] += cpu
        total[2] += calls


def totals() -> dict[str, tuple[float, float, int]]:
    """phase -> (wall seconds, CPU seconds, calls), in the order phases first ran."""
    with _lock:
        return {k: (v[0], v[1], int(v[2])) for k, v in _totals.items()}
