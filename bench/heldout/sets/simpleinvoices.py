"""Held-out set simpleinvoices: Simple Invoices with its sample data (Simple Invoices is a PHP
invoicing application: billers, customers, products with attributes, invoices, quotes and
estimates with their items and taxes, payments, recurring invoices, users).

``databases/mysql/Full_Simple_Invoices.sql`` is the complete database the project ships: the
schema (30 tables) with its reference rows (currencies, invoice types, payment types,
preferences, taxes, system defaults, SQL patch history) and sample data: billers (a business or a
person: name, address, phones, e-mail), customers (the person to the attention of, company,
address, phones, e-mail, notes), products, invoices with their items and the demo user (e-mail,
bcrypt hash).

Loaded into MariaDB as the file is: a statement ending at a line that ends with ``;``, and the
``si_`` table prefix (the application's default) taken off. One change: the file lists SQL patch
294 twice in ``sql_patchmanager`` (two patches given the same id), which stops MariaDB, so that
table's rows go in with ``INSERT IGNORE`` and the second of the two is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "simpleinvoices/simpleinvoices"
COMMIT = "6ba6bc2b12b8588658be3891b7b88b2ee7f5f7d7"
FILES = "databases/mysql/Full_Simple_Invoices.sql (the complete database with sample data)"
LICENCE = "GPL-3.0"
ENGINE = "mysql"

_PATCHES = "INSERT INTO `sql_patchmanager`"


def script(read: Callable[[str], bytes]) -> str:
    """The file, statement by statement, as one MariaDB script."""
    text = read("databases/mysql/Full_Simple_Invoices.sql").decode("utf-8")
    statements, current = [], []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(("--", "#")):
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            statement = "\n".join(current).replace("`si_", "`")
            statements.append(statement.replace(_PATCHES, "INSERT IGNORE INTO `sql_patchmanager`"))
            current = []
    return "\n".join(statements)
