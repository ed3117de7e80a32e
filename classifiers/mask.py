"""Masked examples for explanations: enough to recognise the shape, never the value.

>>> mask("jane.doe@example.com")
'j***@e***.com'
>>> mask("jane@mail.smith-family.org")  # only the top-level domain is kept
'j***@m***.org'
>>> mask("+1 (415) 555-2671")
'+# (###) ###-####'
>>> mask("Hauptstraße 12")
'H*** ##'
>>> mask("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW")
'$2b$12$***'
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^([^@\s]+)@([^@\s.]+)(?:\.[^@\s]+)*(\.[^@\s.]+)$")
_CRYPT = re.compile(r"^(\$[0-9a-z]{1,8}\$(?:[0-9]{2}\$)?)")
_DIGIT = re.compile(r"\d")
#: The letters of a word after its first: a run of letters is the longest, so what precedes it
#: is no letter, and a run of one has nothing to replace. A plain replacement: no Python call
#: per word, as ``([^\W\d_])[^\W\d_]+`` -> ``\1***`` would make.
_WORD_TAIL = re.compile(r"(?<=[^\W\d_])[^\W\d_]+")


def mask(value: object) -> str:
    """A masked form of a sampled value: digits become ``#``, words keep their first letter."""
    text = value.hex() if isinstance(value, bytes) else str(value)
    text = text.strip()[:40]
    if m := _EMAIL.match(text):
        return f"{m.group(1)[0]}***@{m.group(2)[0]}***{m.group(3)}"
    if m := _CRYPT.match(text):
        return m.group(1) + "***"
    return _WORD_TAIL.sub("***", _DIGIT.sub("#", text))
