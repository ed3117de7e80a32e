"""A rule of the seventy-second round: a cache's or a rate limiter's key that holds an e-mail
address (the name rule ``cache_keys``).

A framework that counts a person's login attempts keys its counter by whom they tried to sign in
as: ``ann@example.org|203.0.113.9`` in a cache table's ``key``, a throttle's ``throttle_key``,
beside the number of tries. The key is then that person's e-mail address with a suffix, and says
who tried to sign in from where. The rule asks for the key of a table of cached values, locks or
attempts (:data:`CACHES`) and for sampled values cut on ``|``, ``:``, ``;``, ``,`` or ``/`` of
which half at the least have an e-mail address for a part; a cache of pages or configuration
(``config:mail``, ``page:/about``) and a key that is an e-mail template's name are left alone.

>>> addressed_keys(["ann@example.org|203.0.113.9", "ann@example.org|203.0.113.9:timer"])
2
>>> addressed_keys(["config:mail", "page:/about", "mail_template:welcome"])
0
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .base import SignalHit
from .fixtures_and_accounts import distinct_texts
from .name_tokens import singular
from .name_view import FieldView

#: Table words of cached values, locks and attempts counted (``cache``, ``cache_locks``,
#: ``throttle``, ``rate_limits``, ``login_attempts``).
CACHES = frozenset({"cache", "lock", "throttle", "ratelimit", "rate", "limiter", "attempt"})
#: What cuts a key into parts.
_PARTS = re.compile(r"[|:;,/\s]+")
_ADDRESS = re.compile(r"[^\s@|:;,/]+@[^\s@|:;,/]+\.[A-Za-z]{2,}")


def addressed_keys(values: Collection[str]) -> int:
    """How many keys have an e-mail address for a part."""
    return sum(any(_ADDRESS.fullmatch(p) for p in _PARTS.split(v)) for v in values)


def cache_keys(view: FieldView) -> list[SignalHit]:
    """A cache's or a throttle's key that holds e-mail addresses: the name signal's rule."""
    tokens = view.tokens
    if view.kind not in {"text", ""} or not tokens or tokens[-1] != "key":
        return []
    if not {singular(w) for w in view.table_words} & CACHES:
        return []
    values = distinct_texts(view.ctx.samples)
    found = addressed_keys(values)
    if not found or found * 2 < len(values):
        return []
    reason = (
        f"values: {found} of {len(values)} distinct sampled keys of a cache or a rate limiter "
        "have an e-mail address for a part: whom the cached value or the attempts counted are "
        "about"
    )
    return [view.hit("EMAIL_ADDRESS", 0.7, reason)]
