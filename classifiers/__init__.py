"""Classification of fields into personal-data entities.

Signals are registered by name in :data:`SIGNALS`; third parties add their own through the
``piimap.signals`` entry-point group.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from lineage.errors import UnknownNameError

from .base import FieldContext, Signal, SignalHit
from .combine import Classifier, combine
from .names import NameSignal

SIGNALS: dict[str, type[Signal]] = {NameSignal.name: NameSignal}

__all__ = [
    "SIGNALS",
    "Classifier",
    "FieldContext",
    "Signal",
    "SignalHit",
    "combine",
    "default_classifier",
    "get_signal",
]


def _plugins() -> dict[str, type[Signal]]:
    found: dict[str, type[Signal]] = {}
    for ep in entry_points(group="piimap.signals"):
        try:
            found[ep.name] = ep.load()
        except Exception:  # a broken plugin must not break the scan
            continue
    return found


def get_signal(name: str) -> type[Signal]:
    """Look a signal class up by name, with a "did you mean" on a typo."""
    known = {**_plugins(), **SIGNALS}
    if name not in known:
        raise UnknownNameError("signal", name, known)
    return known[name]


def default_classifier() -> Classifier:
    """The classifier a scan uses when the config names none."""
    return Classifier([cls() for cls in SIGNALS.values()])
