"""Held-out set futon: Microsoft's Futon Manufacturing sample database (SQL Server samples).

A futon maker's items and bills of materials, warehouses (addresses), suppliers and business
customers (company names with a contact person's name, e-mail, phone and the company's address,
credit limits), sales channels, territories, sales representatives (names, e-mail addresses,
phones, hire dates), stores with their managers' names, sales orders, quotes, returns with who
approved them, price lists, promotions, production and inventory records with who created,
completed or inspected them: the 32 tables of the schema script and the sales enhancements
(seven of them empty), with the rows of both sample-data scripts, loaded into MariaDB. The T-SQL
is translated mechanically and fails on anything it does not expect: ``GO``, ``USE`` and
``PRINT`` dropped, index creation dropped, ``IDENTITY(1,1)`` as ``AUTO_INCREMENT``,
``NVARCHAR(MAX)`` as ``LONGTEXT``, ``NVARCHAR`` as ``VARCHAR``, ``BIT`` as ``BOOLEAN``,
``DATETIME2`` as ``DATETIME(6)``, ``GETDATE()`` defaults as the current time or date, computed
columns as ``PERSISTENT`` generated ``DECIMAL(18,4)`` columns, ``ISNULL`` as ``IFNULL``, and
``DECLARE @v INT = (...)`` as ``SET @v = (...)``; table and column names kept as written
(PascalCase).

    >>> translate("DECLARE @Main INT = (SELECT WarehouseID FROM Warehouse)")
    'SET @Main = (SELECT WarehouseID FROM Warehouse)'
    >>> translate("CREATE TABLE T (ID INT IDENTITY(1,1) PRIMARY KEY, N NVARCHAR(MAX), B BIT)")
    'CREATE TABLE T (ID INT AUTO_INCREMENT PRIMARY KEY, N LONGTEXT, B BOOLEAN)'
    >>> translate("ALTER TABLE T ADD Net AS (Total - Discount) PERSISTED")
    'ALTER TABLE T ADD Net DECIMAL(18,4) AS (Total - Discount) PERSISTENT'
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, first_word, oracle_statements, text_of, tsql_batches

REPO = "microsoft/sql-server-samples"
COMMIT = "481085dc95720244a359f1311afd6003e0bcc09c"
_DIR = "samples/databases/futon-manufacturing"
FILES = (
    f"{_DIR}/01-schema.sql, 05-sales-schema-enhancements.sql (DDL, translated), "
    "02-sample-data.sql, 06-sales-sample-data.sql (all rows)"
)
LICENCE = "MIT (license.txt of the repository)"
ENGINE = "mysql"
_SCRIPTS = (
    "01-schema.sql",
    "05-sales-schema-enhancements.sql",
    "02-sample-data.sql",
    "06-sales-sample-data.sql",
)

_REWRITES: tuple[tuple[str, str], ...] = (
    (r"\bINT IDENTITY\(1,\s*1\)", "INT AUTO_INCREMENT"),
    (r"\bNVARCHAR\(MAX\)", "LONGTEXT"),
    (r"\bNVARCHAR\(", "VARCHAR("),
    (r"\bBIT\b", "BOOLEAN"),
    (r"\bDATETIME2\b", "DATETIME(6)"),
    (r"DEFAULT CAST\(GETDATE\(\) AS DATE\)", "DEFAULT (CURRENT_DATE)"),
    (r"DEFAULT GETDATE\(\)", "DEFAULT CURRENT_TIMESTAMP(6)"),
    (r"(\w+) AS (\(.*?\)) PERSISTED", r"\1 DECIMAL(18,4) AS \2 PERSISTENT"),
    (r"\bISNULL\(", "IFNULL("),
    (r"^DECLARE (@\w+) INT = ", r"SET \1 = "),
    (r"^(@\w+) INT = ", r"SET \1 = "),  # the statement splitter drops a leading DECLARE
)
_KEEP = ("create", "alter", "insert", "update", "set")


def translate(statement: str) -> str:
    """One T-SQL statement of the futon scripts as MariaDB."""
    out = statement
    for pattern, repl in _REWRITES:
        out = re.sub(pattern, repl, out, flags=re.MULTILINE)
    if re.search(r"GETDATE|NVARCHAR|IDENTITY|PERSISTED\b|\bGO\b|\[", out):
        raise SourceError(f"T-SQL left after translating: {out[:80]!r}")
    return out


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the futon database as one MariaDB script."""
    out = ["SET NAMES utf8mb4;"]
    for name in _SCRIPTS:
        text = "\n".join(tsql_batches(text_of(read(f"{_DIR}/{name}"))))
        for statement in oracle_statements(text):
            word = first_word(statement)
            if word in ("use", "print") or re.match(r"CREATE\s+(NONCLUSTERED\s+)?INDEX", statement):
                continue
            if re.match(r"(IF EXISTS|DROP DATABASE|END\s+CREATE DATABASE)", statement):
                continue
            if word not in _KEEP and not statement.startswith("@"):
                raise SourceError(f"{name}: an unexpected statement {statement[:60]!r}")
            out.append(translate(statement) + ";")
    return "\n".join(out) + "\n"
