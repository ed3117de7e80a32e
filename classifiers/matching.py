"""What one recognizer finds in one sampled value, reduced to what the value signal counts.

The value signal does not need Presidio's results, only whether a recognizer matched a value
*whole* (a match covering 80% of it) or only *inside* it, and inside only counts in free text.
Asking that directly gives the same answer as ``recognizer.analyze`` at a fraction of the cost:

- pattern recognizers: the same compiled patterns, ``validate_result`` and
  ``invalidate_result``, without building a result, an explanation and two timestamps per
  pattern; it stops at the first whole match, and outside free text never validates a match too
  short to count;
- the phone recognizer: the same ``PhoneNumberMatcher`` per region, stopping at the first whole
  match, without re-parsing each match only to name its region; outside free text it is not run
  when no run of the characters a phone number candidate is made of covers 80% of the value
  (then no match could, as every match lies inside such a run).

Any other recognizer (Presidio's IBAN, a user's, NER) is asked through ``analyze`` as before.
``tests/test_matching.py`` checks both paths agree recognizer by recognizer.

A pattern recognizer also has a *screen* (:func:`finders`), which tells that none of several
values holds a match of any of its patterns, so the value signal can drop it for a chunk of
values at a fraction of a call a value (a hex digest is asked about e-mails, cookies and device
ids that never match it): no value holds a character every match needs
(:func:`required_characters`); or no value of one line has a length a match of a pattern
running from a line's start to its end could span (:func:`whole_line_widths`); or, pattern by
pattern (a pattern none of whose required characters a value holds is not asked), no value
matches from its start (patterns anchored there, asked in C by ``map``) or one search of the
values joined by newlines finds nothing (:func:`keeps_to_lines`).

>>> from presidio_analyzer import Pattern
>>> from classifiers.recognizers.base import ValueRecognizer
>>> class Ticket(ValueRecognizer):
...     ENTITY = "PAYMENT_TOKEN"
...     PATTERNS = (Pattern("ticket", r"tok_[a-z0-9]{8}", 0.9),)
>>> find = finder(Ticket())
>>> find("tok_a1b2c3d4", False), find("paid with tok_a1b2c3d4 on Monday", True)
(2, 1)
>>> find("paid with tok_a1b2c3d4 on Monday", False)  # inside, where only whole values count
0
"""

from __future__ import annotations

import functools
import hashlib
import logging
import math
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

#: What a recognizer found in a value: nothing, a match inside it, a match of (nearly) all of it,
#: or a whole match of a weak pattern only (it confirms a column's name, never labels alone).
NONE, INSIDE, WHOLE, WEAK_WHOLE = 0, 1, 2, 3
#: Presidio's "weak" patterns score 0.01-0.05 (nine bare digits as an SSN, a bank or passport
#: number): a whole match scoring below this only confirms what the column's name says.
WEAK_SCORE = 0.1
#: A match covering this share of a value's characters is a match of the value.
WHOLE_SHARE = 0.8

#: (value, inside_counts) -> NONE, INSIDE or WHOLE
Finder = Callable[[str, bool], int]


@dataclass(frozen=True)
class Chunk:
    """Values asked about together: joined by newlines, the longest one's length (-1 when one
    of them has a newline) and the lengths they have."""

    values: list[str]
    joined: str
    longest: int
    lengths: frozenset[int] = frozenset()

    @classmethod
    def of(cls, values: list[str]) -> Chunk:
        joined = "\n".join(values)
        one_line = joined.count("\n") == len(values) - 1
        lengths = frozenset(map(len, values))
        return cls(values, joined, max(lengths) if one_line else -1, lengths)


#: (values) -> False when the finder finds nothing in any of them
Screen = Callable[[Chunk], bool]


def is_whole(start: int, end: int, value: str) -> bool:
    """True when the match ``value[start:end]`` stands for the whole value."""
    return (end - start) >= WHOLE_SHARE * len(value)


def finder(recognizer: Any) -> Finder | None:
    """A fast equivalent of ``recognizer.analyze`` for the value signal, or None when the
    recognizer must be asked through ``analyze`` (it overrides it, or is not a kind known here)."""
    return finders(recognizer)[0]


def finders(recognizer: Any) -> tuple[Finder | None, Screen | None]:
    """The recognizer's :func:`finder` and its screen of several values at once (None where its
    patterns' matches could depend on what follows a value: see :func:`keeps_to_lines`)."""
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    if type(recognizer) is PhoneRecognizer:
        return _phone_finder(recognizer), None
    if has_pattern_finder(recognizer):
        return _pattern_finder(recognizer)
    return None, None


def has_pattern_finder(recognizer: Any) -> bool:
    """Whether the recognizer is asked through its patterns (a PatternRecognizer that keeps
    Presidio's ``analyze``), not through ``analyze``."""
    from presidio_analyzer import PatternRecognizer

    return isinstance(recognizer, PatternRecognizer) and (
        type(recognizer).analyze is PatternRecognizer.analyze
    )


