"""Device identifiers: push tokens and MAC addresses, and UUID or hex ids that need a name.

An FCM or GCM registration token (``...:APA91b...``) or a MAC address names a device wherever it
is. A UUID (IDFA, GAID), a 16-hex Android ID or a 64-hex APNs token has the shape of a primary
key or a hash too, so :class:`HexDeviceIdRecognizer` only confirms a column named for devices.

>>> DeviceIdRecognizer().analyze("00:1A:2B:3C:4D:5E", ["DEVICE_ID"])[0].score
0.6
>>> HexDeviceIdRecognizer().analyze("9f89c84a559f573636a47ff8daed0d33", ["DEVICE_ID"])
[]
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_HEX_LETTER = re.compile(r"[a-f]", re.IGNORECASE)


class DeviceIdRecognizer(ValueRecognizer):
    """A Firebase/GCM push registration token or a MAC address."""

    ENTITY = "DEVICE_ID"
    PATTERNS = (
        Pattern("FCM registration token", r"^[\w-]{11,}:APA91b[\w-]{40,}$", 0.85),
        Pattern("GCM registration id", r"^APA91b[\w-]{100,}$", 0.85),
        Pattern("MAC address", r"^[0-9A-F]{2}([:-])(?:[0-9A-F]{2}\1){4}[0-9A-F]{2}$", 0.6),
        Pattern("MAC address (dotted)", r"^[0-9A-F]{4}\.[0-9A-F]{4}\.[0-9A-F]{4}$", 0.5),
    )
    CONTEXT = ("device", "push", "token", "mac", "fcm", "registration")
    PREFILTER = (
        r"(?i)APA91b|^\s*[0-9a-f]{2}([:-])[0-9a-f]{2}\1|^\s*[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}"
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Not the all-zero or broadcast MAC address."""
        hex_digits = set(re.sub(r"[^0-9a-f]", "", pattern_text.lower()))
        return False if hex_digits in ({"0"}, {"f"}) else None


class HexDeviceIdRecognizer(ValueRecognizer):
    """A UUID (IDFA, GAID, IDFV), a 16-hex Android ID or a 64-hex APNs device token."""

    ENTITY = "DEVICE_ID"
    PATTERNS = (
        Pattern(
            "UUID (IDFA/GAID)",
            r"^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$",
            0.4,
        ),
        Pattern("Android ID", r"^[0-9A-F]{16}$", 0.3),
        Pattern("APNs device token", r"^[0-9A-F]{64}$", 0.35),
        Pattern("APNs device token (spaced)", r"^<?[0-9A-F]{8}(?: [0-9A-F]{8}){7}>?$", 0.5),
    )
    CONTEXT = ("device", "idfa", "gaid", "advertising", "android", "apns", "push", "token")
    PREFILTER = r"^\s*<?[0-9A-Fa-f]{8}[- ]?[0-9A-Fa-f]{4}"
    NEEDS_NAME = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """Hex ids have a letter somewhere (sixteen digits are a card number); the nil UUID is an
        IDFA with tracking turned off, so it stays."""
        if "-" in pattern_text:
            return None
        return None if _HEX_LETTER.search(pattern_text) else False
