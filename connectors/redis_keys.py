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
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

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


def group_keys(
    keys: Iterable[str], collapse_at: int = COLLAPSE_AT, prefix: str = ""
) -> dict[str, list[str]]:
    """Keys by dataset pattern, each list sorted. Patterns that differ in one part only, with
    ``collapse_at`` or more distinct values there, become one pattern with ``*`` in it. A
    ``prefix`` every key starts with (SCAN MATCH's fixed head) is kept as it is.

    >>> sorted(group_keys(["cart:1", "cart:2", "session:ab12cd34ef56ab78"]))
    ['cart:<n>', 'session:<hex>']
    >>> sorted(group_keys([f"user:{n}:cart" for n in "ann bob cy di ed flo gus hal".split()]))
    ['user:*:cart']
    >>> list(group_keys(["app_7f3a91c2:cart:1"], prefix="app_7f3a91c2:"))
    ['app_7f3a91c2:cart:<n>']
    """
    by_pattern: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        head = prefix if key.startswith(prefix) else ""
        by_pattern[head + key_pattern(key[len(head) :])].append(key)
    split = {p: _SEPARATORS.split(p) for p in by_pattern}
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
                for p in patterns:
                    by_pattern[merged].extend(by_pattern.pop(p))
                    del split[p]
                split[merged] = list(shape)
                changed = True
                break
    return {p: sorted(keys) for p, keys in sorted(by_pattern.items())}
