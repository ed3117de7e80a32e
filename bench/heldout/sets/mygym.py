"""Held-out set mygym: the database of a gym's web application (plain PHP, from Sri Lanka, a
student's final project), with the gym's members and staff, their memberships, packages,
invoices and payments, classes and class sessions, exercises by body part, equipment, events,
body measurements of members (BMI and skinfold body-fat records), log-in logs of members and
staff, and the modules, roles and user types of the staff.

``public/db/mygym (12).sql`` is the newer of the two phpMyAdmin dumps the repository keeps
(January 2020) of the developers' installation, with its test rows: 20 tables, all filled. It
holds members (membership number, first and last name, e-mail, an unsalted SHA-1 password hash,
gender, birth date as text, national identity card number, telephone, a town as address, photo
file name, package, joined date, audit and status columns), staff (the same personal columns,
joined date, staff type, photo file name, status), the members' BMI records (height, weight,
BMI) and body-fat records (seven skinfold measurements, age, body fat), memberships (start, end
and last paid dates, payment status), packages (name, description, fee, duration), invoices and
payment histories (invoice numbers, due and paid dates, method, amount, currency), log-in logs of
members and staff (times and IP address), and the gym's catalogues of classes, class sessions
(with an instructor), anatomy, exercises, equipment, events, modules, roles and user types.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (they already are).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "lbp003/mygym"
COMMIT = "21e606aa48a8ec0781cfa389c7a4619751c36f7f"
FILES = (
    "public/db/mygym (12).sql (the newer of the two database dumps, January 2020; "
    "all tables and rows)"
)
LICENCE = "none stated (the repository has no licence file; README: a BIT final project)"
ENGINE = "mysql"

DUMP = "public/db/mygym (12).sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
