"""Whose data a column is, from the causes of the sixteenth held-out round's errors (every case
is made up here): a table named for an organisation's units or addresses (``org_unit``,
``company_address``) holds the organisation's own contact details, business contact data; a
contact's ``first`` and ``last`` are their names; a health record's links, identifiers, units,
durations and agencies are not what it says of the person."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_CONTACTS = ("STREET_ADDRESS", "CITY", "POSTAL_CODE", "PHONE_NUMBER", "EMAIL_ADDRESS")


@pytest.mark.parametrize("table", ["org_address", "company_addresses", "branch_locations"])
def test_an_organisations_address_table_is_business_contact_data(table):
    found = explanations(
        table,
        {
            "id": (),
            "org_id": (),
            "street1": ("12 Harbour Road", "3 Mill Lane", "40 Station Street"),
            "city": ("Norbury", "Eastfield", "Westmoor"),
            "post_code": ("NB1 2AA", "EF4 9ZZ", "WM7 3QP"),
            "latitude": (51.5, 52.1, 53.2),
        },
        {"id": "int", "org_id": "int", "latitude": "numeric"},
    )
    for column in ("street1", "city", "post_code", "latitude"):
        assert not set(found[column]) & {*_CONTACTS, "GEOLOCATION"}, (column, found[column])


def test_an_organisations_units_phone_and_email_are_no_ones():
    found = explanations(
        "org_unit",
        {
            "id": (),
            "parent_ou": (),
            "shortname": ("NRB", "EFD", "WMR"),
            "name": ("Norbury Branch", "Eastfield Branch", "Westmoor Branch"),
            "email": ("norbury@library.example", "eastfield@library.example"),
            "phone": ("555-010-2000", "555-010-3000", "555-010-4000"),
        },
        {"id": "int", "parent_ou": "int"},
    )
    for column in ("name", "email", "phone"):
        assert not found[column], (column, found[column])


def test_an_organisations_unit_naming_its_manager_keeps_their_phone():
    found = explanations(
        "company_unit",
        {
            "id": (),
            "name": ("Sales", "Support", "Research"),
            "manager_name": ("Ines Okafor", "Tom Berg", "Anna Lind"),
            "phone": ("555-010-2000", "555-010-3000", "555-010-4000"),
            "street": ("12 Harbour Road", "3 Mill Lane", "40 Station Street"),
        },
        {"id": "int"},
    )
    assert "PHONE_NUMBER" in found["phone"]
    assert "business contact data" in found["phone"]["PHONE_NUMBER"]
    assert "STREET_ADDRESS" not in found["street"]


@pytest.mark.parametrize("table", ["customer_address", "member_units"])
def test_a_persons_address_table_stays_personal(table):
    found = explanations(
        table,
        {
            "id": (),
            "street1": ("12 Harbour Road", "3 Mill Lane", "40 Station Street"),
            "city": ("Norbury", "Eastfield", "Westmoor"),
        },
        {"id": "int"},
    )
    assert "STREET_ADDRESS" in found["street1"]


def test_a_contacts_first_and_last_are_their_names():
    found = explanations(
        "clients",
        {"id": (), "client": ("Acme Ltd", "Bolt Inc"), "contact_first": (), "contact_last": ()},
        {"id": "int"},
    )
    for column in ("contact_first", "contact_last"):
        assert "PERSON_NAME" in found[column], (column, found[column])


@pytest.mark.parametrize("column", ["contact_last_date", "last_contact", "contact_first_seen"])
def test_when_a_contact_was_first_or_last_made_is_no_name(column):
    found = explanations("clients", {"id": (), column: ()}, {"id": "int"})
    assert "PERSON_NAME" not in found[column], found[column]


def test_a_health_records_links_units_and_agencies_are_not_what_it_says_of_the_person():
    found = explanations(
        "medication_orders",
        {
            "id": (),
            "patient_id": (),
            "dose_text": (),
            "prescriberurl": (),
            "batchidentifier": (),
            "dose_unit": (),
            "supply_duration": (),
            "dispensing_agency": (),
        },
        {"id": "int", "patient_id": "int"},
    )
    assert "HEALTH" in found["dose_text"], found["dose_text"]
    for column in ("prescriberurl", "batchidentifier", "dose_unit", "supply_duration"):
        assert "HEALTH" not in found[column], (column, found[column])
    assert "HEALTH" not in found["dispensing_agency"], found["dispensing_agency"]
