"""Held-out set bikestores: the BikeStores sample database of sqlservertutorial.net (a chain of
three bicycle shops: customers with name, phone, e-mail and address, the shops' staff and their
managers, stores, orders and order lines, products, brands, categories and stock), as a students'
SQL project keeps it: the tables' DDL for MySQL and the rows as CSV files (the Kaggle export of
the sample).

``local-database-setup/BikeStores-create_objects.sql`` creates the nine tables in a schema
``bikestore``; ``BikeStores-load_data.sql`` loads ``data/<table>.csv`` into each with
``LOAD DATA LOCAL INFILE`` (comma-separated, one header row): 1445 customers, 10 staff, 3 stores,
1615 orders with 4722 lines, 321 products, 9 brands, 7 categories and 939 stock rows.

Loaded into PostgreSQL: the DDL as written without its schema (``bikestore.`` goes, and
``CREATE SCHEMA``) and with ``tinyint`` as ``smallint``; the rows of each CSV file as INSERTs,
an empty field or the text ``NULL`` as NULL (the CSV export writes a missing customer phone or
shipped date as ``NULL``; the top manager is listed as their own manager, where the sample has
NULL).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable

from sqlsource import SourceError, pg_insert, pg_literal, text_of

REPO = "Manju-crz/sql_mini_project"
COMMIT = "2e0bfb68894c44732bde2f7a4a00caeb7daeab60"
FILES = (
    "local-database-setup/BikeStores-create_objects.sql and data/*.csv (the BikeStores sample "
    "database; all rows)"
)
LICENCE = "none stated in the repository (sample database of sqlservertutorial.net, via Kaggle)"
ENGINE = "postgresql"

#: the tables in the order the load script fills them (parents first)
_TABLES = (
    "categories",
    "brands",
    "products",
    "customers",
    "stores",
    "staffs",
    "orders",
    "order_items",
    "stocks",
)
_SCHEMA = re.compile(r"^CREATE SCHEMA bikestore;$", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The DDL without its schema, then every CSV file's rows, as one PostgreSQL script."""
    ddl, found = _SCHEMA.subn(
        "", text_of(read("local-database-setup/BikeStores-create_objects.sql"))
    )
    if found != 1:
        raise SourceError("expected one CREATE SCHEMA bikestore")
    ddl = re.sub(r"\btinyint\b", "smallint", ddl.replace("bikestore.", ""))
    parts = [ddl.rstrip() + "\n"]
    for table in _TABLES:
        header, *rows = csv.reader(io.StringIO(text_of(read(f"data/{table}.csv"))))
        written = [
            [pg_literal(None if v in ("", "NULL") else v) for v in row] for row in rows if row
        ]
        if any(len(r) != len(header) for r in written):
            raise SourceError(f"data/{table}.csv: a row without {len(header)} fields")
        parts.extend(pg_insert(table, header, written))
    return "\n".join(parts)
