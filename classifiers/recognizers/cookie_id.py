"""Online identifiers from cookies: analytics client ids, and session ids that need a name.

Google Analytics' ``_ga`` client id (``GA1.2.123456789.1234567890``, or its last two parts) and
Meta's ``_fbp``/``_fbc`` (``fb.1.1596403881668.1116446470``) carry a timestamp and name a browser
wherever they are. Session ids (hex, PHP/Django/ASP.NET alphabets, UUIDs) look like any random
key, so :class:`SessionIdRecognizer` only confirms a column named for sessions or visitors.

>>> CookieIdRecognizer().analyze("GA1.2.123456789.1234567890", ["COOKIE_ID"])[0].score
0.85
>>> SessionIdRecognizer().analyze("k3f9a0c1b2d4e5f6a7b8c9d0e1", ["COOKIE_ID"])[0].score
0.25
"""

from __future__ import annotations

import re
import time

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_BARE_GA = re.compile(r"\d{6,10}\.(\d{10})")


class CookieIdRecognizer(ValueRecognizer):
    """A Google Analytics client or session cookie, or a Meta pixel ``_fbp``/``_fbc`` cookie."""

    ENTITY = "COOKIE_ID"
    PATTERNS = (
        Pattern("GA client id cookie", r"^GA\d\.\d\.\d{1,10}\.\d{10}$", 0.85),
        Pattern("GA4 session cookie", r"^GS\d\.\d\.\d{10}(?:\.\d+)+$", 0.8),
        Pattern("Meta _fbp/_fbc cookie", r"^fb\.\d\.\d{13}\.[\w-]{5,}$", 0.85),
        Pattern("GA client id", "^" + _BARE_GA.pattern + "$", 0.5),
    )
    CONTEXT = ("cookie", "client", "visitor", "ga", "fbp", "analytics")
    PREFILTER = r"(?i)^\s*(?:GA\d\.|GS\d\.|fb\.\d\.|\d{6,10}\.\d{10}\s*$)"

    def validate_result(self, pattern_text: str) -> bool | None:
        """A bare client id's second half is the first visit's Unix time (2001 to now)."""
        bare = _BARE_GA.fullmatch(pattern_text)
        if bare and not 1_000_000_000 <= int(bare.group(1)) <= time.time() + 86_400:
            return False
        return None


class SessionIdRecognizer(ValueRecognizer):
    """A session or visitor id: 32-64 hex, a PHP/Django/ASP.NET/Laravel id, or a UUID."""

    ENTITY = "COOKIE_ID"
    PATTERNS = (
        Pattern("hex session id", r"^[0-9A-F]{32,64}(?:\.[\w-]+)?$", 0.3),
        Pattern("PHP/Django/ASP.NET session id", r"^[A-Z0-9,-]{24,48}$", 0.25),
        Pattern("UUID", r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$", 0.3),
    )
    CONTEXT = ("session", "sid", "cookie", "visitor", "anonymous")
    PREFILTER = r"^\s*[0-9A-Za-z,-]{24,64}(?:\.[\w-]+)?\s*$"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """Random ids mix letters and digits (a run of 24 digits is a number, 24 letters a word)."""
        has_digit = any(map(str.isdigit, pattern_text))
        has_letter = any(map(str.isalpha, pattern_text))
        return None if has_digit and has_letter else False
