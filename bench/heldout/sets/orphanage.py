"""Held-out set orphanage: the database of an orphanage management system's Django application.

Orphan Management System (OMS) is the course project of five students for CS 340 (Databases),
autumn 2021 (MIT licence): a Django web application whose own tables are MySQL tables made by
hand and queried in raw SQL (the dump's migrations are only Django's own apps), with which an
orphanage's administration admits orphans, keeps its departments, employees, volunteers,
expenses and donations, and handles adoption: prospective parents sign up, fill in an
application that is rated, book appointments with an admin and request an orphan; donors give
through a payment page, visitors leave feedback, volunteers apply for a department. People and
accounts are keyed by CNIC, Pakistan's 13-digit national identity card number.

``OMS/omsdump.sql`` is the ``mysqldump`` (MySQL 5.7, 14 December 2021) of the team's database
with its generated sample rows: admins, adoption requests, applicant parents (name, date of
birth, marital status, profession, monthly earning, previous children, address, phone),
appointments, departments, donations, employees (department, name, date of birth, join and
contract end dates, e-mail, phone, salary), expenses, feedback (CNIC, e-mail, comment), orphans
(name, date of birth, education, sex, special needs), hobbies (empty), users (CNIC, e-mail,
password, user type) and volunteers (department, name, age, sex, dates, phone, organisation,
status), beside Django's own tables (auth, admin log, content types, migrations, sessions), of
which only permissions, content types and migrations have rows.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``ApplicantParent`` becomes ``applicantparent``,
``DateOfBirth`` ``dateofbirth``). Not used: ``OMS/oms.sql``, an earlier, smaller dump of the same
schema (Django's default ``db.sqlite3`` is not in the repository at this commit).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "RumaisaHabib/orphan-management-system"
COMMIT = "4671f40fb2a979e54dec4d12cc522829c2aa739e"
FILES = (
    "OMS/omsdump.sql (the mysqldump of the Django application's MySQL database with its sample "
    "rows, December 2021; all 23 tables and rows)"
)
LICENCE = "MIT (LICENSE of the repository, Copyright (c) 2021 RumaisaHabib)"
ENGINE = "mysql"

DUMP = "OMS/omsdump.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
