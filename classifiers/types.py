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

Spatial types hold coordinates: a point type is a hint alone and labels the column where the
table is about people or the name or comment speaks of a location (``geography(Point,4326)``
named ``location`` in ``customers``; MySQL ``point`` with the comment "latitude and longitude").

>>> [(h.entity, h.score) for h in TypeSignal().evaluate(
...     FieldContext("s", "stores", "geom", "geometry(Point,4326)"))]
[('GEOLOCATION', 0.4)]
>>> [(h.entity, h.score) for h in TypeSignal().evaluate(
...     FieldContext("s", "customers", "geom", "point"))]
[('GEOLOCATION', 0.6)]
"""

from __future__ import annotations

import re
from typing import ClassVar

from .base import FieldContext, Signal, SignalHit
from .people import about_people, tokens

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
        (r"^email$", "EMAIL_ADDRESS", 0.8, "e-mail type (Salesforce field, JSON Schema format)"),
        # JSON Schema formats of API descriptions (connectors/api): the format is the type.
        (r"^idn-email$", "EMAIL_ADDRESS", 0.8, "JSON Schema e-mail format"),
        (r"^ipv[46]$", "IP_ADDRESS", 0.6, "JSON Schema IP address format"),
        (r"^phone$", "PHONE_NUMBER", 0.7, "Salesforce phone field type"),
    )
    #: Spatial types (PostGIS, MySQL/MariaDB, SQL Server, Oracle, Snowflake, BigQuery, the
    #: PostgreSQL ``point``, Salesforce's geolocation compound field): (type regex, score alone,
    #: score where the table or the name speaks of people or places, what the type is).
    SPATIAL: ClassVar[tuple[tuple[str, float, float, str], ...]] = (
        (r"^(?:(?:geography|geometry)\(\s*(?:multi)?point(?:z|m|zm)?\b.*|(?:st_)?(?:multi)?point"
         r"(?:\s+srid\s+\d+)?|location)$", 0.4, 0.6, "geographic point type"),
        (r"^(?:geography|geometry|sdo_geometry|mdsys\.sdo_geometry|geometrycollection)"
         r"(?:\(\s*(?:geometry|geometrycollection)?\s*(?:,\s*\d+\s*)?\))?$", 0.3, 0.5,
         "spatial type that may hold points"),
    )  # fmt: skip
    #: Name, comment and table words that put a spatial column on a person or a place.
    PLACE_WORDS: ClassVar[frozenset[str]] = frozenset(
        [
            "location",
            "locations",
            "loc",
            "geo",
            "gps",
            "position",
            "coordinates",
            "coords",
            "coordinate",
            "latitude",
            "longitude",
            "lat",
            "lng",
            "lon",
            "long",
            "geolocation",
            "geopoint",
            "home",
            "address",
            "where",
            "place",
        ]
    )

    def __init__(self) -> None:
        self._types = [(re.compile(p, re.I), e, s, w) for p, e, s, w in self.TYPES]
        self._spatial = [(re.compile(p, re.I), a, c, w) for p, a, c, w in self.SPATIAL]

    def evaluate(self, ctx: FieldContext) -> list[SignalHit]:
        data_type = ctx.data_type.strip()
        # A domain is judged by its own name and by its base type (a domain over inet).
        base = base_type(data_type)
        judged = {declared_type(data_type), base, base.removesuffix("[]")}  # inet[]: addresses
        hits = [
            SignalHit(entity, score, self.name, f"type {data_type!r} is a {what}")
            for pattern, entity, score, what in self._types
            if any(pattern.search(t) for t in judged)
        ]
        normal = " ".join(base.lower().split())  # a domain over geometry is judged as one
        for pattern, alone, placed, what in self._spatial:
            if pattern.fullmatch(normal):
                where = self._placed(ctx)
                reason = f"type {data_type!r} is a {what}" + (f" and {where}" if where else "")
                hits.append(SignalHit("GEOLOCATION", placed if where else alone, self.name, reason))
                break
        return hits

    def _placed(self, ctx: FieldContext) -> str:
        """Why the coordinates are a person's or a place's ("" when nothing says so)."""
        if set(tokens(ctx.name)) & self.PLACE_WORDS:
            return "the column's name speaks of a location"
        text = f"{ctx.comment} {ctx.label}".lower()
        if set(re.findall(r"[a-z]+", text)) & self.PLACE_WORDS:
            return "its comment speaks of a location"
        if about_people(ctx):
            return "the table is about people"
        return ""
