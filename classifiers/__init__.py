"""Classification of fields into personal-data entities.

Signals are registered by name in :data:`SIGNALS`; third parties add their own through the
``piimap.signals`` entry-point group.
"""

from __future__ import annotations

from lineage.errors import UnknownNameError
from lineage.plugins import load_plugins

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


def get_signal(name: str) -> type[Signal]:
    """Look a signal class up by name, with a "did you mean" on a typo."""
    known = {**load_plugins("piimap.signals"), **SIGNALS}
    if name not in known:
        raise UnknownNameError("signal", name, known)
    return known[name]


def default_classifier() -> Classifier:
    """The classifier a scan uses when the config names none."""
    return Classifier([cls() for cls in SIGNALS.values()])
