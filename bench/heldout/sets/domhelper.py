"""Held-out set domhelper: the database of "Domestic Helper" (its documentation is titled
"Helping Hand"), a plain-PHP and MySQL (XAMPP) web application written in Bangladesh in spring
2023, apparently a students' course project, with which households hire domestic helpers: an
employer signs up (name, age, gender, contact number, address, e-mail, password, picture), a
helper signs up (name, age, a text about themselves, picture, fee per work, e-mail, password,
gender, the services offered: cleaning, cooking, baby sitting and the like), the employer sends a
hire request (one-time or regular work, starting date and time, services, total fees) that the
helper accepts or declines, and the service ends as a completed order. Every table and column is
named in English.

The repository keeps the phpMyAdmin dump of the database (``dh.sql``, MariaDB 10.4, generated
5 May 2023) beside the PHP pages; it was uploaded to GitHub in May 2025. All 8 tables and all
their rows are loaded; the tables ``cancelled_requests_t`` and ``ordered_services_t`` are empty.

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers (they are
all lower case already). The dump names no database (``single_dump`` checks that it neither
creates nor uses one) and runs as written in MariaDB: phpMyAdmin's session settings
(``NO_AUTO_VALUE_ON_ZERO``, one transaction), the 8 ``CREATE TABLE``s, one multi-row INSERT for
each table with rows (6), then the primary keys and ``AUTO_INCREMENT``s added by ``ALTER
TABLE``; it has no foreign keys, views, triggers or procedures. One backslash in a helper's text
loads as MariaDB reads it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "konoz786/Domestic-Helper"
COMMIT = "0d492c87ff71082956c90f57bd7f78e1199651ba"
FILES = (
    "dh.sql (the phpMyAdmin dump, MariaDB 10.4, 5 May 2023, of the database of Domestic "
    "Helper, a Bangladeshi PHP web application with which households hire domestic helpers: "
    "employers and helpers with their logins, the services each helper offers, hire "
    "requests pending, cancelled and completed, and orders; all 8 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

PATH = "dh.sql"
TABLES = [
    "cancelled_requests_t",
    "complete_service_t",
    "domestic_helper",
    "employer_t",
    "helper_services_t",
    "order_t",
    "ordered_services_t",
    "pending_requests_t",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
