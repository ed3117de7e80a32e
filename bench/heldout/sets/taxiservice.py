"""Held-out set taxiservice: the PostgreSQL database of a taxi service, the third laboratory work
(LR_3) of one student of group K3241 in a Russian university's course on the design and
implementation of databases for second-year students of programme 09.03.03, 2024-2025; the
course repository collects the students' work through pull requests, this one in pull request 38.
The database has people (``person``: full name in Russian, address, phone,
passport) who are employees (drivers with a licence number and a geolocation, call-centre
administrators) or passengers (a discount, bank cards); cars and car models, which driver used
which car when, tariffs and their prices per kilometre, time-of-day and traffic cost adjustments,
taxi calls (driver, passenger, administrator, pick-up and drop-off places, times, distance,
payment method and amount, rating), work schedules, positions with a base salary, employees'
positions over time and payments to employees. The rows are the student's generated test data
(400 people).

``students/K3241/Klimenkov_Vladislav/LR_3/dump.sql`` is a plain pg_dump (PostgreSQL 17.4) of the
``public`` schema: tables, sequences, one ``COPY ... FROM stdin`` block per table, the sequences'
values, keys and foreign keys. Loaded into PostgreSQL as written except that its
``SET transaction_timeout`` (a PostgreSQL 17 setting) and its ``set_config('search_path', '',
false)`` go, and each COPY block becomes INSERTs (``\\N`` as NULL, COPY's backslash escapes
undone). All 18 tables and all rows are kept; the names are already lower case.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, copy_as_inserts, text_of

REPO = "marinagovorova/DATABASES_ICT_09.03.03_2024-2025"
COMMIT = "df16eac798547b50d967ab1d51e8744895c4ebf1"
FILES = (
    "students/K3241/Klimenkov_Vladislav/LR_3/dump.sql (a student's pg_dump of a taxi service's "
    "database, laboratory work 3 of a university database course, March 2025, in the course "
    "repository's pull request 38; all 18 tables and all rows)"
)
LICENCE = "MIT (LICENSE of the course repository)"
ENGINE = "postgresql"

PATH = "students/K3241/Klimenkov_Vladislav/LR_3/dump.sql"
TABLES = 18

_DROPPED = re.compile(
    r"^(?:SET transaction_timeout = 0;"
    r"|SELECT pg_catalog\.set_config\('search_path', '', false\);)$",
    re.M,
)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without the two settings, its COPY blocks as INSERTs, as one PostgreSQL script."""
    text, dropped = _DROPPED.subn("", text_of(read(PATH)))
    if dropped != 2:
        raise SourceError(f"expected the two settings to drop in {PATH}, found {dropped}")
    if "CREATE DATABASE" in text or "\\connect" in text:
        raise SourceError(f"{PATH} now creates or connects to its own database")

    text, copies = copy_as_inserts(text)
    if copies != TABLES:
        raise SourceError(f"expected {TABLES} COPY blocks in {PATH}, found {copies}")
    if re.search(r"^COPY ", text, re.M):
        raise SourceError(f"a COPY block of {PATH} was not read")
    return text