def _pattern_finder(recognizer: Any) -> tuple[Finder, Screen | None]:
    """PatternRecognizer.analyze's scoring (a validation sets the score to 1 or 0, an
    invalidation to 0, a result needs a score above 0), asked only what the value signal needs;
    and its screen: the patterns' alternation (or each pattern) searched in the joined values.

    What each pattern's source tells (:func:`regex_facts`) is read when the finder is made; a
    pattern is compiled the first time a value reaches it (as Presidio's ``analyze`` compiles
    it, into the pattern), and the guard (patterns not all anchored at the start) the first
    time a value is asked of it: most finders answer most values through their guard or their
    first pattern, and never need the rest."""
    from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

    flags = recognizer.global_regex_flags
    sources = [pattern.regex for pattern in recognizer.patterns]
    facts = [regex_facts(source, flags) for source in sources]
    regexes = _Compiled(recognizer.patterns, flags)
    made = regexes.compiled  # read in place by find: no call once a pattern is compiled
    patterns = [
        (i, pattern.score, pattern.name, known.safe, known.at_start)
        for i, (pattern, known) in enumerate(zip(recognizer.patterns, facts, strict=True))
    ]
    # Presidio's own validate_result and invalidate_result say nothing: not called.
    validate = _overridden(recognizer, "validate_result")
    invalidate = _overridden(recognizer, "invalidate_result")
    joined = _guard_of(sources, facts)
    guard = _Guard(recognizer, flags) if joined is not None else None
    guard_facts = regex_facts(joined, flags) if joined is not None else None
    guard_short = guard_facts.safe if guard_facts is not None else 0
    guard_at_start = guard_facts.at_start if guard_facts is not None else -1
    timeout = REGEX_TIMEOUT_SECONDS
    # Whether the last value asked matched a pattern: the next is then asked its first pattern
    # before the guard, which is asked only if that finds nothing (the guard only ever answers
    # NONE early, so the answer is the same in any order; a column of digests matches its
    # first pattern, and would pay for both searches).
    matched = [False]

    def nothing(value: str, size: int, one_line: bool) -> bool:
        """Whether the guard proves no pattern matches anywhere in the value."""
        compiled = guard.compiled()  # type: ignore[union-attr]  # only asked where there is one
        if compiled is None:
            return False  # it does not compile: ask each pattern
        if guard_at_start >= 0 and one_line:
            look, safe = compiled.match, guard_at_start
        else:
            look, safe = compiled.search, guard_short
        try:
            if size <= safe:  # see safe_length: no timeout needed, none paid for
                return look(value) is None
            return look(value, timeout=timeout) is None
        except TimeoutError:
            return False  # ask each pattern, as Presidio does

    def find(value: str, inside_counts: bool) -> int:
        size = len(value)
        one_line = "\n" not in value
        guard_later = guard is not None and matched[0]
        if guard is not None and not guard_later and nothing(value, size, one_line):
            return NONE
        found = NONE
        need = WHOLE_SHARE * size
        latest = size - need  # a whole match starts no later
        for i, score, name, short, at_start in patterns:
            compiled = made[i]
            if compiled is None:
                compiled = regexes.at(i)
            try:
                matches: Any
                if at_start >= 0 and one_line:
                    first = (
                        compiled.match(value)
                        if size <= at_start
                        else compiled.match(value, timeout=timeout)
                    )
                    matches = () if first is None else (first,)
                else:
                    matches = (
                        compiled.finditer(value)
                        if size <= short
                        else compiled.finditer(value, timeout=timeout)
                    )
                for match in matches:
                    start, end = match.span()
                    whole = end - start >= need
                    if not (whole or inside_counts):
                        if start > latest:
                            break  # later matches start later still: none is whole
                        continue
                    if start == end:
                        continue
                    text = value[start:end]
                    valid = validate(text) if validate else None
                    kept = score if valid is None else (1.0 if valid else 0.0)
                    if invalidate and invalidate(text):
                        kept = 0.0
                    if kept > 0:
                        if whole and kept >= WEAK_SCORE:
                            matched[0] = True
                            return WHOLE
                        if whole:
                            found = WEAK_WHOLE  # a stronger pattern may still match whole
                        elif found == NONE:
                            found = INSIDE
            except TimeoutError:
                log.warning("Regex pattern %r timed out, skipping.", name)
            if guard_later:  # the first pattern found nothing whole: the guard, now
                guard_later = False
                if found == NONE and nothing(value, size, one_line):
                    matched[0] = False
                    return NONE
        matched[0] = found != NONE
        return found

    # Each search: how to compile it, its safe lengths, and the characters one of which its
    # every match needs (None: none known): without the guard, a pattern no value could match is
    # not searched at all. And, searched pattern by pattern, the lengths of the one-line values
    # it may match (None: any): a pattern no value has a length for is not searched either.
    searches: list[
        tuple[Callable[[], Any], int, int, Callable[[str], object] | None, tuple[int, int] | None]
    ]
    if guard is not None and guard_facts is not None:
        searches = [(guard.compiled, guard_short, guard_at_start, None, None)]
        lines = guard_facts.lines
    else:
        searches = [
            (
                functools.partial(regexes.at, i),
                known.safe,
                known.at_start,
                _search_of_characters([known.needed]),
                known.widths,
            )
            for i, known in enumerate(facts)
        ]
        lines = all(known.lines for known in facts)
    needed = _search_of_characters([known.needed for known in facts])
    spans = [known.widths for known in facts]
    widths = [s for s in spans if s is not None] if None not in spans else None

    def screen(chunk: Chunk) -> bool:
        if needed is not None and needed(chunk.joined) is None:
            return False  # no value holds a character every match needs
        if (  # one line each: a match spans a whole value, of a length no pattern's can have
            widths is not None
            and chunk.longest >= 0
            and not any(lo <= n <= hi for n in chunk.lengths for lo, hi in widths)
        ):
            return False
        size = len(chunk.joined)
        for compile_, safe, at_start, own, span in searches:
            if (
                span is not None
                and chunk.longest >= 0
                and (
                    span[0] > chunk.longest
                    or not any(span[0] <= n <= span[1] for n in chunk.lengths)
                )
            ):
                continue  # one line each, none of a length this pattern's matches have
            if own is not None and own(chunk.joined) is None:
                continue  # no value holds a character every match of this pattern needs
            if not (0 <= chunk.longest <= at_start) and not lines:
                return True  # not known without asking value by value
            compiled = compile_()
            if compiled is None:
                return True  # a guard that does not compile: not known
            try:
                if 0 <= chunk.longest <= at_start:  # one line each: a match from 0, as find
                    if any(map(compiled.match, chunk.values)):
                        return True
                elif size <= safe:
                    if compiled.search(chunk.joined) is not None:
                        return True
                elif compiled.search(chunk.joined, timeout=timeout) is not None:
                    return True
            except TimeoutError:
                return True
        return False

    if guard is None and len(patterns) == 1 and patterns[0][4] >= 0:
        return _one_pattern(find, regexes, patterns[0], validate, invalidate), screen
    return find, screen


class _Compiled:
    """A recognizer's patterns, each compiled with the recognizer's flags the first time it is
    asked for (as Presidio's ``analyze`` does, into the pattern, so either reuses the other's)."""

    def __init__(self, patterns: list[Any], flags: int) -> None:
        self.patterns = patterns
        self.flags = flags
        self.compiled: list[Any] = [None] * len(patterns)

    def at(self, i: int) -> Any:
        found = self.compiled[i]
        if found is None:
            found = self.compiled[i] = _compiled(self.patterns[i], self.flags)
        return found


