"""Field names made of the keys inside a value: one rule for every connector that flattens a
document (a Redis JSON value, a RabbitMQ message, an API response schema) into dotted paths.

A key written by a person (a schema's property) is kept as it is; a key read from data (a
sampled message, a Redis value) may itself be a value (``{"ada@example.com": {...}}``), so its
variable parts become placeholders, as in a Redis key name. Either way ``/``, the separator of
piimap's ids, is written ``%2F``.

>>> declared_segment("orders/total"), sampled_segment("ada@example.com"), sampled_segment("sku")
('orders%2Ftotal', '<email>', 'sku')
"""

from __future__ import annotations

from .redis_keys import key_pattern


def declared_segment(name: object) -> str:
    """A key a description declares, as one segment of a field path."""
    return str(name).strip().replace("/", "%2F") or "_"


def sampled_segment(name: object) -> str:
    """A key read from a sampled value: its variable parts (numbers, ids, e-mail addresses,
    phone numbers) placeholders, so no value reaches a field name."""
    text = name.decode("utf-8", "replace") if isinstance(name, bytes) else str(name)
    return declared_segment(key_pattern(text))
