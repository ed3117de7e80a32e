"""Classification of fields into personal-data entities.

Signals are registered by name in :data:`SIGNALS`; third parties add their own through the
``piimap.signals`` entry-point group.
"""

from __future__ import annotations

from lineage.core.errors import UnknownNameError
from lineage.core.plugins import load_plugins

from .base import FieldContext, Signal, SignalHit
from .combine import DEFAULT_THRESHOLD, Classifier, combine
from .names import NameSignal
from .platform import PlatformSignal
from .types import TypeSignal
from .values import ValueSettings, ValueSignal

SIGNALS: dict[str, type[Signal]] = {
    cls.name: cls for cls in (NameSignal, TypeSignal, PlatformSignal, ValueSignal)
}

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


def default_classifier(
    settings: ValueSettings | None = None, threshold: float = DEFAULT_THRESHOLD
) -> Classifier:
    """Names, types and Presidio over values: the classifier every scan uses."""
    return Classifier(
        [NameSignal(), TypeSignal(), PlatformSignal(), ValueSignal(settings)], threshold
    )
