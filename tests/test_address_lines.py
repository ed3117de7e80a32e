"""Numbered address lines whose kind is glued on in a short form (``braddr3``, ``permaddr1``,
``brpostadr2``) and the numbered lines of a mailing address (``mailing_line_4``), where the
table is about addresses; numbered addresses of machines and networks, which are no postal
address's lines. Every table, column and value is made up."""

from __future__ import annotations

import pytest

from .table_verdicts import explanations

_STREETS = ("12 Oak Street", "4 Elm Road", "77 Pine Avenue")
_TOWNS = ("Springfield", "Riverton", "Lakeside")


@pytest.mark.parametrize(
    "column", ["braddr3", "brpostadr2", "deladdr4", "permaddr2", "presaddr1", "corraddr2"]
)
def test_a_numbered_address_line_with_its_kind_glued_on_is_an_address(column: str) -> None:
    columns = {"id": (), "first_name": (), "home_address": (), column: ()}
    found = explanations("applicants", columns, {"id": "int"})
    assert "STREET_ADDRESS" in found[column], found[column]
    assert "address line" in found[column]["STREET_ADDRESS"]


def test_the_later_lines_of_a_glued_address_are_found_whatever_they_hold() -> None:
    columns = {
        "id": (),
        "branch_label": (),
        "contact_name": (),
        "braddr1": _STREETS,
        "braddr2": _TOWNS,
        "phone": (),
        "email": (),
    }
    found = explanations("client_branches", columns, {"id": "int"})
    assert "STREET_ADDRESS" in found["braddr2"], found


def test_a_mailing_addresss_numbered_lines_in_a_table_of_addresses() -> None:
    columns = {"id": (), "holder_id": (), "mailing_line_4": (), "mailing_line_5": ()}
    found = explanations("holder_addresses", columns, {"id": "int", "holder_id": "int"})
    for line in ("mailing_line_4", "mailing_line_5"):
        assert "STREET_ADDRESS" in found[line], found


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a mail's own lines, in a table of campaigns: no address
        ("newsletters", {"mail_line_1": ("Dear reader,",), "mail_line_2": ("Spring is here",)}),
        # registers, offsets and buses of devices, where the glued kinds are register words
        ("modbus_points", {"regaddr1": (), "memaddr2": (), "offaddr1": (), "readaddr2": ()}),
        ("plc_tags", {"deladdr1": (), "curraddr1": (), "resaddr2": (), "commaddr1": ()}),
        ("cpu_trace_events", {"braddr1": ("0x4f10",), "braddr2": ("0x4f2c",)}),
        ("stock_bins", {"invaddr1": ("Bin A-3", "Bin B-7"), "quantity": ()}),
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


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("student_host_families", "host_address_2"),  # a host family's home
        ("tenant_leases", "contract_address_line_2"),  # the leased flat's street
    ],
)
def test_a_hosts_or_a_contracts_numbered_address_stays_a_street(table: str, column: str) -> None:
    columns = {"id": (), "first_name": (), "last_name": (), column: _TOWNS}
    found = explanations(table, columns, {"id": "int"})
    assert "STREET_ADDRESS" in found[column], found[column]
    assert "IP_ADDRESS" not in found[column], found[column]
