"""Held-out set childcentre: the database of the Early Childhood Centre Management System, a
student's independent project of the COMP693 course (semester 1, 2024, New Zealand): a web
application (React front end, Node.js and Express back end, MySQL) with which an early
childhood centre keeps its documents about the children and teachers and talks with parents.

``ChildMS_db.sql`` is the application's own database script, which the README says to run in
MySQL Workbench before starting the Express server: it drops and creates the database
``earlychildhoodchildms``, creates 21 tables and fills every one with the author's sample rows.
The centre's administrator and teachers (name, e-mail, BCrypt password, phone, date of birth,
address, photo, start date; teachers also a registration number and a teaching philosophy) and
the children, whose account is the parents' login (the child's name, date of birth and photo,
the father's and mother's names and phones, the address, allergies, interests and notes);
notes, announcements, teaching resources and the centre's information pages; daily charts of
meals, sunblock, sleep and bottle feeding with a row per child; accident forms; attendance
records with sign-in and sign-out times; monthly learning stories written about a child; and
messages between the parents, teachers and the administrator.

Loaded into MariaDB as written: the leading ``DROP DATABASE``, ``CREATE DATABASE`` and ``USE``
lines go (checked to be there), so does the one empty statement (a second ``;`` after the
announcements' rows, which MariaDB refuses), and the one mixed-case column, ``teaching_No`` of
``teacher_info``, is written in lower case, as the labels name it. The script's own ``BEGIN``
and ``COMMIT`` stay; every column is ``VARCHAR``, ``TEXT`` or ``INT`` as the author wrote it
(dates and times are strings).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import text_of

REPO = "XinwuWang/EarlyChildhoodChildManagementSystem"
COMMIT = "72e7b0f21d6725b90e759b356d02f81db9c64497"
FILES = (
    "ChildMS_db.sql (the MySQL script of an early childhood centre's management web "
    "application, a student's Node.js and Express project of 2024; all 21 tables and their "
    "sample rows)"
)
LICENCE = (
    "none stated (no licence file; Server/package.json has npm's default ISC for the "
    "server package)"
)
ENGINE = "mysql"

SOURCE = "ChildMS_db.sql"
HEAD = (
    "DROP DATABASE IF EXISTS earlychildhoodchildms;\n"
    "CREATE DATABASE earlychildhoodchildms;\n"
    "\n"
    "USE earlychildhoodchildms;\n"
)
MIXED = "teaching_No"
# The announcements' INSERT ends with ");" and a line with a second ";": an empty statement,
# which MariaDB refuses.
EMPTY = ");\n;\n"


def script(read: Callable[[str], bytes]) -> str:
    """The script's tables and rows, in the database load.py made."""
    text = text_of(read(SOURCE)).replace("\r\n", "\n")
    if not text.startswith(HEAD):
        raise ValueError(f"{SOURCE}: does not start with the DROP, CREATE and USE lines")
    body = text[len(HEAD) :]
    if body.count(MIXED) != 2:
        raise ValueError(f"{SOURCE}: {MIXED} occurs {body.count(MIXED)} times, expected 2")
    if body.count(EMPTY) != 1:
        raise ValueError(f"{SOURCE}: {body.count(EMPTY)} empty statements, expected 1")
    return body.replace(EMPTY, ");\n").replace(MIXED, MIXED.lower())
