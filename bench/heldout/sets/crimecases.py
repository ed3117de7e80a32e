"""Held-out set crimecases: the database of a police force's crime records (cases, events,
offenders, suspects, witnesses, victims and officers), a university database course project
(Oracle SQL; a United Kingdom setting with made-up people, some fictional towns) published in
February 2025 with an Oracle APEX application.

``Crime.sql`` drops and creates fifteen tables and fills every one of them with ``INSERT``
statements. Locations (city, region, postcode), people who reported a crime (first name and
surname, mobile, e-mail, address, date of birth), offenders (the same, plus a free-text criminal
history), police officers (names, job title, e-mail, phone, date of birth, payroll number, a
two-letter NI-number prefix, hire date, shift, cases solved, status), open and closed cases
(dates reported and closed, assigned team, evidence flag, notes, closure type, number of
arrests), crime records (``crime_info``: links a case to its officer, location and reporter),
crime events (description, type, date, time, related event, the offender), objects found at
events (type, material, description), suspects (contact data, date of birth, history, relation
to the victim, status, arrest date, whether they have a lawyer), witnesses (contact data, date of
birth, statement and its date, testimony type, where they were, relation to the case), victims
(contact data, date of birth, statement, testimony type, where they were, hospital status,
injury, report date, protection status, relation to the case) and three link tables of events
to suspects (request date, interrogation status), witnesses (request date, interview location,
answer to the subpoena) and victims (date victimised, compensation eligibility, assistance
given).

Loaded into PostgreSQL: the fifteen ``CREATE TABLE`` statements with Oracle's types renamed
(``VARCHAR2`` as ``VARCHAR``, ``NUMBER`` as ``NUMERIC``), without the ``DROP TABLE ... CASCADE
CONSTRAINTS`` lines, and every ``INSERT`` as written, dates in month/day/year as the script's
session took them (``SET datestyle``; ``TO_DATE`` exists in PostgreSQL). Mobile numbers are
numeric columns, so their leading zero is lost, as in Oracle. The repository's other files
(triggers, sequences, a UK cities list, the APEX application export) are not loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "hannahmanoj/Crime-Database-Management-Application"
COMMIT = "4b305c64953b463fb0925f6696646ca2dbec8a08"
FILES = (
    "Crime.sql (the project's Oracle script: the 15 tables, types renamed for PostgreSQL, and all "
    "rows; not the triggers, sequences, UKcities.sql or the APEX export crimeapplication.sql)"
)
LICENCE = "none stated (the repository has no licence file; README.md describes the scripts)"
ENGINE = "postgresql"

_FILE = "Crime.sql"
_EXPECTED = {
    "location": 8,
    "reporter": 7,
    "offender": 7,
    "police": 10,
    "open_crime": 5,
    "closed_crime": 5,
    "crime_info": 7,
    "crime_event": 15,
    "object": 8,
    "suspect": 5,
    "witness": 6,
    "victim": 5,
    "crime_event_suspect": 8,
    "crime_event_witness": 5,
    "crime_event_victim": 5,
}
_DROP = re.compile(r"^drop table \w+ cascade constraints;$", re.I)


def script(read: Callable[[str], bytes]) -> str:
    """The fifteen tables (Oracle types renamed) and all their rows for PostgreSQL."""
    text = text_of(read(_FILE)).lstrip("\ufeff").replace("\r\n", "\n")
    statements = [s.strip() for s in text.split(";\n") if s.strip()]
    out = ["SET datestyle = 'ISO, MDY'"]
    created, counts = [], dict.fromkeys(_EXPECTED, 0)
    for statement in statements:
        body = re.sub(r"^(--[^\n]*\n)+", "", statement).strip().rstrip(";")
        first = body.split(None, 1)[0].upper() if body else ""
        if first == "DROP" and _DROP.match(body + ";"):
            continue
        if first == "CREATE":
            name = re.match(r"CREATE TABLE (\w+)\s*\(", body)
            if not name:
                raise SourceError(f"{_FILE}: unexpected statement {body[:40]!r}")
            created.append(name.group(1).lower())
            body = re.sub(r"\bVARCHAR2\b", "VARCHAR", body)
            body = re.sub(r"\bNUMBER\b", "NUMERIC", body)
        elif first == "INSERT":
            table = re.match(r"INSERT INTO (\w+)\s*\(", body)
            if not table or table.group(1).lower() not in counts:
                raise SourceError(f"{_FILE}: unexpected statement {body[:40]!r}")
            counts[table.group(1).lower()] += 1
        else:
            raise SourceError(f"{_FILE}: unexpected statement {body[:40]!r}")
        out.append(body)
    if sorted(created) != sorted(_EXPECTED) or counts != _EXPECTED:
        raise SourceError(f"{_FILE}: tables {created} and rows {counts} are not the ones read")
    return ";\n".join(out) + ";\n"
