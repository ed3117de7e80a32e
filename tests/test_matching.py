"""The value signal's finders give, recognizer by recognizer, what Presidio's ``analyze`` gives.

A finder that disagreed would change verdicts silently (a column of card numbers no longer
counted, a phone found where Presidio finds none), so every recognizer of the default engine
is checked on a seeded mix of values of every kind the recognizers know, short and in free text.
"""

from __future__ import annotations

import random
import re
import re._parser
import string
from typing import Any

import pytest
import regex
from faker import Faker
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.matching import (
    INSIDE,
    NONE,
    SAFE_MAX,
    SAFE_STEPS,
    WEAK_SCORE,
    WEAK_WHOLE,
    WHOLE,
    Chunk,
    _as_re,
    alternation,
    anchored,
    finder,
    finders,
    is_whole,
    keeps_to_lines,
    needed_class,
    required_characters,
    safe_length,
    steps,
    whole_line_widths,
)
from classifiers.values import ValueSettings, _engine

from .table_verdicts import table_verdicts


def _values() -> list[str]:
    rng = random.Random(17)
    out: list[str] = []
    for locale in ("en_US", "en_GB", "de_DE", "fr_FR"):
        fake = Faker(locale)
        fake.seed_instance(17)
        for _ in range(12):
            out += [
                fake.email(),
                fake.phone_number(),
                fake.name(),
                fake.street_address(),
                fake.city(),
                fake.postcode(),
                fake.iban(),
                fake.ipv4(),
                fake.ipv6(),
                fake.mac_address(),
                fake.uuid4(),
                fake.md5(),
                fake.sha1(),
                fake.credit_card_number(),
                fake.date_of_birth().isoformat(),
                fake.date_time().isoformat(sep=" "),
                fake.ssn(),
                fake.sentence(nb_words=8) + f" Call {fake.phone_number()} or {fake.email()}.",
                fake.user_name(),
                f"{rng.uniform(-90, 90):.6f}, {rng.uniform(-180, 180):.6f}",
                f"{rng.randrange(10_000):04d}",
                str(rng.randrange(10**6, 10**12)),
                "$2b$12$" + "".join(rng.choice(string.ascii_letters + "./") for _ in range(53)),
                f"SKU-{rng.randrange(10**5)}-XL",
                # several lines: anchored patterns may match after a newline too
                f"{fake.street_address()}\n{fake.postcode()} {fake.city()}",
                f"note\n{fake.email()}\n{fake.md5()}",
            ]
    return out


VALUES = _values()
ENGINE = _engine(ValueSettings())
RECOGNIZERS = [r for r in ENGINE.analyzer.registry.recognizers if finder(r) is not None]


def _expected(recognizer: object, value: str, inside_counts: bool) -> int:
    results = recognizer.analyze(value, recognizer.supported_entities, None) or []  # type: ignore[attr-defined]
    wholes = [r for r in results if is_whole(r.start, r.end, value)]
    if any(r.score >= WEAK_SCORE for r in wholes):
        return WHOLE
    if wholes:
        return WEAK_WHOLE  # only Presidio's weak patterns (nine bare digits...) match whole
    return INSIDE if results and inside_counts else NONE


def test_every_recognizer_but_iban_has_a_finder() -> None:
    """Only recognizers that override ``analyze`` (Presidio's IBAN) go the slow way."""
    slow = {r.name for r in ENGINE.analyzer.registry.recognizers if finder(r) is None}
    assert slow == {"IbanRecognizer"}


@pytest.mark.parametrize("recognizer", RECOGNIZERS, ids=lambda r: r.name)
def test_finder_agrees_with_analyze(recognizer: object) -> None:
    find = finder(recognizer)
    assert find is not None
    wrong = [
        (value, inside)
        for value in VALUES
        for inside in (False, True)
        if find(value, inside) != _expected(recognizer, value, inside)
    ]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize(
    "name", ["PhoneRecognizer", "EmailRecognizer", "CreditCardRecognizer", "IpRecognizer"]
)
def test_the_mix_has_whole_and_inside_matches(name: str) -> None:
    """The agreement above means something: these recognizers find values whole and in text."""
    find = finder(next(r for r in RECOGNIZERS if r.name == name))
    assert find is not None
    found = {find(v, True) for v in VALUES}
    assert WHOLE in found
    assert INSIDE in found or name in ("CreditCardRecognizer", "IpRecognizer")


def test_a_recognizer_whose_patterns_cannot_be_joined_is_still_asked_pattern_by_pattern() -> None:
    """The one-search guard is skipped where an alternation would change a pattern's meaning
    (a numbered backreference): a doubled word is still found, a single one is not."""
    from presidio_analyzer import Pattern

    from classifiers.recognizers.base import ValueRecognizer

    class Doubled(ValueRecognizer):
        ENTITY = "USERNAME"
        PATTERNS = (Pattern("doubled", r"^(\w+)-\1$", 0.8), Pattern("plain", r"^zz\d{3}$", 0.8))

    find = finder(Doubled())
    assert find is not None
    assert [find(v, False) for v in ("abc-abc", "abc-abd", "zz123", "zz12")] == [
        WHOLE,
        NONE,
        WHOLE,
        NONE,
    ]


