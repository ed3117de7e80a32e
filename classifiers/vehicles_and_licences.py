"""A vehicle's plate, chassis or VIN kept beside a link to the person who owns or drives it, and
a licence's number (``lic_no``, ``license_number``) in a table of people.

Every function takes a column's words and its table's and siblings' words (lower-case, as
:class:`~classifiers.name_tokens.Tokenizer` cuts them); none reads a value.

>>> vehicle_id(("plate", "no"), ("vans",), [("id",), ("owner", "id")])
True
>>> vehicle_id(("plate", "no"), ("fleet", "vans"), [("id",), ("depot", "id")])
False
>>> licence_number(("lic", "no"), True, [("first", "name"), ("last", "name")])
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .name_words import person_fields

_NUM = r"(?:numbers?|num|no|nr|nbr)"
#: A vehicle's identifier by its name: a licence or number plate, a plate's number, a chassis or
#: a vehicle identification number (``license_plate``, ``plate_no``, ``chassis_no``, ``vin``).
#: A bare ``plate`` counts only in a table of vehicles (a dish, a steel plate, a well plate).
_VEHICLE_ID = re.compile(
    rf"(?:licen[cs]e|number|reg|registration)_?plates?(?:_?{_NUM})?|plates?_?{_NUM}"
    rf"|chassis(?:_?{_NUM})?|vin(?:_?{_NUM})?|vehicle_?identification_?{_NUM}"
)
#: A licence's number by its name (``lic_no``, ``licence_number``, ``license_nr``).
_LICENCE_NUMBER = re.compile(rf"(?:lic|licen[cs]e)_?{_NUM}")
#: Words of a table of vehicles.
VEHICLE_TABLES = frozenset({
    "car", "cars", "vehicle", "vehicles", "motorbike", "motorbikes", "motorcycle", "motorcycles",
    "taxi", "taxis", "van", "vans", "truck", "trucks", "scooter", "scooters",
})  # fmt: skip
#: Words of a sibling column that links the row to a person who owns, drives or rents the
#: vehicle (``owner_id``, ``driver``, ``user_id``); a company's fleet links a depot or a cost
#: centre instead.
OWNERS = frozenset({
    "user", "users", "owner", "owners", "driver", "drivers", "customer", "customers", "member",
    "members", "person", "persons", "client", "clients", "rider", "riders", "renter", "renters",
    "holder", "holders", "tenant", "tenants", "resident", "residents",
})  # fmt: skip


def asks(column: Sequence[str]) -> bool:
    """Whether a column's name is one these rules judge at all (most columns stop here).

    >>> asks(("plate", "no")), asks(("lic", "no")), asks(("price",))
    (True, True, False)
    """
    joined = "_".join(column)
    return bool(
        joined in {"plate", "plates"}
        or _VEHICLE_ID.fullmatch(joined)
        or _LICENCE_NUMBER.fullmatch(joined)
    )


def vehicle_id(
    column: Sequence[str], table: Sequence[str], siblings: Sequence[tuple[str, ...]]
) -> bool:
    """Whether a column is a vehicle's plate, chassis or VIN in a row that a sibling links to a
    person (its owner, driver or renter): the vehicle then singles the person out.

    >>> vehicle_id(("license", "plate"), ("parking", "permits"), [("resident", "id")])
    True
    >>> vehicle_id(("plate",), ("cars",), [("driver",)])
    True
    >>> vehicle_id(("plate",), ("dishes",), [("customer", "id")])  # a dish is served on one
    False
    >>> vehicle_id(("vin",), ("fleet",), [("depot", "id"), ("cost", "centre")])
    False
    """
    joined = "_".join(column)
    if not _VEHICLE_ID.fullmatch(joined) and not (
        joined in {"plate", "plates"} and set(table) & VEHICLE_TABLES
    ):
        return False
    return any(set(s) & OWNERS for s in siblings)


#: Person-field words of siblings that make a table one of people's records (names, a birth).
_PERSON_PARTS = frozenset({
    "first", "last", "surname", "firstname", "lastname", "birth", "birthday", "dob",
})  # fmt: skip


def licence_number(
    column: Sequence[str], of_people: bool, siblings: Sequence[tuple[str, ...]]
) -> bool:
    """Whether a column is a person's licence number (to drive, to practise): a licence's number
    in a table of people whose siblings name the person (a first or last name, a birth date). A
    software's, a shop's or a device's licence lives in no such table.

    >>> licence_number(("license", "number"), True, [("first", "name"), ("birth", "date")])
    True
    >>> licence_number(("license", "no"), False, [("product",), ("seats",)])
    False
    >>> licence_number(("license", "no"), True, [("email",), ("plan",)])  # no name to tie it
    False
    """
    if not _LICENCE_NUMBER.fullmatch("_".join(column)) or not of_people:
        return False
    return bool(person_fields(siblings) & _PERSON_PARTS)
