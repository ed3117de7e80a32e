"""Held-out set rosariosis: RosarioSIS, a student information system for schools (students,
staff and parents, enrolment, schedules, grades, attendance, discipline, food service, billing),
with the sample school its installer creates.

``rosariosis.sql`` is the script the installer runs in an empty PostgreSQL database: it creates
the tables, views and PL/pgSQL functions and fills the configuration, a default school year with
its marking periods, periods, grade levels and grading scales, the food-service menu and accounts,
the discipline form, 12 custom fields, profiles with their permissions, one sample student
(first, last and middle name, user name, SHA-512 crypt password hash; gender, ethnicity, common
name, birth date and language in columns named after their custom field, ``custom_200000000``
and so on) enrolled in the school, and three staff logins (administrator, teacher and parent,
each with names, user name and password hash) with the parent linked to the student.

Loaded into PostgreSQL as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "francoisjacquet/rosariosis"
COMMIT = "b69514270182b351c7e3200db8f1930366392e03"
FILES = "rosariosis.sql (the installer's PostgreSQL script with its sample school; all rows)"
LICENCE = "GPL-2.0 (LICENSE of the repository)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """The installer's script, unchanged."""
    text = text_of(read("rosariosis.sql"))
    if re.search(r"^\s*(\\\w|CREATE DATABASE)", text, re.M | re.I):
        raise SourceError("rosariosis.sql now has psql commands or creates its database")
    return text