def _compiled(pattern: Any, flags: int) -> Any:
    """The pattern compiled with ``flags``: Presidio's own compile, kept in the pattern."""
    if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
        import regex

        pattern.compiled_with_flags = flags
        pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
    return pattern.compiled_regex


class _Guard:
    """A recognizer's guard (:func:`_any_pattern`), compiled the first time it is asked for;
    None then and after when it does not compile."""

    def __init__(self, recognizer: Any, flags: int) -> None:
        self.recognizer = recognizer
        self.flags = flags
        self.made = False
        self.regex: Any = None

    def compiled(self) -> Any:
        if not self.made:
            self.regex = _any_pattern(self.recognizer, self.flags)
            self.made = True
        return self.regex


def _one_pattern(
    find: Finder,
    regexes: _Compiled,
    pattern: tuple[int, float, str, int, int],
    validate: Callable[[str], bool | None] | None,
    invalidate: Callable[[str], bool | None] | None,
) -> Finder:
    """``find`` of a recognizer with one pattern anchored at the start and no guard, for a value
    of one line its ``match`` needs no timeout for: one ``match``, its one result scored as
    ``find`` scores it (the same answer without the loop around it); other values go to
    ``find``."""
    i, score, name, _, at_start = pattern
    match: Callable[[str], Any] | None = None  # the compiled pattern's, once a value needs it

    def find_one(value: str, inside_counts: bool) -> int:
        nonlocal match
        size = len(value)
        if size > at_start or "\n" in value:
            return find(value, inside_counts)
        if match is None:
            match = regexes.at(i).match
        first = match(value)
        if first is None:
            return NONE
        start, end = first.span()
        whole = end - start >= WHOLE_SHARE * size
        if not (whole or inside_counts) or start == end:
            return NONE
        text = value[start:end]
        try:
            valid = validate(text) if validate else None
            kept = score if valid is None else (1.0 if valid else 0.0)
            if invalidate and invalidate(text):
                kept = 0.0
        except TimeoutError:
            log.warning("Regex pattern %r timed out, skipping.", name)
            return NONE
        if kept <= 0:
            return NONE
        if whole:
            return WHOLE if kept >= WEAK_SCORE else WEAK_WHOLE
        return INSIDE

    return find_one


def _match_length(source: str, flags: int, short: int) -> int:
    """For an :func:`anchored` pattern, the longest one-line value its ``match`` from 0 needs no
    timeout for (never less than ``short``, its search's); -1 when it is not anchored."""
    if not anchored(source, flags):
        return -1
    return short if short == SAFE_MAX else safe_length(source, flags, one_start=True)


def _guard_of(sources: list[str], facts: list[RegexFacts]) -> str | None:
    """The source of a recognizer's guard (:func:`_guard_source`), or None when it has none.
    Patterns all anchored at the start have none: each is a match from 0, which fails within
    a few characters on most values, and their alternation's compile costs more than it
    spares them (street addresses, regions, password hashes: 3 % of bench/classify.py's first
    500 columns, 2.5 % of the next 500)."""
    if all(known.at_start >= 0 for known in facts):
        return None
    return _guard_source(sources)


def _guard_source(sources: list[str]) -> str | None:
    """The alternation of a recognizer's patterns that its guard compiles (:func:`_any_pattern`),
    or None when it has no guard: one pattern, or patterns that cannot be joined."""
    if len(sources) < 2 or any(_UNJOINABLE.search(src) for src in sources):
        return None
    return "|".join(f"(?:{src})" for src in sources)


def _any_pattern(recognizer: Any, flags: int) -> Any:
    """One regex matching where any of the recognizer's patterns matches (their alternation):
    most values match none, and one search tells so at a fraction of a search per pattern.
    None when the patterns cannot be joined (numbered backreferences, inline global flags)."""
    import regex

    source = _guard_source([p.regex for p in recognizer.patterns])
    if source is None:
        return None
    try:
        return regex.compile(source, flags=flags)
    except regex.error:
        return None


@dataclass(frozen=True)
class RegexFacts:
    """What a finder reads from one pattern's source under its flags (:func:`regex_facts`)."""

    #: the longest value searched without the timeout (:func:`safe_length`)
    safe: int
    #: the longest one-line value matched from 0 without it, -1 when not anchored
    at_start: int
    #: characters one of which every match holds (:func:`required_characters`), None: none
    needed: frozenset[str] | None
    #: the fewest and most characters a whole-line match spans (:func:`whole_line_widths`)
    widths: tuple[int, int] | None
    #: whether a search of values joined by newlines finds each one's (:func:`keeps_to_lines`)
    lines: bool


def regex_facts(source: str, flags: int) -> RegexFacts:
    r"""What a finder reads from ``source``, worked out from the standard library's parse of it;
    for the built-in patterns, read from the table worked out ahead (:mod:`.regex_table`).

    >>> regex_facts(r"^\d{3}-\d{4}$", re.MULTILINE)
    RegexFacts(safe=512, at_start=512, needed=frozenset({'-'}), widths=(8, 8), lines=True)
    """
    flags = int(flags)
    known = _table().get(fact_key(source, flags))
    return known if known is not None else _worked_out(source, flags)


def fact_key(source: str, flags: int) -> str:
    """The key of ``source`` under ``flags`` in the table of :mod:`.regex_table`: a digest."""
    return hashlib.blake2b(f"{int(flags)}:{source}".encode(), digest_size=12).hexdigest()


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, RegexFacts]:
    """The table of :mod:`.regex_table`, where this Python's parser is the one it was worked out
    with (another's may read a pattern otherwise: then every pattern is worked out here)."""
    from . import regex_table as table

    if tuple(sys.version_info[:2]) != table.PYTHON:
        return {}
    return {
        key: RegexFacts(safe, start, None if needed is None else frozenset(needed), widths, lines)
        for key, (safe, start, needed, widths, lines) in table.FACTS.items()
    }


@functools.lru_cache(maxsize=1024)
def _worked_out(source: str, flags: int) -> RegexFacts:
    safe, at_start = _safe_lengths(source, flags)
    return RegexFacts(
        safe,
        at_start,
        _characters_needed(source, flags),
        whole_line_widths(source, flags),
        keeps_to_lines(source, flags),
    )


