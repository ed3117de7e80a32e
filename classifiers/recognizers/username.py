"""Handles: 3 to 32 letters, digits, dots, hyphens or underscores, with at least one letter.

The shape also fits codes and slugs, so values only confirm a column whose name says username
or login; what they reject matters as much: spaces, ``@``, prices and plain numbers.

>>> UsernameRecognizer().analyze("jane_doe42", ["USERNAME"])[0].score
0.4
>>> UsernameRecognizer().analyze("jane@example.com", ["USERNAME"])
[]
>>> WindowsAccountRecognizer().analyze("adventure-works\\\\pamela0", ["USERNAME"])[0].score
0.7
>>> WindowsAccountRecognizer().analyze("C:\\\\temp", ["USERNAME"])
[]
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from .base import ValueRecognizer


class WindowsAccountRecognizer(ValueRecognizer):
    """A Windows account in down-level logon form, ``DOMAIN\\user`` (``adventure-works\\pamela0``):
    a domain of letters, digits, dots or hyphens, one backslash, a user name. Specific enough to
    label a column alone (a path has a drive letter, a colon or several backslashes)."""

    ENTITY = "USERNAME"
    PATTERNS = (
        Pattern("DOMAIN\\user", r"^[A-Za-z][A-Za-z0-9.-]{0,62}\\[A-Za-z0-9._$-]{1,64}$", 0.7),
    )
    CONTEXT = ("username", "login", "user", "account")
    PREFILTER = r"^\s*[A-Za-z][A-Za-z0-9.-]{0,62}\\[A-Za-z0-9._$-]{1,64}\s*$"
    NEEDS_NAME = False


class UsernameRecognizer(ValueRecognizer):
    """A login or screen name: no spaces, not all digits, not an email."""

    ENTITY = "USERNAME"
    # Lazy inside the lookahead: it stops at the first letter (the same matches, fewer steps).
    PATTERNS = (Pattern("handle", r"^(?=[\w.-]*?[^\W\d_])[\w.-]{3,32}$", 0.4),)
    CONTEXT = ("username", "login", "user", "nickname", "handle")
    PREFILTER = r"^\s*(?=[\w.-]*?[^\W\d_])[\w.-]{3,32}\s*$"
    NEEDS_NAME = True
