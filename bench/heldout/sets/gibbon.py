"""Held-out set gibbon: Gibbon with its demo data (Gibbon is a PHP school-management platform:
people (students, parents, staff) with their families, enrolments, form groups, houses,
timetables, courses and classes, attendance, markbooks, planner and units, activities, library,
finance (fees, invoices, budgets, expenses), admissions and application forms, behaviour,
medical records, messenger, staff absences and coverage, reports, settings).

The installer runs ``gibbon.sql`` (a phpMyAdmin dump: the 200 tables with their reference rows:
modules, actions, permissions, roles, settings, countries, languages, days of the week, alert
levels, notification events, the school's default settings) and, when the demo is chosen,
``gibbon_demo.sql``: a school year of a fictional school: the people of the school (students,
parents and staff: names, preferred names, gender, date of birth, e-mail, phones, addresses,
citizenship and language fields, user names and password hashes), families with their home
addresses, staff records, enrolments, form groups, houses, departments, courses and classes,
the timetable, activities with their staff, planner entries, units, outcomes, rubrics, library
items, spaces, resources and fee categories. The installer's form input (the administrator and
the organisation's details) is not added.

Loaded into MariaDB as the installer runs the two files, one after the other, but with the names
in lower case (Gibbon's are camelCase, ``gibbonPerson.firstName``): the table name of every
``CREATE TABLE``, ``ALTER TABLE`` and ``INSERT INTO`` and the column names where ``CREATE
TABLE`` defines them and ``ALTER TABLE ... MODIFY`` redefines them (a line starting with two
spaces and a quoted name, or ``MODIFY`` and one); the rows are as the files give them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

REPO = "GibbonEdu/core"
COMMIT = "c153137f8692dcb4994606a4a5b62c10b719cc2b"
FILES = "gibbon.sql, gibbon_demo.sql (the installer's schema and reference rows, and demo data)"
LICENCE = "GPL-3.0"
ENGINE = "mysql"

_TABLE = re.compile(r"^(CREATE TABLE|ALTER TABLE|INSERT INTO) `(\w+)`", re.M)
_COLUMN = re.compile(r"^  (MODIFY )?`(\w+)`", re.M)


def _lower(text: str) -> str:
    text = _TABLE.sub(lambda m: f"{m.group(1)} `{m.group(2).lower()}`", text)
    return _COLUMN.sub(lambda m: f"  {m.group(1) or ''}`{m.group(2).lower()}`", text)


def script(read: Callable[[str], bytes]) -> str:
    """The installer's two files as one MariaDB script."""
    parts = [_lower(read(name).decode("utf-8")) for name in ("gibbon.sql", "gibbon_demo.sql")]
    return "\n".join(parts)
