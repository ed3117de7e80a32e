"""A column named for a phone holding only short integers is a lookup's key, no phone number
(classifiers/lookup_numbers.py). Every table is made up; the negative cases keep a phone: real
numbers stored as integers, a mix, nothing sampled, text digits, placeholders (0, -1), one value
alone, four-digit numbers (Niue's, Tokelau's, extensions), a decimal's fractions."""

from __future__ import annotations

import pytest

from classifiers.lookup_numbers import short_integers

from .table_verdicts import explanations

_PERSON = {"id": (), "first_name": (), "last_name": ()}


@pytest.mark.parametrize(
    ("table", "column", "samples", "data_type"),
    [
        # a shop's and a call centre's phones kept as integers
        ("customers", "phone", (4915112345678, 4930123456), "bigint"),
        ("agents", "mobile_number", (447700900123, 447700900456), "bigint"),
        # one short value among real numbers; nothing sampled
        ("customers", "phone", (4915112345678, 0, 4930123456), "bigint"),
        ("customers", "phone", (), "bigint"),
        # text digits: a text column is not read here
        ("customers", "phone", ("12", "7"), "text"),
        # narrowed on review (round 39):
        # a legacy "no phone" default (0, -1) and one value alone: no evidence of a lookup
        ("customers", "phone", (0,), "bigint"),
        ("customers", "phone", (0, -1), "bigint"),
        ("customers", "mobile", (0, 0), "int"),
        ("customers", "phone", (7, 7, 0), "int"),
        # Niue's and Tokelau's numbers have four digits, as many extensions do
        ("residents", "phone", (4002, 4120, 4311), "int"),
        ("employees", "phone", (2301, 2417), "int"),
        # a decimal column's fractions are no integers
        ("tenants", "phone_number", (12.5, 7.25), "numeric"),
    ],
)
def test_a_phone_stays_a_phone(
    table: str, column: str, samples: tuple[object, ...], data_type: str
) -> None:
    found = explanations(table, {**_PERSON, column: samples}, {"id": "int", column: data_type})
    assert "PHONE_NUMBER" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "column", "samples"),
    [
        # an application builder's lookups: the id of the row whose phone is shown
        ("outgoing_patients", "relative_phone_number", (1, 2)),
        ("orders", "customer_phone", (3, 17, 17, 204)),
        # as a connector samples them: written out
        ("outgoing_patients", "relative_phone_number", ("1", "2")),
        # a placeholder among a lookup's keys; a numeric column's keys written out
        ("visits", "phone", (1, 0, 4)),
        ("patients", "emergency_phone", ("3", "8")),
    ],
)
def test_short_integers_under_a_phones_name_are_a_lookup(
    table: str, column: str, samples: tuple[object, ...]
) -> None:
    found = explanations(table, {**_PERSON, column: samples}, {"id": "int", column: "int"})
    assert "PHONE_NUMBER" not in found[column], found[column]


def test_odd_digits_are_no_key_and_raise_nothing() -> None:
    # thousands of digits (int() refuses over 4,300) and a superscript digit, which isdigit takes
    assert not short_integers(["9" * 5000, "1", "2"])
    assert not short_integers(["\u00b2", "1", "2"])
    assert short_integers(["1", "2"])
