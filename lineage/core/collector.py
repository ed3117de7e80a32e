"""The cycle collector while a scan holds what it has built.

While the outputs are written, the process keeps everything it has built to the end: the
snapshot, the estate's index and its tables. Python's full collections walk every object the
process holds each time the heap has grown by a quarter, and find nothing of that to free (on the
40,000-field hex scan of bench/scan_scale.py, two full collections while the outputs were written).
The scan of the systems is left alone: its connectors leave cycles behind (82,441 objects freed
by one full collection once the hex scan's system was read), which an estate of many systems must
not keep to its end. :func:`young_collections_only`
leaves the young generations' collections as they are (they free the short-lived cycles of
drivers and writers) and holds back the full ones until the outermost use ends, when the
collector's thresholds are what they were.

>>> import gc
>>> before = gc.get_threshold()
>>> with young_collections_only():
...     gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > before[2]
True
>>> gc.get_threshold() == before
True
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: The oldest generation's threshold while full collections are held back: never reached.
NO_FULL_COLLECTION = 1 << 30

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, ...] = ()


@contextmanager
def young_collections_only() -> Iterator[None]:
    """No automatic full collection inside (young ones as usual); nested or from several threads
    at once, the thresholds are restored when the last use ends. ``gc.collect()`` still runs a
    full collection when asked."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            first, second, third = _saved
            gc.set_threshold(first, second, max(third, NO_FULL_COLLECTION))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                gc.set_threshold(*_saved)
