"""Combine signal hits into per-field verdicts."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from lineage.core.model import EntityHit

from .base import FieldContext, Signal, SignalHit
from .foreign_columns import foreign_column
from .languages import english, note

DEFAULT_THRESHOLD = 0.5


def combine(
    hits: Sequence[SignalHit], threshold: float = DEFAULT_THRESHOLD
) -> tuple[EntityHit, ...]:
    """Merge hits per entity: supports add up (noisy-or), penalties (negative scores) scale the
    result down, and any veto removes the entity.

    >>> from classifiers.base import SignalHit
    >>> combine([SignalHit("EMAIL_ADDRESS", 0.6, "names", "column name 'email'"),
    ...          SignalHit("EMAIL_ADDRESS", 0.5, "types", "type is email")])[0].confidence
    0.8
    >>> combine([SignalHit("EMAIL_ADDRESS", 0.6, "names", "name"),
    ...          SignalHit("EMAIL_ADDRESS", 1.0, "types", "boolean", veto=True)])
    ()
    >>> combine([SignalHit("PHONE_NUMBER", 0.9, "names", "name"),
    ...          SignalHit("PHONE_NUMBER", -0.4, "values", "few values are phones")])[0].confidence
    0.54
    """
    by_entity: dict[str, list[SignalHit]] = defaultdict(list)
    for hit in hits:
        if hit.entity != "*":
            by_entity[hit.entity].append(hit)
    # "*" hits support every entity another signal supports (a platform's "this is PII" tag),
    # except values that only fit when the name or type agrees: the tag names no kind of data.
    named = [e for e, group in by_entity.items() if any(_names_it(h) for h in group)]
    for hit in hits:
        if hit.entity == "*":
            for entity in named:
                by_entity[entity].append(hit)
    verdicts = []
    for entity, group in by_entity.items():
        if any(h.veto for h in group):
            continue
        supports = [min(h.score, 1.0) for h in group if h.score > 0]
        if not supports:
            continue
        confidence = 1.0 - math.prod(1.0 - s for s in supports)
        confidence *= math.prod(1.0 + max(h.score, -1.0) for h in group if h.score < 0)
        if confidence < threshold:
            continue
        verdicts.append(
            EntityHit(
                entity=entity,
                confidence=round(confidence, 2),
                signals=tuple(sorted({h.signal for h in group})),
                explanation="; ".join(sorted({h.reason for h in group})),
            )
        )
    # OTHER_PERSONAL_DATA stands in only when no other entity is reported: a hint below the
    # threshold, or an entity another signal vetoed, does not name the kind of data.
    if any(v.entity != "OTHER_PERSONAL_DATA" for v in verdicts):
        verdicts = [v for v in verdicts if v.entity != "OTHER_PERSONAL_DATA"]
    return tuple(sorted(verdicts, key=lambda e: (-e.confidence, e.entity)))


def _names_it(hit: SignalHit) -> bool:
    """Whether a hit names its entity on its own evidence (one that only confirms does not)."""
    return hit.score > 0 and not hit.confirms_only


class Classifier:
    """Runs a set of signals over fields and combines their hits."""

    def __init__(self, signals: Sequence[Signal], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.signals = [s for s in signals if s.is_available()]
        self.threshold = threshold

    def prepare(self) -> None:
        """Let every signal load its engines now (raises ConfigError on a bad setting)."""
        for signal in self.signals:
            signal.prepare()

    def check(self) -> None:
        """Let every signal check its settings now (raises ConfigError on a bad one), loading
        only the engines a setting could break: a scan whose fields are all classified in
        worker processes then never loads the others in its own."""
        for signal in self.signals:
            signal.check()

    def classify(self, ctxs: Sequence[FieldContext]) -> list[tuple[EntityHit, ...]]:
        """One tuple of entity verdicts per context, in order. A field of a table written in
        another language is read in English (:mod:`classifiers.languages`), and so is a
        person's own field named in another language in an English table of people
        (:mod:`classifiers.foreign_columns`); each of its verdicts says so first."""
        read = [english(ctx) or foreign_column(ctx) for ctx in ctxs]
        seen = [r or ctx for r, ctx in zip(read, ctxs, strict=True)]
        per_signal = [signal.evaluate_many(seen) for signal in self.signals]
        verdicts = []
        for i, (ctx, r) in enumerate(zip(ctxs, read, strict=True)):
            found = combine([hit for hits in per_signal for hit in hits[i]], self.threshold)
            if r is not None:
                said = note(ctx, r)
                found = tuple(replace(v, explanation=said + v.explanation) for v in found)
            verdicts.append(found)
        return verdicts
