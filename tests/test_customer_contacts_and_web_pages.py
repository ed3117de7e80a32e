"""Whose data a column is, from the causes of the eighteenth held-out round's errors and the
leftovers of earlier rounds (every case is made up here): a business customer's contact person
reached at the customer's address."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_CUSTOMER = {
    "acct_no": (),
    "trading_name": (),
    "phone": (),
    "address_line1": (),
    "address_line2": (),
    "city": (),
    "state": (),
    "postal_code": (),
    "credit_line": (),
}


@pytest.mark.parametrize("table", ["wholesale_customers", "clients", "buyer"])
def test_a_customers_contact_named_by_first_and_last_name_is_reached_at_its_address(table):
    found = explanations(
        table, {**_CUSTOMER, "contact_first_name": (), "contact_last_name": ()}
    )
    for column, entity in [
        ("address_line1", "STREET_ADDRESS"),
        ("address_line2", "STREET_ADDRESS"),
        ("city", "CITY"),
        ("postal_code", "POSTAL_CODE"),
    ]:
        assert entity in found[column], (column, found[column])
        # Reported, and said to be business contact data, not silently kept or dropped.
        assert "business contact data" in found[column][entity]
        assert "a customer's" in found[column][entity]
    assert "PHONE_NUMBER" in found["phone"]
    assert not found["state"]  # a region alone stays the organisation's


def test_a_customers_single_contact_name_leaves_the_address_the_companys():
    found = explanations("wholesale_customers", {**_CUSTOMER, "contact_name": ()})
    assert "PHONE_NUMBER" in found["phone"]  # the contact is still reached by phone
    for column in ("address_line1", "city", "postal_code"):
        assert not found[column], (column, found[column])


def test_a_suppliers_contact_by_first_and_last_name_leaves_its_premises_its_own():
    found = explanations(
        "suppliers",
        {**_CUSTOMER, "contact_first_name": (), "contact_last_name": ()},
    )
    assert "PHONE_NUMBER" in found["phone"]
    for column in ("address_line1", "city", "postal_code"):
        assert not found[column], (column, found[column])
