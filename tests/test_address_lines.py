"""Numbered address lines whose kind is glued on in a short form (``braddress2``, ``permaddr1``,
``brpostaddr3``), the numbered lines of a mailing address in a table of addresses
(``mail_line_2``), and numbered addresses of machines and networks, which are no postal
address's lines. Every table, column and value is made up."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_STREETS = ("12 Oak Street", "4 Elm Road", "77 Pine Avenue")
_TOWNS = ("Springfield", "Riverton", "Lakeside")


@pytest.mark.parametrize(
    "column",
    [
        "braddress2",
        "braddress5",
        "brpostaddr1",
        "delpostaddr3",
        "permaddress2",
        "presaddr1",
        "corraddr2",
    ],
)
def test_a_numbered_address_line_with_its_kind_glued_on_is_an_address(column: str) -> None:
    columns = {"id": (), "first_name": (), column: ()}
    found = explanations("applicants", columns, {"id": "int"})
    assert "STREET_ADDRESS" in found[column], found[column]
    assert "address line" in found[column]["STREET_ADDRESS"]


def test_the_later_lines_of_a_glued_address_are_found_whatever_they_hold() -> None:
    columns = {"id": (), "brname": (), "braddress1": _STREETS, "braddress2": _TOWNS}
    found = explanations("branches_of_customers", columns, {"id": "int"})
    assert "STREET_ADDRESS" in found["braddress2"], found


def test_a_mailing_addresss_numbered_lines_in_a_table_of_addresses() -> None:
    columns = {"id": (), "holder_id": (), "mail_line_1": (), "mail_line_2": (), "mail_line_3": ()}
    found = explanations("holder_addresses", columns, {"id": "int", "holder_id": "int"})
    for line in ("mail_line_1", "mail_line_2", "mail_line_3"):
        assert "STREET_ADDRESS" in found[line], found


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a mail's own lines, in a table of campaigns: no address
        ("newsletters", {"mail_line_1": ("Dear reader,",), "mail_line_2": ("Spring is here",)}),
        # registers and memory of a device
        ("modbus_points", {"regaddr1": (), "memaddr2": (), "offaddr1": (), "readaddr2": ()}),
        ("sensors", {"i2caddr1": (), "webaddress2": (), "walletaddr1": ()}),
    ],
)
def test_numbered_addresses_that_are_no_postal_lines_stay_unreported(
    table: str, columns: dict[str, tuple[str, ...]]
) -> None:
    found = explanations(table, {"id": (), **columns}, {"id": "int"})
    for column in columns:
        assert "STREET_ADDRESS" not in found[column], (column, found[column])


@pytest.mark.parametrize(
    ("column", "entity"),
    [("ipaddress2", "IP_ADDRESS"), ("ip_address_1", "IP_ADDRESS"), ("macaddr1", "DEVICE_ID")],
)
def test_a_numbered_network_address_is_no_street(column: str, entity: str) -> None:
    columns = {"id": (), "member_id": (), column: ()}
    found = explanations("member_logins", columns, {"id": "int", "member_id": "int"})
    assert "STREET_ADDRESS" not in found[column], found[column]
    assert entity in found[column], found[column]
