"""Handles: 3 to 32 letters, digits, dots, hyphens or underscores, with at least one letter.

The shape also fits codes and slugs, so values only confirm a column whose name says username
or login; what they reject matters as much: spaces, ``@``, prices and plain numbers.

>>> UsernameRecognizer().analyze("jane_doe42", ["USERNAME"])[0].score
0.4
>>> UsernameRecognizer().analyze("jane@example.com", ["USERNAME"])
[]
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from .base import ValueRecognizer


class UsernameRecognizer(ValueRecognizer):
    """A login or screen name: no spaces, not all digits, not an email."""

    ENTITY = "USERNAME"
    PATTERNS = (Pattern("handle", r"^(?=[\w.-]*[^\W\d_])[\w.-]{3,32}$", 0.4),)
    CONTEXT = ("username", "login", "user", "nickname", "handle")
    PREFILTER = r"^\s*(?=[\w.-]*[^\W\d_])[\w.-]{3,32}\s*$"
    NEEDS_NAME = True
