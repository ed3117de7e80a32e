"""E-mail addresses on private or reserved domains (``.local``, ``.internal``, ``.example``).

Presidio's e-mail recognizer accepts only domains under a public suffix, so internal addresses of
staff and test accounts fail it; their shape still confirms a column named as e-mail.

>>> EmailShapeRecognizer().analyze("ops@shop.internal", ["EMAIL_ADDRESS"])[0].score
0.5
>>> EmailShapeRecognizer().analyze("not an email", ["EMAIL_ADDRESS"])
[]
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from .base import ValueRecognizer


class EmailShapeRecognizer(ValueRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (Pattern("email shape", r"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)*\.[a-z]{2,24}$", 0.5),)
    CONTEXT = ("email", "mail", "e-mail")
    PREFILTER = r"@"
    NEEDS_NAME = True