def _safe_lengths(source: str, flags: int) -> tuple[int, int]:
    """:func:`safe_length` of ``source`` and :func:`_match_length`'s, from one bound."""
    parsed = _parsed(_as_re(source), flags)
    if parsed is None:
        return 0, -1
    ways = _bound_of(parsed.data)
    short = _longest_within(ways, one_start=False)
    if not _starts_anchored(parsed.data):
        return short, -1
    return short, short if short == SAFE_MAX else _longest_within(ways, one_start=True)


#: Most steps (start positions x backtracking paths) a search may take without Presidio's
#: timeout: some milliseconds of the regex engine's time at worst.
SAFE_STEPS = 1_000_000
#: Longest value ever searched without a timeout, whatever the pattern.
SAFE_MAX = 512
#: Flags the standard library's parser reads as ``regex`` does (others: always a timeout); a
#: plain int, so that the parser's own flag tests are int operations, not ``RegexFlag``'s.
_PARSED_FLAGS = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE)


def _parsed(read: str, flags: int) -> Any | None:
    """The standard library's parse of ``read`` (a pattern as that parser should read it, see
    :func:`_as_re`), or None when it cannot tell: flags it does not read as ``regex`` does, a
    Python that moved the parser, a pattern it does not parse. Kept per pattern: building a
    finder asks about each pattern several times (read only, never changed)."""
    flags = int(flags)
    if flags & ~_PARSED_FLAGS:
        return None
    try:
        return _parse(read, flags)
    except RecursionError:  # depends on the stack of this call: not kept for the next
        return None


@functools.lru_cache(maxsize=1024)
def _parse(read: str, flags: int) -> Any | None:
    try:
        from re import _parser  # type: ignore[attr-defined]  # the standard library's own, private
    except ImportError:  # pragma: no cover - a Python that moved it: nothing is told from it
        return None
    try:
        return _parser.parse(read, flags)
    except (re.error, OverflowError, ValueError):
        return None


def safe_length(source: str, flags: int = 0, one_start: bool = False) -> int:
    r"""The longest value ``source`` is searched in without Presidio's regex timeout: up to it, a
    bound on the backtracking steps (:func:`steps`) stays under :data:`SAFE_STEPS`, so the
    search ends within milliseconds whatever the value holds, and the timeout, whose clock
    costs more than such a search (2-3 us a call), buys nothing. Longer values keep it.

    0 (always the timeout) for what the bound does not cover: backreferences, conditionals,
    syntax or flags of the ``regex`` module that the standard library's parser does not read.
    ``one_start``: the regex is tried from the value's start only (``match`` of an
    :func:`anchored` regex), not from each of its positions.

    >>> safe_length(r"^[0-9A-F]{32,64}$", re.IGNORECASE) >= 64
    True
    >>> safe_length(r"^(a+)+$") < 20  # nested repeats: exponential, so the timeout stays
    True
    >>> safe_length(r"(\w)\1")  # a backreference
    0
    """
    parsed = _parsed(_as_re(source), flags)
    if parsed is None:
        return 0
    return _longest_within(_bound_of(parsed.data), one_start)


def _longest_within(ways: Callable[[int], float], one_start: bool) -> int:
    """The longest length up to :data:`SAFE_MAX` at which ``ways`` (a pattern's :func:`steps`
    as a function of the length, :func:`_bound_of`) times the start positions tried stays
    within :data:`SAFE_STEPS`; 0 when none does."""

    def bound(size: int) -> float:  # start positions tried x ways from each
        return (1 if one_start else size + 1) * ways(size)

    if bound(SAFE_MAX) <= SAFE_STEPS:
        return SAFE_MAX  # most patterns: one evaluation, no search
    low, high = 0, SAFE_MAX
    while low < high:  # the bound grows with the length: the longest length within it
        mid = (low + high + 1) // 2
        if bound(mid) <= SAFE_STEPS:
            low = mid
        else:
            high = mid - 1
    return low if bound(low) <= SAFE_STEPS else 0


@functools.lru_cache(maxsize=2048)
def _as_re(source: str, letter: str = "x") -> str:
    r"""``source`` with the ``regex`` module's property escapes (``\p{L}``, ``\P{Lu}``, ``\pL``)
    written as one ``letter``, so that the standard library's parser reads it: each matches one
    character, as a letter does, so the pattern's structure (its anchors, its repeats and the
    ways they backtrack) is the same; only what the characters are differs.

    >>> _as_re(r"^[\p{L}\d]\P{Lu}+\\p{L}")
    '^[x\\d]x+\\\\p{L}'
    """
    out = []
    i = 0
    while i < len(source):
        char = source[i]
        if char != "\\" or i + 1 == len(source):
            out.append(char)
            i += 1
            continue
        follower = source[i + 1]
        if follower in "pP":
            end = source.find("}", i + 2) + 1 if source[i + 2 : i + 3] == "{" else i + 3
            if end > i + 2:
                out.append(letter)
                i = end
                continue
        out.append(source[i : i + 2])  # any other escape, an escaped backslash included
        i += 2
    return "".join(out)


def steps(items: Any, size: int) -> float:
    """An upper bound on the ways a backtracking engine can match the parsed pattern ``items``
    from one start position in a value of ``size`` characters: a sequence multiplies its parts,
    an alternation adds its branches, a repeat of an item with ``p`` ways and at most ``k``
    iterations has ``p**lo + ... + p**k`` (so nested repeats grow exponentially), a lookaround
    multiplies by its own; ``inf`` for what it cannot bound (a backreference, a conditional).
    """
    return _bound_of(items)(size)


def _bound_of(items: Any) -> Callable[[int], float]:
    """:func:`steps` of the parsed ``items`` as a function of the length: the parse is read
    once, and :func:`safe_length`'s search asks the function at each length it tries (only
    arithmetic then, in the same order as a walk of the parse, so the same numbers)."""
    parts: list[Callable[[int], float]] = []
    for op, av in getattr(items, "data", items):  # a parsed sequence's list, not item by item
        name = _op_name(op)
        if name in _SINGLE:
            continue
        if name == "SUBPATTERN":
            parts.append(_bound_of(av[3]))
        elif name == "ATOMIC_GROUP":
            parts.append(_bound_of(av))
        elif name in ("ASSERT", "ASSERT_NOT"):
            parts.append(_bound_of(av[1]))
        elif name == "BRANCH":
            parts.append(_branches_bound([_bound_of(branch) for branch in av[1]]))
        elif name in _REPEATS:
            lo, hi, item = av
            parts.append(_repeat_bound(lo, hi, _bound_of(item)))
        else:
            return _unbounded  # GROUPREF, GROUPREF_EXISTS and anything unknown
    if not parts:
        return _one
    if len(parts) == 1:
        only = parts[0]
        return lambda size: _capped(only(size))

    def sequence(size: int) -> float:
        total = 1.0
        for part in parts:
            total *= part(size)
            if total > 1e15:
                return math.inf
        return total

    return sequence