def test_a_pattern_is_compiled_only_when_a_value_reaches_it(monkeypatch: Any) -> None:
    """Making a finder compiles nothing; a value the guard rejects compiles the guard alone; a
    value it lets through compiles the patterns tried up to the one that matches, into the
    patterns themselves (as Presidio's ``analyze`` does); the answers are ``analyze``'s."""
    from presidio_analyzer import Pattern

    from classifiers.recognizers.base import ValueRecognizer

    class Codes(ValueRecognizer):
        ENTITY = "USERNAME"
        PATTERNS = (
            Pattern("ab", r"^ab-\d{3}$", 0.8),
            Pattern("cd", r"^cd_\d{3}$", 0.8),
            Pattern("hash", r"#\d{9}#", 0.8),  # not anchored: the three have a guard
        )

    class Code(ValueRecognizer):
        ENTITY = "USERNAME"
        PATTERNS = (Pattern("ef", r"^ef\.\d{3}$", 0.8),)

    several, one = Codes(), Code()
    compiled: list[str] = []
    real = regex.compile

    def compile_(source: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", compile_)
    find, screen = finders(several)
    find_one = finder(one)
    assert find is not None and screen is not None and find_one is not None
    assert compiled == []
    assert not screen(Chunk.of(["hello", "world"]))  # none of "-", "_", "#": nothing searched
    assert compiled == []
    ab, cd, hashed = several.patterns
    guard = "|".join(f"(?:{p.regex})" for p in several.patterns)
    assert find("hello world", False) == NONE
    assert compiled == [guard]
    assert find("cd_123", False) == WHOLE
    assert compiled == [guard, ab.regex, cd.regex]
    assert hashed.compiled_regex is None and cd.compiled_regex is not None
    assert find_one("ef.123", False) == WHOLE and compiled[-1] == one.patterns[0].regex
    for value in ("hello world", "cd_123", "ab-123", "#123456789#", "ab-12"):
        assert find(value, False) == _expected(several, value, False), value


def test_patterns_all_anchored_at_the_start_have_no_guard(monkeypatch: Any) -> None:
    """Each pattern anchored at the start is a ``match`` from 0, which fails within a few
    characters on most values: their alternation is never compiled, and a value no pattern
    matches is asked each (the same answers as with a guard)."""
    import regex
    from presidio_analyzer import Pattern

    from classifiers.recognizers.base import ValueRecognizer

    class Codes(ValueRecognizer):
        ENTITY = "USERNAME"
        PATTERNS = (
            Pattern("ab", r"^ab-\d{3}$", 0.8),
            Pattern("cd", r"^cd_\d{3}$", 0.8),
            Pattern("hash", r"^#\d{9}#$", 0.8),
        )

    several = Codes()
    compiled: list[str] = []
    real = regex.compile

    def compile_(source: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return real(source, *args, **kwargs)

    monkeypatch.setattr(regex, "compile", compile_)
    find = finders(several)[0]
    assert find is not None
    assert find("hello world", False) == NONE
    assert compiled == [p.regex for p in several.patterns]
    for value in ("hello world", "cd_123", "ab-123", "#123456789#", "ab-12", "ab-123\ncd_456"):
        assert find(value, False) == _expected(several, value, False), value


def test_a_pattern_with_a_global_flag_of_the_regex_module_is_not_joined() -> None:
    """``(?V1)`` in one pattern would turn version 1 on for every pattern joined with it: a
    version-0 pattern's literal ``--`` would become a set difference and miss what it finds
    alone. So the guard is skipped, and each pattern keeps its own meaning."""
    from presidio_analyzer import Pattern

    from classifiers.recognizers.base import ValueRecognizer

    class Versions(ValueRecognizer):
        ENTITY = "USERNAME"
        PATTERNS = (
            Pattern("v1", r"(?V1)^[[a-z]--[aeiou]]{3}$", 0.8),
            Pattern("v0", r"^[[a-z]--[aeiou]]+$", 0.8),
        )

    assert alternation([p.regex for p in Versions.PATTERNS]) is None
    find = finder(Versions())
    assert find is not None
    # "a--e]" is what the version-0 pattern finds (one of "[a-z", two hyphens, a vowel, "]");
    # "bcd" is the version-1 pattern's (three consonants)
    assert [find(v, False) for v in ("a--e]", "bcd", "abc")] == [WHOLE, WHOLE, NONE]


@pytest.mark.parametrize(
    "recognizer",
    [r for r in ENGINE.analyzer.registry.recognizers if getattr(r, "PREFILTER", "")],
    ids=lambda r: r.name,
)
def test_may_match_agrees_with_the_prefilter_regex(recognizer: object) -> None:
    """A recognizer's ``may_match`` decides which columns it is asked about: where it is faster
    than its PREFILTER regex it must still give the regex's answer, or columns are skipped."""
    import re

    spec = re.compile(recognizer.PREFILTER)  # type: ignore[attr-defined]
    wrong = [v for v in VALUES if recognizer.may_match(v) != bool(spec.search(v))]  # type: ignore[attr-defined]
    assert not wrong, wrong[:5]


# --- searching without the timeout where it cannot matter ---------------------------------------


@pytest.mark.parametrize(
    ("pattern", "flags", "at_least", "below"),
    [
        (r"^[0-9A-F]{32,64}$", re.IGNORECASE, 64, None),  # one bounded repeat: linear
        (r"^\d{3}-\d{2}-\d{4}$", 0, SAFE_MAX, None),  # fixed width
        (r"^(?=[\w.-]*[^\W\d_])[\w.-]{3,32}$", 0, 16, None),  # lookahead and repeat: polynomial
        (r"^(a+)+$", 0, 0, 20),  # nested repeats: exponential
        (r"^(a|aa)*$", 0, 0, 40),  # an alternation under a repeat: exponential
        (r"(\w)\1", 0, 0, 1),  # a backreference: not bounded
        (r"\p{Lu}\w+", 0, 256, None),  # a property escape is one character, as a letter is
        (r"^(\p{L}+)+$", 0, 0, 20),  # ... so nested repeats of one are still exponential
        (r"\L<words>\d+", 0, 0, 1),  # other syntax of the regex module: not parsed, not bounded
    ],
)
def test_safe_length_bounds_backtracking(
    pattern: str, flags: int, at_least: int, below: int | None
) -> None:
    length = safe_length(pattern, flags)
    assert length >= at_least
    if below is not None:
        assert length < below
    if length:  # within the length, the bound holds (a property escape read as one letter)
        parsed = re._parser.parse(_as_re(pattern), flags).data
        assert (length + 1) * steps(parsed, length) <= SAFE_STEPS


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"^\d{3}$", 0, True),
        (r"^a|^b", 0, True),
        (r"(?:^a|\Ab)", 0, True),
        (r"^\s*[\p{L}\d]+$", regex.IGNORECASE | regex.MULTILINE | regex.DOTALL, True),
        (r"(?:^a|b)", 0, False),  # one branch may start anywhere
        (r"a^", 0, False),
        (r"(?<=x)^a", 0, False),  # a lookbehind first: not read as anchored
        (r"\L<words>", 0, False),  # not read: never assumed
    ],
)
def test_anchored(pattern: str, flags: int, expected: bool) -> None:
    assert anchored(pattern, flags) is expected


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([p for r in RECOGNIZERS for p in getattr(r, "patterns", ()) or ()]),
    st.text(alphabet="0123456789abcdefxyzABCXYZ@._-:/$ \n\u00e9", max_size=40),
)
def test_match_of_an_anchored_pattern_finds_what_finditer_finds(pattern: Any, value: str) -> None:
    """What the finders rely on: an anchored pattern, in a value of one line, matches at 0 or
    nowhere, so one ``match`` gives finditer's matches."""
    flags = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
    if not anchored(pattern.regex, flags) or "\n" in value:
        return
    compiled = regex.compile(pattern.regex, flags)
    first = compiled.match(value)
    assert [m.span() for m in compiled.finditer(value)] == ([first.span()] if first else [])


