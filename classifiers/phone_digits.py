"""Strings of digits that ``phonenumbers`` can find no phone number in, told from their length.

``PhoneNumberMatcher`` costs 30 to 170 us a region on a string of digits (an order number, a
card number), parsing it and asking the regions of its country code whether the number is
valid, where most such strings could not be: a valid number's national significant number
(NSN) matches the general description of one of those regions, a possible length and a
pattern, and what ``parse`` makes of a string of digits is a suffix of it. So :func:`no_number`
lists the few suffixes ``parse`` could keep (the string, less the default region's country
code, less a national prefix or carrier code) and says no number is possible when none fits the
general description and the description of one kind of number (fixed line, mobile, toll free:
a valid number is of one kind) of any region sharing the default region's country code; or
when the string, dialled nationally (no country code, international or national prefix at its
start), is a number whose format writes a national prefix the string lacks (at the leniency
``VALID`` the matcher asks for it: ``_is_national_prefix_present_if_required``; most strings of
five to nine digits are German, French or Australian numbers without their ``0``). It
gives up (the matcher is asked) where the string could be dialled internationally (it starts
with the region's international prefix), where a region's metadata rewrites national prefixes,
and below the leniency ``VALID`` (of which :func:`phonenumbers.is_valid_number` is part).

The string is the matcher's only candidate, also when hyphens join up to 16 groups of its digits
(``12345-6789``, a card number written ``4111-1111-1111-1111``): its candidate pattern takes at
most 21 blocks of up to 20 digits with up to four punctuation marks between them whole (with more
groups it may take a part: the phone finder asks every region then), none of its inner-match
patterns (slashes, brackets, a hyphen beside a space, wide hyphens, full stops, spaces) holds in
it, and ``parse`` reads such a string as its digits (no extension: those need a letter, a ``#``
or a ``;``). ``tests/test_phone_digits.py`` holds the answer to the matcher's on generated
strings.

>>> impossible = no_number("FR", 1)
>>> impossible is not None and impossible("20240305"), impossible("0612345678")
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

#: Longest string of digits told here (the matcher's candidate is then the whole string).
DIGITS_MAX = 100
#: The regions whose phone numbers piimap looks for unless configured otherwise (the values
#: signal's ``phone_regions``).
PHONE_REGIONS = ("US", "GB", "DE", "FR", "CA", "AU")


def dialable(digits: str, regions: Sequence[str] = PHONE_REGIONS) -> bool:
    """Whether ``PhoneNumberMatcher`` finds a valid phone number of one of these regions in a
    string of digits (a number kept as an integer has lost its ``+`` and its leading zero).

    >>> dialable("2125550199"), dialable("447911123456"), dialable("1701234567")
    (True, True, False)
    """
    import phonenumbers

    return any(
        phonenumbers.PhoneNumberMatcher(digits, region, phonenumbers.Leniency.VALID).has_next()
        for region in regions
    )


def no_number(region: str, leniency: int) -> Callable[[str], bool] | None:
    """A test of a string of ASCII digits: True when ``PhoneNumberMatcher(digits, region,
    leniency)`` finds nothing (False: it may find a number); None when this cannot tell."""
    import phonenumbers
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, Leniency, PhoneMetadata

    if leniency < Leniency.VALID:
        return None  # POSSIBLE asks is_possible_number, which knows local-only lengths too
    meta = PhoneMetadata.metadata_for_region(region.upper(), None)
    if meta is None or not meta.country_code:
        return None
    main = PhoneMetadata.metadata_for_region(
        phonenumbers.region_code_for_country_code(meta.country_code), None
    )
    #: per possible length of an NSN (None: any), the general patterns of regions allowing it
    patterns: dict[int | None, list[Callable[[str], bool]]] = {}
    for other in COUNTRY_CODE_TO_REGION_CODE.get(meta.country_code, ()):
        desc = getattr(
            PhoneMetadata.metadata_for_region_or_calling_code(meta.country_code, other),
            "general_desc",
            None,
        )
        if desc is None or not desc.national_number_pattern:
            continue  # no region's number is valid without a general description
        fits = _valid_in(
            PhoneMetadata.metadata_for_region_or_calling_code(meta.country_code, other), desc
        )
        for length in desc.possible_length or (None,):
            patterns.setdefault(length, []).append(fits)
    anywhere = patterns.get(None, [])
    prefixes = []
    for data in (meta, main):
        if data is None or data.national_prefix_transform_rule:
            return None  # a rewritten national prefix: no longer a suffix
        if data.national_prefix_for_parsing:
            prefixes.append(re.compile(data.national_prefix_for_parsing).match)
    idd = re.compile(meta.international_prefix).match if meta.international_prefix else None
    code = str(meta.country_code)

    def strip(number: str, prefix: Callable[[str], re.Match[str] | None]) -> str:
        found = prefix(number)
        return number if found is None else number[found.end() :]

    needs_prefix = _prefix_required(main) if main is not None else None

    def impossible(digits: str) -> bool:
        if idd is not None and idd(digits):
            return False  # perhaps international: any country code
        if (
            needs_prefix is not None
            and not digits.startswith(code)
            and not digits.startswith("0")
            and not any(prefix(digits) for prefix in prefixes)
            and needs_prefix(digits)
        ):
            return True  # dialled nationally without the national prefix its format needs
        kept = [digits]  # what _maybe_extract_country_code may keep ...
        if digits.startswith(code):
            rest = digits[len(code) :]
            kept += [rest, strip(rest, prefixes[0])] if prefixes else [rest]
        kept += [strip(k, prefix) for k in kept for prefix in prefixes]  # ... and parse strip
        return not any(fits(k) for k in kept for fits in (*patterns.get(len(k), ()), *anywhere))

    return impossible


def _prefix_required(main: Any) -> Callable[[str], bool]:
    """A test of a national significant number: whether the format ``phonenumbers`` chooses for
    it in the region of its country code (``_choose_formatting_pattern_for_number``: the first
    whose last leading-digits pattern matches its start and whose pattern matches it whole)
    writes the national prefix, which is then required (``_is_national_prefix_present_if_required``:
    not optional when formatting, a rule not of the first group only). The formats are compiled
    the first time a number is asked."""
    made: list[tuple[Callable[[str], re.Match[str] | None], list[tuple[bool, int]]]] = []

    def required(nsn: str) -> bool:
        if not made:
            made.append(_formats(main))
        chosen, needs = made[0]
        found = chosen(nsn)
        if found is None:
            return False  # no format: nothing required
        return next(needed for needed, marker in needs if found.group(marker) is not None)

    return required


def _formats(
    main: Any,
) -> tuple[Callable[[str], re.Match[str] | None], list[tuple[bool, int]]]:
    """The fullmatch of the alternation of a region's formats, each as its last leading-digits
    pattern (a lookahead) and its pattern, tried in order (the first that matches wins, as in
    ``_choose_formatting_pattern_for_number``), each followed by an empty group that tells which
    matched; and per format, whether its national prefix is required and that group's number."""
    alternatives = []
    needed = []
    for k, number_format in enumerate(main.number_format or ()):
        leading = number_format.leading_digits_pattern
        rule = number_format.national_prefix_formatting_rule
        needed.append(
            bool(
                rule
                and not number_format.national_prefix_optional_when_formatting
                and _FIRST_GROUP_ONLY.fullmatch(rule) is None
            )
        )
        start = f"(?=(?:{leading[-1]}))" if leading else ""
        alternatives.append(f"{start}(?:{number_format.pattern})(?P<_format{k}>)")
    if not alternatives:
        return (lambda nsn: None), []  # no format: nothing required
    chosen = re.compile("|".join(alternatives))
    markers = [chosen.groupindex[f"_format{k}"] for k in range(len(alternatives))]
    return chosen.fullmatch, list(zip(needed, markers, strict=True))


