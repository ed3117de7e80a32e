"""Held-out set prisondb: PrisonDB, a prison management database (a university database
course project of 2021 with a small Java/JDBC client): convicts, their crimes and victims,
visitors and visits, past addresses, cells, guards, doctors, schedules and transfers.

``Database/createdb.sql`` of the repository ufukozkul/PrisonDB is one PostgreSQL script: the DDL
of 13 tables and a view, sample UPDATE, DELETE and ALTER statements inside block comments, and
the rows as single-row INSERTs: 10 convicts (name, incarceration and release time, whether they
have a child, sex, birth date, phone number, education degree, height and weight), 10 crimes
with a punishment duration, 11 convict-to-crime links, 12 victims (name and phone of the victim
of a convict's crime), 11 visitors (name, kinship degree, phone) and 10 visits, 10 past street
addresses of convicts with start and end dates, 10 building blocks, 10 cell places, 10 guards and
10 doctors (name, salary, phone, rank or expertise), 10 work schedules and 10 transfers of
convicts (place, times, vehicle, guard), and one more transfer inserted through the view
``transfers_2005``.

Loaded as the script is: its identifiers are unquoted, so PostgreSQL folds them to lower case
(``hasCrime`` becomes ``hascrime``, ``phoneNumber`` ``phonenumber``), and its nested block
comments are PostgreSQL's own syntax. The view is created and used as written.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "ufukozkul/PrisonDB"
COMMIT = "c29eb49fca016735f69782b3a7d109475ddeab69"
FILES = "Database/createdb.sql (the schema and sample rows of the database; all tables and rows)"
LICENCE = "MIT (LICENSE of the repository, Copyright (c) 2021 ufukozkul)"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """The repository's schema-and-rows script, unchanged."""
    return read("Database/createdb.sql").decode("utf-8")
