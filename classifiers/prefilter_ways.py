r"""What every match of a prefilter's regex needs, read from the regex once, so that a column's
probe is screened in a few operations: a prefilter none of whose ways of matching fits the
probe's characters and lengths is not asked about its values.

A *way* is one branch through the regex's alternations, as the characters it must consume or
look at (an ``m``, a digit, one of ``*Xx#``: some character of the value must be each) and,
where it runs from the value's start to its end, the lengths such a value may have. Both are
derived from the standard library's parse of the regex; any construct not understood here
derives nothing (the prefilter is then always asked). The probe is summed up as a mask of its
characters and its lengths (:func:`summary`), only for values where that proves what it
should: ASCII (the characters each need matches were worked out by the regex engine itself
over ASCII), one line each (so ``^`` and ``$`` mean the value's start and end under every
flag) and stripped (so ``\s*`` next to them matches nothing).

>>> screen = way_screen(r"(?i)^\s*(?:male|female|nb)\s*$")
>>> [screen.fits(*summary(probe)) for probe in (["5f4dcc3b"], ["Female", "x"], ["NB"])]
[False, True, True]
>>> way_screen(r"\d+") is not None, way_screen(r".") is None  # nothing needed: no screen
(True, True)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .matching import _class_source, _parsed

#: Most ways kept per regex: past it, the ways of a part are merged into what they all need.
MAX_WAYS = 64
#: Probes' summaries whose narrowed tests an entity keeps (then forgets them all).
PROBES_KEPT = 4096
#: Longer than any value is read: a width at least this is unbounded.
_UNBOUNDED = 1 << 30
_START = frozenset({"AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING"})
_END = frozenset({"AT_END", "AT_END_LINE", "AT_END_STRING"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_ONE_CHAR = (1, 1)
_ASCII = [chr(c) for c in range(128)]
#: The flags that change what one character matches.
_CHAR_FLAGS = int(re.IGNORECASE | re.ASCII | re.UNICODE)

# A way while it is read: a list of elements, in the order the regex matches them:
# ("need", mask): some character of the value is in mask (a bit per ASCII character);
# ("start",) and ("end",): an anchor; ("space",): ``\s*``, nothing in a stripped value next
# to an anchor; ("width", lo, hi): characters consumed.
_Element = tuple[Any, ...]
_Way = list[_Element]


@dataclass(frozen=True)
class WayScreen:
    """A regex's ways, each as the character masks it needs (rarest first) and the lengths
    (lo, hi) a value matched that way may have (None: any)."""

    ways: tuple[tuple[tuple[int, ...], tuple[int, int] | None], ...]
    #: The lengths any way allows, when every way has bounded lengths (checked first).
    lengths: frozenset[int] | None

    def fits(self, mask: int, lengths: list[int]) -> bool:
        """Whether some way fits a probe of these characters (:func:`summary`) and sorted
        lengths: when not, the regex matches none of its values."""
        if self.lengths is not None and self.lengths.isdisjoint(lengths):
            return False
        for needs, widths in self.ways:
            if widths is not None:
                at = bisect_left(lengths, widths[0])
                if at == len(lengths) or lengths[at] > widths[1]:
                    continue
            for need in needs:
                if not need & mask:
                    break
            else:
                return True
        return False


#: A prefilter (a regex's search, or a recognizer's own test) and the same as a test of
#: several values: does any pass?
Test = Callable[[str], object]
AnyTest = Callable[[list[str]], bool]


class Narrowing:
    r"""An entity's prefilters, each the search of one regex or of the alternation of several,
    narrowed per probe to the regexes some way of which fits it (the others match none of its
    values): ``narrowed`` gives the tests to ask, searches of fewer regexes kept per set.

    >>> def join(sources):
    ...     return re.compile("|".join(sources)).search
    >>> narrowing = Narrowing([(join([r"^a\d$", "^b"]), any, (r"^a\d$", "^b"))], join)
    >>> narrowing.narrowed(*summary(["x1"])), narrowing.narrowed(*summary(["b7"]))[0][0].__self__
    (((), ()), re.compile('^b'))
    """

    def __init__(
        self,
        parts: list[tuple[Test, AnyTest, tuple[str, ...]]],
        join: Callable[[list[str]], Any],
    ) -> None:
        #: per prefilter: its test, its test of several values, the regexes it searches (none:
        #: not narrowed)
        self.parts = parts
        self._join = join  # the search of the alternation of some regexes (None: cannot)
        #: per regex (or per prefilter not narrowed): its prefilter and its ways (None: any)
        self._screens: list[tuple[int, WayScreen | None]] = []
        for at, (_, _, sources) in enumerate(parts):
            if not sources:
                self._screens.append((at, None))
            for source in sources:
                self._screens.append((at, way_screen(source, re.compile(source).flags)))
        self._kept: dict[tuple[int, ...], tuple[tuple[Test, ...], tuple[AnyTest, ...]]] = {}
        #: per probe's summary (its mask, then its lengths), what :meth:`narrowed` gave
        self._probes: dict[tuple[int, ...], tuple[tuple[Test, ...], tuple[AnyTest, ...]]] = {}

    def screens(self) -> bool:
        """Whether some regex has ways (else nothing is ever narrowed)."""
        return any(screen is not None for _, screen in self._screens)

    def narrowed(
        self, mask: int, lengths: list[int]
    ) -> tuple[tuple[Test, ...], tuple[AnyTest, ...]]:
        """The tests to ask of a probe of these characters and lengths (:func:`summary`) and
        their tests of several values: none when no regex may match one of its values. Kept
        per summary: columns of one kind (hex digests, dates) share theirs."""
        probe = (mask, *lengths)
        found = self._probes.get(probe)
        if found is not None:
            return found
        kept = tuple(
            i
            for i, (_, screen) in enumerate(self._screens)
            if screen is None or screen.fits(mask, lengths)
        )
        found = self._kept.get(kept)
        if found is None:
            found = self._kept[kept] = self._tests(frozenset(kept))
        if len(self._probes) >= PROBES_KEPT:
            self._probes.clear()
        self._probes[probe] = found
        return found

    def _tests(self, kept: frozenset[int]) -> tuple[tuple[Test, ...], tuple[AnyTest, ...]]:
        tests: list[Test] = []
        anys: list[AnyTest] = []
        for at, (test, any_test, sources) in enumerate(self.parts):
            mine = [i for i, (part, _) in enumerate(self._screens) if part == at]
            left = [i for i in mine if i in kept]
            if not left:
                continue  # none of its regexes matches a value of the probe
            search = None
            if len(left) < len(mine):
                first = mine[0]
                search = self._join([sources[i - first] for i in left])
            if search is None:
                tests.append(test)
                anys.append(any_test)
            else:
                tests.append(search)
                anys.append(_any_of(search))
        return tuple(tests), tuple(anys)


def _any_of(search: Test) -> AnyTest:
    return lambda values: any(map(search, values))


def summary(probe: list[str], chars: str | None = None) -> tuple[int, list[int]] | None:
    r"""A probe's characters as a mask (a bit per ASCII character) and its values' sorted
    lengths, or None when a :class:`WayScreen` proves nothing of it: a value not ASCII, of
    several lines or not stripped. ``chars``: the probe's characters, each once, if known.

    >>> summary(["ab", "a"]) == (1 << ord("a") | 1 << ord("b"), [1, 2])
    True
    >>> summary(["ab", " a"]), summary(["a\nb"]), summary(["\u00e9t\u00e9"])
    (None, None, None)
    """
    if chars is None:
        chars = "".join(set("".join(probe)))
    if not chars.isascii() or "\n" in chars or list(map(str.strip, probe)) != probe:
        return None
    return sum(map((1).__lshift__, chars.encode())), sorted(set(map(len, probe)))


def way_screen(source: str, flags: int = 0) -> WayScreen | None:
    r"""The ways of the standard library's regex ``source``, or None when they prove nothing:
    a construct not understood here, or a way that needs no character and any length.

    >>> screen = way_screen(r"^\d{3}-\d{4}$|[*Xx#]")
    >>> [widths for _, widths in screen.ways]  # the second way: any length
    [(8, 8), None]
    """
    parsed = _parsed(source, flags)
    if parsed is None:
        return None
    flags = int(parsed.state.flags)
    if flags & re.LOCALE:
        return None
    found = _sequence(parsed.data, flags)
    if found is None:
        return None
    ways: dict[tuple[tuple[int, ...], tuple[int, int] | None], None] = {}
    for way in found:
        needs = tuple(sorted({e[1] for e in way if e[0] == "need"}, key=_popcount))
        widths = _anchored_widths(way)
        if not needs and widths is None:
            return None  # this way fits any probe
        ways[needs, widths] = None
    bounded = all(w is not None and w[1] <= 4096 for _, w in ways)
    lengths = (
        frozenset(n for _, w in ways if w is not None for n in range(w[0], w[1] + 1))
        if bounded
        else None
    )
    return WayScreen(tuple(ways), lengths)


def _popcount(mask: int) -> int:
    return bin(mask).count("1")


def _sequence(items: Any, flags: int) -> list[_Way] | None:
    """The ways of a parsed sequence: each way of each item, one after another."""
    ways: list[_Way] = [[]]
    for item in items:
        found = _item(item, flags)
        if found is None:
            return None
        if len(ways) * len(found) > MAX_WAYS:
            found = _merged(found)
        ways = [way + more for way in ways for more in found]
    return ways


def _item(item: Any, flags: int) -> list[_Way] | None:
    """The ways of one parsed item (None: not understood)."""
    op, av = item
    name = str(op)
    if name == "LITERAL":
        return [[("need", _mask(re.escape(chr(av)), flags & _CHAR_FLAGS)), ("width", *_ONE_CHAR)]]
    if name == "IN":
        members = _class_source(av)
        if members is None:
            return [[("width", *_ONE_CHAR)]]
        return [[("need", _mask(f"[{members}]", flags & _CHAR_FLAGS)), ("width", *_ONE_CHAR)]]
    if name in ("NOT_LITERAL", "ANY"):
        return [[("width", *_ONE_CHAR)]]
    if name == "AT":
        where = str(av)
        return [[("start",)]] if where in _START else [[("end",)]] if where in _END else [[]]
    if name == "SUBPATTERN":
        _, add, remove, inner = av
        return _sequence(inner, (flags | add) & ~remove)
    if name == "ATOMIC_GROUP":  # its matches are some of the plain group's
        return _sequence(av, flags)
    if name == "BRANCH":
        ways: list[_Way] = []
        for branch in av[1]:
            found = _sequence(branch, flags)
            if found is None:
                return None
            ways.extend(found)
        return ways if len(ways) <= MAX_WAYS else _merged(ways)
    if name == "ASSERT":  # what a lookaround reads is in the value; it consumes nothing
        found = _sequence(av[1], flags)
        if found is None:
            return None
        return [[e for e in way if e[0] == "need"] for way in found]
    if name == "ASSERT_NOT":
        return [[]]
    if name in _REPEATS:
        lo, hi, inner = av
        if lo == 0 and hi >= _UNBOUNDED and _is_space(inner):
            return [[("space",)]]
        found = _sequence(inner, flags)
        if found is None:
            return None
        inner_lo, inner_hi = _width_of(_merged(found)[0])
        width = ("width", min(lo * inner_lo, _UNBOUNDED), min(hi * inner_hi, _UNBOUNDED))
        if lo == 0:  # it may match nothing: it needs nothing
            return [[width]]
        return [[e for e in way if e[0] == "need"] + [width] for way in found]
    if name == "GROUPREF":  # the same characters as its group: nothing more needed
        return [[("width", 0, _UNBOUNDED)]]
    return None  # a conditional, or anything else not known here


def _is_space(items: Any) -> bool:
    r"""Whether the parsed sequence is ``\s`` alone (a stripped value holds none at its ends)."""
    return (
        len(items) == 1
        and str(items[0][0]) == "IN"
        and len(items[0][1]) == 1
        and str(items[0][1][0][0]) == "CATEGORY"
        and str(items[0][1][0][1]) == "CATEGORY_SPACE"
    )


def _merged(ways: list[_Way]) -> list[_Way]:
    """The ways as one: what every one of them needs, and the fewest to most characters any
    consumes (anchors inside are dropped, which only loses lengths)."""
    needs = set.intersection(*({e for e in way if e[0] == "need"} for way in ways))
    widths = [_width_of(way) for way in ways]
    lo = min(w[0] for w in widths)
    hi = max(w[1] for w in widths)
    return [[*sorted(needs), ("width", lo, hi)]]


def _width_of(way: _Way) -> tuple[int, int]:
    """The fewest and most characters the elements of a way consume."""
    lo = hi = 0
    for element in way:
        if element[0] == "width":
            lo += element[1]
            hi += element[2]
        elif element[0] == "space":
            hi += _UNBOUNDED
    return lo, min(hi, _UNBOUNDED)


def _anchored_widths(way: _Way) -> tuple[int, int] | None:
    r"""The lengths of a one-line stripped value this way matches, when it runs from an anchor
    at the start to one at the end (between the first and the last, what is consumed is the
    whole value; ``\s*`` beside either consumes nothing); else None."""
    kinds = [e[0] for e in way]
    if "start" not in kinds or "end" not in kinds:
        return None
    first = kinds.index("start")
    last = len(kinds) - 1 - kinds[::-1].index("end")
    if first > last:
        return None
    inside = way[first + 1 : last]
    lo = hi = 0
    for i, element in enumerate(inside):
        if element[0] == "width":
            lo += element[1]
            hi += element[2]
        elif element[0] == "space":
            before = _width_of(inside[:i])
            after = _width_of(inside[i + 1 :])
            if before != (0, 0) and after != (0, 0):
                hi += _UNBOUNDED  # not beside an anchor: any run of spaces
    return lo, hi if hi < _UNBOUNDED else _UNBOUNDED


@lru_cache(maxsize=1024)
def _mask(source: str, flags: int) -> int:
    """The ASCII characters the one-character regex ``source`` matches under ``flags``, as a
    bit per character, asked of the regex engine itself."""
    if flags & re.ASCII:
        flags &= ~re.UNICODE  # a scoped (?a:...) under the default (?u)
    match = re.compile(source, flags).fullmatch
    return sum(1 << i for i, char in enumerate(_ASCII) if match(char))
