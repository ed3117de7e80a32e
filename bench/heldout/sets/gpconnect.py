"""Held-out set gpconnect: the database of the GP Connect demonstrator (NHS Digital's reference
implementation of GP Connect, the API through which other NHS systems read a GP practice's
records and book its appointments; Java with MySQL).

``config/sql/create_tables.sql`` creates 31 tables: patients (NHS number, PAS number, title,
names, address lines, postcode, phone, date of birth, gender, marital status, registration
details, a sensitive flag, deceased date, GP and department), patient_telecoms, practitioners
(names, prefix, gender, SDS user id, role and languages), organizations and locations (GP
practices with their ODS codes and addresses), addresses, medical_departments, appointment
schedules, slots and appointments with their booking organisations, medications and the
medication statements and requests of patients with their notes, reasons and dosage, allergy
intolerances (allergen, reaction, severity, notes) and coding translations. The demonstrator
refreshes the database on every start with the other scripts of ``config/sql/``: demo patients,
practitioners, departments, organisations, locations, schedules and slots, medications, and the
allergies and medication records of twelve patients.

Loaded into MariaDB as the demonstrator runs them (``sql_script_run_order.info``): the tables,
then every ``populate_*.sql`` script in name order, then ``generate_uids.sql`` (random GUIDs for
the allergy and medication rows), and ``populate_patients_table.sql`` last; the scripts'
``USE gpconnect1`` lines and the database prefix of one ``UPDATE`` are dropped, the DDL
(which has no string literal) is lower-cased so that tables and columns have lower-case names,
and the missing ``;`` at the end of ``generate_uids.sql`` is added.
"""

from __future__ import annotations

import re
from collections.abc import Callable

REPO = "nhsconnect/gpconnect-demonstrator"
COMMIT = "8bf36cad8f2f1289d688631bec6f1d8b0fd18b8c"
FILES = "config/sql/create_tables.sql, generate_uids.sql and populate_*.sql (all rows)"
LICENCE = "Apache-2.0"
ENGINE = "mysql"

_POPULATE = (
    "populate_appointment_data",
    "populate_general_practitioners_table",
    "populate_medical_departments_table",
    "populate_medications_table",
    "populate_patient_10",
    "populate_patient_11",
    "populate_patient_12",
    "populate_patient_13",
    "populate_patient_15",
    "populate_patient_16",
    "populate_patient_17",
    "populate_patient_2",
    "populate_patient_3",
    "populate_patient_4",
    "populate_patient_5",
    "populate_patient_6",
    "populate_patient_7",
    "populate_patient_8",
    "populate_patient_9",
)
_ORDER = ("create_tables", *_POPULATE, "generate_uids", "populate_patients_table")


def script(read: Callable[[str], bytes]) -> str:
    """The demonstrator's scripts, in the order it runs them, as one MariaDB script."""
    parts = []
    for name in _ORDER:
        text = read(f"config/sql/{name}.sql").decode("utf-8")
        if name == "create_tables":
            text = text.lower()  # DDL only, no string literal: lower-case table and column names
        text = re.sub(r"(?im)^\s*USE\s+gpconnect1\s*;", "", text)
        text = text.replace("gpconnect1.", "").rstrip()
        parts.append(text if text.endswith(";") else text + ";")  # generate_uids has no last ;
    return "\n".join(parts)