#: A national prefix formatting rule that is only the first group (``$1``, ``($1)``): no prefix.
_FIRST_GROUP_ONLY = re.compile(r"\(?\\1\)?")


#: The kinds of number a region's metadata describes: a valid number is one of them
#: (``phonenumbers``' ``_number_type_helper``; a number of none is ``UNKNOWN``, not valid).
_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
          "voicemail", "fixed_line", "mobile")  # fmt: skip


def _valid_in(meta: Any, general: Any) -> Callable[[str], bool]:
    """Whether a national significant number fits the region's general description and the
    description of one of its kinds of number (lengths and pattern), as a valid number must.
    The kinds allowing a length are asked in one ``fullmatch`` of their alternation (it matches
    where one of them does)."""
    fits = re.compile(general.national_number_pattern).fullmatch
    kinds: list[tuple[frozenset[int], str]] = []
    for name in _TYPES:
        desc = getattr(meta, name, None)
        if desc is None or not desc.national_number_pattern:
            continue  # matches nothing
        kinds.append((frozenset(desc.possible_length or ()), desc.national_number_pattern))

    def alternation(length: int | None) -> Callable[[str], object] | None:
        sources = [src for lengths, src in kinds if not lengths or length in lengths]
        return re.compile("|".join(f"(?:{src})" for src in sources)).fullmatch if sources else None

    lengths = {n for allowed, _ in kinds for n in allowed}
    by_length: dict[int, Callable[[str], object] | None] = {}  # compiled when first asked

    def valid(nsn: str) -> bool:
        if fits(nsn) is None:
            return False
        size = len(nsn)
        if size not in by_length:
            by_length[size] = alternation(size if size in lengths else None)
        kind = by_length[size]
        return kind is not None and kind(nsn) is not None

    return valid
