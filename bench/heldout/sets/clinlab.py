"""Held-out set clinlab: the database of a clinical laboratory (a medical testing laboratory that
receives doctors' test orders for patients, collects samples, reports results and bills them), a
student's assignment, apparently in a databases course (the author's other repository of class
activities, "actividad-clase3-basesdedatos", holds an earlier dump of it). The repository
DavidRoyero05/BASE-DE-DATOS-CLINICAL-LABORATORY ("base de datos", database; three commits by its
one author on 16 October 2025, at UTC-5, no README) holds the same database exported from four
engines: a PostgreSQL dump, a MySQL dump, an Oracle Data Pump export and a SQL Server backup; its
functions, procedures and trigger messages are written in Spanish
(``fn_relacion_por_paciente_postgres``, "es inmutable: DELETE prohibido"), while every table and
column is named in English. The laboratory keeps patients (first and last name, an identity
document number, birth date, sex as M, F or Other, a one-line postal address, phone, e-mail),
the referring doctors (first and last name, medical specialty, phone, e-mail), insurers (company
name, phone, e-mail) and each patient's insurance policy (policy number, status, start and end
dates), lab orders (patient, doctor, date, priority, status, notes) and the tests each order
asks for, a catalogue of tests (name, description, sample type, turnaround time, cost), panels
of tests, the parameters each test measures (unit, reference values, data type), samples
(type, collection time, status, notes), results (value of a parameter for a sample, date, the
validating doctor) and payments (amount, date, method, status). Six audit tables, filled only
by triggers on the main tables, keep each change as the row before and after in ``jsonb``.
The rows are generated test data, 100 in each main table (patients on a reserved example
domain, doctors on a generic clinic domain, phone numbers in one invented +1 format), plus the
audit rows of a few test updates that renamed three doctors and two patients (4 doctor, 3
patient and 1 payment audit rows; the order, sample and result audit tables are empty).

``clinical_laboratory_postgres_2025-10-16.sql`` is a plain pg_dump (PostgreSQL 16.10) of the
``public`` schema: 14 enum types, 41 plpgsql functions (the audit triggers, guards that refuse
direct writes to the audit tables, five report queries) and 5 procedures, the 19 tables with
identity columns (``GENERATED ALWAYS``), one ``COPY ... FROM stdin`` block per table, the
sequences' values, primary and unique keys, 36 triggers (created after the data, so the dumped
rows load as they are) and foreign keys. Loaded into PostgreSQL as written except that the
dump's ``\\restrict`` and ``\\unrestrict`` psql meta-commands (pg_dump 16.10's) and its
``set_config('search_path', '', false)`` go, and each COPY block becomes INSERTs (``\\N`` as
NULL, COPY's backslash escapes undone) with ``OVERRIDING SYSTEM VALUE``, which keeps the dumped
identity values as COPY does. All 19 tables and all 1,308 rows are loaded; the names are already
lower case. The module checks the table list, the 19 COPY blocks (16 with rows), that no view
or other meta-command is left and that the dump neither creates nor connects to a database.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, copy_as_inserts, text_of

REPO = "DavidRoyero05/BASE-DE-DATOS-CLINICAL-LABORATORY"
COMMIT = "9c38224f56b2fd47f998a24c84b12c67f0c84f94"
FILES = (
    "clinical_laboratory_postgres_2025-10-16.sql (a student's pg_dump, 16 October 2025, of a "
    "clinical laboratory's database, apparently a databases course assignment: patients with "
    "identity document numbers, referring doctors, insurers and patients' policies, lab orders, "
    "tests, panels, parameters, samples, results, payments, and jsonb audit tables filled by "
    "triggers; all 19 tables and all rows)"
)
LICENCE = "none stated (no licence file; a database course assignment)"
ENGINE = "postgresql"

PATH = "clinical_laboratory_postgres_2025-10-16.sql"
TABLES = sorted(
    [
        "doctors",
        "doctors_audit",
        "insurers",
        "insurers_patients",
        "lab_orders",
        "lab_orders_audit",
        "lab_orders_tests",
        "panels",
        "panels_tests",
        "parameters",
        "patients",
        "patients_audit",
        "payments",
        "payments_audit",
        "results",
        "results_audit",
        "samples",
        "samples_audit",
        "tests",
    ]
)

FILLED = 16  # three audit tables are empty

_DROPPED = re.compile(
    r"^(?:\\(?:un)?restrict \w+|SELECT pg_catalog\.set_config\('search_path', '', false\);)$",
    re.M,
)
_CREATED = re.compile(r"^CREATE TABLE public\.(\w+) \(", re.M)
_INSERT = re.compile(r"^(INSERT INTO public\.\w+ \([^)]*\)) VALUES$", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its psql meta-commands and its empty search path, its COPY blocks as
    INSERTs that keep the identity columns' values, as one PostgreSQL script."""
    text, dropped = _DROPPED.subn("", text_of(read(PATH)))
    if dropped != 3:
        raise SourceError(f"expected two meta-commands and one setting in {PATH}, found {dropped}")
    if "CREATE DATABASE" in text or "\\connect" in text:
        raise SourceError(f"{PATH} now creates or connects to its own database")
    if sorted(_CREATED.findall(text)) != TABLES:
        raise SourceError(f"{PATH}: expected the tables {' '.join(TABLES)}")
    if re.search(r"CREATE (?:OR REPLACE )?(?:MATERIALIZED )?VIEW", text):
        raise SourceError(f"{PATH} now holds a view")

    text, copies = copy_as_inserts(text)
    if copies != len(TABLES):
        raise SourceError(f"expected {len(TABLES)} COPY blocks in {PATH}, found {copies}")
    if re.search(r"^COPY ", text, re.M):
        raise SourceError(f"a COPY block of {PATH} was not read")
    if re.search(r"^\\", text, re.M):
        raise SourceError(f"{PATH} now holds another psql meta-command")
    text, inserts = _INSERT.subn(r"\1 OVERRIDING SYSTEM VALUE VALUES", text)
    if inserts != FILLED:
        raise SourceError(f"expected {FILLED} tables with rows in {PATH}, found {inserts}")
    return text
