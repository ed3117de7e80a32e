"""Held-out set insurancebroker: the database of an insurance company's agency (property and car
insurance), written as the final project of an SQL course (Coderhouse, Argentina; comments in
Spanish, data made up in a United States setting) in September 2023.

``Proyecto Final - Insurance Larghi.sql`` creates the database ``insurance`` and its fifteen
tables, fills twelve of them, then defines views, functions, stored procedures and two triggers
with one test UPDATE each. Customers (first and last name, gender, an SSN-formatted number, date
of birth) and employees (first and last name, position such as Agent, Adjuster or Auditor, a user
name and a plain-text password) share a phone directory and an e-mail table (each row pointing at
one customer or one employee, with a primary flag). Customers' properties (market value, type,
improvements, free-text details, whether it is the primary residence) and vehicles (make, model,
year, plate, colour, doors, mileage, customisation, observations), street addresses of properties
and of employees (street, number, city, state, zip code), driving licences of customers (issue
and expiry dates, active flag), the catalogue of coverages, invoices, policies, incident reports
of adjusters (type, time, location as a street crossing or address, record, damage estimate, who
was at fault), a draft-policy table and two log tables (old passwords of employees with their
user name, price changes of coverages), which only the procedures and triggers fill.

Loaded into MariaDB: the DDL and the rows as written, without the ``CREATE DATABASE`` and ``USE``
lines and with the ``insurance.`` qualifier dropped from table names, then the script's two test
UPDATEs (a new password for one employee, a new price for one coverage) without the triggers that
would log them, so ``password_log``, ``price_log`` and ``temp_policy`` stay empty. The views,
functions and procedures are left out (views are not labelled, and no procedure is called).
The invoices' creation and due dates are not in the rows: they take their defaults (the time of
loading, and thirty days later), as they did when the script ran.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import text_of

REPO = "juanlarghi/Insurance-DB-SQL"
COMMIT = "d611ab288219cf3f74ed6886a19ba9bac1f3ccbf"
FILES = (
    "Proyecto Final - Insurance Larghi.sql (an SQL course's final project: an insurance "
    "company's database; the tables, all rows and the two test UPDATEs of its trigger section; "
    "not the views, functions, procedures and triggers)"
)
LICENCE = "none stated (the repository has no licence file and no README)"
ENGINE = "mysql"

SOURCE = "Proyecto Final - Insurance Larghi.sql"
# Where the tables and rows end: the views section.
VIEWS = "-- CREACION DE VISTAS"
# The test statements of the trigger section, run without the triggers.
UPDATES = re.compile(r"^UPDATE insurance\.\w+ SET .*;$", re.MULTILINE)


def script(read: Callable[[str], bytes]) -> str:
    """The tables, the rows and the two test UPDATEs as one MariaDB script."""
    text = text_of(read(SOURCE))
    tables, _, rest = text.partition(VIEWS)
    if not rest:
        raise ValueError(f"{SOURCE}: no {VIEWS!r} line")
    updates = UPDATES.findall(rest)
    if len(updates) != 2:
        raise ValueError(f"{SOURCE}: {len(updates)} test UPDATEs, expected 2")
    body = tables + "\n".join(updates) + "\n"
    body = re.sub(r"^(CREATE DATABASE|USE) insurance;$", "", body, flags=re.MULTILINE)
    return re.sub(r"\b(INTO|EXISTS|UPDATE) insurance\.", r"\1 ", body)
