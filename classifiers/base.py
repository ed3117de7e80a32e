"""The classifier interface: signals look at one field and say what they see; a combiner decides.

A :class:`Signal` is a small class with a registry ``name`` (an entry point of the
``piimap.signals`` group). It receives a :class:`FieldContext` (the field's name, type, comment,
label and, in memory only, its sampled values) and returns :class:`SignalHit` objects: support
for an entity, or a veto against one. Value-based signals (Presidio, issue 3) override
:meth:`Signal.evaluate_many` to work in batches.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class FieldContext:
    """What a signal may look at. ``samples`` live in memory only and are never serialised."""

    system: str
    dataset: str
    name: str
    data_type: str = ""
    comment: str = ""
    label: str = ""
    dataset_comment: str = ""
    samples: tuple[object, ...] = field(default=(), repr=False, compare=False)
    platform: Mapping[str, str] = field(default_factory=dict)
    #: Names of the dataset's columns: a table with a street and a postcode holds addresses.
    siblings: tuple[str, ...] = field(default=(), repr=False, compare=False)
    #: Of ``siblings``, those with no sampled value while others of the table have some: the
    #: table has rows, these columns are empty in every row sampled (a company's ``firstname``).
    empty_siblings: frozenset[str] = field(default=frozenset(), repr=False, compare=False)


@dataclass(frozen=True)
class SignalHit:
    """One signal's opinion of one entity.

    ``score`` is in 0..1. A ``veto`` says the field is *not* that entity (a boolean column named
    ``email_verified``) and wins over name-based support. ``reason`` is shown to users and must
    never contain a raw value; ``value_share`` is the fraction of sampled non-null values that
    matched, when the signal looked at values. ``confirms_only`` marks support that counts only
    when another signal names the entity (values that merely fit a shape): a platform's "this is
    personal data" tag does not turn it into a verdict.
    """

    entity: str
    score: float
    signal: str
    reason: str
    veto: bool = False
    value_share: float | None = None
    confirms_only: bool = False


class Signal(ABC):
    """Base class of every classification signal."""

    name: ClassVar[str]

    @classmethod
    def is_available(cls) -> bool:
        """False when an optional dependency is missing; unavailable signals are skipped."""
        return True

    @classmethod
    def from_settings(cls, settings: Any) -> Signal:
        """The signal a scan runs, given its ``ValueSettings`` (or None); most need none."""
        return cls()

    def prepare(self) -> None:  # noqa: B027 - optional hook, most signals need nothing
        """Load what the signal needs, so a bad setting fails before any system is scanned."""

    def check(self) -> None:
        """Fail on a bad setting before any system is scanned; what no setting can break may
        wait until first needed (a signal's own choice: by default, :meth:`prepare`)."""
        self.prepare()

    @abstractmethod
    def evaluate(self, ctx: FieldContext) -> Iterable[SignalHit]:
        """Return this signal's hits for one field."""

    def evaluate_many(self, ctxs: Sequence[FieldContext]) -> list[list[SignalHit]]:
        """Evaluate many fields; override to batch expensive work."""
        return [list(self.evaluate(ctx)) for ctx in ctxs]