def _one(size: int) -> float:
    return 1.0


def _unbounded(size: int) -> float:
    return math.inf


def _capped(total: float) -> float:
    """A sequence's product as :func:`steps` returns it: ``inf`` past 1e15."""
    return math.inf if total > 1e15 else total


def _branches_bound(branches: list[Callable[[int], float]]) -> Callable[[int], float]:
    """An alternation's ways: the sum of its branches'."""
    return lambda size: sum(branch(size) for branch in branches)


def _repeat_bound(lo: int, hi: int, item: Callable[[int], float]) -> Callable[[int], float]:
    """A repeat's ways, ``item``'s to the powers ``lo`` to the most iterations that fit."""

    def repeat(size: int) -> float:
        top = min(hi, size)
        if lo > top:
            return 1.0  # it cannot match at all: no more ways than 1
        ways = item(size)
        if ways == 1:
            return float(top - lo + 1)
        if ways * top > 1e12 or top - lo > 60:
            return math.inf
        try:
            return float(sum(ways**j for j in range(lo, top + 1)))
        except OverflowError:  # past the largest float: no bound
            return math.inf

    return repeat


def _op_name(op: Any) -> str:
    """The name of a parsed item's opcode (its ``name``, read without ``str``'s Python call)."""
    name = getattr(op, "name", None)
    return name if isinstance(name, str) else str(op)


def anchored(source: str, flags: int = 0) -> bool:
    r"""True when every match of ``source`` starts where a line or the text starts (``^``, also
    under MULTILINE, or ``\A``): in a value without a newline it can match only at 0, so one
    ``match`` finds what ``search`` and ``finditer`` would, without trying every position.
    False when unsure: a branch not beginning with an anchor, syntax the standard library's
    parser does not read.

    >>> anchored(r"^\d{3}-\d{4}$"), anchored(r"^a|^b"), anchored(r"(?:^a|b)"), anchored(r"\d+")
    (True, True, False, False)
    """
    parsed = _parsed(_as_re(source), flags)
    return parsed is not None and _starts_anchored(parsed.data)


def whole_line_widths(source: str, flags: int = 0) -> tuple[int, int] | None:
    r"""For a pattern whose every match runs from a line's start to a line's end (``^...$``),
    the fewest and most characters a match spans: a value of one line and of another length
    holds no match. None when unsure: an end not anchored, syntax the standard library's parser
    does not read or reads as other characters than the ``regex`` module (POSIX classes, nested
    sets, fuzzy matching: any ``[[``, ``[:`` or ``{`` that is no repeat).

    >>> whole_line_widths(r"^[0-9A-F]{16}$"), whole_line_widths(r"^<?[0-9A-F]{8}>?$")
    ((16, 16), (8, 10))
    >>> [whole_line_widths(p) for p in (r"^\d{3}", r"^a$|b$", r"^[[:alpha:]]$", r"^(?:ab){e<=1}$")]
    [None, None, None, None]
    """
    source = _as_re(source)
    if "[[" in source or "[:" in source or _NOT_A_REPEAT.search(source):
        return None
    parsed = _parsed(source, flags)
    if parsed is None or not (_starts_anchored(parsed.data) and _ends_anchored(parsed.data)):
        return None
    try:
        lo, hi = parsed.getwidth()
    except (re.error, RecursionError, OverflowError, ValueError):
        return None
    return int(lo), int(hi)


#: A ``{`` the standard library reads as a character where the ``regex`` module may not.
_NOT_A_REPEAT = re.compile(r"\{(?!\d+(?:,\d*)?\}|,\d+\})")


def _regex_only(source: str) -> bool:
    """Whether ``source`` may hold syntax that the ``regex`` module reads and the standard
    library's parser reads as other characters: a nested set (``[[``), a POSIX class
    (``[:alpha:]``), fuzzy matching (a ``{`` not escaped that is no repeat: ``(?:ab){e<=1}``)."""
    return (
        "[[" in source
        or _POSIX_CLASS.search(source) is not None
        or _FUZZY.search(_SET.sub("", source)) is not None
    )


#: A POSIX class inside a set (``[a[:digit:]]``); ``[:-]`` is a set of ``:`` and ``-``.
_POSIX_CLASS = re.compile(r"\[:\^?[A-Za-z]+:\]")
#: A set (``[{|}~-]``), in which a ``{`` is a brace to both parsers.
_SET = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
#: A ``{`` that is neither escaped (``\{`` is a brace to both parsers) nor a repeat.
_FUZZY = re.compile(r"(?:(?<!\\)|(?<=\\\\))\{(?!\d+(?:,\d*)?\}|,\d+\})")


def _ends_anchored(items: Any) -> bool:
    """Whether the parsed sequence ``items`` matches only up to an anchor at its end."""
    if not items:
        return False
    op, av = items[-1]
    name = str(op)
    if name == "AT":
        return str(av) in ("AT_END", "AT_END_STRING")
    if name == "SUBPATTERN":
        return _ends_anchored(av[3])
    if name == "ATOMIC_GROUP":
        return _ends_anchored(av)
    if name == "BRANCH":
        return all(_ends_anchored(branch) for branch in av[1])
    return False


def _starts_anchored(items: Any) -> bool:
    """Whether the parsed sequence ``items`` matches only from an anchor at its start."""
    if not items:
        return False
    op, av = items[0]
    name = str(op)
    if name == "AT":
        return str(av) in ("AT_BEGINNING", "AT_BEGINNING_STRING")
    if name == "SUBPATTERN":
        return _starts_anchored(av[3])
    if name == "ATOMIC_GROUP":
        return _starts_anchored(av)
    if name == "BRANCH":
        return all(_starts_anchored(branch) for branch in av[1])
    return False


