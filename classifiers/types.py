"""The type signal: what a column's declared data type says about its values.

>>> from classifiers.base import FieldContext
>>> [(h.entity, h.score) for h in TypeSignal().evaluate(FieldContext("s", "t", "client", "inet"))]
[('IP_ADDRESS', 0.6)]
"""

from __future__ import annotations

import re
from typing import ClassVar

from .base import FieldContext, Signal, SignalHit


class TypeSignal(Signal):
    """Database and platform types that only ever hold one kind of personal value."""

    name = "types"
    #: (type regex, entity, score, what the type is). Salesforce field types come from describe().
    TYPES: ClassVar[tuple[tuple[str, str, float, str], ...]] = (
        (r"^(inet|cidr)$", "IP_ADDRESS", 0.6, "PostgreSQL network address type"),
        (r"^macaddr8?$", "DEVICE_ID", 0.5, "PostgreSQL MAC address type"),
        (r"^email$", "EMAIL_ADDRESS", 0.8, "Salesforce email field type"),
        (r"^phone$", "PHONE_NUMBER", 0.7, "Salesforce phone field type"),
        (r"^(geography|geometry)\(point", "GEOLOCATION", 0.4, "geographic point type"),
    )

    def __init__(self) -> None:
        self._types = [(re.compile(p, re.I), e, s, w) for p, e, s, w in self.TYPES]

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        data_type = ctx.data_type.strip()
        return [
            SignalHit(entity, score, self.name, f"type {data_type!r} is a {what}")
            for pattern, entity, score, what in self._types
            if pattern.search(data_type)
        ]
