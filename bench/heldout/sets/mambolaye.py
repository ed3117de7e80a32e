"""Held-out set mambolaye: the database of "Academia Mambolaye", a dance academy in Buenos Aires
(Argentina), the final project of one student (Ernesto Vega) of a Coderhouse SQL course, June to
August 2022, every table and column named in Spanish: students (DNI, first name, surname, phone,
e-mail, birth date) with their memberships and the kind of payment, teachers (DNI, names, e-mail,
phone), the academy's directors (DNI, names), its venues with address, phone and director, the
rooms of each venue, music genres and dance styles, levels, class times, classes (teacher, time,
style, room, level) and enrolments of memberships in classes; and two tables the project's
triggers write to, a log of changes (``logs``: time, database user, database, server version,
table, action) and a history of the students' rows (``historico_alumno``).

The repository keeps the schema in ``Scripts/academia_mambolaye.sql`` and the sample rows, one
hand-written INSERT each (test people: 31 students, 8 teachers, 2 directors), in
``Scripts/ScriptInsVega.sql``. Both are loaded, all 15 tables and all 92 rows; the later
scripts of the project (views, functions, stored procedures, triggers, users and grants, a
transaction exercise that deletes and re-inserts students) are not run, as the project's own
backup (``Scripts/BackupVega.sql``) was taken with the log and history tables empty.

Translation, in this module: the schema's ``CREATE SCHEMA academia_mambolaye;`` and
``USE academia_mambolaye;`` lines are left out (the module checks there is one of each and none
in the rows file) and the qualifier ``academia_mambolaye.`` in front of table names (in the
foreign keys and in every INSERT) is dropped, so that the tables go into the set's database;
foreign-key checks are off for the load, because one enrolment names membership 25 where the
rows give memberships 1 to 11 (MySQL would refuse that one row; it is kept as written).
Identifiers are already lower case. Otherwise the two files run as written, schema then rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "Ernieve/SQL_Coder"
COMMIT = "d483c76d39c1cc5e2ab2a4ed87c6b0ee6f54cae2"
FILES = (
    "Scripts/academia_mambolaye.sql and Scripts/ScriptInsVega.sql (the MySQL schema and "
    "hand-written sample rows of Academia Mambolaye, a dance academy in Buenos Aires, Argentina, "
    "a Coderhouse SQL course's final project of June to August 2022, tables and columns named "
    "in Spanish: students with DNI, phone, e-mail and birth date, memberships, teachers, "
    "directors, venues and rooms, music genres and dance styles, levels, class times, classes "
    "and enrolments, and the empty log and student-history tables of its triggers; all 15 "
    "tables and all 92 rows)"
)
LICENCE = "none stated (the repository has no licence file; a student's course project)"
ENGINE = "mysql"

SCHEMA = "Scripts/academia_mambolaye.sql"
ROWS = "Scripts/ScriptInsVega.sql"
DATABASE = "academia_mambolaye"

_OWN_DATABASE = re.compile(rf"^(?:CREATE SCHEMA|USE) {DATABASE};\n", re.M)
_ANY_DATABASE = re.compile(r"^\s*(?:CREATE (?:SCHEMA|DATABASE)|USE)\b", re.M | re.I)


def script(read: Callable[[str], bytes]) -> str:
    """The schema, then the rows, in the set's database, foreign-key checks off."""
    schema = text_of(read(SCHEMA))
    rows = text_of(read(ROWS))
    if len(_OWN_DATABASE.findall(schema)) != 2:
        raise SourceError(f"{SCHEMA}: expected one CREATE SCHEMA and one USE {DATABASE}")
    schema = _OWN_DATABASE.sub("", schema)
    for name, text in ((SCHEMA, schema), (ROWS, rows)):
        if _ANY_DATABASE.search(text):
            raise SourceError(f"{name} now creates or uses a database")
    body = f"{schema}\n{rows}".replace(f"{DATABASE}.", "")
    return f"SET FOREIGN_KEY_CHECKS = 0;\n{body}\nSET FOREIGN_KEY_CHECKS = 1;\n"
