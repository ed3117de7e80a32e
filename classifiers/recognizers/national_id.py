"""Government identity numbers beyond Presidio's US ones, each with its check digit verified.

Formats with letters or a strong check (UK NINO, French NIR, Spanish DNI/NIE, Italian codice
fiscale) label a column alone. Bare runs of nine or twelve digits (Canadian SIN, Dutch BSN,
Aadhaar, a US SSN without dashes) are too common a shape; they only confirm a column's name.
``validate_result`` returns None for a valid check digit, so the pattern's score stands (True
would raise it to 1.0), and False to drop the match.

>>> CodiceFiscaleRecognizer().analyze("RSSMRA85T10A562S", ["NATIONAL_ID"])[0].score
0.9
>>> CodiceFiscaleRecognizer().analyze("RSSMRA85T10A562T", ["NATIONAL_ID"])
[]
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from .base import ValueRecognizer


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check used by card numbers, the Canadian SIN and some VAT numbers.

    >>> luhn_valid("046454286"), luhn_valid("046454287")
    (True, False)
    """
    total = 0
    for i, char in enumerate(reversed(digits)):
        doubled = int(char) * (2 if i % 2 else 1)
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def _dihedral(j: int, k: int) -> int:
    """Multiplication in the dihedral group D5, the heart of Verhoeff's check."""
    if j < 5:
        return (j + k) % 5 + (5 if k >= 5 else 0)
    return (j - k) % 5 + (0 if k >= 5 else 5)


_VERHOEFF_PERMUTATION = (1, 5, 7, 6, 2, 8, 3, 0, 9, 4)


def verhoeff_valid(digits: str) -> bool:
    """Verhoeff's check, which catches every single-digit error and adjacent transposition."""
    check = 0
    for i, char in enumerate(reversed(digits)):
        digit = int(char)
        for _ in range(i % 8):
            digit = _VERHOEFF_PERMUTATION[digit]
        check = _dihedral(check, digit)
    return check == 0


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


class NinoRecognizer(ValueRecognizer):
    """UK National Insurance number, without the prefixes HMRC never issues."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (
        Pattern(
            "NINO",
            r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
            r" ?\d{2} ?\d{2} ?\d{2} ?[A-D]$",
            0.85,
        ),
    )
    CONTEXT = ("nino", "national", "insurance", "ni")
    PREFILTER = r"^[A-Za-z]{2} ?\d{2}"


class NirRecognizer(ValueRecognizer):
    """French NIR (numéro INSEE): 13 digits (Corsica 2A/2B) and a key of 97 - n mod 97."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (
        Pattern(
            "NIR",
            r"^[1-478] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}$",
            0.7,
        ),
    )
    CONTEXT = ("nir", "insee", "secu", "securite", "sociale")
    PREFILTER = r"^[1-478][\dABab ]{14,20}$"

    def validate_result(self, pattern_text: str) -> bool | None:
        nir = re.sub(r"\s", "", pattern_text).upper()
        number = int(nir[:13].replace("2A", "19").replace("2B", "18"))
        return None if int(nir[13:]) == 97 - number % 97 else False


class DniNieRecognizer(ValueRecognizer):
    """Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) with its check letter."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (
        Pattern("DNI", r"^\d{8}[- ]?[A-Z]$", 0.7),
        Pattern("NIE", r"^[XYZ][- ]?\d{7}[- ]?[A-Z]$", 0.7),
    )
    CONTEXT = ("dni", "nie", "nif", "documento", "identidad")
    PREFILTER = r"^[XYZxyz]?[- ]?\d{7,8}[- ]?[A-Za-z]$"

    def validate_result(self, pattern_text: str) -> bool | None:
        text = re.sub(r"[- ]", "", pattern_text).upper()
        if text[0] in "XYZ":  # an NIE's letter stands for a leading 0, 1 or 2
            text = str("XYZ".index(text[0])) + text[1:]
        return None if "TRWAGMYFPDXBNJZSQVHLCKE"[int(text[:-1]) % 23] == text[-1] else False


#: Values of the odd-positioned characters of a codice fiscale, for 0-9 and A-Z alike.
_CF_ODD = (
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
)


class CodiceFiscaleRecognizer(ValueRecognizer):
    """Italian codice fiscale, including omocodia (digits replaced by letters)."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (
        Pattern(
            "codice fiscale",
            r"^[A-Z]{6}[\dL-NP-V]{2}[A-EHLMPR-T][\dL-NP-V]{2}[A-Z][\dL-NP-V]{3}[A-Z]$",
            0.9,
        ),
    )
    CONTEXT = ("codice", "fiscale", "cf", "tax", "code")
    PREFILTER = r"^[A-Za-z]{6}[\dA-Za-z]{10}$"

    def validate_result(self, pattern_text: str) -> bool | None:
        code = pattern_text.upper()
        values = [int(c) if c.isdigit() else ord(c) - ord("A") for c in code[:15]]
        total = sum(_CF_ODD[v] if i % 2 == 0 else v for i, v in enumerate(values))
        return None if chr(ord("A") + total % 26) == code[15] else False


class SinRecognizer(ValueRecognizer):
    """Canadian Social Insurance Number: nine Luhn-checked digits (8 starts business numbers)."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (Pattern("SIN", r"^[0-79]\d{2}([- ]?)\d{3}\1\d{3}$", 0.4),)
    CONTEXT = ("sin", "social", "insurance")
    PREFILTER = r"^\d{3}[- ]?\d{3}[- ]?\d{3}$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if luhn_valid(_digits(pattern_text)) else False


class BsnRecognizer(ValueRecognizer):
    """Dutch burgerservicenummer: nine digits passing the eleven-test."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (Pattern("BSN", r"^\d{9}$", 0.4),)
    CONTEXT = ("bsn", "burgerservicenummer", "sofi")
    PREFILTER = r"^\d{9}$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = [int(c) for c in pattern_text]
        total = sum((9 - i) * d for i, d in enumerate(digits[:8])) - digits[8]
        return None if total > 0 and total % 11 == 0 else False


class AadhaarRecognizer(ValueRecognizer):
    """Indian Aadhaar number: twelve digits, not starting 0 or 1, with a Verhoeff check."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (Pattern("Aadhaar", r"^[2-9]\d{3}([- ]?)\d{4}\1\d{4}$", 0.4),)
    CONTEXT = ("aadhaar", "aadhar", "uid", "uidai")
    PREFILTER = r"^\d{4}[- ]?\d{4}[- ]?\d{4}$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if verhoeff_valid(_digits(pattern_text)) else False


class SsnUndashedRecognizer(ValueRecognizer):
    """A US SSN written as nine bare digits (Presidio finds the dashed form)."""

    ENTITY = "NATIONAL_ID"
    PATTERNS = (
        Pattern("SSN without dashes", r"^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$", 0.3),
    )
    CONTEXT = ("ssn", "social", "security")
    PREFILTER = r"^\d{9}$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """Reject placeholders: one repeated digit, or the advertised 123456789."""
        return None if len(set(pattern_text)) > 1 and pattern_text != "123456789" else False
