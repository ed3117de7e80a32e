"""Held-out set stajuliana: the database of a PHP school management and enrollment system (a
CodeIgniter application deployed for one school: administrators enrol students, record their
parents, attendance, marks, invoices and payments, and run the library, hostel and transport).

``installation/sql/stajuliana_db.sql``, a phpMyAdmin dump of the school's instance, creates the
44 tables and fills most of them: administrators with name, e-mail, phone and SHA-1 password hash
and their role flags; students with name, birthday, gender, religion, blood group, address, phone,
e-mail, password hash, parent, admission and previous-school details; parents and teachers with
contact data; enrollment, attendance, marks, invoices and payments; CodeIgniter sessions (client
IP address and serialised session data); enquiries; staff bank accounts; leaves; vehicles with
their driver's name, licence and contact; library, hostel, transport and exam catalogues; the
school's settings; and the translation table of the user interface.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "micaDev123/enrollment"
COMMIT = "d2ffe6ce05f831368cba13c87fdae7dfcccbbc7d"
FILES = "installation/sql/stajuliana_db.sql (the application's database dump; all rows)"
LICENCE = "none stated in the repository"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, "installation/sql/stajuliana_db.sql"))
