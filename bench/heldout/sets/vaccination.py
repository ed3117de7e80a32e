"""Held-out set vaccination: a Polish vaccination-booking system's sample database.

"Vaccination System" (repository Team_J of the io2-2022-JKL organisation) is a web application
written in March to June 2022 by a students' team ("Zespół J") for a software-engineering course
in Poland: an ASP.NET Core back end (Entity Framework Core on SQL Server, an IdentityServer for
log-ins, certificates stored as PDF files in Azure Blob Storage) behind a React front end, with
which patients book a dose of a vaccine (against COVID-19 and other viruses) in a time slot of a
doctor at a vaccination centre, doctors confirm the vaccination and its batch number, and
administrators manage centres, their opening hours, vaccines, doctors and patients. Patients log
in with their PESEL (the Polish national identification number); a doctor is a patient account
working at a centre.

The back end keeps its sample rows in ``Backend/VaccinationSystem/VaccinationSystem/Seeds/``: one
T-SQL script per table (``create_Admin.sql`` to ``create_Certificate.sql``) and ``initialize.sql``,
which (its README says) fills all tables in the right order and is the script the Docker image
of the database runs: one administrator, 5 vaccines, 6 centres, 9 patients, 10 vaccines offered
at centres, 6 doctors, 42 opening hours, 50 time slots, 20 appointments and 4 certificates (with
the URL of the certificate's PDF).

Translation: the DDL is written here by hand from the Entity Framework model at COMMIT
(``Migrations/VaccinationSystemDbContextModelSnapshot.cs``: the two migrations'
result, with ``Appointment.CertifyState``), names in lower case: ``uniqueidentifier`` as
``uuid``, ``varchar(n)`` kept, ``nvarchar(max)`` as ``text``, ``datetime2`` as ``timestamp``,
``time`` as ``time``, ``bit`` as ``boolean`` (the rows' 0 and 1 as false and true), ``int``
kept; primary keys and the model's foreign keys kept. The rows are ``initialize.sql``'s ten
INSERT statements, read with sqlsource after the T-SQL brackets around names are taken away;
fractions of seconds are cut from seven digits to PostgreSQL's six. The IdentityServer's own
tables (ASP.NET Identity users, grants, keys), which have no sample rows, are not loaded.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    Number,
    SourceError,
    Tables,
    Value,
    create_tables,
    parse_inserts,
    pg_literal,
    rows_by_table,
    table_inserts,
    text_of,
)

REPO = "io2-2022-JKL/Team_J"
COMMIT = "92fa2e66cd5704ab680f7ba27310017f52b11d92"
FILES = (
    "Backend/VaccinationSystem/VaccinationSystem/Seeds/initialize.sql (the T-SQL script that"
    " fills the sample database of the team's ASP.NET Core vaccination-booking back end:"
    " administrator, vaccines, vaccination centres, patients, doctors, opening hours, time"
    " slots, appointments, certificates), under DDL written from the Entity Framework model"
    " (Backend/VaccinationSystem/VaccinationSystem/Migrations/"
    "VaccinationSystemDbContextModelSnapshot.cs)"
)
LICENCE = "none stated (no licence file; the README describes the data formats only)"
ENGINE = "postgresql"

_SEED = "Backend/VaccinationSystem/VaccinationSystem/Seeds/initialize.sql"

_TABLES: Tables = {
    "admin": [
        "id uuid PRIMARY KEY",
        "pesel varchar(11) NOT NULL",
        "firstname varchar(50) NOT NULL",
        "lastname varchar(50) NOT NULL",
        "dateofbirth timestamp NOT NULL",
        "mail varchar(100) NOT NULL",
        "password text NOT NULL",
        "phonenumber varchar(15) NOT NULL",
    ],
    "vaccine": [
        "id uuid PRIMARY KEY",
        "company varchar(50) NOT NULL",
        "name varchar(50) NOT NULL",
        "numberofdoses int NOT NULL",
        "mindaysbetweendoses int NOT NULL",
        "maxdaysbetweendoses int NOT NULL",
        "virus int NOT NULL",
        "minpatientage int NOT NULL",
        "maxpatientage int NOT NULL",
        "active boolean NOT NULL",
    ],
    "vaccinationcenter": [
        "id uuid PRIMARY KEY",
        "name varchar(100) NOT NULL",
        "city varchar(40) NOT NULL",
        "address varchar(100) NOT NULL",
        "active boolean NOT NULL",
    ],
    "patient": [
        "id uuid PRIMARY KEY",
        "pesel varchar(11) NOT NULL",
        "firstname varchar(50) NOT NULL",
        "lastname varchar(50) NOT NULL",
        "dateofbirth timestamp NOT NULL",
        "mail varchar(100) NOT NULL",
        "password text NOT NULL",
        "phonenumber varchar(15) NOT NULL",
        "active boolean NOT NULL",
    ],
    "vaccineeinvaccinationcenter": [
        "id uuid PRIMARY KEY",
        "vaccinationcenterid uuid NOT NULL REFERENCES vaccinationcenter (id)",
        "vaccineid uuid NOT NULL REFERENCES vaccine (id)",
    ],
    "doctor": [
        "id uuid PRIMARY KEY",
        "vaccinationcenterid uuid NOT NULL REFERENCES vaccinationcenter (id)",
        "patientid uuid NOT NULL REFERENCES patient (id)",
        "active boolean NOT NULL",
    ],
    "openinghours": [
        "id uuid PRIMARY KEY",
        '"from" time NOT NULL',
        '"to" time NOT NULL',
        "weekday int NOT NULL",
        "vaccinationcenterid uuid NOT NULL REFERENCES vaccinationcenter (id)",
    ],
    "timeslot": [
        "id uuid PRIMARY KEY",
        '"from" timestamp NOT NULL',
        '"to" timestamp NOT NULL',
        "doctorid uuid REFERENCES doctor (id)",
        "isfree boolean NOT NULL",
        "active boolean NOT NULL",
    ],
    "appointment": [
        "id uuid PRIMARY KEY",
        "whichdose int NOT NULL",
        "timeslotid uuid REFERENCES timeslot (id)",
        "patientid uuid NOT NULL REFERENCES patient (id)",
        "vaccineid uuid NOT NULL REFERENCES vaccine (id)",
        "state int NOT NULL",
        "vaccinebatchnumber varchar(100)",
        "certifystate int NOT NULL",
    ],
    "certificate": [
        "id uuid PRIMARY KEY",
        "url varchar(250) NOT NULL",
        "patientid uuid NOT NULL REFERENCES patient (id)",
        "vaccineid uuid NOT NULL REFERENCES vaccine (id)",
    ],
}

_BOOLEAN = {
    ("vaccine", "active"),
    ("vaccinationcenter", "active"),
    ("patient", "active"),
    ("doctor", "active"),
    ("timeslot", "isfree"),
    ("timeslot", "active"),
}
_CLOCK = {
    ("admin", "dateofbirth"),
    ("patient", "dateofbirth"),
    ("openinghours", '"from"'),
    ("openinghours", '"to"'),
    ("timeslot", '"from"'),
    ("timeslot", '"to"'),
}

_QUOTED = {"from": '"from"', "to": '"to"'}
_STRING = re.compile(r"([Nn]?'(?:[^']|'')*')")
_FRACTION = re.compile(r"(\d{2}:\d{2}:\d{2}\.\d{6})\d+")


def _unbracket(text: str) -> str:
    """The script with ``[name]`` written ``name`` outside string literals."""
    parts = _STRING.split(text)
    return "".join(
        part if i % 2 else re.sub(r"\[(\w+)\]", r"\1", part) for i, part in enumerate(parts)
    )


def _body(text: str) -> str:
    """The INSERT statements of the script, its transaction lines taken away."""
    lines = text.splitlines()
    kept = [line for line in lines if line.strip().lower() not in ("begin transaction", "commit")]
    if len(lines) - len(kept) != 2:
        raise SourceError("initialize.sql no longer is one transaction of INSERT statements")
    return "\n".join(kept)


def _literal(table: str, column: str, value: Value) -> str:
    if (table, column) in _BOOLEAN:
        if not isinstance(value, Number) or value.text not in ("0", "1"):
            raise SourceError(f"{table}.{column}: not a bit value")
        return "true" if value.text == "1" else "false"
    if (table, column) in _CLOCK and isinstance(value, str):
        return pg_literal(_FRACTION.sub(r"\1", value))
    return pg_literal(value)


def script(read: Callable[[str], bytes]) -> str:
    text = _body(_unbracket(text_of(read(_SEED))))
    inserts = parse_inserts(text)
    if [i.table for i in inserts] != list(_TABLES):
        raise SourceError("initialize.sql no longer fills the ten tables in the model's order")
    rows = rows_by_table(inserts, _TABLES)
    for table in ("openinghours", "timeslot"):  # reserved words, quoted in the DDL
        rows[table] = [{_QUOTED.get(c, c): v for c, v in row.items()} for row in rows[table]]
    ddl = create_tables(_TABLES)
    return ddl + "\n" + "\n".join(table_inserts(_TABLES, rows, _literal)) + "\n"
