"""A column named for a phone that holds only short integers: a lookup's key, no phone number.

Some application builders (AppGini, form generators) keep a lookup as the id of the row it
points at, under the name of the field it shows (``relative_phone_number`` holding ``1``, ``2``:
the row of the relatives' table whose phone is shown). The shortest phone numbers have four
digits (Niue's, Tokelau's, many extensions); an integer column whose sampled values are at least
two distinct positive integers of three digits or fewer holds keys or counts. Zero and negative
values are a legacy "no phone" default and say nothing either way. The values are read only
when the name signal already found a phone on a number column; with nothing sampled, one value
or only placeholders, the name decides as before.

>>> short_integers((1, 2, 2, 17)), short_integers(("1", "2")), short_integers((0, 3, 12))
(True, True, True)
>>> short_integers((1, 4915112345678)), short_integers(()), short_integers(("12a", "3"))
(False, False, False)
>>> short_integers((0, -1)), short_integers((7, 7, 0)), short_integers((4002, 4120))
(False, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .name_view import FieldView

#: Most digits a lookup's key may have: a phone number has four at the least (Niue, Tokelau).
MAX_DIGITS = 3
#: Fewest distinct positive values that make a lookup: one value is thin evidence.
MIN_KEYS = 2
#: An integer written out (a connector samples values as text).
#: Longer ones are no key (and ``int`` is never asked of thousands of digits).
_INTEGER = re.compile(r"-?\d{1,18}")
#: Kinds of a number column (an integer is a "key" to the name signal).
_NUMBER_KINDS = frozenset({"key", "number"})


def _integer(value: object) -> int | None:
    """A sampled value as an integer (as a number or written out), or None."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and _INTEGER.fullmatch(value.strip()):
        return int(value)
    return None


def short_integers(samples: Sequence[object]) -> bool:
    """Whether every sampled value is an integer and those above zero (a placeholder's ``0`` or
    ``-1`` aside) are at least two distinct ones of three digits or fewer."""
    values = [_integer(v) for v in samples]
    if any(v is None for v in values):
        return False
    keys = {v for v in values if v is not None and v > 0}
    return len(keys) >= MIN_KEYS and all(v < 10**MAX_DIGITS for v in keys)


def lookup_numbers(view: FieldView) -> list[SignalHit]:
    """A veto of a phone number for a number column whose sampled values are all short
    integers: the name signal's rule."""
    if view.kind not in _NUMBER_KINDS:
        return []
    if not any(h.entity == "PHONE_NUMBER" and not h.veto for h in view.hits):
        return []
    if not short_integers(view.ctx.samples):
        return []
    reason = (
        f"column {view.ctx.name!r} is named for a phone but its sampled values are integers of "
        f"at most {MAX_DIGITS} digits (placeholders of zero or below aside): a lookup's key or "
        "a count, no phone number"
    )
    return [view.veto("PHONE_NUMBER", reason)]
