"""Held-out set wastemgmt: the PostgreSQL database of Waste-Management-System, a web application
(Next.js front end with Prisma on PostgreSQL, and a Flask and SQLite back end) written from
November 2020 by a student of the University of Alberta (Yuan Wang, MIT
licence) as a refactoring of the course's mini project 1 (CMPUT 291), for a waste-collection
company: its personnel (name, e-mail, address, supervisor), of whom some are account managers
(title, office location) and some drivers (certification, the truck a driver owns), with
supervisors and dispatchers among the rest; the customer accounts an account manager looks
after (customer name, contact information, customer type, contract dates, total amount); the
service agreements of an account (location, waste type, pick-up schedule, local contact, cost
and price); the trucks and their maintenance records, the containers and the waste types they
take, and the service fulfilments in which a driver with a truck drops off and picks up
containers; and the application's logins (``User``: role, login, password), which are empty.

The repository keeps the schema and rows as two Prisma migrations,
``waste-front/prisma/migrations/20201209123630_001_init/migration.sql`` (12 ``CREATE TABLE``s
and 11 foreign keys) and ``20201209123630_002_add_data/migration.sql`` (477 single-row
``INSERT INTO "Table" VALUES (...)`` with comments between them). All 12 tables and all rows are
loaded.

Translation, in this module: Prisma's quoted Pascal-case table names become unquoted lower-case
names (``"Personnel"`` is ``personnel``, ``"AccountManager"`` is ``accountmanager``), as
PostgreSQL folds them, except ``"User"``, which stays quoted as ``"user"`` (a reserved word);
the column names, already lower case, keep their quotes. The DDL then runs as written (``TEXT``
columns, ``DECIMAL(65,30)``, composite primary keys, the foreign keys). The rows are parsed
with ``sqlsource.parse_insert`` (strings, numbers and NULL only; the count of each table
checked) and written again as multi-row INSERTs with the same values, before the foreign keys
are added; the rows satisfy them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, parse_insert, pg_insert, pg_literal, text_of

REPO = "konantian/Waste-Management-System"
COMMIT = "0218d4eb00faab74006d0d20f501cd110457b136"
ROOT = "waste-front/prisma/migrations"
INIT = f"{ROOT}/20201209123630_001_init/migration.sql"
DATA = f"{ROOT}/20201209123630_002_add_data/migration.sql"
FILES = (
    f"{INIT} and {DATA} (the Prisma migrations, schema and rows, of the PostgreSQL database of "
    "Waste-Management-System, a Next.js and Flask web application of a University of Alberta "
    "student for a waste-collection company: personnel with account managers, drivers, "
    "supervisors and dispatchers, customer accounts, service agreements, trucks, containers, "
    "service fulfilments; all 12 tables and all rows)"
)
LICENCE = "MIT (LICENSE of the repository, Copyright (c) 2020 Yuan Wang)"
ENGINE = "postgresql"

#: the source's table names and the rows each has
ROWS = {
    "Personnel": 67,
    "User": 0,
    "Truck": 42,
    "MaintenanceRecord": 61,
    "Container": 42,
    "WasteType": 7,
    "ContainerWasteType": 34,
    "AccountManager": 20,
    "Driver": 32,
    "Account": 22,
    "ServiceAgreement": 85,
    "ServiceFulfillment": 65,
}
FOREIGN_KEYS = 11


def name(table: str) -> str:
    """The loaded name of a source table."""
    return '"user"' if table == "User" else table.lower()


def unquoted(text: str) -> str:
    """``text`` with every quoted source table name replaced; the quoted column names, already
    lower case, stay; any other quoted name fails."""
    out = re.sub(r'"(\w+)"', lambda m: name(m.group(1)) if m.group(1) in ROWS else m.group(0), text)
    left = {q for q in re.findall(r'"([^"]*)"', out) if not re.fullmatch(r"[a-z_]+", q)}
    if left:
        raise SourceError(f"unexpected quoted names: {sorted(left)[:5]}")
    return out


def script(read: Callable[[str], bytes]) -> str:
    """DDL without foreign keys, rows, then the foreign keys, as one PostgreSQL script."""
    ddl = text_of(read(INIT))
    creates = re.findall(r'^CREATE TABLE "(\w+)"', ddl, re.M)
    if creates != list(ROWS):
        raise SourceError(f"{INIT}: expected the tables {', '.join(ROWS)}, found {creates}")
    tables_part, sep, keys_part = ddl.partition("-- AddForeignKey")
    keys = re.findall(r"^ALTER TABLE [^\n]*;$", sep + keys_part, re.M)
    if len(keys) != FOREIGN_KEYS or "CREATE" in keys_part:
        raise SourceError(f"{INIT}: expected {FOREIGN_KEYS} foreign keys after the tables")

    rows: dict[str, list[list[str]]] = {t: [] for t in ROWS}
    for line in text_of(read(DATA)).splitlines():
        line = line.strip()
        if not line or line.startswith("--"):
            continue
        m = re.match(r'INSERT INTO "(\w+)"\s*VALUES\s*\(', line)
        if m is None or m.group(1) not in ROWS:
            raise SourceError(f"{DATA}: unexpected line {line[:40]!r}")
        ins = parse_insert(line.replace(f'"{m.group(1)}"', "t", 1))
        rows[m.group(1)] += [[pg_literal(v) for v in row] for row in ins.rows]
    counts = {t: len(r) for t, r in rows.items()}
    if counts != ROWS:
        raise SourceError(f"{DATA}: rows per table {counts}, expected {ROWS}")

    parts = [unquoted(tables_part)]
    for table, table_rows in rows.items():
        if table_rows:
            columns = re.findall(
                r'^\s+"(\w+)" ', ddl.split(f'CREATE TABLE "{table}" (', 1)[1].split(");")[0], re.M
            )
            if any(len(r) != len(columns) for r in table_rows):
                raise SourceError(f"{DATA}: a row of {table} without {len(columns)} values")
            parts += pg_insert(name(table), columns, table_rows)
    parts.append(unquoted("\n".join(keys)))
    return "\n".join(parts) + "\n"
