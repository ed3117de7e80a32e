"""Held-out set barangay: the database of a barangay information system (a student thesis from
the Philippines: a React front end and a Node/Express back end on MariaDB), where the office of
a barangay, the smallest unit of local government, keeps the register of its inhabitants, their
households, the senior citizens and the members of the youth assembly (Katipunan ng Kabataan),
the barangay's officials and staff, and the disputes brought to its conciliation panel (the
Lupon).

``Database/butnga (1).sql`` is the newest of the repository's three phpMyAdmin dumps (June 2025,
of the database ``butnga``, named after the barangay Butnga in Oras, Eastern Samar) with its
test rows: 22 base tables and 23 views. The inhabitants table holds last, given and middle name,
a qualifier (Jr., Sr., III), date and place of birth, sex, zone address, civil status,
occupation, citizenship, a status (alive, deceased, transferred) and the barangay a transferred
inhabitant moved to; households, household memberships with the relation to the head, youth
assembly members (classification, age group, contact number, e-mail, education, work status)
with their assembly attendance and voter registration, senior citizens (senior citizen number,
contact number, e-mail), officials, youth council members and staff (position, photo), residents
transferred out (new location), conciliation records (complainant, complaint, respondents,
details, case number, date, resolved flag), the application's users and lookup tables.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``GivenName`` becomes ``givenname``); the views are
created too and are not labelled.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "IceWater1000/Thesis"
COMMIT = "7cfc5c561c6d08190ff4b8c238f019777edff4f9"
FILES = (
    "Database/butnga (1).sql (the newest of the three database dumps, June 2025; "
    "all tables and rows)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

DUMP = "Database/butnga (1).sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
