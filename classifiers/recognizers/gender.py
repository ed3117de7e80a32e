"""Gender and sex values, and salutations that imply one, in a small vocabulary.

``M``, ``F`` and ``X`` are also sizes and grades, so values only confirm a column whose name
says gender, sex or salutation. Numeric codes (ISO/IEC 5218's 0, 1, 2, 9) are not matched: a
number column is confirmed by its name alone, or not at all.

>>> GenderRecognizer().analyze("Non-binary", ["GENDER"])[0].score
0.6
>>> GenderRecognizer().analyze("Mrs.", ["GENDER"])[0].score
0.4
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_GENDERS = (
    "male|female|man|woman|men|women|boy|girl|non[- ]?binary|nb|enby|genderqueer|agender"
    "|intersex|trans(?:gender)?(?: (?:wo)?man)?|other|unknown|unspecified|not specified"
    "|prefer not to (?:say|disclose)|undisclosed|diverse|divers|männlich|weiblich|homme|femme"
    "|hombre|mujer|masculino|femenino|maschio|femmina|masculin|féminin"
)
_LETTERS = "m|f|x|d|u|w|h"
_SALUTATIONS = "mr|mrs|ms|miss|mx|mister|madam|madame|herr|frau|mme|mlle|monsieur|sr|sra|srta"


class GenderRecognizer(ValueRecognizer):
    """A gender word, a one-letter code (M/F/X/D/U) or a gendered salutation (Mr, Mrs, Frau...)."""

    ENTITY = "GENDER"
    PATTERNS = (
        Pattern("gender word", rf"^(?:{_GENDERS})$", 0.6),
        Pattern("salutation", rf"^(?:{_SALUTATIONS})\.?$", 0.4),
        Pattern("one-letter code", rf"^(?:{_LETTERS})\.?$", 0.3),
    )
    CONTEXT = ("gender", "sex", "salutation", "title")
    PREFILTER = rf"(?i)^\s*(?:{_GENDERS}|{_SALUTATIONS}|{_LETTERS})\.?\s*$"
    NEEDS_NAME = True
