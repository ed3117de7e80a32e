"""Postal codes whose shape names their country, and plain 4- or 5-digit codes.

UK, Canadian and Dutch codes and US ZIP+4 are rare shapes outside addresses; Polish, Brazilian
and Japanese codes are digit groups that SKUs and phone fragments share, so they score lower.
A plain ``12345`` is a postal code only where the column's name says so.

>>> PostalCodeRecognizer().analyze("SW1A 1AA", ["POSTAL_CODE"])[0].score
0.8
>>> NumericPostalCodeRecognizer().analyze("75001", ["POSTAL_CODE"])[0].score
0.3
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from .base import ValueRecognizer

# Royal Mail's letter rules: no Q, V, X first; no I, J, Z second; inward code avoids C I K M O V.
_UK = (
    r"^(?:GIR ?0AA|(?:[A-PR-UWYZ](?:\d{1,2}|[A-HK-Y]\d{1,2}|\d[A-HJKPSTUW]"
    r"|[A-HK-Y]\d[ABEHMNPRVWXY])) ?\d[ABD-HJLNP-UW-Z]{2})$"
)
_CA = r"^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d$"


class PostalCodeRecognizer(ValueRecognizer):
    """A postal code in a country-specific shape (US ZIP+4, UK, CA, NL, PL, BR, JP)."""

    ENTITY = "POSTAL_CODE"
    PATTERNS = (
        Pattern("UK postcode", _UK, 0.8),
        Pattern("Canadian postal code", _CA, 0.8),
        Pattern("US ZIP+4", r"^\d{5}-\d{4}$", 0.6),
        Pattern("Dutch postcode", r"^[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}$", 0.5),
        Pattern("Brazilian CEP", r"^\d{5}-\d{3}$", 0.5),
        Pattern("Polish postal code", r"^\d{2}-\d{3}$", 0.4),
        Pattern("Japanese postal code", r"^\d{3}-\d{4}$", 0.4),
    )
    CONTEXT = ("zip", "postcode", "postal", "plz")
    PREFILTER = r"^\s*[A-Za-z0-9]{2,5}[ -]?[A-Za-z0-9]{2,4}\s*$"


class NumericPostalCodeRecognizer(ValueRecognizer):
    """A plain 4- or 5-digit postal code (US ZIP, DE, FR, AU...): only with a telling name."""

    ENTITY = "POSTAL_CODE"
    PATTERNS = (Pattern("4- or 5-digit postal code", r"^\d{4,5}$", 0.3),)
    CONTEXT = PostalCodeRecognizer.CONTEXT
    PREFILTER = r"^\s*\d{4,5}\s*$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """No country uses an all-zero code."""
        return False if set(pattern_text) == {"0"} else None
