"""Held-out set summercamp: the database of "Camp Query", a children's summer camp, the final
project of a group of students (five commit authors: huf5, sam-alfieri, sreehareddy,
ddalhouse1 and Jerek Stegman) for INFSCI 1500, apparently the databases course of that number at
the University of Pittsburgh (many phone numbers in the rows have Pittsburgh's area code),
written from March to April 2024 (37 commits; the README is only the title). It is one MySQL
script, ``creation.sql``, with no application around it. Every table and column is named in
English, in snake case.

The camp runs sessions (dates, theme, capacity, registration deadline, status, fee) for
campers aged 5 to 18, who sleep in cabins and are put into camper groups, each led by a staff
member. It keeps the campers (first and last name, gender, date of birth, home address, an
emergency contact phone, special needs, dietary restrictions, group and session), their
guardians (name, home address, phone, e-mail) and which guardian is whose (relationship to the
camper), a health record per camper (height, weight, blood type, allergies, medications,
medical conditions, the family doctor's name and phone), the staff (name, position, phone,
e-mail, an emergency contact as a name and phone in one string, allergies, dietary
restrictions, whether CPR-certified), activities (name, age group, description, times,
location, capacity) with their staff and equipment, supplies (item, quantity, supplier, cost,
order, delivery and expiry dates), the camp's vehicles with the staff member who drives each,
and payments (type, amount, date, payment method, camper, session).

The script (MySQL: ``ENGINE INNODB``, ``#`` comments, double-quoted strings in some rows)
uses the database ``group_camp_query``, drops and creates the 15 tables with
``FOREIGN_KEY_CHECKS`` off, inserts the rows one statement at a time, drops the
``campers.allergies`` column after the campers' rows (allergies moved to the health
records), creates two views, calls a stored procedure ``make_transaction`` that the script does not
define, and selects every table. All 15 tables and all their rows are loaded: 30 activities,
10 cabins, 40 campers, 10 camper groups, 10 guardians, 40 health records, 11 sessions, 27
staff, 12 supplies, 37 transactions, 10 vehicles and the rows of the four link tables
(81 staff-activity pairs). The vehicles' drivers are five-digit numbers that match no staff id,
and two payments name no camper.

Translation, in this module: the ``USE`` line is dropped (the loader chooses the database) and
the script is cut before its views (views are not labelled), the procedure call and the
``SELECT``s, once that tail is checked to hold nothing else; the rest runs as written in
MariaDB.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "huf5/INFSCI1500---Final-Project"
COMMIT = "77c5cc14fad9b482abdd3cc6a8b1bf0485169cdb"
PATH = "creation.sql"
FILES = (
    "creation.sql (the MySQL script of \"Camp Query\", a children's summer camp, a students' "
    "final project for INFSCI 1500, University of Pittsburgh, 2024: sessions, cabins, camper "
    "groups, campers, guardians and their link to campers, health records, staff, activities "
    "with their staff and equipment, supplies, vehicles with their drivers, payments; all 15 "
    "tables and all rows; not its two views, the call of an undefined procedure and the "
    "SELECTs)"
)
LICENCE = "none stated (the repository has no licence file; a course project)"
ENGINE = "mysql"

TABLES = [
    "activities",
    "activity_equipment",
    "cabins",
    "camper_groups",
    "campers",
    "guardian_children",
    "guardians",
    "health_records",
    "session_camper",
    "sessions",
    "staff",
    "staff_activity",
    "supplies",
    "transactions",
    "transportation",
]

USE = re.compile(r"^USE group_camp_query;\n", re.M)
TAIL = "-- Create VIEW campers, group, and session\n"
TAIL_STATEMENT = re.compile(r"(DROP VIEW|CREATE VIEW|SELECT|CALL)\b", re.I)
COMMENT = re.compile(r"^\s*(--|#).*$", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The script without its ``USE`` line and without its tail of views, call and SELECTs."""
    text = text_of(read(PATH)).replace("\r\n", "\n")
    text, uses = USE.subn("", text)
    if uses != 1:
        raise SourceError(f"{PATH}: {uses} USE lines, expected 1")
    head, found, tail = text.partition(TAIL)
    if not found:
        raise SourceError(f"{PATH}: the views' comment is gone")
    for statement in COMMENT.sub("", tail).split(";"):
        statement = statement.strip()
        if statement and not TAIL_STATEMENT.match(statement):
            raise SourceError(f"{PATH}: unexpected statement after the rows: {statement[:40]!r}")
    created = sorted(t.lower() for t in re.findall(r"^CREATE TABLE (\w+)", head, re.M | re.I))
    if created != sorted(TABLES):
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}, found {created}")
    return head
