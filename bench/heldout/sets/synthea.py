"""Held-out set synthea: CSV output of Synthea, the synthetic patient generator, for 59 patients.

Sixteen of the CSV files (patients, the organisations, providers and payers that serve them, and
their encounters, conditions, observations, medications and other records), all their rows,
loaded into PostgreSQL with hand-written DDL: the CSV headers in lower case as column names,
``uuid`` for Synthea's ids, ``date`` and ``timestamptz`` for its dates, ``numeric`` for costs and
coordinates, ``text`` otherwise; an empty field is NULL. ``claims.csv`` (4,362 rows of billing
status columns) is left out and ``claims_transactions.csv`` is not in the stored mirror. The people
are synthetic: names carry Synthea's digit suffixes and SSNs start with 999.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

REPO = "andrew-nguyen/synthetic-data"
COMMIT = "ce75632aee965186bab326adc0056adf42eb8cb8"
FILES = (
    "csv/ patients, organizations, providers, payers, payer_transitions, encounters, conditions, "
    "allergies, careplans, observations, medications, procedures, immunizations, devices, "
    "imaging_studies, supplies (all rows; claims left out)"
)
LICENCE = "none stated in the repository (README: generated using Synthea, which is Apache-2.0)"
ENGINE = "postgresql"

# table -> columns in CSV order as "name type" (the CSV file is csv/<table>.csv)
_TABLES: dict[str, tuple[str, ...]] = {
    "patients": (
        "id uuid PRIMARY KEY",
        "birthdate date",
        "deathdate date",
        "ssn text",
        "drivers text",
        "passport text",
        "prefix text",
        "first text",
        "last text",
        "suffix text",
        "maiden text",
        "marital text",
        "race text",
        "ethnicity text",
        "gender text",
        "birthplace text",
        "address text",
        "city text",
        "state text",
        "county text",
        "zip text",
        "lat numeric",
        "lon numeric",
        "healthcare_expenses numeric",
        "healthcare_coverage numeric",
    ),
    "organizations": (
        "id uuid PRIMARY KEY",
        "name text",
        "address text",
        "city text",
        "state text",
        "zip text",
        "lat numeric",
        "lon numeric",
        "phone text",
        "revenue numeric",
        "utilization integer",
    ),
    "providers": (
        "id uuid PRIMARY KEY",
        "organization uuid",
        "name text",
        "gender text",
        "speciality text",
        "address text",
        "city text",
        "state text",
        "zip text",
        "lat numeric",
        "lon numeric",
        "utilization integer",
    ),
    "payers": (
        "id uuid PRIMARY KEY",
        "name text",
        "address text",
        "city text",
        "state_headquartered text",
        "zip text",
        "phone text",
        "amount_covered numeric",
        "amount_uncovered numeric",
        "revenue numeric",
        "covered_encounters integer",
        "uncovered_encounters integer",
        "covered_medications integer",
        "uncovered_medications integer",
        "covered_procedures integer",
        "uncovered_procedures integer",
        "covered_immunizations integer",
        "uncovered_immunizations integer",
        "unique_customers integer",
        "qols_avg numeric",
        "member_months integer",
    ),
    "payer_transitions": (
        "patient uuid",
        "memberid uuid",
        "start_year timestamptz",
        "end_year timestamptz",
        "payer uuid",
        "secondary_payer uuid",
        "ownership text",
        "ownername text",
    ),
    "encounters": (
        "id uuid PRIMARY KEY",
        "start timestamptz",
        "stop timestamptz",
        "patient uuid",
        "organization uuid",
        "provider uuid",
        "payer uuid",
        "encounterclass text",
        "code text",
        "description text",
        "base_encounter_cost numeric",
        "total_claim_cost numeric",
        "payer_coverage numeric",
        "reasoncode text",
        "reasondescription text",
    ),
    "conditions": (
        "start date",
        "stop date",
        "patient uuid",
        "encounter uuid",
        "code text",
        "description text",
    ),
    "allergies": (
        "start date",
        "stop date",
        "patient uuid",
        "encounter uuid",
        "code text",
        "system text",
        "description text",
        "type text",
        "category text",
        "reaction1 text",
        "description1 text",
        "severity1 text",
        "reaction2 text",
        "description2 text",
        "severity2 text",
    ),
    "careplans": (
        "id uuid PRIMARY KEY",
        "start date",
        "stop date",
        "patient uuid",
        "encounter uuid",
        "code text",
        "description text",
        "reasoncode text",
        "reasondescription text",
    ),
    "observations": (
        "date timestamptz",
        "patient uuid",
        "encounter uuid",
        "category text",
        "code text",
        "description text",
        "value text",
        "units text",
        "type text",
    ),
    "medications": (
        "start timestamptz",
        "stop timestamptz",
        "patient uuid",
        "payer uuid",
        "encounter uuid",
        "code text",
        "description text",
        "base_cost numeric",
        "payer_coverage numeric",
        "dispenses integer",
        "totalcost numeric",
        "reasoncode text",
        "reasondescription text",
    ),
    "procedures": (
        "start timestamptz",
        "stop timestamptz",
        "patient uuid",
        "encounter uuid",
        "code text",
        "description text",
        "base_cost numeric",
        "reasoncode text",
        "reasondescription text",
    ),
    "immunizations": (
        "date timestamptz",
        "patient uuid",
        "encounter uuid",
        "code text",
        "description text",
        "base_cost numeric",
    ),
    "devices": (
        "start timestamptz",
        "stop timestamptz",
        "patient uuid",
        "encounter uuid",
        "code text",
        "description text",
        "udi text",
    ),
    "imaging_studies": (
        "id uuid",
        "date timestamptz",
        "patient uuid",
        "encounter uuid",
        "series_uid text",
        "bodysite_code text",
        "bodysite_description text",
        "modality_code text",
        "modality_description text",
        "instance_uid text",
        "sop_code text",
        "sop_description text",
        "procedure_code text",
    ),
    "supplies": (
        "date date",
        "patient uuid",
        "encounter uuid",
        "code text",
        "description text",
        "quantity integer",
    ),
}


def _literal(value: str) -> str:
    """One CSV field as a PostgreSQL literal (empty field = NULL)."""
    if value == "":
        return "NULL"
    return "'" + value.replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the synthea set as one PostgreSQL script."""
    out: list[str] = []
    for table, columns in _TABLES.items():
        body = ",\n    ".join(columns)
        out.append(f"CREATE TABLE {table} (\n    {body}\n);")
        rows = list(csv.reader(io.StringIO(read(f"csv/{table}.csv").decode("utf-8-sig"))))
        header, data = [name.lower() for name in rows[0]], [row for row in rows[1:] if row]
        names = [column.split()[0] for column in columns]
        if header != names:
            raise ValueError(f"{table}.csv has columns {header}, expected {names}")
        values = ["(" + ", ".join(_literal(field) for field in row) + ")" for row in data]
        for start in range(0, len(values), 1000):
            chunk = ",\n".join(values[start : start + 1000])
            out.append(f"INSERT INTO {table} VALUES\n{chunk};")
    return "\n".join(out) + "\n"
