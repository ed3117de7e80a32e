"""Strings of digits the phone finder skips a region for: the matcher finds nothing there either.

A region skipped wrongly would drop phone numbers from a column silently, so the shortcut of
:mod:`classifiers.phone_digits` is held to ``PhoneNumberMatcher`` itself on generated strings of
digits: national and international prefixes, country codes, carrier codes and lengths around
every region's possible lengths.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from phonenumbers import Leniency, PhoneNumberMatcher

from classifiers.matching import NONE, WHOLE, finder
from classifiers.phone_digits import no_number
from classifiers.values import ValueSettings, _engine

#: The default regions, and others with other prefixes and lengths (Italy keeps leading zeros).
REGIONS = ("US", "GB", "DE", "FR", "CA", "AU", "IT", "IN", "IL", "ES", "NL", "CH")
#: How strings of digits begin: international and national prefixes, country codes, carriers.
STARTS = ("", "0", "00", "011", "0011", "1", "44", "49", "33", "61", "39", "91", "1831", "180020",
          "0044", "01144", "141", "00110", "10", "4", "7", "9")  # fmt: skip


def _digits() -> st.SearchStrategy[str]:
    start = st.sampled_from(STARTS)
    rest = st.text(alphabet="0123456789", min_size=0, max_size=20)
    return st.tuples(start, rest).map("".join).filter(bool)


def _grouped() -> st.SearchStrategy[str]:
    """Digits, or the same digits in groups joined by hyphens (``12345-6789``)."""
    cuts = st.lists(st.integers(min_value=1, max_value=19), max_size=4)

    def grouped(digits: str, at: list[int]) -> str:
        marks = sorted({a for a in at if a < len(digits)})
        return "-".join(
            digits[i:j] for i, j in zip([0, *marks], [*marks, len(digits)], strict=True)
        )

    return st.builds(grouped, _digits(), cuts)


def _numbers(digits: str, region: str) -> list[str]:
    return [m.raw_string for m in PhoneNumberMatcher(digits, region, leniency=Leniency.VALID)]


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(REGIONS), _grouped())
def test_a_region_ruled_out_has_no_number_in_the_string(region: str, value: str) -> None:
    impossible = no_number(region, Leniency.VALID)
    assert impossible is not None
    if impossible(value.replace("-", "")):
        assert _numbers(value, region) == []


def test_most_strings_of_digits_are_ruled_out_somewhere() -> None:
    """The shortcut is not idle: order numbers of eight digits and card numbers are no phone
    number of France or the US, while the numbers of each region are never ruled out."""
    rng = random.Random(3)
    ids = [str(rng.randrange(10**7, 10**8)) for _ in range(200)]
    cards = [str(rng.randrange(4 * 10**15, 5 * 10**15)) for _ in range(200)]
    for region in ("FR", "US"):
        impossible = no_number(region, Leniency.VALID)
        assert impossible is not None
        assert sum(map(impossible, ids + cards)) > 300
    numbers = {"FR": "0612345678", "US": "4155550123", "GB": "02079460018",
               "DE": "030123456", "AU": "0291234567", "CA": "16135550123"}  # fmt: skip
    for region, number in numbers.items():
        impossible = no_number(region, Leniency.VALID)
        assert impossible is not None and not impossible(number)
        assert _numbers(number, region)


def test_order_numbers_are_ruled_out_by_the_kinds_of_number_of_a_region() -> None:
    """Germany's and Australia's general descriptions fit most numbers of six to nine digits,
    but no kind of number (fixed line, mobile, toll free...) does: an order number starting
    ``1000`` is asked of no region's matcher, and none finds a number in it."""
    rng = random.Random(5)
    ids = [str(rng.randrange(start, start + 5000)) for start in (10**5, 10**7) for _ in range(50)]
    for region in ("DE", "AU"):
        impossible = no_number(region, Leniency.VALID)
        assert impossible is not None
        assert all(map(impossible, ids))
        assert not any(_numbers(i, region) for i in ids[::10])


def test_numbers_without_the_national_prefix_their_format_needs_are_ruled_out() -> None:
    """Most strings of five to nine digits are valid national numbers of Germany, France or
    Australia written without their leading ``0`` (an order number, a ZIP+4 code), which the
    matcher does not take (VALID asks for the national prefix where the number's format writes
    one): they are ruled out, and the matcher finds nothing in them; with the prefix they are
    not ruled out."""
    rng = random.Random(7)
    values = [str(rng.randrange(10**4, 10**9)) for _ in range(300)]
    values = [v for v in values if not v.startswith(("49", "33", "61"))]
    for region in ("DE", "FR", "AU"):
        impossible = no_number(region, Leniency.VALID)
        assert impossible is not None
        ruled_out = [v for v in values if impossible(v)]
        assert len(ruled_out) > 0.95 * len(values)
        assert not any(_numbers(v, region) for v in ruled_out[::5])
    german = no_number("DE", Leniency.VALID)
    assert german is not None and not german("030123456")
    assert _numbers("030123456", "DE")


def _examples(region: str) -> list[str]:
    """A region's example numbers of every kind, as strings of digits dialled nationally and
    internationally (from the region and from elsewhere)."""
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType

    out = []
    for kind in vars(PhoneNumberType).values():
        if not isinstance(kind, int):
            continue
        number = phonenumbers.example_number_for_type(region, kind)
        if number is None:
            continue
        for form in (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.E164):
            out.append("".join(c for c in phonenumbers.format_number(number, form) if c.isdigit()))
        out.append("00" + out[-1])
        out.append(phonenumbers.national_significant_number(number))
    return out


