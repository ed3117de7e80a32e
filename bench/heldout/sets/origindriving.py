"""Held-out set origindriving: the database of "Origin Driving School", a driving school's
management web application in plain PHP on MySQL/MariaDB, written by one developer in September
2025 (the same fictional school, with branches in Sydney, appears in other students' course
repositories, so it is apparently a course assignment): the school's users (an admin,
instructors and learner drivers), learners' licence types and profiles, instructors' profiles,
courses, bookings and lesson schedules, invoices and payments, branches, vehicles and fleet, job
applications from prospective instructors, booked branch tours, in-app messages, notifications,
notes and their attachments.

``database/schema+sample_data.sql`` is the repository's only database file: a phpMyAdmin dump
(MariaDB 10.4, generated 29 September 2025) of the developer's installation, with its test rows:
19 tables, all filled, 65 rows. It holds users (10: first and last name, e-mail, a bcrypt
password hash, Australian phone number, role, branch), learners (3: licence type, date of birth)
and their profiles (5: vehicle type, course, branch, street address, phone, preferred days and
time, start date), instructors (4: name, experience, street address, phone, an empty photo
column, weekly availability as a JSON list of days), job applications (2: name, e-mail, phone,
driving licence number, years of experience, résumé file path, status), branch tours (2: a
visitor's name, e-mail and preferred date), bookings and schedules of lessons (learner and
instructor user ids, times, status), invoices and payments (amounts, dates, method, note),
messages (subject and text, one greeting a learner by first name), notifications (reminders),
a note on a learner's driving and its attachment (a file named after her), and the catalogues
of branches (name, street address, phone), courses, vehicles and fleet.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (they already are).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "prajwalhecker/origin-driving-school"
COMMIT = "9b0c716715921b2608d44e8b6969b57e72e81619"
FILES = (
    "database/schema+sample_data.sql (the repository's only database dump, a phpMyAdmin dump "
    "of September 2025; all tables and rows)"
)
LICENCE = "none stated (the repository has no licence file; a course assignment)"
ENGINE = "mysql"

DUMP = "database/schema+sample_data.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
