"""A prefilter whose regex's ways fit none of a probe's values is skipped: the ways derived from
each regex must hold of every value it matches, and skipping must leave every candidate and
count as asking each prefilter value by value leaves them."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers.prefilter_ways import Narrowing, summary, way_screen
from classifiers.values import _candidates, _search_of, _searched

from .test_matching import VALUES
from .test_value_prefilters import ENGINE, _counted

#: Every prefilter regex the classifier asks: each as written, and an entity's joined as it
#: joins them.
REGEXES = sorted(
    {
        (entity, owner.pattern, owner.flags)
        for entity, tests in ENGINE.prefilter.items()
        for owner in map(_searched, tests or ())
        if owner is not None
    }
    | {
        (entity, source, re.compile(source).flags)
        for entity, narrowing in ENGINE.prefilter_ways.items()
        for _, _, sources in narrowing.parts
        for source in sources
    }
)
ASCII = st.characters(max_codepoint=127)


def _fits(pattern: str, flags: int, value: str) -> bool:
    screen = way_screen(pattern, flags)
    column = summary([value])
    return screen is None or column is None or screen.fits(*column)


def test_most_prefilters_have_ways() -> None:
    """The screen is not empty: the regexes without ways are few (and named here)."""
    without = sorted(entity for entity, p, f in REGEXES if way_screen(p, f) is None)
    assert without == []


@pytest.mark.parametrize(("entity", "pattern", "flags"), REGEXES, ids=[r[0] for r in REGEXES])
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_value_a_prefilter_matches_fits_its_ways(
    entity: str, pattern: str, flags: int, data: st.DataObject
) -> None:
    """Values made to match the regex (ASCII, as written and stripped) fit its ways."""
    compiled = re.compile(pattern, flags)
    value = data.draw(st.from_regex(compiled, alphabet=ASCII))
    for read in (value, value.strip(), value.replace("\n", " ").strip()):
        if compiled.search(read):
            assert _fits(pattern, flags, read), (entity, read)


_MARKS = "0123456789abcdefxyzmnlpoAFMNXZ@._-:/$*#()+,;°•{}<>\\' \t"


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=_MARKS, min_size=1, max_size=40),
        st.sampled_from(VALUES),
        st.text(alphabet="0123456789abcdef", min_size=32, max_size=32),
    )
)
def test_every_value_any_prefilter_matches_fits_its_ways(value: str) -> None:
    """Whatever the value, a regex that finds a match in it has a way that fits it."""
    for entity, pattern, flags in REGEXES:
        if re.compile(pattern, flags).search(value):
            assert _fits(pattern, flags, value), (entity, value)


_ASCII_MARKS = _MARKS.translate({ord("\t"): None, ord("\u00b0"): None, ord("\u2022"): None})
_STRIPPED = st.one_of(
    st.text(alphabet="0123456789abcdef", min_size=32, max_size=32),
    st.sampled_from([v.strip() for v in VALUES if v.strip() and v.isascii() and "\n" not in v]),
    st.text(alphabet=_ASCII_MARKS, max_size=30).map(str.strip),
).filter(bool)


@settings(max_examples=400, deadline=None)
@given(st.lists(_STRIPPED, min_size=3, max_size=20, unique=True))
def test_skipping_leaves_candidates_and_counts_as_they_were(probe: list[str]) -> None:
    """On probes the screen reads (ASCII, one line, stripped) the candidates and counts are
    those of each prefilter asked value by value, and those without the screen."""
    assert summary(probe) is not None
    candidates, passing = _candidates(ENGINE, probe)
    assert (candidates, dict(passing)) == _counted(probe)
    ways, ENGINE.prefilter_ways = ENGINE.prefilter_ways, {}
    try:
        assert _candidates(ENGINE, probe) == (candidates, passing)
    finally:
        ENGINE.prefilter_ways = ways


def test_a_digest_column_is_not_asked_about_gender_or_card_endings() -> None:
    """The screen works: no word of the gender regex and no mark of a masked card's fits a
    column of hex digests, so neither prefilter is called (fails with the screen off)."""
    probe = [f"{n:032x}" for n in range(10**20, 10**20 + 20 * 7919, 7919)]
    asked: list[list[str]] = []

    def spy(values: list[str]) -> bool:
        asked.append(values)
        return False

    saved = dict(ENGINE.prefilter_ways)
    for entity in ("GENDER", "CARD_LAST4"):
        parts = [(test, spy, sources) for test, _, sources in saved[entity].parts]
        ENGINE.prefilter_ways[entity] = Narrowing(parts, _search_of)
    try:
        _candidates(ENGINE, probe)
    finally:
        ENGINE.prefilter_ways.update(saved)
    assert asked == []


def test_a_digest_column_is_asked_only_the_regexes_that_may_match() -> None:
    """Of the national ids' seven regexes, searched as one alternation, a column of hex
    digests is asked the one a digest may match (two letters and two digits first)."""
    probe = [f"{n:032x}" for n in range(10**20, 10**20 + 20 * 7919, 7919)]
    tests, _ = ENGINE.prefilter_ways["NATIONAL_ID"].narrowed(*summary(probe))  # type: ignore[misc]
    assert [_searched(t).pattern for t in tests] == [r"^[A-Za-z]{2} ?\d{2}"]  # type: ignore[union-attr]
    assert len(ENGINE.prefilter_ways["NATIONAL_ID"].parts[0][2]) == 7


@pytest.mark.parametrize(
    ("pattern", "fits", "misses"),
    [
        (r"(?i)^\s*(?:male|female)\s*$", ["MALE", "female"], ["males", "fe male"]),
        (r"^\d{3}-\d{4}$|[*Xx#]", ["555-1234", "**1234", "x"], ["5551234", "555-12345"]),
        (r"^(?=\d*[b-h])[0-9b-h]{5}$", ["12b45"], ["12345", "12a45"]),  # the lookahead's class
        (r"^\s*(a)\1\s*$", ["aa"], ["b", ""]),  # a backreference: its group's "a" needed
        (r"(?a:\w)\s+:", ["a :"], ["a:", ": :"]),
    ],
)
def test_ways_of_constructs(pattern: str, fits: list[str], misses: list[str]) -> None:
    """Characters needed, lengths from anchor to anchor (``\\s*`` beside one adds none)."""
    screen = way_screen(pattern)
    assert screen is not None
    for value in fits:
        assert screen.fits(*summary([value])), value  # type: ignore[misc]
    for value in misses:
        assert not re.search(pattern, value)
        assert not screen.fits(*summary([value])), value  # type: ignore[misc]


@pytest.mark.parametrize("pattern", [r".", r"a?", r"(a)?(?(1)b|c)", r"x|\w*", r"(?!a)"])
def test_what_proves_nothing_derives_nothing(pattern: str) -> None:
    """A way that needs no character and any length, a conditional: no screen."""
    assert way_screen(pattern) is None


def test_values_not_read_are_not_screened() -> None:
    """Not ASCII, several lines, not stripped: :func:`summary` gives nothing to screen."""
    assert summary(["Ren\u00e9e"]) is None
    assert summary(["a\nb"]) is None
    assert summary(["a ", "b"]) is None
