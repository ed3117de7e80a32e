"""The parts of a payment card a store keeps besides the full number.

Full card numbers are Presidio's own CREDIT_CARD recognizer (with its Luhn check). Four digits, a
month and year or six digits mean a card only in a column named for one, so those recognizers
confirm a name; a masked number (``424242******4242``) says it alone.

>>> CardExpiryRecognizer().analyze("13/25", ["CARD_EXPIRY"])
[]
>>> CardExpiryRecognizer().analyze("12/2027", ["CARD_EXPIRY"])[0].score
0.5
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_MASK = "*Xx•#"


class CardLast4Recognizer(ValueRecognizer):
    ENTITY = "CARD_LAST4"
    PATTERNS = (Pattern("four digits", r"^\d{4}$", 0.3),)
    CONTEXT = ("last4", "last", "four", "digits", "card", "cc")
    PREFILTER = r"^\d{4}$"
    NEEDS_NAME = True


class MaskedCardRecognizer(ValueRecognizer):
    """A card number with all but (the first six and) the last four digits masked."""

    ENTITY = "CARD_LAST4"
    PATTERNS = (
        Pattern(
            "masked card",
            rf"^(?:\d{{4}}[ -]?\d{{0,4}})?(?:[ -]?[{_MASK}]){{4,15}}[ -]?\d{{4}}$",
            0.8,
        ),
    )
    CONTEXT = ("masked", "pan", "card", "cc", "number")
    PREFILTER = rf"[{_MASK}].*\d{{4}}$"

    def validate_result(self, pattern_text: str) -> bool | None:
        """A short form (``**** 4242``) or a whole card's length of digits and mask characters."""
        symbols = len(re.sub(rf"[^\d{_MASK}]", "", pattern_text))
        return None if symbols == 8 or 13 <= symbols <= 19 else False


class CardExpiryRecognizer(ValueRecognizer):
    """MM/YY, MM/YYYY, MM-YY, M/YY or YYYY-MM, with a month from 01 to 12."""

    ENTITY = "CARD_EXPIRY"
    PATTERNS = (
        Pattern("month/year", r"^(?:0?[1-9]|1[0-2]) ?[/-] ?(?:\d{2}|(?:19|20)\d{2})$", 0.5),
        Pattern("year-month", r"^(?:19|20)\d{2}-(?:0[1-9]|1[0-2])$", 0.4),
    )
    CONTEXT = ("exp", "expiry", "expiration", "expires", "valid", "card", "cc")
    PREFILTER = r"^\d{1,4} ?[/-] ?\d{2,4}$"
    NEEDS_NAME = True


class CardBinRecognizer(ValueRecognizer):
    """An issuer identification number: 6 to 8 digits starting with a card network's 2-6."""

    ENTITY = "CARD_BIN"
    PATTERNS = (Pattern("bin", r"^[2-6]\d{5,7}$", 0.3),)
    CONTEXT = ("bin", "iin", "first6", "prefix", "card")
    PREFILTER = r"^[2-6]\d{5,7}$"
    NEEDS_NAME = True
