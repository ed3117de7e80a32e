"""Held-out set stages: the database of an internship-management ("gestion des stages") project
that two first-year students of the IUT of Le Mans Université (France) wrote in April 2024 as
their "SAE 2.04" (exploitation of a database, group 23), with a small JavaFX/JDBC client on
MySQL. Tables and columns are named in French, in mixed case with the table's abbreviation as a
suffix: companies (``entreprise``: SIRET number, name, NAF and APE codes, the head's surname,
first name, address and e-mail), internship masters in the companies (``maitre_stage``: surname,
first name, status, position, phone, e-mail, the two agreement flags), the school's supervisors
(``superviseur``: surname, first name, status, position, phone, e-mail), teachers
(``enseignant``: surname, first name, e-mail, whether responsible for internships), students
(``etudiant``: surname, first name, address, e-mail, phone, the insurance-certificate flag, path
and validation, the referent teacher), internships (``stage``: mission title and description,
dates, monthly stipend, equipment, software, environment, languages, the two forms' states,
the marks of report, defence, jury and company, mission type, and the master, company and
student), benefits of an internship (``avantage``: meals, transport, lodging, other) and the
supervision link (``encadrer``: student, supervisor).

Source: ``sql/Groupe_23_Script_SQL.sql`` (the schema) and ``sql/Group_23_Insertion.sql`` (the
hand-written sample rows) at the repository's last commit. All 8 tables and all 48 rows are
loaded.

Translation, in this module: each file's ``CREATE DATABASE`` and ``USE`` lines are left out (the
module checks there are exactly those); the schema, which holds no string literal, is lower-cased
whole (the source writes tables in upper case and columns in mixed case); the INSERT statements
run as written (MySQL syntax, ``TRUE``/``FALSE``, typographic apostrophes in the texts) with their
table names lower-cased; the twelve internship dates, written ``'DD/MM/YYYY'`` in the source,
which MariaDB's strict mode refuses for a ``DATE`` column, are rewritten as ``'YYYY-MM-DD'`` (the
same dates). The other files of the repository (grants per role, sample queries, the JavaFX
client, the course's data files) are not loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "Yoshi-OOF/sae2.04"
COMMIT = "57705839bd0bea439f5d7dc09e2089f8322a6b90"
FILES = (
    "sql/Groupe_23_Script_SQL.sql and sql/Group_23_Insertion.sql (the MySQL schema and "
    "hand-written sample rows of an internship-management project of two students of the IUT "
    "of Le Mans Université, April 2024, tables and columns in French: companies and their heads, "
    "internship masters, supervisors, teachers, students, internships with stipend and marks, "
    "benefits; all 8 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a students' project)"
ENGINE = "mysql"

SCHEMA = "sql/Groupe_23_Script_SQL.sql"
ROWS_FILE = "sql/Group_23_Insertion.sql"
TABLES = (
    "entreprise",
    "maitre_stage",
    "superviseur",
    "enseignant",
    "etudiant",
    "stage",
    "avantage",
    "encadrer",
)
#: table -> INSERT statements (one row each) in the rows file
ROWS = {t: 6 for t in TABLES}
DATES = 12

_CREATE_DATABASE = re.compile(r"^CREATE DATABASE IF NOT EXISTS Groupe_23;\n", re.M)
_USE = re.compile(r"^USE Groupe_23;\n", re.M)
_CREATE = re.compile(r"^CREATE TABLE (\w+)\(", re.M)
_INSERT = re.compile(r"^INSERT INTO (\w+) VALUES\b", re.M)
_DATE = re.compile(r"'(\d{2})/(\d{2})/(\d{4})'")


def without_database(text: str, path: str, create: bool) -> str:
    """``text`` without its own database lines (exactly one ``USE``, and one ``CREATE DATABASE``
    when ``create``)."""
    if len(_USE.findall(text)) != 1 or len(_CREATE_DATABASE.findall(text)) != int(create):
        raise SourceError(f"{path}: expected its own database lines for Groupe_23 only")
    return _USE.sub("", _CREATE_DATABASE.sub("", text))


def schema(read: Callable[[str], bytes]) -> str:
    """The eight ``CREATE TABLE`` statements, in lower case."""
    text = without_database(text_of(read(SCHEMA)), SCHEMA, create=True)
    found = tuple(t.lower() for t in _CREATE.findall(text))
    if found != TABLES or "'" in text or '"' in text:
        raise SourceError(f"{SCHEMA}: tables {list(found)}, expected {list(TABLES)}")
    return text.lower()


def rows(read: Callable[[str], bytes]) -> str:
    """The INSERT statements with lower-case table names and ISO dates."""
    text = without_database(text_of(read(ROWS_FILE)), ROWS_FILE, create=False)
    counts: dict[str, int] = {}
    for table in _INSERT.findall(text):
        counts[table.lower()] = counts.get(table.lower(), 0) + 1
    if counts != ROWS:
        raise SourceError(f"{ROWS_FILE}: INSERTs {counts}, expected {ROWS}")
    if "\\" in text or '"' in text:
        raise SourceError(f"{ROWS_FILE}: backslashes or double quotes, not expected")
    text, dates = _DATE.subn(lambda m: f"'{m.group(3)}-{m.group(2)}-{m.group(1)}'", text)
    if dates != DATES:
        raise SourceError(f"{ROWS_FILE}: {dates} DD/MM/YYYY dates, expected {DATES}")
    return _INSERT.sub(lambda m: f"INSERT INTO {m.group(1).lower()} VALUES", text)


def script(read: Callable[[str], bytes]) -> str:
    """The tables, then the sample rows, as one MariaDB script."""
    return schema(read) + "\n\n" + rows(read)
