"""Held-out set murdermystery: the database of the SQL Murder Mystery, NUKnightLab's teaching game.

The players of this game by Northwestern University's Knight Lab solve a murder in "SQL City" by
querying the city's records: 1,228 crime scene reports (date, one of nine crime types, a
description, a city; most descriptions are lines of literature or quotes, a few are the game's
clues, one names a witness and says where the two witnesses live); 10,007 driver's licences (a
six-digit number as the key, age, height in inches, eye and hair colour, gender, number plate,
car make and model); 10,011 residents (name, licence, house number and street, social security
number); 7,514 annual incomes keyed by social security number; 20,011 check-ins of residents at
events (event id and name, date); 4,991 interviews (the resident and a transcript: mostly lines
of Alice's Adventures in Wonderland, three of them witness and suspect statements); the 184
members of the Get Fit Now gym (a five-character membership code, resident, name, start date,
gold, silver or regular) and their 2,703 visits (date, check-in and check-out time); and an
empty ``solution`` table where a player enters the name of a suspect. The people are invented.

All nine tables of the game's SQLite file and all their rows, loaded into PostgreSQL under DDL
typed from the file's own declarations and checked against its values: ``integer`` as
``integer`` (the dates stay integers of the form ``YYYYMMDD``, as the game's queries compare
them, and the gym's check-in and check-out times integers from 1 to 1730), ``text`` as
``text``, the social security numbers' ``CHAR`` as ``char(9)`` (every value has nine digits);
``solution.user`` quoted (a reserved word in PostgreSQL). The four primary keys are kept; the
foreign keys are left out, as the file's rows do not keep them (2,497 residents have a social
security number with no row in ``income``, five a licence with no row in ``drivers_license``).
The trigger that checks a player's answer in ``solution`` is not carried over.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO = "NUKnightLab/sql-mysteries"
COMMIT = "52c8427da76c23242b2faaac5dcaa76a8a501d48"
_FILE = "sql-murder-mystery.db"
FILES = f"{_FILE} (the game's SQLite database; all tables and rows)"
LICENCE = 'MIT (LICENSE of the repository, "Copyright (c) 2018 NUKnightLab")'
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "crime_scene_report": (
        "crime_scene_report",
        ("date integer", "type text", "description text", "city text"),
        "",
    ),
    "drivers_license": (
        "drivers_license",
        (
            "id integer NOT NULL",
            "age integer",
            "height integer",
            "eye_color text",
            "hair_color text",
            "gender text",
            "plate_number text",
            "car_make text",
            "car_model text",
        ),
        "PRIMARY KEY (id)",
    ),
    "facebook_event_checkin": (
        "facebook_event_checkin",
        ("person_id integer", "event_id integer", "event_name text", "date integer"),
        "",
    ),
    "interview": (
        "interview",
        ("person_id integer", "transcript text"),
        "",
    ),
    "get_fit_now_member": (
        "get_fit_now_member",
        (
            "id text NOT NULL",
            "person_id integer",
            "name text",
            "membership_start_date integer",
            "membership_status text",
        ),
        "PRIMARY KEY (id)",
    ),
    "get_fit_now_check_in": (
        "get_fit_now_check_in",
        (
            "membership_id text",
            "check_in_date integer",
            "check_in_time integer",
            "check_out_time integer",
        ),
        "",
    ),
    "solution": (
        "solution",
        ('"user" integer', "value text"),
        "",
    ),
    "income": (
        "income",
        ("ssn char(9) NOT NULL", "annual_income integer"),
        "PRIMARY KEY (ssn)",
    ),
    "person": (
        "person",
        (
            "id integer NOT NULL",
            "name text",
            "license_id integer",
            "address_number integer",
            "address_street_name text",
            "ssn char(9)",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the SQL Murder Mystery as one PostgreSQL script."""
    return sqlitesource.script(read(_FILE), _TABLES, ENGINE)
