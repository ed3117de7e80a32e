"""Held-out set contrive: the database of CONTRIVE, a "Record and Billing Management System for
Kitland Construction Services", a PHP and MySQL web application (XAMPP; about 500 PHP files with
the bundled libraries; separate portals for the administrator, the accountant and the engineer)
written in 2022 by a small team in the Philippines (its git history runs from June to August
2022, its activity log from February), apparently a capstone project: the construction firm's
clients (name, company, contact number, e-mail, address), its office staff with their logins
(full name, birthday, age, gender, address, contact number, civil status, profile picture,
e-mail, user name, password, access level, one-time code, login times) and its workers (last,
first and middle name, birthday, age, gender, address, contact number, civil status, position
and daily rate, profile picture, assignment), the positions with their rates, projects (type,
description, engineer, location, client, dates, contract and blueprint files), the teams of
workers on a project, progress updates, the bill of materials of each project, suppliers (name,
contact person, contact number, e-mail, address) and their materials, purchase orders, payables
and their payment history, invoices, receivables and payments, and an activity log of the
users.

The repository keeps the phpMyAdmin dump of the database (``db/contrive_database.sql``,
MariaDB 10.4, 6 August 2022) beside the PHP sources (and an older backup of March 2022 in
``admin/``, not used). All 19 tables and all their rows are loaded; the table ``cart`` is empty.

Translation, in this module: none beyond lower-casing the backtick-quoted identifiers (they are
all lower case already). The dump names no database (``single_dump`` checks that it neither
creates nor uses one) and runs as written in MariaDB: phpMyAdmin's session settings
(``NO_AUTO_VALUE_ON_ZERO``), the 19 ``CREATE TABLE``s, one multi-row INSERT a table, then the
primary keys and ``AUTO_INCREMENT``s added by ``ALTER TABLE``; it has no foreign keys.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lowered_dump

REPO = "bellefleur06/CONTRIVE"
COMMIT = "7daef2efbca0b4fedd486b1d129ba36892a3faad"
FILES = (
    "db/contrive_database.sql (the phpMyAdmin dump, MariaDB 10.4, 6 August 2022, of the "
    "database of CONTRIVE, a PHP web application for the records and billing of a Philippine "
    "construction firm: clients, office staff with logins, workers with birthday, civil "
    "status, position and rate, positions, projects, teams, progress updates, bills of "
    "materials, suppliers and materials, purchase orders, payables, invoices, receivables, "
    "payments and an activity log; all 19 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file of its own)"
ENGINE = "mysql"

PATH = "db/contrive_database.sql"
TABLES = [
    "cart",
    "clients",
    "history",
    "invoices",
    "logs",
    "materials",
    "orders",
    "payables",
    "payments",
    "positions",
    "progress",
    "projects",
    "receivables",
    "requirements",
    "staffs",
    "suppliers",
    "teams",
    "updates",
    "workers",
]


def script(read: Callable[[str], bytes]) -> str:
    """The dump as written, identifiers lower-cased; its table list is checked."""
    return lowered_dump(read, PATH, TABLES)
