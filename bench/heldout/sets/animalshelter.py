"""Held-out set animalshelter: the database of a group of animal shelters (animals up for
adoption, their adopters, volunteers, vets, inspectors and managers), a university database
course project (Oracle SQL, a Canadian setting with made-up people) published in December 2023
with a PHP web front end.

``DDL/InitializeTableStatements.sql`` drops and creates twenty-one tables and fills every one of
them with ``INSERT`` statements. Volunteers (name, the days they are available as a seven-letter
pattern, phone number as an integer) and the catalogue of availability patterns; inspectors
(name), vets (name, specialty, years of experience, location) and the link tables of vets and
volunteers (with the date they joined) to shelters; adopters (``adoptersinfo``: a national id,
name, phone number as an integer, e-mail, postal code, house number) and the adopters' locations
keyed by postal code (``adopterslocation``: city, street name, province); shelters (keyed by their
street address and name, with a capacity); shelter inspections (whether the standards were
met); managers (a plain-text password, the shelter managed, name, a performance indicator and
the date since when they manage) and the salary that goes with each indicator
(``managerperformance``); events hosted by shelters (name, description, cost, date); the
registered animals (name, adopted flag, description, age, weight, breed, shelter) and their
subtypes cats, dogs and birds; animals' health records (allergy, vet), vaccines (name, expiry
date, record), vaccinations given (animal, vaccine, date) and the adoptions (adopter, animal,
date).

Loaded into PostgreSQL: the twenty-one ``CREATE TABLE`` statements with Oracle's types renamed
(``NUMBER`` as ``NUMERIC``; ``INT`` and ``INTEGER``, which Oracle takes as ``NUMBER(38)``, as
``NUMERIC(38)``, so that ten-digit phone numbers fit as they did in Oracle), without the leading
comment (a trigger kept out of the script) and the ``DROP TABLE`` lines, and every ``INSERT`` as
written (``TO_DATE`` exists in PostgreSQL). Unquoted identifiers fold to lower case
(``AdoptersInfo``: ``adoptersinfo``, ``phoneNumber``: ``phonenumber``). The repository's other
files (``DDL/Triggers.sql``, the PHP pages, the PDFs) are not loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "celike1/Animal-Shelter-Management-Website"
COMMIT = "0cb97794d433808636bcd449b94dbfc397e763e7"
FILES = (
    "DDL/InitializeTableStatements.sql (the course project's Oracle script: the 21 tables, types "
    "renamed for PostgreSQL, and all rows; not DDL/Triggers.sql, the PHP pages or the PDFs)"
)
LICENCE = "none stated (the repository has no licence file; README.md describes the project)"
ENGINE = "postgresql"

_FILE = "DDL/InitializeTableStatements.sql"
_EXPECTED = {
    "availabledaysregularvolunteer": 6,
    "volunteer": 10,
    "inspector": 5,
    "vet": 5,
    "adopterslocation": 5,
    "adoptersinfo": 9,
    "shelter": 6,
    "vetworksatshelter": 5,
    "inspect": 6,
    "managerperformance": 5,
    "manager": 5,
    "volunteersatshelter": 10,
    "eventshosted": 5,
    "registeredanimal": 23,
    "cats": 13,
    "dogs": 5,
    "birds": 5,
    "healthrecord": 5,
    "vaccination": 5,
    "getvaccination": 42,
    "adopt": 9,
}


def script(read: Callable[[str], bytes]) -> str:
    """The twenty-one tables (Oracle types renamed) and all their rows for PostgreSQL."""
    text = text_of(read(_FILE)).lstrip("\ufeff").replace("\r\n", "\n")
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)  # the trigger left out, as a comment
    out: list[str] = []
    created, counts = [], dict.fromkeys(_EXPECTED, 0)
    for statement in (s.strip() for s in text.split(";")):
        if not statement:
            continue
        words = statement.split(None, 2)
        first = words[0].upper()
        if first == "DROP" and words[1].upper() == "TABLE":
            continue
        if first == "CREATE":
            name = re.match(r"CREATE\s+TABLE\s+(\w+)\s*\(", statement, re.I)
            if not name:
                raise SourceError(f"{_FILE}: unexpected statement {statement[:40]!r}")
            created.append(name.group(1).lower())
            statement = re.sub(r"\bNUMBER\b", "NUMERIC", statement, flags=re.I)
            statement = re.sub(r"\bINT(EGER)?\b", "NUMERIC(38)", statement, flags=re.I)
        elif first == "INSERT":
            table = re.match(r"INSERT\s+INTO\s+(\w+)\s*\(", statement, re.I)
            if not table or table.group(1).lower() not in counts:
                raise SourceError(f"{_FILE}: unexpected statement {statement[:40]!r}")
            counts[table.group(1).lower()] += 1
        else:
            raise SourceError(f"{_FILE}: unexpected statement {statement[:40]!r}")
        out.append(statement)
    if sorted(created) != sorted(_EXPECTED) or counts != _EXPECTED:
        raise SourceError(f"{_FILE}: tables {created} and rows {counts} are not the ones read")
    return ";\n".join(out) + ";\n"
