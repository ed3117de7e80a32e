"""Held-out set matatu: the database of Transcomfy, a Kenyan application for matatu saccos
(the cooperatives that own and run Nairobi's commuter minibuses, "matatus"), written in 2016
and 2017 by a small team in Kenya (commit times in +0300; the history, 181 commits by four
author names, starts as a Bitbucket project "taxidespatch" in August 2016): an Android
application (Java) with which conductors and drivers start and stop trips and commuters sign up
and board, a PHP JSON API with its models, and a PHP administration site with which a sacco's
administrator registers, assigns buses to drivers and updates them. The repository's last commit
("the sacco app presented", December 2017) adds the database dump.

The dump (``transcomfy.sql``, phpMyAdmin 4.6.4, MySQL 5.7.14, 4 December 2017) holds the saccos,
their administrators (name, phone, e-mail, password hash), the buses (plate, capacity, route
number, assigned driver), routes with their stages and stops (names and coordinates), drivers
(name, phone, driving licence), conductors, the people of the application (first and last name,
phone, type, user account), the user accounts (e-mail, password, level), API keys and users'
tokens, allocations of a driver and conductor to a bus, bus trips and locations, the commuters
of a trip (fare, boarding and alighting coordinates and times) and payments. All 19 tables and
all their rows are loaded; six tables are empty.

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers
(``fName``, ``lName``: ``fname``, ``lname``). The dump names no database (``single_dump`` checks
that it neither creates nor uses one) and runs as written in MariaDB: phpMyAdmin's session
settings (``NO_AUTO_VALUE_ON_ZERO``), the 19 ``CREATE TABLE``s, one multi-row INSERT for each
table with rows, then the primary keys and ``AUTO_INCREMENT``s added by ``ALTER TABLE``; it has
no foreign keys, views, triggers or procedures.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "sharonmalio/UberMatatu_WebApp"
COMMIT = "c731229b57ceb6e127d8e3fd0fa418caa5f312dd"
FILES = (
    "transcomfy.sql (the phpMyAdmin dump, MySQL 5.7, 4 December 2017, of the database of "
    "Transcomfy, a Kenyan Android, PHP API and administration-site application for matatu "
    "saccos (commuter minibus cooperatives): saccos and their administrators, buses, routes, "
    "stages and stops, drivers, conductors, people and user accounts, API keys and tokens, "
    "allocations, trips, bus locations, the commuters of each trip with fares and boarding "
    "and alighting coordinates, payments; all 19 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

PATH = "transcomfy.sql"
TABLES = [
    "tbl_allocation",
    "tbl_api_access",
    "tbl_bus_locations",
    "tbl_bus_routes",
    "tbl_bus_stops",
    "tbl_bus_trips",
    "tbl_buses",
    "tbl_conductors",
    "tbl_drivers",
    "tbl_payments",
    "tbl_people",
    "tbl_route_stops",
    "tbl_routes",
    "tbl_saccos",
    "tbl_saccos_admins",
    "tbl_trip_commuters",
    "tbl_user_tokens",
    "tbl_user_types",
    "tbl_users",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
