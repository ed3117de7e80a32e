"""Coordinates: a latitude/longitude pair, a WKT/GeoJSON point or a hex WKB point, and single
coordinates.

A pair in range is rare outside geodata, so :class:`GeolocationRecognizer` labels a column alone.
One decimal number with four or more decimals, or a geohash, is a coordinate only where the
column's name says so (:class:`CoordinateRecognizer`).

>>> GeolocationRecognizer().analyze("POINT(-0.1276 51.5072)", ["GEOLOCATION"])[0].score
0.8
>>> CoordinateRecognizer().analyze("-74.0060", ["GEOLOCATION"])[0].score
0.4
>>> CoordinateRecognizer().analyze("19.99", ["GEOLOCATION"])
[]
>>> WkbPointRecognizer().analyze("0101000020E6100000" + "A5F78DAF3DB3C0BF" + "E3A59BC420C14940",
...                              ["GEOLOCATION"])[0].score
0.7
"""

from __future__ import annotations

import math
import re
import struct

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_DEG = r"[+-]?\d{1,3}\.\d{3,}"
_ANY = r"[+-]?\d{1,3}(?:\.\d+)?"
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")
_GEOHASH = re.compile(r"[0-9b-hjkmnp-z]{5,12}", re.IGNORECASE)


def in_range(text: str) -> bool:
    """Whether a pair's two numbers are a latitude and a longitude, in either order, not (0, 0).

    WKT and GeoJSON put the longitude first; a bare pair may come either way.

    >>> in_range("-1.2864, 36.8172"), in_range("POINT(36.8172 -1.2864)"), in_range("0.0, 0.0")
    (True, True, False)
    """
    a, b = (abs(float(n)) for n in _NUMBER.findall(re.split(r"[(\[]", text)[-1])[:2])
    if text.lstrip("( ")[0] not in "+-0123456789":
        return a <= 180 and b <= 90 and a + b > 0
    return ((a <= 90 and b <= 180) or (a <= 180 and b <= 90)) and a + b > 0


class GeolocationRecognizer(ValueRecognizer):
    """A 'lat, lng' pair with three or more decimals, a WKT POINT or a GeoJSON Point."""

    ENTITY = "GEOLOCATION"
    PATTERNS = (
        Pattern("latitude, longitude", rf"^\(?\s*{_DEG}\s*[,;/ ]\s*{_DEG}\s*\)?$", 0.7),
        Pattern(
            "WKT point",
            rf"^(?:SRID=\d+;)?POINT\s*Z?\s*\(\s*{_ANY}\s+{_ANY}(?:\s+{_ANY})?\s*\)$",
            0.8,
        ),
        Pattern(
            "GeoJSON point",
            rf'^\{{\s*"type"\s*:\s*"Point"\s*,\s*"coordinates"\s*:\s*\[\s*{_ANY}\s*,\s*{_ANY}'
            r"\s*\]\s*\}$",
            0.8,
        ),
    )
    CONTEXT = ("location", "geo", "coordinates", "position")
    PREFILTER = r"(?i)^\s*(?:\(?\s*[+-]?\d{1,3}\.\d+\s*[,;/ ]|(?:SRID=\d+;)?POINT|\{)"

    def validate_result(self, pattern_text: str) -> bool | None:
        """Both numbers in range (None keeps the pattern's score)."""
        return None if in_range(pattern_text) else False


class CoordinateRecognizer(ValueRecognizer):
    """One latitude or longitude (decimal with 4+ decimals, or degrees-minutes-seconds), or a
    geohash: only with a telling name."""

    ENTITY = "GEOLOCATION"
    PATTERNS = (
        Pattern("decimal degrees", r"^[+-]?\d{1,3}\.\d{4,}$", 0.4),
        Pattern(
            "degrees, minutes, seconds",
            r"^\d{1,3}°\s?\d{1,2}['\u2032]\s?\d{1,2}(?:\.\d+)?[\"\u2033]?\s?[NSEW]$",
            0.6,
        ),
        Pattern("geohash", "^" + _GEOHASH.pattern + "$", 0.3),
    )
    CONTEXT = ("latitude", "longitude", "lat", "lng", "lon", "geohash")
    PREFILTER = r"^\s*(?:[+-]?\d{1,3}(?:\.\d{4,}|°)|(?=\d*[b-hjkmnp-z])[0-9b-hjkmnp-z]{5,12}\s*$)"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """Degrees up to 180; a geohash is lower case and mixes letters and digits."""
        text = pattern_text
        if _GEOHASH.fullmatch(text):
            return None if text.islower() and any(c.isdigit() for c in text) else False
        degrees = float(text.split("°")[0])
        return False if abs(degrees) > 180 else None


def wkb_point(text: str) -> tuple[float, float] | None:
    """The two coordinates of a hex WKB or EWKB point (PostGIS ``geom::text``, ``ST_AsHEXEWKB``,
    ``ST_AsBinary`` shown as hex, MySQL's internal SRID-prefixed form), or None.

    >>> wkb_point("0101000000" + "000000000000F03F" + "0000000000000040")
    (1.0, 2.0)
    >>> wkb_point("0103000000" + "00" * 16) is None
    True
    """
    text = text.strip().removeprefix("\\x")
    try:
        data = bytes.fromhex(text)
    except ValueError:
        return None
    for start in (0, 4):  # MySQL stores a 4-byte SRID before the WKB
        body = data[start:]
        if len(body) < 21 or body[0] not in (0, 1):
            continue
        order = "<" if body[0] == 1 else ">"
        (kind,) = struct.unpack(order + "I", body[1:5])
        offset = 5
        if kind & 0x20000000:  # EWKB: an SRID follows the type
            offset += 4
        base = kind & 0x0FFFFFFF
        if base % 1000 != 1 or base > 3001 or len(body) < offset + 16:
            continue
        x, y = struct.unpack(order + "dd", body[offset : offset + 16])
        # Z and M from EWKB flags or ISO codes (1001 Z, 2001 M, 3001 ZM).
        dims = 2 + bool(kind & 0x80000000) + bool(kind & 0x40000000) + (0, 1, 1, 2)[base // 1000]
        if len(body) != offset + 8 * dims:
            continue
        return (x, y)
    return None


class WkbPointRecognizer(ValueRecognizer):
    """A point as hex WKB or EWKB with both coordinates in range (a geometry column read as
    text, or coordinates stored as a hex string)."""

    ENTITY = "GEOLOCATION"
    PATTERNS = (Pattern("hex WKB point", r"^(?:\\x)?[0-9A-Fa-f]{42,82}$", 0.7),)
    CONTEXT = ("location", "geo", "geom", "point", "coordinates", "position")
    PREFILTER = (
        r"(?i)^\s*(?:\\x)?(?:[0-9a-f]{8})?(?:01[0-9a-f]{2}0000|00[0-9a-f]{2}0000[0-9a-f]{2})"
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        """A point whose numbers are finite, in range in either order, and not (0, 0)."""
        point = wkb_point(pattern_text)
        if point is None or not all(math.isfinite(c) for c in point):
            return False
        a, b = abs(point[0]), abs(point[1])
        return None if ((a <= 180 and b <= 90) or (a <= 90 and b <= 180)) and a + b > 0 else False
