"""Rules of the thirty-seventh round in ``classifiers/ids_codes_and_places.py``: a person's
location written in words beside their name and e-mail, and a role's id kept as the login beside
that role's password. Every table, column and value is made up; the negative cases come from
other domains (events, rooms, stock, jobs, shops, sensors, networks, machines, members' codes)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from .table_verdicts import explanations

_LOCATION = {"CITY", "STREET_ADDRESS", "GEOLOCATION"}


def _verdict(
    table: str,
    columns: Mapping[str, tuple[object, ...]],
    column: str,
    types: Mapping[str, str],
) -> dict[str, str]:
    return explanations(table, {"id": (), **columns}, {"id": "int", **types})[column]


_PLACES = ("Hill Road, Bramby", "Elm Park, Oakton", "Riverside, Oakton")
_PEOPLE = {
    "name": ("Tara Voss", "Ken Brand", "Ola Sten"),
    "email": ("tv@mailbox.test", "kb@mailbox.test", "os@mailbox.test"),
}


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # an event's venue: the row's name is the event's, its contact the organiser's
        (
            "events",
            {
                "title": ("Spring fair",),
                "contact_email": ("fair@club.test",),
                "contact_phone": ("555-0100",),
                "location": _PLACES,
            },
        ),
        # a meeting-room booking: the booker's name and e-mail, the room where it takes place
        ("room_bookings", {**_PEOPLE, "location": ("Room 4B", "Room 2A", "Main hall")}),
        ("registrations", {**_PEOPLE, "location": ("Online", "Main hall", "Annex")}),
        # a job board's postings: where the job is
        (
            "job_postings",
            {
                "title": ("Cook",),
                "company": ("Acme",),
                "email": ("hr@acme.test",),
                "phone": ("555-0101",),
                "location": ("Oakton", "Remote"),
            },
        ),
        # a shop's branches and a warehouse's stock: a place's own location or a bin
        (
            "stores",
            {
                "name": ("Oakton Central",),
                "email": ("oak@shop.test",),
                "phone": ("555-0102",),
                "location": _PLACES,
            },
        ),
        ("stock_items", {"name": ("Bolt M6",), "location": ("A-12-3", "B-01-7")}),
        # sensors and trackers: coordinates
        ("tracker_pings", {**_PEOPLE, "location": ("27.71, 85.32", "51.50, -0.12")}),
        # a person's table with no name beside the location: a saved search's place
        (
            "saved_searches",
            {"email": ("tv@mailbox.test",), "phone": ("555-0103",), "location": _PLACES},
        ),
        # a club's or a team's row: a bare name and an e-mail are the club's own
        ("clubs", {**_PEOPLE, "location": _PLACES}),
        ("teams", {**_PEOPLE, "location": _PLACES}),
        # a person's table where location is a key or a number
        ("staff", {**_PEOPLE, "location_id": ("3", "4")}),
    ],
)
def test_no_persons_location(table: str, columns: dict[str, tuple[object, ...]]) -> None:
    column = next(c for c in columns if c.startswith("location"))
    assert not _LOCATION & set(_verdict(table, columns, column, {}))


_CONTACTS = {"email": ("info@org.test", "desk@org.test"), "phone": ("555-0100", "555-0101")}


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # review: an e-mail and a phone are any organisation's, venue's or project's contacts,
        # and a bare name beside them the row's own (an exhibition, a listing, a league...)
        ("exhibitions", {"name": ("Impressions",), **_CONTACTS, "location": ("Louvre, Paris",)}),
        ("listings", {**_PEOPLE, "phone": ("555-0100", "555-0101"), "location": _PLACES}),
        ("leagues", {"name": ("Premier",), **_CONTACTS, "location": ("England", "Scotland")}),
        ("breweries", {"name": ("Oak Ales",), **_CONTACTS, "location": ("Bramby", "Oakton")}),
        ("farms", {"name": ("Hillside",), **_CONTACTS, "location": ("Yorkshire Dales",)}),
        ("projects", {"name": ("Dam survey",), **_CONTACTS, "location": ("Oakton", "Bramby")}),
        # a donor's row whose location is a room, no place or coordinates (one thing differs
        # from a donor's town)
        ("donors", {"fullname": _PEOPLE["name"], **_CONTACTS, "location": ("Room 4B",)}),
        ("donors", {"fullname": _PEOPLE["name"], **_CONTACTS, "location": ("Online", "Main hall")}),
        ("donors", {"fullname": _PEOPLE["name"], **_CONTACTS, "location": ("27.71, 85.32",)}),
        # people's table named with a happening: a session's attendees are where it is held
        ("session_attendees", {**_PEOPLE, **_CONTACTS, "location": ("Oakton", "Bramby")}),
        # an office directory: a desk's extension, no way to reach the person; their office
        ("staff", {"name": _PEOPLE["name"], "desk_phone": ("555-0100",), "location": ("Oakton",)}),
    ],
)
def test_no_persons_location_in_other_domains(
    table: str, columns: dict[str, tuple[object, ...]]
) -> None:
    assert "CITY" not in _verdict(table, columns, "location", {})


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a donor's or a volunteer's own row: where they live, in words
        ("donors", {"fullname": _PEOPLE["name"], "email": _PEOPLE["email"], "location": _PLACES}),
        ("volunteer_signups", {**_PEOPLE, "phone": ("555-0104",), "location": ("Bramby",)}),
        # a pledge form's person: the person's name, e-mail and where they are
        (
            "book_pledges",
            {**_PEOPLE, "phone": ("555-0105",), "book": ("Atlas",), "location": _PLACES},
        ),
    ],
)
def test_persons_location(table: str, columns: dict[str, tuple[object, ...]]) -> None:
    assert "CITY" in _verdict(table, columns, "location", {})


_LOGINS = ("tvoss", "kbrand", "Osten01")
_HASH = ("$2y$10$abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc",)


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # a network's, a device's, a database's id beside its password: machines, not people
        ("wifi_networks", {"network_id": ("guestnet", "officenet"), "network_password": _HASH}),
        ("devices", {"device_id": ("router", "printer"), "device_password": _HASH}),
        # a member's id beside another role's password: not the member's login
        ("members", {"member_id": _LOGINS, "admin_password": _HASH}),
        # a member's id of codes, numbers or UUIDs beside their password
        ("members", {"member_id": ("MBR1234", "MBR1235"), "member_password": _HASH}),
        ("members", {"member_id": ("1042", "1043"), "member_password": _HASH}),
        (
            "customers",
            {"customer_id": ("3f2a9c1e-7d4b-4e1a-9c2f-1a2b3c4d5e6f",), "customer_password": _HASH},
        ),
        # a role's id with no password at all
        ("donors", {"donor_id": _LOGINS, "fullname": _PEOPLE["name"]}),
        # review: a program's or a machine's role beside its password (a CI agent, an OAuth
        # client, an SMS sender, a replica) and a role that is not the table's rows (a team's
        # driver)
        ("ci_agents", {"agent_id": ("linux-runner", "mac-builder"), "agent_password": _HASH}),
        ("oauth_clients", {"client_id": ("webapp", "mobile-ios"), "client_password": _HASH}),
        ("racing_teams", {"driver_id": ("hamilton", "leclerc"), "driver_password": _HASH}),
        ("sms_gateways", {"sender_id": ("AcmeShop", "AcmeAlerts"), "sender_password": _HASH}),
        ("replication_slots", {"subscriber_id": ("replica-east",), "subscriber_password": _HASH}),
        # a login role's id in a table of machines: a router's own admin account
        ("routers", {"admin_id": ("admin", "root"), "admin_password": _HASH}),
    ],
)
def test_no_role_login(table: str, columns: dict[str, tuple[object, ...]]) -> None:
    column = next(c for c in columns if c.endswith("_id"))
    assert "USERNAME" not in _verdict(table, columns, column, {})


@pytest.mark.parametrize(
    ("table", "column", "password"),
    [
        ("donors", "donor_id", "donor_password"),
        ("admins", "admin_id", "admin_pass"),
        ("member_accounts", "member_id", "member_pwd"),
        ("authors", "author_id", "author_pwd"),
        ("players", "player_id", "player_password"),
    ],
)
def test_role_login(table: str, column: str, password: str) -> None:
    columns = {column: _LOGINS, password: _HASH, "email": _PEOPLE["email"]}
    assert "USERNAME" in _verdict(table, columns, column, {})


# -- a region's word kept as a number: a key into regions (forty-first round) ---------------------

_HOME = {
    "first_name": ("Ines", "Tomas"),
    "street": ("12 Alder Way", "4 Birch Ct"),
    "zip": ("44101", "73301"),
}


@pytest.mark.parametrize(
    ("table", "column", "values", "dtype"),
    [
        # a region written out, or as a postal abbreviation, in a person's address: kept
        ("customers", "state", ("Ohio", "Texas"), "text"),
        ("customers", "state", ("OH", "TX"), "varchar(2)"),
        ("tenants", "province", ("Ontario", "Quebec"), "text"),
        ("members", "county", ("Kent", "Essex"), "varchar(40)"),
        # a region's code kept as digits in text is still the region (a FIPS or INSEE code)
        ("voters", "state", ("06", "36"), "char(2)"),
    ],
)
def test_a_written_region_stays(table: str, column: str, values: tuple[str, ...], dtype: str):
    assert "REGION" in _verdict(table, {**_HOME, column: values}, column, {column: dtype})


@pytest.mark.parametrize(
    ("table", "column", "dtype"),
    [
        # a key into a list of states, provinces or regions beside a person's street
        ("customers", "state", "integer"),
        ("subscribers", "province", "bigint"),
        ("volunteers", "region", "int(11)"),
    ],
)
def test_a_numbered_region_is_a_key(table: str, column: str, dtype: str) -> None:
    found = _verdict(table, {**_HOME, column: (3, 7)}, column, {column: dtype})
    assert "REGION" not in found


@pytest.mark.parametrize(
    ("table", "values"),
    [
        # a county's FIPS code kept as an integer, as US voter, health and census data keep it
        ("voters", (6037, 36061, 17031)),
        # a patient's county as a small number: still the patient's county, one join away
        ("patients", (1, 2, 3, 4)),
    ],
)
def test_a_numbered_county_stays(table: str, values: tuple[int, ...]) -> None:
    found = _verdict(table, {**_HOME, "county": values}, "county", {"county": "integer"})
    assert "REGION" in found
