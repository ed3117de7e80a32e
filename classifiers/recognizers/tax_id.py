"""Tax identifiers of people and businesses: EU VAT numbers, US EIN, German Steuer-ID, Indian PAN.

A VAT number's country prefix names its format and check; the checks are verified for every
country here but Spain and Ireland, whose numbers score lower. ``validate_result`` returns None
for a valid check so the pattern's score stands (True would raise it to 1.0), False to drop it.

>>> EuVatRecognizer().analyze("DE136695976", ["TAX_ID"])[0].score
0.85
>>> EuVatRecognizer().analyze("DE136695977", ["TAX_ID"])
[]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from presidio_analyzer import Pattern

from .base import ValueRecognizer
from .national_id import luhn_valid


def _mod11_10(digits: str) -> int:
    """The ISO 7064 MOD 11,10 check digit of German VAT numbers and Steuer-IDs."""
    product = 10
    for char in digits:
        product = ((int(char) + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10


def _weighted(digits: str, weights: Iterable[int]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=False))


def _at(n: str) -> bool:
    d = n[1:]  # after the "U"
    total = sum(int(c) if i % 2 == 0 else sum(divmod(2 * int(c), 10)) for i, c in enumerate(d[:7]))
    return (10 - (total + 4) % 10) % 10 == int(d[7])


def _fr(n: str) -> bool:
    key, siren = n[:2], n[2:]
    return int(key) == (12 + 3 * (int(siren) % 97)) % 97 if key.isdigit() else luhn_valid(siren)


def _gb(n: str) -> bool:
    if not n.isdigit():  # GD and HA numbers of government departments carry no check
        return True
    return (_weighted(n[:7], range(8, 1, -1)) + int(n[7:9])) % 97 in (0, 42)


def _nl(n: str) -> bool:
    eleven_test = (_weighted(n[:8], range(9, 1, -1)) - int(n[8])) % 11 == 0
    mod97 = int("".join(str(int(c, 36)) for c in "NL" + n)) % 97 == 1  # sole traders since 2020
    return eleven_test or mod97


#: Each country's number after its two-letter prefix.
_VAT_FORMATS = {
    "AT": r"U\d{8}",
    "BE": r"[01]\d{3}\.?\d{3}\.?\d{3}",
    "DE": r"\d{9}",
    "DK": r"\d{8}",
    "ES": r"[A-Z\d]\d{7}[A-Z\d]",
    "FI": r"\d{8}",
    "FR": r"[\dA-HJ-NP-Z]{2} ?\d{9}",
    "GB": r"\d{3} ?\d{4} ?\d{2}(?: ?\d{3})?|GD[0-4]\d{2}|HA[5-9]\d{2}",
    "IE": r"\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W]",
    "IT": r"\d{11}",
    "NL": r"\d{9}B\d{2}",
    "PL": r"\d{10}",
    "PT": r"\d{9}",
    "SE": r"\d{10}01",
}
_VAT_CHECKS: dict[str, Callable[[str], bool]] = {
    "AT": _at,
    "BE": lambda n: 97 - int(n[:8]) % 97 == int(n[8:]),
    "DE": lambda n: _mod11_10(n[:8]) == int(n[8]),
    "DK": lambda n: _weighted(n, (2, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0,
    "FI": lambda n: _weighted(n, (7, 9, 10, 5, 8, 4, 2, 1)) % 11 == 0,
    "FR": _fr,
    "GB": _gb,
    "IT": luhn_valid,
    "NL": _nl,
    "PL": lambda n: _weighted(n, (6, 5, 7, 2, 3, 4, 5, 6, 7)) % 11 == int(n[9]),
    "PT": lambda n: (11 - _weighted(n, range(9, 1, -1)) % 11) % 11 % 10 == int(n[8]),
    "SE": lambda n: luhn_valid(n[:10]),
}


class EuVatRecognizer(ValueRecognizer):
    """An EU (or UK) VAT number with its country prefix."""

    ENTITY = "TAX_ID"
    PATTERNS = tuple(
        Pattern(f"VAT {cc}", rf"^(?-i:{cc})[ -]?(?:{body})$", 0.85 if cc in _VAT_CHECKS else 0.6)
        for cc, body in _VAT_FORMATS.items()
    )
    CONTEXT = ("vat", "tax", "taxvat", "btw", "tva", "iva", "ust", "ustid", "moms")
    PREFILTER = rf"^(?:{'|'.join(_VAT_FORMATS)})[ -]?[\dA-Za-z]"

    def validate_result(self, pattern_text: str) -> bool | None:
        text = re.sub(r"[\s.-]", "", pattern_text).upper()
        check = _VAT_CHECKS.get(text[:2])
        return None if check is None or check(text[2:]) else False


class EinRecognizer(ValueRecognizer):
    """US Employer Identification Number, NN-NNNNNNN with a prefix the IRS assigns."""

    ENTITY = "TAX_ID"
    PATTERNS = (
        Pattern(
            "EIN",
            r"^(?:0[1-6]|1[0-6]|2[0-7]|3\d|4[0-8]|5\d|6[0-8]|7[1-7]|8[0-8]|9[0-589])-\d{7}$",
            0.6,
        ),
    )
    CONTEXT = ("ein", "fein", "employer", "tax", "tin")
    PREFILTER = r"^\d{2}-\d{7}$"


class SteuerIdRecognizer(ValueRecognizer):
    """German Steuer-ID: eleven digits, one of the first ten repeated, a MOD 11,10 check digit."""

    ENTITY = "TAX_ID"
    PATTERNS = (Pattern("Steuer-ID", r"^[1-9]\d(?: ?\d{3}){3}$", 0.4),)
    CONTEXT = ("steuer", "steuerid", "idnr", "tax", "tin")
    PREFILTER = r"^\d{2} ?\d{3} ?\d{3} ?\d{3}$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = pattern_text.replace(" ", "")
        counts = Counter(digits[:10]).values()
        one_repeat = sum(c > 1 for c in counts) == 1 and max(counts) <= 3
        return None if one_repeat and _mod11_10(digits[:10]) == int(digits[10]) else False


class IndiaPanRecognizer(ValueRecognizer):
    """Indian Permanent Account Number: AAAAA9999A, the fourth letter naming the holder's kind."""

    ENTITY = "TAX_ID"
    PATTERNS = (Pattern("PAN", r"^(?-i:[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z])$", 0.6),)
    CONTEXT = ("pan", "income", "tax", "permanent", "account")
    PREFILTER = r"^[A-Z]{5}\d{4}[A-Z]$"