def test_the_bound_grows_with_the_value() -> None:
    parsed = re._parser.parse(r"^\w+@\w+\.\w{2,}$").data
    sizes = [steps(parsed, n) for n in (4, 16, 64)]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def _walked(items: Any, size: int) -> float:
    """The bound as first written: the parse walked again at every length asked."""
    total = 1.0
    for op, av in getattr(items, "data", items):
        name = str(op)
        if name in ("LITERAL", "NOT_LITERAL", "ANY", "IN", "AT", "CATEGORY", "RANGE", "NEGATE"):
            continue
        if name == "SUBPATTERN":
            total *= _walked(av[3], size)
        elif name == "ATOMIC_GROUP":
            total *= _walked(av, size)
        elif name in ("ASSERT", "ASSERT_NOT"):
            total *= _walked(av[1], size)
        elif name == "BRANCH":
            total *= sum(_walked(branch, size) for branch in av[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            lo, hi, item = av
            top = min(hi, size)
            if lo > top:
                continue
            ways = _walked(item, size)
            if ways == 1:
                total *= top - lo + 1
            elif ways * top > 1e12 or top - lo > 60:
                return float("inf")
            else:
                try:
                    total *= sum(ways**j for j in range(lo, top + 1))
                except OverflowError:
                    return float("inf")
        else:
            return float("inf")
        if total > 1e15:
            return float("inf")
    return total


PATTERNED = [r for r in RECOGNIZERS if hasattr(r, "patterns")]
_BOUNDED = [
    *sorted({(p.regex, int(r.global_regex_flags)) for r in PATTERNED for p in r.patterns}),
    (r"^(a+)+$", 0),
    (r"^(a|aa)*$", 0),
    (r"^(?:(?:\d{1,3}\.){3}\d{1,3}|(?:x|yy){2,70})+$", 0),
    (r"(?>a*)(?=b+)(?!c{2,})(?:d|e|f)*+g{0,3}?", 0),
    (r"(\w)\1", 0),
]


def test_a_bound_past_the_largest_float_keeps_the_timeout() -> None:
    """A user's pattern whose ways overflow a float (a repeat of a group of ten billion ways,
    sixty times) is searched with the timeout past a few characters: no crash of its finder."""
    source = r"^(?:(?:\d{1,3}\.){3}\d{1,3}|(?:x|yy){2,70})+$"
    assert safe_length(source) < 8
    from presidio_analyzer import Pattern, PatternRecognizer

    user = PatternRecognizer(supported_entity="TICKET", patterns=[Pattern("t", source, 0.9)])
    find = finder(user)
    assert find is not None
    for value in ("1.2.3.4", "xxyyx", "1.2.3", "x" * 40):
        assert find(value, False) == _expected(user, value, False), value


@pytest.mark.parametrize(("source", "flags"), _BOUNDED, ids=lambda p: str(p)[:40])
def test_the_bound_worked_out_once_is_the_walk_of_the_parse(source: str, flags: int) -> None:
    """The bound is worked out once per pattern and asked at each length: the same numbers as
    the parse walked at each length, so the same safe lengths."""
    parsed = re._parser.parse(_as_re(source), flags)
    for size in (0, 1, 2, 3, 7, 16, 33, 64, 100, 128, 255, 256, 300, 511, SAFE_MAX):
        assert steps(parsed.data, size) == _walked(parsed.data, size), size


def test_values_longer_than_the_safe_length_are_still_searched_with_the_timeout() -> None:
    """A user's pattern with nested repeats keeps Presidio's timeout on every value longer than
    its (tiny) safe length, and the finder's answers are the analyzer's either side of it."""
    from presidio_analyzer import Pattern, PatternRecognizer

    user = PatternRecognizer(
        supported_entity="TICKET", patterns=[Pattern("nested", r"^(?:[a-z]+-?)+\d$", 0.9)]
    )
    find = finder(user)
    assert find is not None
    short = safe_length(r"^(?:[a-z]+-?)+\d$", user.global_regex_flags)
    assert short < 12
    for value in ("ab-c1", "abc-def-ghi-jkl7", "abc-def-ghi-jkl-mno-pqr"):
        expected = WHOLE if user.analyze(value, ["TICKET"]) else NONE
        assert find(value, False) == expected


# --- screening several values with one search ----------------------------------------------------

SCREENED = [(r, *finders(r)) for r in RECOGNIZERS if finders(r)[1] is not None]
_ALPHABET = "0123456789abcdefxyzABCFXYZ@._-:/$*{}<>()+, \n\t\u00e9\u00df"


def test_every_pattern_recognizer_of_the_default_engine_has_a_screen() -> None:
    """Their patterns keep to a line, so the value signal can drop each with one search."""
    assert {r.name for r, _, _ in SCREENED} == {r.name for r in RECOGNIZERS} - {"PhoneRecognizer"}


class _SearchSpy:
    """A compiled pattern that notes its source in ``searched`` each time it is used."""

    def __init__(self, source: str, flags: int, searched: list[str]) -> None:
        self.compiled = regex.compile(source, flags)
        self.pattern = source
        self.searched = searched

    def __getattr__(self, name: str) -> Any:
        self.searched.append(self.pattern)
        return getattr(self.compiled, name)


@pytest.mark.parametrize(("recognizer", "find", "screen"), SCREENED, ids=lambda r: str(r))
def test_a_screen_passes_every_chunk_of_the_mix_with_a_match(
    recognizer: object, find: Any, screen: Any
) -> None:
    wrong = []
    for start in range(0, len(VALUES), 7):
        chunk = VALUES[start : start + 7]
        if not screen(Chunk.of(chunk)):
            wrong += [(v, i) for v in chunk for i in (False, True) if find(v, i) != NONE]
    assert not wrong, wrong[:5]


def test_a_pattern_no_value_could_match_is_not_searched_by_the_screen() -> None:
    """Where the patterns cannot be joined into one guard, each is screened on its own: one
    whose every match needs a character none of the values holds is not searched at all (a
    search of the joined values with the timeout is what it would cost), the others still are."""
    from presidio_analyzer import Pattern

    from classifiers.recognizers.base import ValueRecognizer

    searched: list[str] = []

    class Pairs(ValueRecognizer):
        ENTITY = "USERNAME"
        PATTERNS = (
            Pattern("pair", r"^(\w+)-\1(?:-\w+)*$", 0.8),  # a backreference: no guard
            Pattern("tagged", r"^(?:\w+\s?)*#\d+$", 0.8),  # nested: searched with the timeout
        )

    recognizer = Pairs()
    for pattern in recognizer.patterns:
        pattern.compiled_with_flags = recognizer.global_regex_flags
        pattern.compiled_regex = _SearchSpy(pattern.regex, recognizer.global_regex_flags, searched)
    find, screen = finders(recognizer)
    assert find is not None and screen is not None
    pair, tagged = (p.regex for p in recognizer.patterns)
    digests = [f"{n:032x}" for n in range(1, 11)]
    assert not screen(Chunk.of([*digests, "order #"]))  # a "#", no "-"
    assert searched == [tagged]
    assert screen(Chunk.of([*digests, "ab-ab"]))
    assert screen(Chunk.of([*digests, "order #12"]))
    assert set(searched) == {pair, tagged}


def test_a_pattern_no_value_has_a_length_for_is_not_searched_by_the_screen() -> None:
    """Without a guard, a pattern whose matches run from a line's start to its end is not
    searched in a chunk of one-line values none of which has a length it could span."""
    from presidio_analyzer import Pattern

    from classifiers.recognizers.base import ValueRecognizer

    searched: list[str] = []

    class Tokens(ValueRecognizer):
        ENTITY = "DEVICE_ID"
        PATTERNS = (
            Pattern("pair", r"^(\w+)-\1$", 0.8),  # a backreference: no guard, no widths
            Pattern("short", r"^[0-9a-f]{16}$", 0.8),
        )

    recognizer = Tokens()
    for pattern in recognizer.patterns:
        pattern.compiled_with_flags = recognizer.global_regex_flags
        pattern.compiled_regex = _SearchSpy(pattern.regex, recognizer.global_regex_flags, searched)
    find, screen = finders(recognizer)
    assert find is not None and screen is not None
    pair, short = (p.regex for p in recognizer.patterns)
    digests = [f"{n:032x}" for n in range(1, 11)]
    assert not screen(Chunk.of(digests))  # no "-", and none of 16 characters
    assert searched == []
    assert screen(Chunk.of([*digests, "00ff00ff00ff00ff"]))
    assert searched == [short]
    assert not screen(Chunk.of([*digests, "ab-cd"]))
    assert searched == [short, pair]
    assert screen(Chunk.of([*digests, "ab-ab"]))


@pytest.mark.parametrize(
    ("source", "value"),
    [
        (r"^[[:alpha:]]{4}[0-9]{4}$", "abcd1234"),  # a POSIX class: the regex module's own
        (r"\bTK(?:abcde){e<=1}\b", "TKabcdx"),  # fuzzy matching: one error allowed
        (r"\d{3}(?![[:space:]])", "123x"),  # a POSIX class in a negative lookahead
    ],
)
def test_a_screen_never_drops_a_value_a_regex_only_pattern_matches(source: str, value: str) -> None:
    """A user's pattern in syntax the standard library's parser reads as other characters is
    not screened by what that parser makes of it: the value it matches still gets through."""
    from presidio_analyzer import Pattern, PatternRecognizer

    user = PatternRecognizer(supported_entity="TICKET", patterns=[Pattern("user", source, 0.9)])
    find, screen = finders(user)
    assert find is not None and find(value, True) != NONE
    assert screen is None or screen(Chunk.of([f"{n:032x}" for n in range(1, 10)] + [value]))


WHOLE_LINE = [
    r"^[0-9A-F]{8}-[0-9A-F]{4}$",
    r"^<?[0-9A-F]{8}(?: [0-9A-F]{8}){1,3}>?$",
    r"^(?:ab|c)+\Z",
    r"^a(?=b)b$|^c\d{2,}$",
    r"^(?>x\d*+)y?$",
]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_a_match_from_a_line_start_to_its_end_has_one_of_the_widths(data: Any) -> None:
    """Values matched whole (generated from each pattern) have a length within its widths."""
    flags = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
    pattern = data.draw(st.sampled_from(WHOLE_LINE))
    text = data.draw(st.from_regex(re.compile(pattern, flags), fullmatch=True))
    widths = whole_line_widths(pattern, flags)
    assert widths is not None
    if "\n" not in text and regex.match(pattern, text, flags):
        assert widths[0] <= len(text) <= widths[1], (pattern, text)


def test_widths_of_property_escapes_and_backreferences() -> None:
    """A property escape is one character; a backreference's width is left open."""
    flags = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
    assert whole_line_widths(r"^\p{L}{2,4}\d?$", flags) == (2, 5)
    low, high = whole_line_widths(r"^(\w{2})-\1$", flags) or (0, 0)
    for value in ("ab-ab", "\u00e9t-\u00e9t"):
        assert regex.match(r"^(\w{2})-\1$", value, flags)
        assert low <= len(value) <= high


def test_a_chunk_of_values_no_pattern_could_span_is_not_searched(monkeypatch: Any) -> None:
    """Patterns matching whole lines of 16 or 64 characters: a chunk of 32-character digests
    is dropped by their lengths alone, without a search; one value of 16 is searched."""
    from presidio_analyzer import Pattern

    import classifiers.matching as matching
    from classifiers.recognizers.base import ValueRecognizer

    searched: list[str] = []

    class Spy:
        def __init__(self, compiled: Any) -> None:
            self.compiled = compiled
            self.pattern = compiled.pattern

        def __getattr__(self, name: str) -> Any:
            searched.append(name)
            return getattr(self.compiled, name)

    compile_ = matching._compiled  # both patterns anchored: no guard, each searched
    monkeypatch.setattr(matching, "_compiled", lambda p, f: Spy(compile_(p, f)))

    class Tokens(ValueRecognizer):
        ENTITY = "USERNAME"
        PATTERNS = (
            Pattern("short token", r"^[0-9a-f]{16}$", 0.8),
            Pattern("long token", r"^[0-9a-f]{64}$", 0.8),
        )

    find, screen = finders(Tokens())
    assert find is not None and screen is not None
    digests = [f"{n:032x}" for n in range(1, 11)]
    assert not screen(Chunk.of(digests))
    assert searched == []
    assert screen(Chunk.of([*digests, "00ff00ff00ff00ff"]))
    assert searched
    assert not screen(Chunk.of([*digests, "not a token here"]))  # 16 long, another shape


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(SCREENED),
    st.lists(
        st.one_of(st.sampled_from(VALUES), st.text(alphabet=_ALPHABET, min_size=1, max_size=70)),
        min_size=1,
        max_size=10,
    ),
)
def test_a_screen_finds_nothing_only_where_no_value_holds_a_match(
    screened: tuple[Any, Any, Any], values: list[str]
) -> None:
    """What the value signal relies on to drop a recognizer for a chunk of values: one search
    of them joined by newlines that finds nothing means the finder finds nothing in any."""
    _, find, screen = screened
    if not screen(Chunk.of(values)):
        assert all(find(v, inside) == NONE for v in values for inside in (False, True))


@pytest.mark.parametrize(
    ("pattern", "flags", "alone", "joined"),
    [
        (r"^a(?!\s)", regex.MULTILINE, "a", "a\nb"),  # the newline after it is a space
        (r"^(?>a\s*)$", regex.MULTILINE, "a", "a\nb"),  # ... or taken for good
        (r"\Aa", regex.MULTILINE, "a", "b\na"),  # the joined text's start only
        (r"^a$", 0, "a", "b\na"),  # without MULTILINE: the same
        (r"^a\d*+$", regex.MULTILINE, "a1", "b\na1"),  # no: a possessive repeat of digits
    ],
)
def test_keeps_to_lines(pattern: str, flags: int, alone: str, joined: str) -> None:
    """Patterns that could match a value alone yet not among others are never screened."""
    compiled = regex.compile(pattern, flags)
    assert compiled.search(alone) is not None
    if keeps_to_lines(pattern, flags):
        assert compiled.search(joined) is not None
    else:
        assert compiled.search(joined) is None


CRAFTED = [
    r"^(?:a:b|c\$d)$",  # either branch's mark
    r"^\d{3}-\d{4}$",
    r"^[0-9A-F]{2}([:-])(?:[0-9A-F]{2}\1){4}[0-9A-F]{2}$",
    r"(?:x+\.)+y",  # a repeat done at least once
    r"^[\p{L}\d]+#\d*$",  # a property escape is never chosen
    r"v(?:1\.|2/)?w=",  # an optional group: not needed, the "=" is
]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ac:b$d0123456789-ABCFxy.vw=/#\u00e9\n", max_size=30))
def test_text_without_the_required_characters_holds_no_match(text: str) -> None:
    flags = regex.IGNORECASE | regex.MULTILINE | regex.DOTALL
    for pattern in CRAFTED:
        needed = required_characters([pattern], flags)
        assert needed is not None, pattern
        if regex.search(pattern, text, flags):
            assert needed(text), (pattern, text)


def test_required_characters_of_an_alternation_of_patterns() -> None:
    needed = required_characters(CRAFTED[:2])
    assert needed is not None
    assert [bool(needed(t)) for t in ("c$d", "a:b", "555-0123", "abcd")] == [True] * 3 + [False]
    assert required_characters([*CRAFTED, r"^\w+$"]) is None  # one pattern needs none


#: Patterns of ``re`` whose needed classes are letters, digits, marks, under scoped and global
#: flags, in lookarounds and branches.
NEEDED_CRAFTED = [
    r"^\s*\d{4,5}\s*$",  # a digit
    r"(?i)^[a-z]{2}-\w+$",  # a letter of either case (the Kelvin sign too), or the hyphen
    r"^(?=.*\d).*(?:ab|yz)",  # a lookahead's digit, or a or y
    r"^\s*['\u2019]?[^\W\d_](?:[^\W\d_]|[\s'.,-]){1,9}$",  # a letter of any script
    r"(?a:\w)\w*@",  # an ASCII word character, or the @
    r"(?i:K)x|\$\d",  # a k in either case (the Kelvin sign too), or the dollar
    r"^(?:[*#].*\d{4}$|\d{4}$)",  # each branch its own
    r"^[^\s\d]{3}$",  # a negated class
    r"^(?!#)[a-z]+$",  # a negative lookahead needs nothing
]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ac:b$d0123456789-ABKxyz.@#*'\u2019 \u00e9\u212a\u0663\n\t", max_size=24))
def test_a_text_without_the_needed_class_holds_no_match(text: str) -> None:
    """Crafted patterns and every regex prefilter of the default engine: where the needed class
    finds nothing, the pattern finds nothing."""
    patterns = [re.compile(p) for p in NEEDED_CRAFTED] + [
        test.__self__ for tests in ENGINE.prefilter.values() for test in tests or ()
        if isinstance(getattr(test, "__self__", None), re.Pattern)
    ]  # fmt: skip
    for compiled in patterns:
        needed = needed_class(compiled.pattern, compiled.flags)
        if needed is not None and needed.search(text) is None:
            assert compiled.search(text) is None, (compiled.pattern, text)


def test_needed_classes_of_crafted_patterns() -> None:
    assert all(needed_class(p) is not None for p in NEEDED_CRAFTED)
    digit = needed_class(NEEDED_CRAFTED[0])
    assert digit is not None
    assert [bool(digit.search(t)) for t in ("ab", "x7", "\u0663")] == [False, True, True]
    assert needed_class(r"a|\s") is None  # a newline would pass it in values joined
    assert needed_class(r"^\w*$") is None  # a match of nothing needs no character


def test_a_needed_class_keeps_the_patterns_case_folding() -> None:
    # Upper-case values of a lower-case pattern under (?i): the class must find them, or an
    # upper-case gender column would lose its values' support.
    sexes = needed_class(r"(?i)^(?:male|female)$")
    assert sexes is not None
    assert [bool(sexes.search(t)) for t in "MFx"] == [True, True, False]
    kelvin = needed_class(r"(?i)^k+$")
    assert kelvin is not None and kelvin.search("\u212a")  # the Kelvin sign folds to k


_ENGINE_REGEXES = [
    test.__self__
    for tests in ENGINE.prefilter.values()
    for test in tests or ()
    if isinstance(getattr(test, "__self__", None), re.Pattern)
]


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_a_text_a_pattern_matches_holds_its_needed_class(data: Any) -> None:
    """From the other side: texts made to match a crafted pattern or a prefilter hold a
    character of its needed class."""
    compiled = data.draw(st.sampled_from([re.compile(p) for p in NEEDED_CRAFTED] + _ENGINE_REGEXES))
    needed = needed_class(compiled.pattern, compiled.flags)
    if needed is None:
        return
    text = data.draw(st.from_regex(compiled))
    assert needed.search(text), (compiled.pattern, text)


def test_an_upper_case_gender_column_keeps_its_values_support() -> None:
    found = table_verdicts("people", {"id": (), "gender": ("M", "F", "X", "MALE", "FEMALE") * 4})
    assert found["gender"]["GENDER"].signals == ("names", "values")


def _asked(monkeypatch: Any) -> list[str]:
    """The entities whose prefilters the value signal asks of probed values from now on, each
    time one is asked: as built, or narrowed to the regexes that may match the probe."""
    asked: list[str] = []
    # Plans kept from earlier tests hold the prefilters as they were: start with none kept, so
    # every plan this test needs is made (and asks) through the spies.
    monkeypatch.setattr(ENGINE, "plans", {})

    def spied(test: Any, entity: str) -> Any:
        return lambda vs: asked.append(entity) or test(vs)

    for entity, tests in ENGINE.prefilter_any.items():
        monkeypatch.setitem(ENGINE.prefilter_any, entity, tuple(spied(t, entity) for t in tests))
    for entity, narrowing in ENGINE.prefilter_ways.items():

        def narrowed(
            mask: int, lengths: list[int], real: Any = narrowing.narrowed, e: str = entity
        ) -> Any:
            tests, anys = real(mask, lengths)
            return tests, tuple(spied(t, e) for t in anys)

        monkeypatch.setattr(narrowing, "narrowed", narrowed)
    return asked


def test_an_entity_no_probed_value_could_be_is_not_asked_value_by_value(monkeypatch: Any) -> None:
    """Names are not asked about any prefilter that needs a digit."""
    from classifiers import values

    asked = _asked(monkeypatch)
    values._candidates(ENGINE, ["Ada Quill", "Bram Tessel", "Corin Vale"])
    assert "PHONE_NUMBER" not in asked and "US_SSN" not in asked
    assert "PERSON_NAME" in asked


def test_an_entity_no_probed_value_is_long_enough_for_is_not_asked(monkeypatch: Any) -> None:
    """A prefilter running from a value's start to its end (US_SSN's: 9 to 11 characters) is
    not asked about 32-character digests, and is asked about values of its lengths."""
    from classifiers import values

    asked = _asked(monkeypatch)
    digests = ["9a2248a2e494f7ded7ac35f5dfa515e0", "8f057cc16d63fab31681b60d665d656d", "0" * 32]
    values._candidates(ENGINE, digests)
    assert "US_SSN" not in asked and "USERNAME" in asked
    values._candidates(ENGINE, ["078-05-1120", "219-09-9999", "457-55-5462"])
    assert "US_SSN" in asked


#: Recognizers with one pattern, matched from a value's start, and no guard: their finder
#: matches once and scores that one match itself (``_one_pattern``).
ONE_PATTERN = [r for r in RECOGNIZERS if len(getattr(r, "patterns", ())) == 1]


def test_one_pattern_recognizers_are_among_those_checked() -> None:
    names = {r.name for r in ONE_PATTERN}
    assert {"UsernameRecognizer", "MailboxRecognizer", "LegacyHexHashRecognizer"} <= names


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.sampled_from(VALUES),
        st.text(alphabet="0123456789abcdefXYZ@._-:$ \n\u00e9\u0345", min_size=1, max_size=70),
    ),
    st.booleans(),
)
def test_a_one_pattern_finder_agrees_with_analyze(value: str, inside: bool) -> None:
    """Whole, weak, inside and no match, validated or not, of one line or several."""
    for recognizer in ONE_PATTERN:
        find = finder(recognizer)
        assert find is not None
        assert find(value, inside) == _expected(recognizer, value, inside), recognizer.name


