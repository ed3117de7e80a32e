"""The street address prefilter's fast form answers what its regex answers, on any text.

``StreetAddressRecognizer.may_match`` replaces a backtracking regex by a digit test and one
``regex`` named-list search of the first line; if the two ever disagreed, columns of addresses
would silently not be analysed (or every column would be). Hypothesis draws text from the
street words, case variants, digits, separators and characters whose case folding is unusual.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.recognizers.street_address import (
    _PREFILTER_TAIL,
    _PREFILTER_WHOLE,
    _PREFILTER_WORDS,
    StreetAddressRecognizer,
)

RECOGNIZER = StreetAddressRecognizer()
SPEC = re.compile(StreetAddressRecognizer.PREFILTER)

#: Characters whose case folding is unusual: long s, Kelvin sign, dotted and dotless i, sharp s;
#: and characters that are word characters to one regex engine and not the other: a vulgar
#: fraction and a superscript (``re``'s, not ``regex``'s), a combining acute accent (the reverse).
ODD = "\u017f\u212a\u0130\u0131\u00df\u00bc\u00b2\u0301"
WORDS = [
    *_PREFILTER_WORDS.split(),
    *_PREFILTER_WHOLE.split(),
    "box",
    "b.p",
    "bp",
    "postale",
    "str",
    "\u017ft",
    "Straße",
]
PIECES = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(str.title),
    st.text(alphabet="0123456789 .,-/#\n\t'éÉàÀçÇ_abSTx" + ODD, min_size=1, max_size=4),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=8))
def test_may_match_is_the_prefilter_regex(pieces: list[str]) -> None:
    value = "".join(pieces)
    assert RECOGNIZER.may_match(value) == bool(SPEC.search(value)), value


@pytest.mark.parametrize(
    "value",
    [
        "0:FL\u00bc",  # hypothesis found it: "fl" before a fraction is no whole word to ``re``
        "2 \u00bcst",
        "3 st\u00b2",
        "4 b.p\u00bc",
        "1 fl\u0301",  # "fl" before a combining mark is a whole word to ``re``
        "12 Hauptstra\u00dfe",
        "7 rue de Paris",
    ],
)
def test_word_boundaries_outside_ascii_are_the_prefilter_regex_s(value: str) -> None:
    assert RECOGNIZER.may_match(value) == bool(SPEC.search(value))
    assert RECOGNIZER.may_match_any([value, "x"]) == bool(SPEC.search(value))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_may_match_is_the_prefilter_regex_on_any_text(value: str) -> None:
    assert RECOGNIZER.may_match(value) == bool(SPEC.search(value)), value


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789abcdefABCDEF", max_size=70))
def test_may_match_is_the_prefilter_regex_on_hex_digits(value: str) -> None:
    """Lines of hex digits (digests, tokens) are answered without the word search."""
    assert RECOGNIZER.may_match(value) == bool(SPEC.search(value)), value


#: Pieces of UUID-like values: hex digits, "bd" alone or inside a group, separators, a letter
#: past f now and then, characters whose case folding is unusual.
_HEXISH = ("bd", "BD", "Bd", "4bd2", "bdf", "0", "9e1", "c0ffee", "-", " ", "_", ".", "/", "\n",
           "g", "Blvd", "st", "\u212a", "\u017ft")  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(_HEXISH), min_size=1, max_size=8).map("".join),
        min_size=1,
        max_size=20,
    )
)
def test_many_values_of_hex_digits_and_separators_are_answered_as_each(values: list[str]) -> None:
    """Several values at once (a column of UUIDs, whose letters are all a-f, is told without
    the word search) answer as the prefilter regex does value by value."""
    expected = any(SPEC.search(value) for value in values)
    assert RECOGNIZER.may_match_any(values) == expected, values


def test_only_bd_among_the_words_is_made_of_hex_digits() -> None:
    """What the hex shortcut of ``may_match`` relies on: the one word made only of a-f is "bd",
    looked for as a whole word (three letters or fewer), so it cannot match inside a line of hex
    digits that holds a digit; every other word, "str" and the PO box words have another letter.
    """
    words = [*_PREFILTER_WORDS.split(), *_PREFILTER_WHOLE.split(), "str"]
    words += _PREFILTER_TAIL.replace(r"\.?", "").replace(r"\b", "").split("|")
    hex_words = {w.lower() for w in words if set(w.lower()) <= set("abcdef")}
    assert hex_words == {"bd"}
    assert all(len(w) <= 3 for w in hex_words)  # so may_match looks for it as a whole word


def test_addresses_pass_and_digests_do_not() -> None:
    assert RECOGNIZER.may_match("47 MySakila Drive")
    assert RECOGNIZER.may_match("Hauptstraße 12\n10115 Berlin")
    assert not RECOGNIZER.may_match("Hauptstraße\n12")  # the number is not on the street line
    assert not RECOGNIZER.may_match("9e107d9d372bb6826bd81d3542a419d6")


#: Text of ASCII characters alone (most columns: e-mails, JSON, codes), searched lower-cased.
_ASCII_PIECES = st.one_of(
    st.sampled_from([w for w in WORDS if w.isascii()]),
    st.sampled_from([w for w in WORDS if w.isascii()]).map(str.upper),
    st.sampled_from([w for w in WORDS if w.isascii()]).map(str.title),
    st.text(alphabet="0123456789 .,-/#\n\t'@_\"{}:abcdefgSTxyz", min_size=1, max_size=6),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(_ASCII_PIECES, max_size=6).map("".join), min_size=1, max_size=12))
def test_ascii_values_are_answered_as_the_prefilter_regex_does(values: list[str]) -> None:
    """Values of ASCII characters alone are searched lower-cased for the ASCII words only: the
    same answer as the case-insensitive regex, value by value and for many at once."""
    for value in values:
        assert RECOGNIZER.may_match(value) == bool(SPEC.search(value)), value
    assert RECOGNIZER.may_match_any(values) == any(SPEC.search(v) for v in values), values


def test_no_word_outside_ascii_can_match_ascii_text() -> None:
    """What the ASCII search relies on: no character of a word outside ASCII matches an ASCII
    character case-insensitively (as the long s matches s, or the Kelvin sign k)."""
    words = [*_PREFILTER_WORDS.split(), *_PREFILTER_WHOLE.split()]
    odd = {c for w in words for c in w if not c.isascii()}
    ascii_chars = [chr(i) for i in range(128)]
    assert not [
        (c, a) for c in odd for a in ascii_chars if re.fullmatch(re.escape(c), a, re.IGNORECASE)
    ]
