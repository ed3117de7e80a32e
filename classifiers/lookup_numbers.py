"""A column named for a phone that holds only short integers: a lookup's key, no phone number.

Some application builders (AppGini, form generators) keep a lookup as the id of the row it
points at, under the name of the field it shows (``relative_phone_number`` holding ``1``, ``2``:
the row of the relatives' table whose phone is shown). A phone number has five digits at the
least, even without its area code; an integer column whose every sampled value has four digits
or fewer holds keys or counts. The values are read only when the name signal already found a
phone on a number column, and the veto needs a few sampled values: with nothing sampled, the
name decides as before.

>>> short_integers((1, 2, 2, 17)), short_integers(("1", "2"))
(True, True)
>>> short_integers((1, 4915112345678)), short_integers(()), short_integers(("12a",))
(False, False, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .base import SignalHit
from .name_view import FieldView

#: Most digits a sampled value may have to be no phone number (an extension has more words in
#: its name: ``phone_ext`` is no phone here either way).
MAX_DIGITS = 4
#: An integer of at most four digits written out (a connector samples values as text).
_SHORT_DIGITS = re.compile(rf"-?\d{{1,{MAX_DIGITS}}}")
#: Kinds of a number column (an integer is a "key" to the name signal).
_NUMBER_KINDS = frozenset({"key", "number"})


def short_integers(samples: Sequence[object]) -> bool:
    """Whether there are sampled values and each is an integer of at most four digits (as a
    number or written out)."""
    if not samples:
        return False
    return all(
        abs(v) < 10**MAX_DIGITS
        if isinstance(v, int) and not isinstance(v, bool)
        else isinstance(v, str) and _SHORT_DIGITS.fullmatch(v.strip()) is not None
        for v in samples
    )


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
        f"column {view.ctx.name!r} is named for a phone but every sampled value is an integer "
        f"of at most {MAX_DIGITS} digits: a lookup's key or a count, no phone number"
    )
    return [view.veto("PHONE_NUMBER", reason)]