_HANDLE_CHARS = "ab_9.-Z \n\t\u00e9\u0345\u0663\u02b0\u2160"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_HANDLE_CHARS, max_size=36))
def test_a_lazy_lookahead_matches_where_the_greedy_one_did(text: str) -> None:
    """The username's pattern and prefilter look ahead lazily for a letter: the same spans as
    the greedy lookahead they replaced, in ``regex`` with Presidio's flags and in ``re``."""
    from classifiers.recognizers.username import UsernameRecognizer

    flags = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
    greedy = regex.compile(r"^(?=[\w.-]*[^\W\d_])[\w.-]{3,32}$", flags)
    lazy = regex.compile(UsernameRecognizer.PATTERNS[0].regex, flags)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in greedy.finditer(text)]
    before = re.compile(r"^\s*(?=[\w.-]*[^\W\d_])[\w.-]{3,32}\s*$").search(text)
    after = re.compile(UsernameRecognizer.PREFILTER).search(text)
    assert (after and after.span()) == (before and before.span())


#: Recognizers whose patterns are joined into one guard search (asked before or after the
#: first pattern, depending on the value before).
GUARDED = [r for r in RECOGNIZERS if len(getattr(r, "patterns", ())) > 1]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(GUARDED),
    st.lists(
        st.one_of(
            st.sampled_from(VALUES),
            st.from_regex(r"[0-9a-f]{32}", fullmatch=True),
            st.text(alphabet=string.printable, max_size=40),
        ),
        min_size=1,
        max_size=12,
    ),
    st.booleans(),
)
def test_a_guarded_finder_agrees_with_analyze_whatever_came_before(
    recognizer: Any, values: list[str], inside: bool
) -> None:
    """A finder asks its guard first after a value it found nothing in, and after a value it
    matched asks its first pattern before the guard: the answer is the same in both orders."""
    find = finders(recognizer)[0]
    assert find is not None
    assert [find(v, inside) for v in values] == [_expected(recognizer, v, inside) for v in values]


