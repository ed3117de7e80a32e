"""Held-out set weddingplanner: the database of "Wedding Planner Management System", a plain-PHP
and MySQL web application with which a wedding planning business takes bookings from couples,
keeps each booking's client details, guest list, payments and event calendar, and shows its
packages and past ("real") weddings on a public site. The project was written by John Paul Lim
Gabule and distributed by codeastro.com (the "01 LOGIN DETAILS & PROJECT INFO.txt" files say so);
the repository BettShawn/Wedding-Event-Planner is a re-upload of it of July 2022.

``database/dbwedding.sql`` is the project's phpMyAdmin dump (MySQL 5.6, generated 13 April 2022)
with its demonstration rows: 13 tables, 12 of them filled. It holds client accounts (e-mail,
password, access level) and their details (first and last name, phone, city, the wedding's
description and location, expected guests, cash advance, status, signing date); wedding bookings
(bride's and groom's names, package, the client's e-mail, wedding date, organiser); the guest
list of a booking (full name, guest name, address, state, zip code, city, priority,
out of town, relationship, gifts); payments ("liquidation": payment, cash, credit); calendar
entries and booked events (title, location, times); a gallery of uploaded pictures; published
past weddings; the staff users (first and last name, gender, user name, password, e-mail,
designation, address, profile picture); organisers (empty); and the catalogues of wedding
packages with prices and their features.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``allDay``: ``allday``); every row is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "BettShawn/Wedding-Event-Planner"
COMMIT = "191c0104207d841b9ea04ec11494925f65979cfc"
DUMP = "database/dbwedding.sql"
FILES = (
    "database/dbwedding.sql (the application's phpMyAdmin dump, April 2022; "
    "all 13 tables and all rows)"
)
LICENCE = (
    "none stated (the repository has no licence file; a codeastro.com project by "
    "John Paul Lim Gabule, re-uploaded)"
)
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
