"""Held-out set myhmsdb: the database of a PHP hospital management system (a students' project:
patients register and book appointments with doctors, doctors write prescriptions, visitors send
messages through a contact form).

``myhmsdb.sql``, a phpMyAdmin dump, creates the six tables and fills them: 11 patients, 12
appointments, 4 prescriptions, 8 doctors, 9 contact messages and one administrator.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), except that every
backtick-quoted identifier is lower-cased (the dump writes some in camel case: ``docFees``,
``userStatus``, ``ID``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "kishan0725/Hospital-Management-System"
COMMIT = "777fda46b77a820977a5ba616283dbfbc40bf7e1"
FILES = "myhmsdb.sql (the application's database dump; all rows)"
LICENCE = "none stated in the repository"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, "myhmsdb.sql"))