def test_after_a_match_the_first_pattern_is_asked_before_the_guard(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A column of digests pays for one search a value, not the guard's and the pattern's."""
    from presidio_analyzer import Pattern

    import classifiers.matching as matching
    from classifiers.recognizers.base import ValueRecognizer

    class Sessions(ValueRecognizer):  # patterns that may match anywhere: a guard
        ENTITY = "SESSION_ID"
        PATTERNS = (
            Pattern("digest", r"\b[0-9a-f]{32}a\b", 0.8),
            Pattern("prefixed", r"\bsess-[0-9a-f]{8}\b", 0.8),
        )

    asked: list[str] = []

    class Spy:
        def __init__(self, compiled: Any) -> None:
            self.compiled = compiled
            self.pattern = compiled.pattern

        def match(self, *args: Any, **kwargs: Any) -> Any:
            asked.append(args[0])
            return self.compiled.match(*args, **kwargs)

        def search(self, *args: Any, **kwargs: Any) -> Any:
            asked.append(args[0])
            return self.compiled.search(*args, **kwargs)

    guard = matching._any_pattern
    monkeypatch.setattr(matching, "_any_pattern", lambda r, f: Spy(guard(r, f)))
    find = finders(Sessions())[0]
    assert find is not None
    digests = [f"{n:032x}a" for n in range(1, 6)]
    assert [find(d, False) for d in digests] == [WHOLE] * 5
    assert asked == digests[:1]  # the guard: before the first value only
    assert find("not a session", False) == NONE
    assert asked == [*digests[:1], "not a session"]  # the first pattern, then the guard
    assert find("still not one", False) == NONE
    assert asked[-1] == "still not one"
