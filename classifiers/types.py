"""The type signal: what a column's declared data type says about its values.

>>> from classifiers.base import FieldContext
>>> [(h.entity, h.score) for h in TypeSignal().evaluate(FieldContext("s", "t", "client", "inet"))]
[('IP_ADDRESS', 0.6)]

Connectors show a domain, an enum or an array of them as declared with the base type after it
(``yes_no (boolean)``, ``mood (enum)``); :func:`base_type` gives what the guards judge.

>>> base_type("yes_no (boolean)"), base_type("short_text (character varying(20))")
('boolean', 'character varying(20)')
>>> base_type("varchar(40)"), is_enum("mood[] (enum[])"), is_enum("enum('Y','N')")
('varchar(40)', True, True)
"""

from __future__ import annotations

import re
from typing import ClassVar

from .base import FieldContext, Signal, SignalHit

# -- base types ----------------------------------------------------------------------------------

#: "declared (base)": what the PostgreSQL connector shows for domains, enums and their arrays.
_DECORATED = re.compile(r"^(?P<declared>\S.*?) \((?P<base>[^()]*(?:\([^()]*\)[^()]*)*)\)$")
#: An enumerated type: PostgreSQL enums (after :func:`base_type`), MySQL ``enum(...)``/``set(...)``.
_ENUM = re.compile(r"^(?:enum|set)\b", re.IGNORECASE)
#: Entities a column of an enumerated type may hold: one of a fixed list of labels names a
#: category, never one person (an e-mail, a phone, a name, an id).
ENUM_ENTITIES = frozenset({"GENDER", "REGION", "CITY", "CARD_BRAND", "OTHER_PERSONAL_DATA"})


def declared_type(data_type: str) -> str:
    """The type as declared: the domain's or enum's own name (``yes_no (boolean)``: ``yes_no``)."""
    m = _DECORATED.match(data_type.strip())
    return m["declared"] if m else data_type.strip()


def base_type(data_type: str) -> str:
    """The type the guards judge: the base type a connector appended to a domain, an enum or an
    array of them; any other type as it is."""
    m = _DECORATED.match(data_type.strip())
    return m["base"].strip() if m else data_type.strip()


def is_enum(data_type: str) -> bool:
    """True for an enumerated type or an array of one."""
    return bool(_ENUM.match(base_type(data_type)))


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
        # A domain is judged by its own name and by its base type (a domain over inet).
        base = base_type(data_type)
        judged = {declared_type(data_type), base, base.removesuffix("[]")}  # inet[]: addresses
        return [
            SignalHit(entity, score, self.name, f"type {data_type!r} is a {what}")
            for pattern, entity, score, what in self._types
            if any(pattern.search(t) for t in judged)
        ]
