"""Held-out set bloodbank: the database of a blood bank management system (a PHP student
project from India, "Life Source Blood Bank Management System"), where donors register, blood
banks register and publish their stock, patients' relatives request blood, and the site's
administrator lists donation camps and answers messages.

``registerdonor.sql``, a phpMyAdmin dump of MySQL 5.7 (August 2020, of the database
``registerdonor``), creates the twelve tables and fills them with the developers' test rows:
registered donors (name, plain-text password, e-mail, birth date, age, gender, blood group,
weight, phone, address, state, city, last donation date), donations (donor's name, camp,
certificate file), blood requests for a patient (patient's name, gender, blood group, age,
address, doctor's name, the requester's name, e-mail, mobile, message), reservations of blood
units, registered blood banks (name, password, hospital, contact person, licence, address) and
their stock per blood group, donation camps, contact messages, change requests of a blood bank's
profile, the site's pages and the administrator's log-in.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``Pname`` becomes ``pname``, ``BB_ID`` ``bb_id``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "yogesh967/BLoodBankManagementSystem"
COMMIT = "a696e6654db52186aadd34d6b479b7e53b2febcb"
FILES = "registerdonor.sql (the application's database dump, August 2020; all tables and rows)"
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

DUMP = "registerdonor.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
