"""Redis keys grouped into datasets by pattern: the parts of a key name that vary from key to
key (numbers, uuids, hex ids, session ids, e-mail addresses) become placeholders, so
``cart:1042`` and ``cart:77`` are one dataset ``cart:<n>``. A key name can hold personal data
(``customer:ada@example.com:profile``): only patterns leave the scan, never a key's name.

>>> key_pattern("customer:1042:profile")
'customer:<n>:profile'
>>> key_pattern("PHPREDIS_SESSION:9d1b3c0a6f2e4d7c8b5a4f3e2d1c0b9a")
'PHPREDIS_SESSION:<hex>'
>>> key_pattern("sess_k2jd8s7fh3l0qp4mz6xv1c9bn5")
'sess_<id>'
>>> key_pattern("newsletter:ada.lovelace@example.com")
'newsletter:<email>'
>>> key_pattern("otp:+14155550123"), key_pattern("customer:Ada Lovelace:cart")
('otp:<phone>', 'customer:<text>:cart')
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

#: Separators between the parts of a key name (kept as they are in the pattern).
_SEPARATORS = re.compile(r"([:/|#{}]+)")
#: (placeholder, pattern of a whole part or of a part's suffix after ``_``/``-``/``.``), first
#: match wins.
_PLACEHOLDERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("<email>", re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")),
    (
        "<uuid>",
        re.compile(r"[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"),
    ),
    ("<n>", re.compile(r"-?\d+(\.\d+)?")),
    ("<hex>", re.compile(r"(?=.*\d)[0-9a-fA-F]{12,}")),
    # Session ids and tokens: long runs of letters and digits with both in them.
    ("<id>", re.compile(r"(?=(?:.*\d){2})(?=.*[A-Za-z])[A-Za-z0-9\-,]{16,}")),
    ("<ip>", re.compile(r"\d{1,3}(\.\d{1,3}){3}")),
    ("<date>", re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2})?")),
    # Phone numbers: an international one, or groups of digits (``415-555-0123``).
    ("<phone>", re.compile(r"\+\d[\d\-. ()]{5,20}\d|\d{1,4}(?:[\-. ]\d{2,5}){2,5}")),
    # A part with a space in it is free text (a name, an address), never a namespace.
    ("<text>", re.compile(r"\S*\s.*")),
)
#: A prefix ending in ``_``, ``-`` or ``.`` before a variable suffix (``sess_<id>``).
_PREFIXED = re.compile(r"^(?P<head>[A-Za-z][A-Za-z]*[_\-.])(?P<tail>.+)$")
#: Words and separators only: a head that may come before a variable suffix.
_WORDS = re.compile(r"[A-Za-z][A-Za-z_\-.]*")
#: Patterns differing only in one part with at least this many distinct values there are one
#: dataset, the part a ``*`` (names, slugs and other words no placeholder knows).
COLLAPSE_AT = 8


def _variable(text: str) -> tuple[str, str] | None:
    """(the fixed head, the placeholder) when ``text`` or its suffix after a word and ``_``,
    ``-`` or ``.`` varies from key to key; None when it is a fixed word."""
    if text.isdigit():  # the common cases first: a scan may name a million keys
        return "", "<n>"
    if text.isalpha():  # no placeholder is letters only
        return None
    email, *others = _PLACEHOLDERS
    if email[1].fullmatch(text):
        return "", email[0]
    m = _PREFIXED.match(text)
    if m:  # ``sess_<id>`` rather than ``<id>``: the head names the dataset
        for end in (i + 1 for i, c in enumerate(text) if c in "_-."):
            head, tail = text[:end], text[end:]
            if not _WORDS.fullmatch(head):
                break
            for placeholder, pattern in others:
                if pattern.fullmatch(tail):
                    return head, placeholder
    for placeholder, pattern in others:
        if pattern.fullmatch(text):
            return "", placeholder
    return None


def _part(text: str) -> str:
    found = _variable(text)
    return found[0] + found[1] if found else text


def key_pattern(key: str) -> str:
    """The pattern of one key name: each variable part a placeholder."""
    return "".join(
        piece if i % 2 else _part(piece) for i, piece in enumerate(_SEPARATORS.split(key))
    )


def variable_parts(key: str) -> list[tuple[str, str]]:
    """(placeholder, the part's text) for each part of ``key`` a placeholder replaced; the
    text stays in memory, a sample of the key's own data.

    >>> variable_parts("customer:ada@example.com:profile")
    [('<email>', 'ada@example.com')]
    >>> variable_parts("sess_k2jd8s7fh3l0qp4mz6xv1c9bn5")
    [('<id>', 'k2jd8s7fh3l0qp4mz6xv1c9bn5')]
    """
    found = []
    for i, piece in enumerate(_SEPARATORS.split(key)):
        variable = None if i % 2 else _variable(piece)
        if variable:
            found.append((variable[1], piece[len(variable[0]) :]))
    return found


def pattern_of(key: str, prefix: str = "") -> str:
    """The pattern of ``key`` with a ``prefix`` it starts with (SCAN MATCH's fixed head) kept
    as it is.

    >>> pattern_of("app_7f3a91c2:cart:1", prefix="app_7f3a91c2:")
    'app_7f3a91c2:cart:<n>'
    """
    head = prefix if key.startswith(prefix) else ""
    return head + key_pattern(key[len(head) :])


def group_keys(
    keys: Iterable[str], collapse_at: int = COLLAPSE_AT, prefix: str = ""
) -> dict[str, list[str]]:
    """Keys by dataset pattern (:func:`pattern_of`), then :func:`collapse`.

    >>> sorted(group_keys(["cart:1", "cart:2", "session:ab12cd34ef56ab78"]))
    ['cart:<n>', 'session:<hex>']
    """
    by_pattern: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_pattern[pattern_of(key, prefix)].append(key)
    return collapse(by_pattern, collapse_at)


def collapse(
    by_pattern: Mapping[str, list[str]], collapse_at: int = COLLAPSE_AT
) -> dict[str, list[str]]:
    """Keys by pattern, each list sorted, where patterns that differ in one part only, with
    ``collapse_at`` or more distinct values there, are one pattern with ``*`` in that part.
    Each pass merges every such group; a pass adds a ``*``, so there are few.

    >>> sorted(collapse({f"user:{n}:cart": [n] for n in "ann bob cy di ed flo gus hal".split()}))
    ['user:*:cart']
    """
    merged_keys: dict[str, list[str]] = {p: list(k) for p, k in by_pattern.items()}
    split = {p: _SEPARATORS.split(p) for p in merged_keys}
    changed = True
    while changed:
        changed = False
        siblings: dict[tuple[int, tuple[str, ...]], set[str]] = defaultdict(set)
        for pattern, pieces in split.items():
            for i in range(0, len(pieces), 2):
                if pieces[i] != "*":
                    siblings[(i, tuple([*pieces[:i], "*", *pieces[i + 1 :]]))].add(pattern)
        for (_i, shape), patterns in sorted(siblings.items()):
            if len(patterns) >= collapse_at and all(p in split for p in patterns):
                merged = "".join(shape)
                keys = merged_keys.setdefault(merged, [])
                for p in sorted(patterns):
                    if p != merged:
                        keys.extend(merged_keys.pop(p))
                        del split[p]
                split[merged] = list(shape)
                changed = True
    return {p: sorted(keys) for p, keys in sorted(merged_keys.items())}
