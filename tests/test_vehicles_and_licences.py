"""Rules of the thirtieth round: a vehicle's plate, chassis or VIN beside a link to its owner or
driver; a licence's number in a table of people that names the person. Every table, column and
value is made up; the negative cases come from other domains (a company's fleet, a restaurant's
menu, a laboratory, a software shop, IoT devices, a game, a zoo, a ledger)."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_INT = {"id": "int", "owner_id": "int", "member_id": "int", "depot_id": "int", "kid": "int"}


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "autos",
            {"id": (), "make": (), "plate_number": ("QX-11-LM",), "owner_id": ()},
            "plate_number",
        ),
        ("autos", {"id": (), "make": (), "chassis_no": ("ZZ0AA1",), "owner_id": ()}, "chassis_no"),
        (
            "parking_permits",
            {"id": (), "license_plate": ("KT 404",), "member_id": ()},
            "license_plate",
        ),
        ("rentals", {"id": (), "vin": ("1ABCD23EFGH456789",), "renter": ("Ana Quill",)}, "vin"),
        ("cars", {"id": (), "plate": ("LM 12 QQ",), "driver": ("Bo Farrow",)}, "plate"),
    ],
)
def test_a_vehicles_identifier_beside_its_owner_is_personal(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _INT)
    assert "OTHER_PERSONAL_DATA" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a company's fleet: linked to a depot and a cost centre, not to a person
        (
            "fleet_vans",
            {"id": (), "plate_no": ("VN 1",), "depot_id": (), "cost_centre": ()},
            "plate_no",
        ),
        ("fleet_trucks", {"id": (), "vin": ("1ABCD23EFGH456789",), "depot_id": ()}, "vin"),
        # a dish's plate, a laboratory's well plate, a game's armour plate
        ("menu_items", {"id": (), "plate": ("large",), "price": ()}, "plate"),
        ("assays", {"id": (), "plate_no": ("P-7",), "well": ("A1",), "sample_id": ()}, "plate_no"),
        ("armour_items", {"id": (), "plate": ("steel",), "defence": ()}, "plate"),
        # a catalogue of car models: no vehicle of anyone's
        ("car_models", {"id": (), "make": (), "model": (), "doors": ()}, "model"),
        # a zoo's animals with their keeper's id: no vehicle words
        ("animals", {"id": (), "tag_no": ("T-9",), "keeper_id": ()}, "tag_no"),
    ],
)
def test_vehicle_words_elsewhere_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert not explanations(table, columns, _INT)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        (
            "members",
            {
                "kid": (),
                "first_name": ("Ana",),
                "last_name": ("Quill",),
                "lic_no": ("D12-345-678",),
            },
            "lic_no",
        ),
        (
            "drivers",
            {
                "id": (),
                "surname": ("Farrow",),
                "birth_date": ("1990-02-03",),
                "license_number": ("K0099123",),
            },
            "license_number",
        ),
    ],
)
def test_a_licences_number_in_a_table_of_named_people_is_an_id(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _INT)
    assert "NATIONAL_ID" in found[column], found[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a software shop's licences, a device's, a game's, a ledger's
        (
            "software_licenses",
            {"id": (), "license_no": ("AB12-CD34",), "product": (), "seats": ()},
            "license_no",
        ),
        (
            "devices",
            {"id": (), "serial": (), "license_number": ("LIC-1",), "firmware": ()},
            "license_number",
        ),
        ("game_servers", {"id": (), "lic_no": ("G-1",), "region": ()}, "lic_no"),
        ("ledger_entries", {"id": (), "lic_no": ("L-77",), "amount": ()}, "lic_no"),
        # a table of people with no name beside the licence
        (
            "members",
            {"id": (), "email": ("a@example.org",), "plan": (), "license_no": ("AB12-CD34",)},
            "license_no",
        ),
    ],
)
def test_licence_numbers_of_things_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "NATIONAL_ID" not in explanations(table, columns, _INT)[column]
