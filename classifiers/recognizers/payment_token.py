"""Ids at payment providers that can charge a stored card or account.

Stripe, PayPal and Square ids carry a prefix that names them; an Adyen recurring detail reference
is just sixteen digits, so it only confirms a column named for it. Braintree payment method
tokens are free-form short strings and are left to the column's name.

>>> PaymentTokenRecognizer().analyze("cus_NffrFeUfNV2Hib", ["PAYMENT_TOKEN"])[0].score
0.9
>>> PaymentTokenRecognizer().analyze("CUS_NffrFeUfNV2Hib", ["PAYMENT_TOKEN"])
[]
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from .base import ValueRecognizer

_STRIPE_PREFIX = r"(?:tok|pm|card|src|cus|pi|seti|ba)_"


class PaymentTokenRecognizer(ValueRecognizer):
    ENTITY = "PAYMENT_TOKEN"
    PATTERNS = (
        Pattern("Stripe id", rf"^(?-i:{_STRIPE_PREFIX}[A-Za-z0-9]{{14,30}})$", 0.9),
        Pattern("PayPal billing agreement", r"^(?-i:BA?-[A-Z0-9]{17})$", 0.8),
        Pattern("Square card on file", r"^(?-i:ccof:[A-Za-z0-9_-]{10,64})$", 0.9),
    )
    CONTEXT = ("token", "stripe", "paypal", "square", "customer", "payment", "method", "card")
    PREFILTER = rf"^(?:{_STRIPE_PREFIX}|BA?-|ccof:)"


class AdyenRecurringReferenceRecognizer(ValueRecognizer):
    """Adyen's ``recurringDetailReference`` (sixteen digits)."""

    ENTITY = "PAYMENT_TOKEN"
    PATTERNS = (Pattern("sixteen digits", r"^\d{16}$", 0.3),)
    CONTEXT = ("adyen", "recurring", "reference", "token", "payment")
    PREFILTER = r"^\d{16}$"
    NEEDS_NAME = True
