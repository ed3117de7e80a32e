"""The fifty-second round's address parts (``classifiers/address_units.py``): a house's number, a
floor, a flat and a short postal code kept apart from the street beside it, in made-up tables of
several domains; then look-alikes the rule must leave alone (a hotel's rooms, an employee's
department, an order's number, a company's own address, a ``cp`` that is no postal code)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_ROWS = 12
_IDS = tuple(range(1, _ROWS + 1))
_STREETS = ("Quarry Lane", "Mill Road", "Ashcombe Way", "Tilbury Close") * 3
_STREET_LINES = tuple(f"{n} {s}" for n, s in zip(range(3, 15), _STREETS, strict=True))
_NUMBERS = tuple(str(n) for n in (12, 4401, 87, 9, 153, 2210, 61, 5, 380, 17, 1042, 76))
_FLOORS = ("3", "PB", "12", "1", "7", "2", "EP", "4", "10", "5", "6", "8")
_FLATS = ("B", "9B", "26", "4A", "1", "C", "12", "3D", "7", "2F", "A", "14")
_TOWNS = ("Redmarsh", "Ashcombe", "Tillbury", "Wexmoor") * 3
_CODES = (
    "6128",
    "0102",
    "2662",
    "4855",
    "9569",
    "2388",
    "1425",
    "5000",
    "8300",
    "1878",
    "7600",
    "3100",
)
_NAMES = ("Ines", "Tobias", "Ada", "Bruno") * 3
_SURNAMES = ("Vale", "Reed", "Quenby", "Hale") * 3
_EMAILS = tuple(f"{n.lower()}{i}@example.org" for i, n in enumerate(_NAMES))


def _found(table: str, columns: dict[str, tuple[object, ...]], column: str) -> set[str]:
    return set(explanations(table, columns)[column])


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a therapy centre's addresses, shared by its patients, staff and institutions
        *[
            (
                "address",
                {
                    "id": _IDS,
                    "street": _STREETS,
                    "number": _NUMBERS,
                    "floor": _FLOORS,
                    "depto": _FLATS,
                    "cp": _CODES,
                    "locality": _TOWNS,
                },
                column,
                entity,
            )
            for column, entity in (
                ("number", "STREET_ADDRESS"),
                ("floor", "STREET_ADDRESS"),
                ("depto", "STREET_ADDRESS"),
                ("cp", "POSTAL_CODE"),
            )
        ],
        # a cemetery's addresses of the bereaved, the flat's number glued
        (
            "addresses",
            {
                "customaddressid": _IDS,
                "street": _STREETS,
                "housenumber": _NUMBERS,
                "flatnumber": _FLATS,
                "town": _TOWNS,
            },
            "flatnumber",
            "STREET_ADDRESS",
        ),
        # a shop's customers' saved addresses, behind a prefix
        (
            "tbl_user_address",
            {
                "id": _IDS,
                "user_id": _IDS,
                "address_line1": _STREET_LINES,
                "unit": _FLATS,
                "city": _TOWNS,
                "zip": _CODES,
            },
            "unit",
            "STREET_ADDRESS",
        ),
        # a school's pupils with their flat beside the street
        (
            "pupils",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "street": _STREETS,
                "apt_no": _FLATS,
                "city": _TOWNS,
            },
            "apt_no",
            "STREET_ADDRESS",
        ),
        # a clinic's patients with the floor of their flat
        (
            "patients",
            {
                "id": _IDS,
                "name": _NAMES,
                "surname": _SURNAMES,
                "email": _EMAILS,
                "address": _STREET_LINES,
                "floor": _FLOORS,
                "suite": _FLATS,
            },
            "floor",
            "STREET_ADDRESS",
        ),
        # a street line the tokenizer splits (``address1``, ``address_1``) or names in full
        (
            "customers",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "address1": _STREET_LINES,
                "address2": ("",) * _ROWS,
                "apt": _FLATS,
                "city": _TOWNS,
            },
            "apt",
            "STREET_ADDRESS",
        ),
        (
            "user_addresses",
            {
                "id": _IDS,
                "user_id": _IDS,
                "address_1": _STREET_LINES,
                "unit": _FLATS,
                "city": _TOWNS,
                "postcode": _CODES,
            },
            "unit",
            "STREET_ADDRESS",
        ),
        (
            "residents",
            {
                "id": _IDS,
                "full_name": _NAMES,
                "street_address": _STREET_LINES,
                "apartment_no": _FLATS,
            },
            "apartment_no",
            "STREET_ADDRESS",
        ),
    ],
)
def test_address_part(
    table: str, columns: dict[str, tuple[object, ...]], column: str, entity: str
) -> None:
    assert entity in _found(table, columns, column)


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a hotel's rooms: their floor and number, no street
        (
            "rooms",
            {"id": _IDS, "number": _NUMBERS, "floor": _FLOORS, "rate": (120,) * _ROWS},
            "number",
        ),
        (
            "rooms",
            {"id": _IDS, "number": _NUMBERS, "floor": _FLOORS, "rate": (120,) * _ROWS},
            "floor",
        ),
        # a building's floors beside its own street
        (
            "buildings",
            {"id": _IDS, "street": _STREETS, "number": _NUMBERS, "floor": _FLOORS},
            "floor",
        ),
        # an employee's department and organisational unit beside their home street
        (
            "employees",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "street": _STREETS,
                "dept": ("Sales", "HR", "IT", "Ops") * 3,
                "unit": ("North", "South") * 6,
            },
            "dept",
        ),
        (
            "employees",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "street": _STREETS,
                "dept": ("Sales", "HR", "IT", "Ops") * 3,
                "unit": ("North", "South") * 6,
            },
            "unit",
        ),
        # an order's number beside its delivery street
        (
            "orders",
            {"id": _IDS, "number": _NUMBERS, "street": _STREETS, "total": (9.5,) * _ROWS},
            "number",
        ),
        # a company's own address
        (
            "company_address",
            {
                "id": _IDS,
                "company_id": _IDS,
                "street": _STREETS,
                "number": _NUMBERS,
                "floor": _FLOORS,
                "cp": _CODES,
            },
            "floor",
        ),
        # an address book of e-mail addresses: a number, no street
        ("addresses", {"id": _IDS, "email": _EMAILS, "number": _NUMBERS}, "number"),
        # a ``cp`` of an addresses table holding no postal codes (a courier's pick-up point)
        (
            "addresses",
            {
                "id": _IDS,
                "street": _STREETS,
                "city": _TOWNS,
                "cp": tuple(f"Gate {c}" for c in "ABCDEFGHJKLM"),
            },
            "cp",
        ),
        # a customer's ``floor`` holding the courier's notes, no unit
        (
            "customers",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "street": _STREETS,
                "floor": ("leave the parcel with the porter downstairs",) * _ROWS,
            },
            "floor",
        ),
        # narrowed on review: a table named for addresses whose subject is no postal address
        # (an IP's, a register's, a door controller's, a wallet's, a NIC's, an e-mail's), where
        # the bare ``address`` is that subject and no street line
        (
            "ip_addresses",
            {
                "id": _IDS,
                "address": tuple(f"10.0.{i}.{i + 10}" for i in _IDS),
                "subnet": ("10.0.0.0/16",) * _ROWS,
                "unit": ("rack-3",) * _ROWS,
            },
            "unit",
        ),
        *[
            (
                "modbus_addresses",
                {
                    "id": _IDS,
                    "address": tuple(str(40001 + i) for i in _IDS),
                    "unit": ("1", "2") * 6,
                    "number": tuple(str(i) for i in _IDS),
                    "description": ("boiler temp",) * _ROWS,
                },
                column,
            )
            for column in ("unit", "number")
        ],
        (
            "controller_addresses",
            {
                "id": _IDS,
                "address": tuple(str(i) for i in _IDS),
                "door": ("1", "2", "3", "4") * 3,
                "unit": ("A", "B") * 6,
            },
            "door",
        ),
        (
            "wallet_addresses",
            {
                "id": _IDS,
                "user_id": _IDS,
                "address": tuple(f"bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0w{i:02d}" for i in _IDS),
                "number": tuple(str(i) for i in _IDS),
            },
            "number",
        ),
        (
            "mac_addr",
            {"id": _IDS, "address": ("00:1a:2b:3c:4d:5e",) * _ROWS, "unit": ("eth0", "eth1") * 6},
            "unit",
        ),
        (
            "email_addresses",
            {
                "id": _IDS,
                "user_id": _IDS,
                "address": _EMAILS,
                "number": tuple(str(i) for i in _IDS),
            },
            "number",
        ),
        # a floor or a suite of the premises where a person works, stays or is treated
        (
            "employees",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "street": _STREETS,
                "floor": _FLOORS,
                "desk": ("D-12", "D-14") * 6,
            },
            "floor",
        ),
        (
            "inpatients",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "address": _STREET_LINES,
                "ward": ("Cardio", "Ortho") * 6,
                "floor": _FLOORS,
                "room": _NUMBERS,
                "bed": ("A", "B") * 6,
            },
            "floor",
        ),
        (
            "staff",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "address": _STREET_LINES,
                "building": ("HQ", "Annex") * 6,
                "suite": ("410", "220") * 6,
            },
            "suite",
        ),
        # values that are no unit: a hotel suite's name, a gymnast's floor score, a phone
        (
            "guests",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "address": _STREET_LINES,
                "suite": ("Royal", "Garden", "204", "305") * 3,
                "check_in": ("2024-05-01",) * _ROWS,
            },
            "suite",
        ),
        (
            "gymnasts",
            {
                "id": _IDS,
                "first_name": _NAMES,
                "last_name": _SURNAMES,
                "address": _STREET_LINES,
                "vault": ("13.2",) * _ROWS,
                "floor": ("13.45", "12.9", "14.1") * 4,
                "beam": ("12.8",) * _ROWS,
            },
            "floor",
        ),
        (
            "addresses",
            {
                "id": _IDS,
                "customer_id": _IDS,
                "street": _STREETS,
                "city": _TOWNS,
                "number": tuple(f"0770090{i:04d}" for i in range(100, 100 + _ROWS)),
            },
            "number",
        ),
        # a ``dept`` of an address table: a French département, a firm's department
        (
            "addresses",
            {
                "id": _IDS,
                "street": _STREETS,
                "city": _TOWNS,
                "dept": ("75", "69", "13", "31") * 3,
                "cp": ("75008", "69002", "13001", "31000") * 3,
            },
            "dept",
        ),
        (
            "addresses",
            {
                "id": _IDS,
                "street": _STREETS,
                "dept": ("Sales", "HR", "IT", "Ops") * 3,
                "city": _TOWNS,
            },
            "dept",
        ),
        # an address keyed only to a company or an event: no one's home
        (
            "addresses",
            {
                "id": _IDS,
                "company_id": _IDS,
                "street": _STREETS,
                "number": _NUMBERS,
                "floor": _FLOORS,
                "cp": _CODES,
            },
            "floor",
        ),
        (
            "event_addresses",
            {
                "id": _IDS,
                "event_id": _IDS,
                "street": _STREETS,
                "number": _NUMBERS,
                "floor": _FLOORS,
            },
            "number",
        ),
    ],
)
def test_no_address_part(table: str, columns: dict[str, tuple[object, ...]], column: str) -> None:
    assert not {"STREET_ADDRESS", "POSTAL_CODE"} & _found(table, columns, column)
