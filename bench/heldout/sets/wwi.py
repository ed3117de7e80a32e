"""Held-out set wwi: the customers of Microsoft's Wide World Importers sample database.

``Sales.Customers`` of WideWorldImporters-Standard as the SQL Server graph sample exported it
with ``bcp -w``: 663 customers, 402 of them shops of two toy-store chains (``Tailspin Toys
(Sylvanite, MT)``) and 261 of them people (a person's name as the customer name, a web address
ending in it), with phone and fax numbers, delivery and postal addresses, a delivery location
(a SQL Server geography value, as hexadecimal), credit limits and account facts, loaded into
PostgreSQL. The DDL is the sample's own ``CREATE TABLE Graph.Customers`` (``csv_as_node.sql``)
translated by hand (``nvarchar`` as ``varchar``, ``bit`` as ``boolean``, ``geography`` as
``bytea``, ``datetime2(7)`` as ``timestamp``, the seventh fraction digit dropped; ``AS NODE``
left out), table and column names lower case. The file is UTF-16 with tab-separated fields and
CRLF line ends; as bcp writes them, an empty field is NULL and a NUL character an empty string.

    >>> fields("1\\t\\t\\x00\\t9999-12-31 23:59:59.9999999")
    ['1', None, '', '9999-12-31 23:59:59.999999']
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, pg_insert, pg_literal

REPO = "microsoft/sql-server-samples"
COMMIT = "481085dc95720244a359f1311afd6003e0bcc09c"
_FILE = "samples/features/sql-graph/Graph.Customers.csv"
FILES = f"{_FILE} (all rows); samples/features/sql-graph/csv_as_node.sql (DDL, translated)"
LICENCE = "MIT (license.txt of the repository)"
ENGINE = "postgresql"

_COLUMNS = (
    "customerid integer PRIMARY KEY",
    "customername varchar(100) NOT NULL",
    "billtocustomerid integer NOT NULL",
    "customercategoryid integer NOT NULL",
    "buyinggroupid integer",
    "primarycontactpersonid integer NOT NULL",
    "alternatecontactpersonid integer",
    "deliverymethodid integer NOT NULL",
    "deliverycityid integer NOT NULL",
    "postalcityid integer NOT NULL",
    "creditlimit numeric(18,2)",
    "accountopeneddate date NOT NULL",
    "standarddiscountpercentage numeric(18,3) NOT NULL",
    "isstatementsent boolean NOT NULL",
    "isoncredithold boolean NOT NULL",
    "paymentdays integer NOT NULL",
    "phonenumber varchar(20) NOT NULL",
    "faxnumber varchar(20)",
    "deliveryrun varchar(5)",
    "runposition varchar(5)",
    "websiteurl varchar(256) NOT NULL",
    "deliveryaddressline1 varchar(60) NOT NULL",
    "deliveryaddressline2 varchar(60)",
    "deliverypostalcode varchar(10) NOT NULL",
    "deliverylocation bytea",
    "postaladdressline1 varchar(60) NOT NULL",
    "postaladdressline2 varchar(60)",
    "postalpostalcode varchar(10) NOT NULL",
    "lasteditedby integer NOT NULL",
    "validfrom timestamp NOT NULL",
    "validto timestamp NOT NULL",
)


def fields(line: str) -> list[str | None]:
    """One bcp line's fields: empty = NULL, NUL = empty string, 7 fraction digits cut to 6."""
    out: list[str | None] = []
    for field in line.split("\t"):
        if field == "":
            out.append(None)
        elif field == "\x00":
            out.append("")
        else:
            out.append(re.sub(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6})\d$", r"\1", field))
    return out


def _literal(value: str | None, definition: str) -> str:
    if value is not None and definition.split()[1] == "bytea":
        if not re.fullmatch(r"(?:[0-9A-F]{2})+", value):
            raise SourceError("a delivery location that is not hexadecimal")
        return f"'\\x{value}'::bytea"
    return pg_literal(value)


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the WideWorldImporters customers as one PostgreSQL script."""
    text = read(_FILE).decode("utf-16")
    rows = []
    for line in filter(None, text.split("\r\n")):
        values = fields(line)
        if len(values) != len(_COLUMNS):
            raise SourceError(f"a customer of {len(values)} fields, expected {len(_COLUMNS)}")
        rows.append([_literal(v, c) for v, c in zip(values, _COLUMNS, strict=True)])
    ddl = "CREATE TABLE customers (\n    " + ",\n    ".join(_COLUMNS) + "\n);"
    names = [c.split()[0] for c in _COLUMNS]
    return "\n".join([ddl, *pg_insert("customers", names, rows)]) + "\n"