@pytest.mark.parametrize("region", REGIONS)
def test_no_example_number_of_any_kind_is_ruled_out(region: str) -> None:
    """Valid numbers, which random digits seldom are: every kind's example number of the region
    (and of the regions sharing its country code), as digits, is ruled out only where the
    matcher finds nothing in it."""
    import phonenumbers

    impossible = no_number(region, Leniency.VALID)
    assert impossible is not None
    code = phonenumbers.country_code_for_region(region)
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE[code]
    values = [v for other in regions for v in _examples(other)]
    assert values
    found = [v for v in values if _numbers(v, region)]
    assert len(found) > len(values) // 4, found
    for value in found:
        assert not impossible(value), value


def _each_kind_asked(meta: object, nsn: str) -> bool:
    """A national significant number valid in the region as each kind of number is asked in
    turn: the general description, then a kind whose lengths allow it and whose pattern
    matches it whole (``phonenumbers``' ``_is_number_matching_desc``)."""
    import re

    from classifiers.phone_digits import _TYPES

    general = meta.general_desc  # type: ignore[attr-defined]
    if re.fullmatch(general.national_number_pattern, nsn) is None:
        return False
    for name in _TYPES:
        desc = getattr(meta, name, None)
        if desc is None or not desc.national_number_pattern:
            continue
        lengths = desc.possible_length or ()
        if lengths and len(nsn) not in lengths:
            continue
        if re.fullmatch(desc.national_number_pattern, nsn):
            return True
    return False


@settings(max_examples=300, deadline=None)
@given(st.sampled_from((*REGIONS, "JP", "CN", "BR", "MX", "ZA", "SE")), _digits())
def test_the_kinds_alternation_answers_as_each_kind_asked(region: str, digits: str) -> None:
    """The ``fullmatch`` of the alternation of a region's kinds that allow a length answers as
    the kinds asked one by one."""
    from phonenumbers import PhoneMetadata

    from classifiers.phone_digits import _valid_in

    meta = PhoneMetadata.metadata_for_region(region, None)
    valid = _valid_in(meta, meta.general_desc)
    for nsn in (digits, digits[1:], digits[2:]):
        assert valid(nsn) == _each_kind_asked(meta, nsn), nsn


def test_it_gives_up_where_it_cannot_tell() -> None:
    """Prefixes rewritten by a region's metadata (Argentina, Brazil), a leniency below VALID,
    and an unknown region: the matcher is asked."""
    assert no_number("AR", Leniency.VALID) is None
    assert no_number("BR", Leniency.VALID) is None
    assert no_number("US", Leniency.POSSIBLE) is None
    assert no_number("ZZ", Leniency.VALID) is None


PHONE = next(r for r in _engine(ValueSettings()).analyzer.registry.recognizers
             if r.name == "PhoneRecognizer")  # fmt: skip


def _every_region(value: str, inside_counts: bool) -> int:
    """The phone finder without the shortcut: every region's matcher."""
    found = NONE
    for region in PHONE.supported_regions:
        for match in PhoneNumberMatcher(value, region, leniency=PHONE.leniency):
            if match.end - match.start >= 0.8 * len(value):
                return WHOLE
            found = 1
    return found if inside_counts else NONE


@settings(max_examples=400, deadline=None)
@given(_grouped(), st.booleans())
def test_the_phone_finder_answers_as_every_region_asked(digits: str, inside: bool) -> None:
    find = finder(PHONE)
    assert find is not None
    assert find(digits, inside) == _every_region(digits, inside)


@pytest.mark.parametrize(
    "value", ["1-" * 21 + "2-0-2-5-5-5-0-1-2-3", "7-" * 16 + "415-555-0123", "1-" * 15 + "2"]
)
def test_many_groups_of_digits_are_asked_as_the_matcher_reads_them(value: str) -> None:
    """Past 21 blocks the matcher's candidate is a part of the value, which may be a number
    although the whole string of digits could not be: such values are asked of every region."""
    find = finder(PHONE)
    assert find is not None
    for inside in (False, True):
        assert find(value, inside) == _every_region(value, inside)


@pytest.mark.parametrize(
    "value", ["4155550123", "02079460018", "16135550123", "0612345678", "415-555-0123"]
)
def test_numbers_of_digits_are_still_found(value: str) -> None:
    find = finder(PHONE)
    assert find is not None
    assert find(value, False) == WHOLE


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.text(alphabet="0123456789abcdefx +-().#/;=tnEXT", min_size=1, max_size=40),
        st.builds(lambda a, b: f"{a}{b}", st.sampled_from(STARTS), st.text("0123456789 -abf")),
    ),
)
def test_the_phone_finder_skips_only_values_no_number_covers(value: str) -> None:
    """Values without a long enough stretch of the characters a phone number is written with
    (hex digests) are answered without the matcher, and the answer is the matcher's."""
    find = finder(PHONE)
    assert find is not None
    assert find(value, False) == _every_region(value, False)


#: Made-up numbers written as people of each default region write them, and a few that are none.
WRITTEN = ("(415) 555-0123", "+1 415 555 0188", "020 7946 0018", "+44 20 7946 0991",
           "030 901820", "+49 30 901820", "01 23 45 67 89", "+33 1 23 45 67 89", "(02) 9876 5432",
           "+61 2 9876 5432", "613-555-0123", "12345", "ab-12", "2024-05-06")  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WRITTEN), _grouped()), min_size=2, max_size=12),
       st.booleans())  # fmt: skip
def test_one_finder_asked_in_turn_answers_each_value_as_every_region_asked(
    values: list[str], inside: bool
) -> None:
    """The finder asks first the region of its latest whole match: the answers of one finder
    asked about a column of numbers of several regions, in turn, are each value's own."""
    find = finder(PHONE)
    assert find is not None
    assert [find(v, inside) for v in values] == [_every_region(v, inside) for v in values]