def keeps_to_lines(source: str, flags: int = 0) -> bool:
    r"""True when a search of values joined by newlines finds a match wherever one of the values
    holds one, so that finding nothing in the joined text proves none of them matches.

    A match of a value is then a match of the joined text at the same characters: ``^`` and
    ``$`` (under MULTILINE), ```` and ``\B`` see a newline beside the value where they saw
    its start or end, and a backtracking engine that may match more text around the value only
    finds more. Not so where it commits to its first way (atomic groups, possessive repeats) or
    asks that something does *not* match (negative lookarounds): there a newline, or the next
    value, read past the value's end could change the answer, so nothing in them may match a
    newline. ``\A``, ``\Z``, and ``^``/``$`` without MULTILINE see only the joined text's ends.
    False when unsure: syntax the standard library's parser does not read, or reads otherwise than
    the ``regex`` module (POSIX classes, nested sets, fuzzy matching).

    >>> keeps_to_lines(r"^[0-9a-f]{32}$", re.MULTILINE), keeps_to_lines(r"^\w+$")
    (True, False)
    >>> keeps_to_lines(r"\d+(?!\s)", re.MULTILINE), keeps_to_lines(r"\d+(?![.\d])", re.MULTILINE)
    (False, True)
    """
    read = _as_re(source, r"\n")  # a property escape (\p{L}, \P{L}) may be a newline
    parsed = None if _regex_only(read) else _parsed(read, flags)
    return parsed is not None and not _leaves_line(parsed.data, parsed.state.flags, committed=False)


def _leaves_line(items: Any, flags: int, committed: bool) -> bool:
    """Whether the parsed ``items`` could match a value alone but not inside joined values (see
    :func:`keeps_to_lines`); ``committed``: inside an atomic group, a possessive repeat or a
    negative lookaround."""
    for op, av in items:
        name = str(op)
        if name == "AT":
            where = str(av)
            if where in ("AT_BEGINNING_STRING", "AT_END_STRING"):
                return True
            if where in ("AT_BEGINNING", "AT_END") and not flags & re.MULTILINE:
                return True
        elif name in ("LITERAL", "NOT_LITERAL", "ANY", "IN"):
            if committed and _takes_newline(name, av, flags):
                return True
        elif name == "SUBPATTERN":
            _, add, remove, inner = av
            if _leaves_line(inner, (flags | add) & ~remove, committed):
                return True
        elif name in ("ATOMIC_GROUP", "ASSERT_NOT", "POSSESSIVE_REPEAT"):
            inner = av if name == "ATOMIC_GROUP" else (av[1] if name == "ASSERT_NOT" else av[2])
            if _leaves_line(inner, flags, committed=True):
                return True
        elif name == "ASSERT":
            if _leaves_line(av[1], flags, committed):
                return True
        elif name == "BRANCH":
            if any(_leaves_line(branch, flags, committed) for branch in av[1]):
                return True
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            if _leaves_line(av[2], flags, committed):
                return True
        elif name == "GROUPREF":
            if committed:
                return True  # what it matches is not read here
        elif name == "GROUPREF_EXISTS":
            _, yes, no = av
            if _leaves_line(yes, flags, committed) or (
                no is not None and _leaves_line(no, flags, committed)
            ):
                return True
        else:
            return True  # anything not known here
    return False


def required_characters(sources: list[str], flags: int = 0) -> Callable[[str], object] | None:
    r"""A search for the characters one of which every match of any of ``sources`` holds (each
    pattern's choice among the characters or classes of characters it must match), or None
    when one of them has none. Only ASCII marks and digits are chosen: they are themselves
    whatever the case flags say. Finding none of them in a text proves no pattern matches in it.

    >>> needed = required_characters([r"^\$2[aby]\$\d\d\$.{53}$", r"^[0-9a-f]{32}:\w+$"])
    >>> needed is not None and [bool(needed(v)) for v in ("5f4dcc3b5a", "$2b$", "a:b")]
    [False, True, True]
    >>> required_characters([r"^[0-9a-f]{32}$"]) is None  # no character every match needs
    True
    """
    return _search_of_characters([_characters_needed(source, flags) for source in sources])


def _characters_needed(source: str, flags: int) -> frozenset[str] | None:
    """One pattern's part of :func:`required_characters`: the characters one of which its every
    match holds, or None when it has none (or its syntax is not read here)."""
    read = _as_re(source, r"\w")  # a property escape (\p{L}) reads as a class, never chosen
    parsed = None if _regex_only(read) else _parsed(read, flags)
    return None if parsed is None else _needed(parsed.data)


def _search_of_characters(each: list[frozenset[str] | None]) -> Callable[[str], object] | None:
    """:func:`required_characters` of patterns whose :func:`_characters_needed` are ``each``."""
    chars: set[str] = set()
    for found in each:
        if found is None:
            return None
        chars |= found
    if not chars or "\n" in chars:
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]").search


