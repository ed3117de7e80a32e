"""Held-out set houserental: the database of a house rental management system for a landlord
(a PHP application generated with AppGini, first written by a Kenyan developer and republished
by another in 2019), where an administrator and the tenants themselves keep the houses to let,
the tenants living in them, monthly rent invoices and the payments made against them, behind
AppGini's own log-in, groups and per-table permissions.

``DATABASE/rentalmanagement.sql``, a phpMyAdmin dump of MySQL 5.6 (of the database
``rentalmanagement``, rows of May to September 2018), creates the nine tables and fills eight of
them: houses (number, features, rent, occupied or vacant), tenants (full name, gender, national
id number, phone, e-mail, registration and exit dates, status, the file name of the signed
rental agreement), invoices (tenant, house, year, month, particulars, total, comments, status),
payments (tenant, house, expected and paid amount, balance, date, comments) and AppGini's
membership tables: users (member id chosen at sign-up, an MD5 password hash or a plain
password, e-mail, sign-up date, group, four custom fields, comments, password-reset key and
expiry), groups, group and user permissions per table, and the owner of each record.

Loaded into MariaDB as written, except that every backtick-quoted identifier is lower-cased
(``memberID``: ``memberid``, ``passMD5``: ``passmd5``), as the labels name them; the dump names
no database of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "SovanKar98/House-Rental-Management-System"
COMMIT = "e94eca353d0ebb5db454c7968cc8b27642af1b28"
FILES = "DATABASE/rentalmanagement.sql (the application's database dump; all tables and rows)"
LICENCE = "none stated (the repository has no licence file; its READMEs name the authors)"
ENGINE = "mysql"

DUMP = "DATABASE/rentalmanagement.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
