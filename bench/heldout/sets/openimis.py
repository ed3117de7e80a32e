"""Held-out set openimis: the demo database of openIMIS, an open-source management information
system for social health insurance schemes (enrolment of families and insurees by enrolment
officers, policies and premium payments, insurance products with their covered services and
medical items, health facilities and their price lists, claims submitted by facilities and their
review, users with their roles and districts).

``database scripts/00_dump.sql`` is the PostgreSQL schema of openIMIS 1.4.2 (tables, views,
functions, a few stored procedures migrated from SQL Server, with mixed-case quoted names such
as ``"tblInsuree"``); ``database scripts/demo_db.sql`` fills it with the demo data that the
project's Docker image loads (``concatenate_files.sh`` and the Dockerfile's demo stage run the
two in this order): locations (regions, districts, wards, villages), families with their head of
family, insurees (insurance number, names, birth date, gender, marital status, phone, e-mail,
identification number, current address and village, profession, education, vulnerability,
photo), photos of insurees (file names, officer, date), enrolment officers (code, names, birth
date, phone, e-mail, address, substitute), policies of families, insurees' policies, premiums
(payer, amount, receipt, payment date), payers, products, services, items, price lists, health
facilities (code, name, address, phone, fax, e-mail, accounts), claim administrators (code,
names, birth date, phone, e-mail), claims (claim code, dates, diagnoses as ICD codes,
explanations and adjustments) with their services and items, ICD codes, users (login name,
names, phone, e-mail, password hash and salt, language), their roles and districts, login
records, extracts and batch runs, and a feedback prompt.

Loaded into PostgreSQL as written (the schema, then the demo rows), after which every base
table of schema ``public`` and every column of those tables is renamed to lower case (a DO
block at the end of the script: ``"tblInsuree"."LastName"`` becomes ``tblinsuree.lastname``), as
the labels name them; views follow the renamed columns, the functions are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "openimis/database_postgresql"
COMMIT = "cf4dbeb96b3cd641b8ff7c963e0675eb00fe9ad8"
FILES = (
    "database scripts/00_dump.sql and database scripts/demo_db.sql"
    " (the schema and the demo database's rows; all tables and rows)"
)
LICENCE = "AGPL-3.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_SCHEMA = "database scripts/00_dump.sql"
_DEMO = "database scripts/demo_db.sql"

_LOWER = """
DO $lower$
DECLARE
    t record;
    c record;
BEGIN
    FOR t IN SELECT table_name FROM information_schema.tables
             WHERE table_schema = 'public' AND table_type = 'BASE TABLE' LOOP
        FOR c IN SELECT column_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = t.table_name
                   AND column_name <> lower(column_name) LOOP
            EXECUTE format('ALTER TABLE public.%I RENAME COLUMN %I TO %I',
                           t.table_name, c.column_name, lower(c.column_name));
        END LOOP;
        IF t.table_name <> lower(t.table_name) THEN
            EXECUTE format('ALTER TABLE public.%I RENAME TO %I', t.table_name, lower(t.table_name));
        END IF;
    END LOOP;
END
$lower$;
"""


def script(read: Callable[[str], bytes]) -> str:
    """The schema, the demo rows and the renaming to lower case, as one PostgreSQL script."""
    schema = text_of(read(_SCHEMA))
    demo = text_of(read(_DEMO))
    if '"tblInsuree"' not in schema or 'INSERT INTO "tblInsuree"' not in demo:
        raise SourceError("openIMIS scripts no longer define and fill tblInsuree")
    if re.search(r"^\s*(CREATE DATABASE|\\c)", schema + demo, re.M | re.I):
        raise SourceError("openIMIS scripts now create their own database")
    return "\n".join((schema, demo, _LOWER))
