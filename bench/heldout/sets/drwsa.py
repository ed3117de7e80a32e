"""Held-out set drwsa: the cashier database of DRWSA-PC-USE, a water service association's
billing and collection system: its member consumers, their meter readings and bills, the daily
collection report, disconnections, reconnections, new connections and meter replacements, and
the cashiers', collectors' and administrators' accounts (a PHP project from the Philippines,
February 2025).

``drwsa_cashier_db.sql``, a phpMyAdmin dump of MariaDB 10.4 (of the database
``drwsa_cashier_db``, February 2025), creates 14 tables and fills every one of them: members'
profiles (account number, name, area and block, age, civil status, gender, contact number,
birthplace, educational attainment, three family members, income, cedula and clearance,
meter number, birthday, three beneficiaries, consumer status, previous reading), monthly
readings and bills (account number, name, area, block and lot, readings, consumption, amounts,
senior-citizen discount, due dates, the meter reader's name, payment status, official receipt
number, fees, date paid, TIN and check number), the daily collection report, active
(reconnected), disconnected and newly connected accounts, meter replacements, the official
receipt and service invoice series given to tellers, the administrators (e-mail, password,
first and last name, account type, contact, position, image), the collectors (full name, user
name, password), the log of logins by user name, areas, and the residential and commercial
tariffs.

Loaded into MariaDB as written, except that every backtick-quoted identifier is lower-cased
(``SC``: ``sc``), as the labels name them; the dump names no database of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "tel17/DRWSA-PC-USE"
COMMIT = "31f29f7ccba64096c224bf2a0bed8d62a562097d"
FILES = "drwsa_cashier_db.sql (the application's database dump, February 2025; all tables and rows)"
LICENCE = "none stated (no licence file of its own, only bundled libraries' ones)"
ENGINE = "mysql"

DUMP = "drwsa_cashier_db.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
