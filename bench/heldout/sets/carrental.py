"""Held-out set carrental: the database of a PHP car rental portal (a students' project:
registered users book vehicles, post testimonials and subscribe to a newsletter, visitors send
contact queries, administrators manage brands, vehicles and pages).

``sqlfile/carrental.sql``, a phpMyAdmin dump, creates the ten tables and fills them: registered
users with full name, e-mail, password hash, phone, date of birth and address, their bookings and
testimonials (keyed by the user's e-mail), contact queries, newsletter subscribers, administrators,
the portal's own contact information, brands, vehicles and static pages.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), except that every
backtick-quoted identifier is lower-cased (the dump writes most in camel case: ``EmailId``,
``ContactNo``, ``VehiclesTitle``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "nanand1209/Car-Rental-System"
COMMIT = "fc7cd8d1420d7a4ca0bde336971a4485e00792e2"
FILES = "sqlfile/carrental.sql (the application's database dump; all rows)"
LICENCE = "none stated in the repository"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, "sqlfile/carrental.sql"))
