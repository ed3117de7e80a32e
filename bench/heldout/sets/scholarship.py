"""Held-out set scholarship: the database of a university's scholarship application system (plain
PHP and MySQL, from the Philippines, a student's capstone project of 2024-2026): students register,
fill in a profile, apply each semester for a scholarship grant with their personal, family,
housing and schooling details and upload the required documents; administrators review, approve
or reject the applications, post announcements and keep the drop-down lists.

``database/scholarship_system_db.sql`` is the phpMyAdmin dump (MariaDB 10.4, January 2026) of the
developers' installation with its test rows: 16 tables, all filled. It holds user accounts (full
name, username, e-mail, password hash, role); the applicants' saved profiles (full name, course,
major, year and section, cell phone, present and permanent address, zip code, e-mail, sex, date
and place of birth, age, civil status, religion, disability, indigenous group) and their saved
parents' (father's and mother's last, given and middle names, cell phones, education, occupation
and income bracket), housing and schools-attended records; the scholarship applications (a
timestamp-like application number, semester, school year, the same personal columns as the
profile, the grant applied for, the reason for applying as free text, status and attachment
names) with their parents', housing and schools-attended rows and uploaded file names; an
activity log of users' actions; announcements; and the catalogues of grants, grant requirements,
courses and majors, semesters and school years.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (they already are) and ``SET FOREIGN_KEY_CHECKS = 0``
before it: the dump's rows are kept as they are, and one of them (an application of a user no
longer in ``users``) fails a foreign key the dump adds after its rows, so the keys are added
unchecked (as phpMyAdmin's import does with its "enable foreign key checks" option off).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "DizonAj16/scholarship_system"
COMMIT = "8c308fdb38c4bfe05451bbfb13126e9e51aaaefc"
DUMP = "database/scholarship_system_db.sql"
FILES = (
    "database/scholarship_system_db.sql (the application's phpMyAdmin dump, January 2026; "
    "all 16 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a student's capstone project)"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script, with foreign key checks
    off (the dump's rows include one that its foreign keys would refuse)."""
    return "SET FOREIGN_KEY_CHECKS = 0;\n" + lower_identifiers(single_dump(read, DUMP))
