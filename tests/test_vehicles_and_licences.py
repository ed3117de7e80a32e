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
        ("autos", {"id": (), "make": (), "chassis_nr": ("ZZ0AA1",), "owner_id": ()}, "chassis_nr"),
        (
            "parking_permits",
            {"id": (), "license_plate": ("KT 404",), "member_id": ()},
            "license_plate",
        ),
        ("car_rentals", {"id": (), "vin": ("1ABCD23EFGH456789",), "renter": ("Ana Quill",)}, "vin"),
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
            {"id": (), "plate_nr": ("VN 1",), "depot_id": (), "cost_centre": ()},
            "plate_nr",
        ),
        ("fleet_trucks", {"id": (), "vin": ("1ABCD23EFGH456789",), "depot_id": ()}, "vin"),
        # a dish's plate, a laboratory's well plate, a game's armour plate
        ("menu_items", {"id": (), "plate": ("large",), "price": ()}, "plate"),
        ("assays", {"id": (), "plate_nr": ("P-7",), "well": ("A1",), "sample_id": ()}, "plate_nr"),
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
                "licence_nr": ("D12-345-678",),
            },
            "licence_nr",
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
def test_a_licences_number_in_a_table_of_named_people_is_personal(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    found = explanations(table, columns, _INT)
    # a driver's licence is a national id; a professional or other licence is personal data
    entity = "NATIONAL_ID" if table == "drivers" else "OTHER_PERSONAL_DATA"
    assert entity in found[column], found[column]
    assert ("NATIONAL_ID" in found[column]) == (table == "drivers"), found[column]


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
        ("game_servers", {"id": (), "licence_nr": ("G-1",), "region": ()}, "licence_nr"),
        ("ledger_entries", {"id": (), "lic_nr": ("L-77",), "amount": ()}, "lic_nr"),
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


_LINKS = {**_INT, "user_id": "int", "customer_id": "int", "tenant_id": "int"}


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a rental agency's cars: their owner is the agency
        ("rental_cars", {"id": (), "plate": ("LM 12 QQ",), "owner_id": ()}, "plate"),
        # a plate's number, a chassis or a VIN in no vehicle's table
        ("shipping_containers", {"id": (), "plate_nr": ("C-1",), "owner": ()}, "plate_nr"),
        ("microscope_slides", {"id": (), "plate_nr": ("S-1",), "user_id": ()}, "plate_nr"),
        ("microplates", {"id": (), "plate_number": ("W-96",), "owner": ()}, "plate_number"),
        ("wine_lots", {"id": (), "vin": ("merlot",), "customer_id": ()}, "vin"),
        ("servers", {"id": (), "chassis_nr": ("R-4",), "owner_team": ()}, "chassis_nr"),
        # a vehicle linked to an audit's author or a tenant, not to its owner
        (
            "dealer_inventory",
            {"id": (), "vin": ("1ABCD23EFGH456789",), "created_by_user_id": ()},
            "vin",
        ),
        ("telematics_units", {"id": (), "vin": ("1ABCD23EFGH456789",), "tenant_id": ()}, "vin"),
    ],
)
def test_vehicle_identifiers_of_agencies_and_other_things_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert "OTHER_PERSONAL_DATA" not in explanations(table, columns, _LINKS)[column]


@pytest.mark.parametrize(
    ("table", "columns", "column"),
    [
        # a software's licence sold to a named user by plan, product or seat
        (
            "users",
            {
                "id": (),
                "first_name": ("Ana",),
                "last_name": ("Quill",),
                "email": ("a@example.org",),
                "license_number": ("AB12-CD34",),
                "plan": ("pro",),
            },
            "license_number",
        ),
        (
            "customers",
            {
                "id": (),
                "firstname": ("Bo",),
                "lastname": ("Farrow",),
                "licence_nr": ("AB12-CD34",),
                "product_id": (),
                "seats": (),
            },
            "licence_nr",
        ),
        # a merchant's trade licence: its owner's name names no row's person
        (
            "merchants",
            {
                "id": (),
                "business_name": ("Quill Bakery",),
                "owner_first_name": ("Ana",),
                "owner_last_name": ("Quill",),
                "license_number": ("TR-55",),
            },
            "license_number",
        ),
    ],
)
def test_licences_of_products_and_businesses_stay_unflagged(
    table: str, columns: dict[str, tuple[object, ...]], column: str
) -> None:
    assert not explanations(table, columns, _LINKS)[column]


def test_a_licence_beside_a_full_name_is_personal() -> None:
    columns = {"id": (), "full_name": ("Ana Quill",), "licence_nr": ("P-1234",)}
    assert "OTHER_PERSONAL_DATA" in explanations("members", columns, _INT)["licence_nr"]
