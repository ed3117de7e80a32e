"""Classification of fields into personal-data entities.

Signals are found by name in the :data:`SIGNALS` registry: entry points of the ``piimap.signals``
group, piimap's own (pyproject.toml) and a third party's alike. A signal module is imported when
a classifier is built, not when this package is.

>>> [s.name for s in default_classifier().signals][:4]
['names', 'types', 'platform', 'values']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lineage.core.plugins import SIGNALS

from .base import FieldContext, Signal, SignalHit
from .combine import DEFAULT_THRESHOLD, Classifier, combine

if TYPE_CHECKING:
    from .values import ValueSettings

#: piimap's own signals, in the order every classifier runs them; plugin signals follow by name.
BUILT_IN = (
    "names", "types", "platform", "values", "documents", "free_text", "photos", "name_parts",
    "demographics",
)  # fmt: skip

__all__ = [
    "BUILT_IN",
    "SIGNALS",
    "Classifier",
    "FieldContext",
    "Signal",
    "SignalHit",
    "combine",
    "default_classifier",
    "get_signal",
    "signal_classes",
]


def get_signal(name: str) -> type[Signal]:
    """Look a signal class up by name, with a "did you mean" on a typo."""
    cls: type[Signal] = SIGNALS.get(name)
    return cls


def signal_classes() -> list[type[Signal]]:
    """Every registered signal that loads: the built-in ones in :data:`BUILT_IN` order, then the
    plugins' by name (a broken plugin is logged and left out)."""
    found: dict[str, type[Signal]] = SIGNALS.entries()
    order = [n for n in BUILT_IN if n in found] + [n for n in found if n not in BUILT_IN]
    return [found[n] for n in order]


def default_classifier(
    settings: ValueSettings | None = None, threshold: float = DEFAULT_THRESHOLD
) -> Classifier:
    """Every registered signal (names, types, platform, Presidio over values, then plugins'):
    the classifier every scan uses."""
    return Classifier([cls.from_settings(settings) for cls in signal_classes()], threshold)