def _needed(items: Any) -> frozenset[str] | None:
    """Characters one of which every match of the parsed sequence ``items`` consumes: of the
    items it must match (a literal, a class of a few marks or digits, a group, a repeat done at
    least once, an alternation all of whose branches have some), the fewest and rarest."""
    options: list[frozenset[str]] = []
    for op, av in items:
        name = str(op)
        found: frozenset[str] | None = None
        if name == "LITERAL":
            found = _plain(frozenset(chr(av)))
        elif name == "IN":
            found = _class_chars(av)
        elif name == "SUBPATTERN":
            found = _needed(av[3])
        elif name == "ATOMIC_GROUP":
            found = _needed(av)
        elif name in _REPEATS and av[0] >= 1:
            found = _needed(av[2])
        elif name == "BRANCH":
            branches = [_needed(branch) for branch in av[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        if found:
            options.append(found)
    if not options:
        return None
    return min(options, key=lambda chars: (any(c.isdigit() for c in chars), len(chars)))


def _class_chars(members: Any) -> frozenset[str] | None:
    """The characters of a class of literals and short ranges (``[:-]``, ``[$*{]``), if all are
    ASCII marks or digits."""
    chars: set[str] = set()
    for op, value in members:
        kind = str(op)
        if kind == "LITERAL":
            chars.add(chr(value))
        elif kind == "RANGE" and value[1] - value[0] < 16:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        else:
            return None  # a negation, a category (\d, \w), a long range
    return _plain(frozenset(chars))


def _plain(chars: frozenset[str]) -> frozenset[str] | None:
    """``chars`` if each is an ASCII mark or digit (no case to fold), else None."""
    return chars if all(c.isascii() and not c.isalpha() for c in chars) else None


def needed_class(source: str, flags: int = 0) -> re.Pattern[str] | None:
    r"""For a pattern of the standard library's ``re``, a regex of single characters (a class of
    any kind: digits, letters, marks) one of which every text it finds a match in holds: a text
    without one has no match. None when none is known, or when the class may match a newline
    (kept out since values were searched joined by newlines; the caller now searches a probe's
    distinct characters, so this only forgoes a screen, never changes an answer).

    >>> needed_class(r"^\s*\d{4,5}\s*$").pattern, needed_class(r"(?i)^[a-z]{3}\.?$").pattern
    ('(?:[\\d])', '(?i:[a-z])')
    >>> needed_class(r"^(?:ab|\d)").pattern  # each branch has its own
    '(?:a)|(?:[\\d])'
    >>> needed_class(r"x|\s"), needed_class(r"x|\d?")  # \s may be a newline; \d? needs none
    (None, None)
    """
    parsed = _parsed(source, flags)
    if parsed is None or int(parsed.state.flags) & re.LOCALE:
        return None
    found = _classes_needed(parsed.data, int(parsed.state.flags))
    if not found:
        return None
    return re.compile("|".join(found))


def _classes_needed(items: Any, flags: int) -> list[str] | None:
    """Single-character regexes one of which every match of the parsed sequence ``items``
    matches (what it consumes or a positive lookaround reads), the fewest printable ASCII
    characters of them all of the options; None when it has none."""
    options: list[list[str]] = []
    for op, av in items:
        name = str(op)
        found: list[str] | None = None
        if name == "LITERAL":
            found = [_scoped(re.escape(chr(av)), flags)]
        elif name == "IN":
            members = _class_source(av)
            found = None if members is None else [_scoped(f"[{members}]", flags)]
        elif name == "SUBPATTERN":
            _, add, remove, inner = av
            found = _classes_needed(inner, (flags | add) & ~remove)
        elif name == "ATOMIC_GROUP":
            found = _classes_needed(av, flags)
        elif name == "ASSERT":
            found = _classes_needed(av[1], flags)
        elif name in _REPEATS and av[0] >= 1:
            found = _classes_needed(av[2], flags)
        elif name == "BRANCH":
            branches = [_classes_needed(branch, flags) for branch in av[1]]
            if all(branches):
                found = list(dict.fromkeys(c for b in branches for c in b))  # type: ignore[union-attr]
        if found and not re.search("|".join(found), "\n"):
            options.append(found)
    if not options:
        return None
    return min(options, key=_printable_matched)


def _printable_matched(classes: list[str]) -> int:
    """How many printable ASCII characters the regexes match (fewer: rarer in values)."""
    search = re.compile("|".join(classes)).search
    return sum(1 for c in _PRINTABLE if search(c))


_PRINTABLE = [chr(c) for c in range(32, 127)]
_CATEGORY_ESCAPES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                     "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w",
                     "CATEGORY_NOT_WORD": r"\W"}  # fmt: skip


def _class_source(members: Any) -> str | None:
    r"""The parsed members of a class written back as a class's inside (``^\W\d_``)."""
    out = []
    for op, value in members:
        kind = str(op)
        if kind == "NEGATE":
            out.append("^")
        elif kind == "LITERAL":
            out.append(re.escape(chr(value)))
        elif kind == "RANGE":
            out.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind == "CATEGORY" and str(value) in _CATEGORY_ESCAPES:
            out.append(_CATEGORY_ESCAPES[str(value)])
        else:
            return None
    return "".join(out)


def _scoped(source: str, flags: int) -> str:
    """``source`` in a group under the flags that change what one character matches."""
    letters = ("i" if flags & re.IGNORECASE else "") + ("a" if flags & re.ASCII else "")
    return f"(?{letters}:{source})" if letters else f"(?:{source})"


#: Classes that hold a newline.
_NEWLINE_CATEGORIES = frozenset({"CATEGORY_NOT_DIGIT", "CATEGORY_SPACE", "CATEGORY_NOT_WORD",
                                 "CATEGORY_LINEBREAK"})  # fmt: skip


def _takes_newline(name: str, av: Any, flags: int) -> bool:
    """Whether the one-character item ``name``/``av`` matches a newline."""
    if name == "LITERAL":
        return bool(av == 10)
    if name == "NOT_LITERAL":
        return bool(av != 10)
    if name == "ANY":
        return bool(flags & re.DOTALL)
    negate = False
    held = False
    for op, value in av:  # IN: literals, ranges, categories, perhaps NEGATE first
        kind = str(op)
        if kind == "NEGATE":
            negate = True
        elif kind == "LITERAL":
            held = held or value == 10
        elif kind == "RANGE":
            held = held or value[0] <= 10 <= value[1]
        elif kind == "CATEGORY":
            held = held or str(value) in _NEWLINE_CATEGORIES
        else:
            return True  # not known here: may
    return held != negate


#: Parsed items that match one character or none, one way.
_SINGLE = frozenset({"LITERAL", "NOT_LITERAL", "ANY", "IN", "AT", "CATEGORY", "RANGE", "NEGATE"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})


#: What changes meaning when a pattern is put inside an alternation: a numbered backreference
#: (its group's number moves), a named group (two may share a name) or a global inline flag,
#: the standard library's or the ``regex`` module's own (``(?V1)``, ``(?w)``, ``(?r)``...), which
#: would turn on for every joined pattern.
_UNJOINABLE = re.compile(
    r"\\[1-9]|\\g<?\d|\(\?P?<[A-Za-z_]|\(\?P=|\(\?(?:[abefiLmprsuwx]|V[01])+\)"
)
#: Global inline flags at a pattern's start, which a scoped group can hold instead.
_LEADING_FLAGS = re.compile(r"\(\?([imsx]+)\)")


def alternation(sources: list[str]) -> str | None:
    r"""One pattern that a search finds where a search of any of ``sources`` finds (their
    alternation), or None when joining would change one's meaning (see ``_UNJOINABLE``). A
    pattern's leading global flags become a group's own.

    >>> print(alternation([r"(?i)^ga\d", r"^\d{4}$"]))
    (?i:^ga\d)|(?:^\d{4}$)
    >>> alternation([r"^(\w)\1", "x"]) is None
    True
    """
    parts = []
    for source in sources:
        flags = _LEADING_FLAGS.match(source)
        if flags is not None:
            source, scope = source[flags.end() :], f"(?{flags.group(1)}:"
        else:
            scope = "(?:"
        if _UNJOINABLE.search(source):
            return None
        parts.append(f"{scope}{source})")
    return "|".join(parts)


def _overridden(recognizer: Any, method: str) -> Callable[[str], bool | None] | None:
    """The recognizer's ``method`` when it overrides PatternRecognizer's, else None."""
    from presidio_analyzer import PatternRecognizer

    if getattr(type(recognizer), method) is getattr(PatternRecognizer, method):
        return None
    found: Callable[[str], bool | None] = getattr(recognizer, method)
    return found


def _phone_finder(recognizer: Any) -> Finder:
    """PhoneRecognizer.analyze: every ``PhoneNumberMatcher`` match of each region is a result.
    A string of digits (or of groups of digits joined by hyphens) is not asked about the regions
    none of whose numbers it could be (:mod:`.phone_digits`)."""
    import phonenumbers

    from .phone_digits import DIGITS_MAX, no_number

    regions = tuple(recognizer.supported_regions)
    leniency = recognizer.leniency
    candidate = _phone_candidate_pattern()
    impossible = [(region, no_number(region, leniency)) for region in regions]
    run = _run_of(candidate) if candidate is not None else None

    # The region of the latest whole match, asked first: a column's numbers are mostly of one
    # region, and the answer (a whole match in any region, else one inside) is the same in any
    # order.
    latest = regions[0] if regions else None

    def find(value: str, inside_counts: bool) -> int:
        nonlocal latest
        if not inside_counts and candidate is not None:
            if run is not None and not run(value, math.ceil(WHOLE_SHARE * len(value))):
                return NONE  # no stretch of the characters a candidate is made of is long enough
            if not _long_run(candidate, value):
                return NONE
        found = NONE
        asked = regions
        if (
            len(value) <= DIGITS_MAX
            and value.count("-") <= _MOST_HYPHENS
            and _DIGIT_GROUPS.fullmatch(value)
        ):
            digits = value.replace("-", "")
            asked = tuple(r for r, no in impossible if no is None or not no(digits))
        first = latest
        if asked and first != asked[0] and first in asked:
            asked = (first, *(r for r in asked if r != first))
        for region in asked:
            for match in phonenumbers.PhoneNumberMatcher(value, region, leniency=leniency):
                if is_whole(match.start, match.end, value):
                    latest = region
                    return WHOLE
                found = INSIDE
        return found if inside_counts else NONE

    return find


#: Digits, perhaps in groups joined by hyphens (``12345-6789``): the phone matcher's one candidate
#: is then the whole value, read as its digits (see :mod:`.phone_digits`).
_DIGIT_GROUPS = re.compile(r"[0-9]+(?:-[0-9]+)*")
#: The matcher's candidate pattern takes at most 21 blocks of up to 20 digits: with more groups
#: than 16 in a value of at most 100 characters, it may find a number in a part of the value.
_MOST_HYPHENS = 15


def _phone_candidate_pattern() -> re.Pattern[str] | None:
    """The regex ``PhoneNumberMatcher`` finds its candidates with (every match lies inside one
    of its matches), or None if this phonenumbers release does not have it where expected."""
    try:
        from phonenumbers import phonenumbermatcher
    except ImportError:  # pragma: no cover - phonenumbers is a dependency of Presidio
        return None
    pattern = getattr(phonenumbermatcher, "_PATTERN", None)
    return pattern if isinstance(pattern, re.Pattern) else None


#: Longest stretch looked for by :func:`_run_of` (its regexes are kept per length).
_RUN_MAX = 256


def _run_of(pattern: re.Pattern[str]) -> Callable[[str, int], bool] | None:
    """A test of ``(value, n)``: whether ``value`` has ``n`` consecutive characters each of which
    some character of ``pattern`` matches (every match of the pattern lies in such a stretch:
    one search in C rules out what :func:`_long_run` tries start by start). None when the
    pattern has other items than literals, ranges and digits (none known here)."""
    parsed = _parsed(pattern.pattern, pattern.flags)
    if parsed is None:
        return None
    members: set[str] = set()
    if not _characters(parsed.data, members):
        return None
    cls = "".join(sorted(members))
    runs: dict[int, Callable[[str], object]] = {}

    def run(value: str, n: int) -> bool:
        if n > _RUN_MAX:
            return True  # not told here
        search = runs.get(n)
        if search is None:
            search = runs[n] = re.compile(f"[{cls}]{{{n},}}", pattern.flags).search
        return search(value) is not None

    return run


def _characters(items: Any, members: set[str]) -> bool:
    """Add to ``members`` a character-class item for each character the parsed ``items`` can
    match; False when one of them is not a literal, a range or a digit."""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            members.add(re.escape(chr(av)))
        elif name == "IN":
            for kind, value in av:
                if str(kind) == "LITERAL":
                    members.add(re.escape(chr(value)))
                elif str(kind) == "RANGE":
                    members.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif str(kind) == "CATEGORY" and str(value) == "CATEGORY_DIGIT":
                    members.add(r"\d")
                else:
                    return False
        elif name == "SUBPATTERN":
            if not _characters(av[3], members):
                return False
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            if not _characters(av[2], members):
                return False
        elif name == "BRANCH":
            if not all(_characters(branch, members) for branch in av[1]):
                return False
        else:
            return False
    return True


def _long_run(candidate: re.Pattern[str], value: str) -> bool:
    """True when a candidate match covering 80% of ``value`` exists (it starts in the first 20%)."""
    need = WHOLE_SHARE * len(value)
    for start in range(int(len(value) - need) + 1):
        match = candidate.match(value, start)
        if match is not None and match.end() - start >= need:
            return True
    return False
