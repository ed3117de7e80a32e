"""Held-out set contosohr: the ContosoHR employees of Microsoft's Always Encrypted sample.

One table of 270 employees, each with an SSN-formatted number, first and last name and a
salary, as the sample creates it before its columns are encrypted, loaded into MariaDB: the
T-SQL ``CREATE TABLE [dbo].[Employees]`` translated by hand (``IDENTITY`` as
``AUTO_INCREMENT``, ``nvarchar`` as ``VARCHAR``, ``money`` as ``DECIMAL(19,4)``; table and
column names lower case), then the script's one-row ``INSERT`` statements (brackets around
names dropped), read by ``sqlsource`` and written again for MariaDB.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlitesource import literal
from sqlsource import Money, Number, SourceError, parse_inserts, text_of, tsql_batches

REPO = "microsoft/sql-server-samples"
COMMIT = "481085dc95720244a359f1311afd6003e0bcc09c"
_FILE = (
    "samples/features/security/always-encrypted-with-secure-enclaves/azure-sql-database-vbs/"
    "setup/PopulateDatabase.sql"
)
FILES = f"{_FILE} (DDL, translated; all rows)"
LICENCE = "MIT (license.txt of the repository)"
ENGINE = "mysql"

_DDL = """\
CREATE TABLE employees (
    employeeid INT AUTO_INCREMENT PRIMARY KEY,
    ssn CHAR(11) NOT NULL,
    firstname VARCHAR(50) NOT NULL,
    lastname VARCHAR(50) NOT NULL,
    salary DECIMAL(19,4) NOT NULL
) DEFAULT CHARSET=utf8mb4;"""
_COLUMNS = ("ssn", "firstname", "lastname", "salary")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the ContosoHR employees as one MariaDB script."""
    rows = []
    for batch in tsql_batches(text_of(read(_FILE))):
        if not batch.lstrip().upper().startswith("INSERT"):
            continue
        for ins in parse_inserts(re.sub(r"\[(\w+)\]", r"\1", batch)):  # [dbo].[Employees]
            if ins.table != "employees" or ins.columns != _COLUMNS:
                raise SourceError(f"an INSERT into {ins.table} {ins.columns}, not the employees")
            for row in ins.rows:
                values = [v.text if isinstance(v, Number | Money) else v for v in row]
                rows.append("(" + ", ".join(literal(v, ENGINE) for v in values) + ")")
    if not rows:
        raise SourceError("no employees in the script")
    insert = f"INSERT INTO employees ({', '.join(_COLUMNS)}) VALUES\n" + ",\n".join(rows) + ";"
    return "SET NAMES utf8mb4;\n" + _DDL + "\n" + insert + "\n"
