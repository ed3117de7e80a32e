"""Held-out set zenfleet: the development database of ZenFleet, a multi-tenant SaaS for managing
companies' vehicle fleets, written in Algeria (Laravel 12, Livewire, PostgreSQL 18 with PostGIS,
Docker; one account, djurdjure, 321 commits from June 2025 to March 2026, French commit messages,
README and comments, every table and column named in English, many status values in French). An
organization (a tenant: legal name, trade register, tax ids NIF, AI and NIS, address, wilaya and
commune, phone and e-mail, its manager's first and last name, national id number, address, date and
place of birth and phone, subscription, quotas and settings) has users (name, e-mail, bcrypt hash,
phone, birth date, employee id, job title, department, hire date, supervisor and manager, two-factor
flag, last login IP, time zone and language), drivers (employee number, first and last name, photo,
birth date, blood type, address, personal phone and e-mail, driving licence number, categories,
issuing authority and dates, recruitment and contract end dates, emergency contact's name, phone and
relationship, notes, status), vehicles (registration plate, VIN, brand, model, colour, type, fuel,
mileage, purchase price and value, depot, status), depots (address, coordinates, manager's name and
phone, capacity), assignments of a vehicle to a driver (dates, mileage, reason, notes), mileage
readings, drivers' sanctions (type, severity, reason, date, attachment, status) and their history,
status changes of vehicles and drivers, suppliers (garages, insurers, fuel stations: company name,
tax ids, contact person's first and last name, phone and e-mail, address, scores, bank details) and
the Spatie roles and permissions, subscription plans and Algeria's 58 wilayas.

``backup_pre_status_fix_20251114.sql`` is the developer's plain ``pg_dump`` (PostgreSQL 18.0) of the
local database, committed on 14 November 2025 before a fix of status handling: 103 tables (of them
26 monthly partitions of two audit-log tables), PostGIS with its Tiger geocoder and topology
schemas, enum types, 21 functions, 11 triggers, row-level security, six views and a materialized
view, and one ``COPY ... FROM stdin`` block per table, 29 of which hold rows. Loaded are those 29
tables, whose rows look like seed and test data (the developer's demo organizations,
users, drivers, vehicles and suppliers): each ``CREATE TABLE`` as written (names already lower case,
its check constraints and storage parameters kept), the seven enum types before them, the tables'
primary keys and comments after them, and the COPY blocks as INSERTs (``\\N`` as NULL, COPY's
backslash escapes undone). Everything else (the extensions, the empty tables, partitions, functions,
triggers, policies, views, indexes and foreign keys) is left out, as are the dump's ``\\restrict``
and ``\\unrestrict`` lines. 1,094 rows: 12 organizations, 10 users, 3 drivers, 58 vehicles, 6
depots, 4 assignments, 2 suppliers, 5 sanction history rows and one sanction, 58 wilayas and 10
communes, 163 permissions and 492 role grants, 115 migrations, 27 failed jobs and the status lists.
The module checks the table list, the COPY blocks of the loaded tables, and that nothing it copies
is a view, a psql meta-command or a database switch.

>>> dump = "CREATE TABLE public.a (\\n    x int\\n);\\n"
>>> dump += "CREATE TABLE public.b (\\n    y int\\n)\\nWITH (fillfactor='90');\\n"
>>> sorted(_blocks(dump, _CREATE))
['a', 'b']
>>> _blocks(dump, _CREATE)["b"].splitlines()[-1]
"WITH (fillfactor='90');"
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, copy_as_inserts, text_of

REPO = "djurdjure/zenfleet"
COMMIT = "1802b51ea682cb046b761eb22225cd8d007552b9"
FILES = (
    "backup_pre_status_fix_20251114.sql (the developer's pg_dump, PostgreSQL 18.0, 14 November "
    "2025, of the development database of ZenFleet, an Algerian multi-tenant fleet-management "
    "SaaS on Laravel: organizations with tax ids and legal representatives, users, drivers with "
    "birth dates, blood types, addresses, phones, driving licences and emergency contacts, "
    "vehicles, depots, vehicle assignments, mileage readings, driver sanctions, status "
    "histories, suppliers with contact persons and bank details, roles and permissions; the 29 "
    "tables that hold rows, with their enum types, primary keys and comments, and all their rows)"
)
LICENCE = "none stated (no licence file)"
ENGINE = "postgresql"

PATH = "backup_pre_status_fix_20251114.sql"
TABLES = sorted(
    [
        "algeria_communes",
        "algeria_wilayas",
        "assignments",
        "depot_assignment_history",
        "driver_sanction_histories",
        "driver_sanctions",
        "driver_statuses",
        "drivers",
        "failed_jobs",
        "fuel_types",
        "migrations",
        "mileage_histories",
        "model_has_roles",
        "organizations",
        "permissions",
        "role_has_permissions",
        "roles",
        "status_histories",
        "status_history",
        "status_transition_rules",
        "subscription_plans",
        "suppliers",
        "transmission_types",
        "users",
        "vehicle_depots",
        "vehicle_mileage_readings",
        "vehicle_statuses",
        "vehicle_types",
        "vehicles",
    ]
)
ALL_TABLES = 103

#: one ``CREATE TABLE`` statement, up to its closing parenthesis and storage or partition clause
_CREATE = re.compile(r"^CREATE TABLE public\.(\w+) \(\n.*?\n\)(?:\n[^;\n]*)?;$", re.M | re.S)
_ENUM = re.compile(r"^CREATE TYPE public\.(\w+) AS ENUM \(\n.*?\n\);$", re.M | re.S)
_PRIMARY = re.compile(
    r"^ALTER TABLE ONLY public\.(\w+)\n    ADD CONSTRAINT \w+ PRIMARY KEY \([^)]*\);$", re.M
)
_COMMENT = re.compile(
    r"^COMMENT ON (?:TABLE public\.(\w+)|COLUMN public\.(\w+)\.\w+) IS '(?:[^']|'')*';$", re.M
)
_COPY = re.compile(r"^COPY public\.(\w+) \([^)]*\) FROM stdin;\n.*?^\\\.$", re.M | re.S)


def _blocks(text: str, pattern: re.Pattern[str]) -> dict[str, str]:
    """The statements ``pattern`` finds in ``text``, by the table (or type) they name."""
    return {m.group(1): m.group(0) for m in pattern.finditer(text)}


def script(read: Callable[[str], bytes]) -> str:
    """The enum types, the 29 tables with rows (as dumped), their primary keys and comments, and
    their COPY blocks as INSERTs, as one PostgreSQL script."""
    text = text_of(read(PATH))
    creates = _blocks(text, _CREATE)
    if len(creates) != ALL_TABLES or not set(TABLES) <= set(creates):
        raise SourceError(f"{PATH}: expected {ALL_TABLES} tables including {' '.join(TABLES)}")
    copies = {m.group(1): m.group(0) for m in _COPY.finditer(text)}
    with_rows = sorted(t for t, block in copies.items() if block.count("\n") > 1)
    if with_rows != TABLES:
        raise SourceError(f"{PATH}: the tables with rows are now {' '.join(with_rows)}")
    enums = _blocks(text, _ENUM)
    if len(enums) != 7:
        raise SourceError(f"{PATH}: expected 7 enum types, found {len(enums)}")
    primaries = [m.group(0) for m in _PRIMARY.finditer(text) if m.group(1) in TABLES]
    notes = [m.group(0) for m in _COMMENT.finditer(text) if (m.group(1) or m.group(2)) in TABLES]
    body = "\n\n".join([*enums.values(), *(creates[t] for t in TABLES), *primaries, *notes])
    if re.search(r"\bVIEW\b|^\\|\\connect|CREATE DATABASE", body, re.M):
        raise SourceError(f"{PATH}: a view, meta-command or database switch would be copied")
    rows, read_blocks = copy_as_inserts("\n".join(copies[t] for t in TABLES) + "\n")
    if read_blocks != len(TABLES):
        raise SourceError(f"{PATH}: read {read_blocks} COPY blocks, expected {len(TABLES)}")
    return body + "\n\n" + rows
