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

import logging
import re
from collections.abc import Callable
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


def is_whole(start: int, end: int, value: str) -> bool:
    """True when the match ``value[start:end]`` stands for the whole value."""
    return (end - start) >= WHOLE_SHARE * len(value)


def finder(recognizer: Any) -> Finder | None:
    """A fast equivalent of ``recognizer.analyze`` for the value signal, or None when the
    recognizer must be asked through ``analyze`` (it overrides it, or is not a kind known here)."""
    from presidio_analyzer import PatternRecognizer
    from presidio_analyzer.predefined_recognizers import PhoneRecognizer

    if type(recognizer) is PhoneRecognizer:
        return _phone_finder(recognizer)
    if isinstance(recognizer, PatternRecognizer) and (
        type(recognizer).analyze is PatternRecognizer.analyze
    ):
        return _pattern_finder(recognizer)
    return None


def _pattern_finder(recognizer: Any) -> Finder:
    """PatternRecognizer.analyze's scoring (a validation sets the score to 1 or 0, an
    invalidation to 0, a result needs a score above 0), asked only what the value signal needs."""
    import regex
    from presidio_analyzer.pattern_recognizer import REGEX_TIMEOUT_SECONDS

    flags = recognizer.global_regex_flags
    patterns = []
    for pattern in recognizer.patterns:
        if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
            pattern.compiled_with_flags = flags
            pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)
        patterns.append((pattern.compiled_regex, pattern.score, pattern.name))
    # Presidio's own validate_result and invalidate_result say nothing: not called.
    validate = _overridden(recognizer, "validate_result")
    invalidate = _overridden(recognizer, "invalidate_result")
    guard = _any_pattern(recognizer, flags)

    def find(value: str, inside_counts: bool) -> int:
        if guard is not None:
            try:
                if guard.search(value, timeout=REGEX_TIMEOUT_SECONDS) is None:
                    return NONE  # no pattern matches anywhere
            except TimeoutError:
                pass  # ask each pattern, as Presidio does
        found = NONE
        need = WHOLE_SHARE * len(value)
        latest = len(value) - need  # a whole match starts no later
        for compiled, score, name in patterns:
            try:
                for match in compiled.finditer(value, timeout=REGEX_TIMEOUT_SECONDS):
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
                            return WHOLE
                        if whole:
                            found = WEAK_WHOLE  # a stronger pattern may still match whole
                        elif found == NONE:
                            found = INSIDE
            except TimeoutError:
                log.warning("Regex pattern %r timed out, skipping.", name)
        return found

    return find


def _any_pattern(recognizer: Any, flags: int) -> Any:
    """One regex matching where any of the recognizer's patterns matches (their alternation):
    most values match none, and one search tells so at a fraction of a search per pattern.
    None when the patterns cannot be joined (numbered backreferences, inline global flags)."""
    import regex

    sources = [p.regex for p in recognizer.patterns]
    if len(sources) < 2 or any(_UNJOINABLE.search(src) for src in sources):
        return None
    try:
        return regex.compile("|".join(f"(?:{src})" for src in sources), flags=flags)
    except regex.error:
        return None


#: What changes meaning when a pattern is put inside an alternation: a numbered backreference
#: (its group's number moves), a named group (two may share a name) or a global inline flag.
_UNJOINABLE = re.compile(r"\\[1-9]|\\g<?\d|\(\?P?<[A-Za-z_]|\(\?P=|\(\?[aiLmsux]+\)")


def _overridden(recognizer: Any, method: str) -> Callable[[str], bool | None] | None:
    """The recognizer's ``method`` when it overrides PatternRecognizer's, else None."""
    from presidio_analyzer import PatternRecognizer

    if getattr(type(recognizer), method) is getattr(PatternRecognizer, method):
        return None
    found: Callable[[str], bool | None] = getattr(recognizer, method)
    return found


def _phone_finder(recognizer: Any) -> Finder:
    """PhoneRecognizer.analyze: every ``PhoneNumberMatcher`` match of each region is a result."""
    import phonenumbers

    regions = tuple(recognizer.supported_regions)
    leniency = recognizer.leniency
    candidate = _phone_candidate_pattern()

    def find(value: str, inside_counts: bool) -> int:
        if not inside_counts and candidate is not None and not _long_run(candidate, value):
            return NONE
        found = NONE
        for region in regions:
            for match in phonenumbers.PhoneNumberMatcher(value, region, leniency=leniency):
                if is_whole(match.start, match.end, value):
                    return WHOLE
                found = INSIDE
        return found if inside_counts else NONE

    return find


def _phone_candidate_pattern() -> re.Pattern[str] | None:
    """The regex ``PhoneNumberMatcher`` finds its candidates with (every match lies inside one
    of its matches), or None if this phonenumbers release does not have it where expected."""
    try:
        from phonenumbers import phonenumbermatcher
    except ImportError:  # pragma: no cover - phonenumbers is a dependency of Presidio
        return None
    pattern = getattr(phonenumbermatcher, "_PATTERN", None)
    return pattern if isinstance(pattern, re.Pattern) else None


def _long_run(candidate: re.Pattern[str], value: str) -> bool:
    """True when a candidate match covering 80% of ``value`` exists (it starts in the first 20%)."""
    need = WHOLE_SHARE * len(value)
    for start in range(int(len(value) - need) + 1):
        match = candidate.match(value, start)
        if match is not None and match.end() - start >= need:
            return True
    return False
