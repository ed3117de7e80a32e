"""Held-out set weberp: webERP, a web-based accounting and business management system (sales
orders, invoices, customers and their branches, suppliers, purchasing, inventory, manufacturing,
fixed assets, petty cash, general ledger), with the demo company its repository ships.

``sql/mysql/country_sql/demo.sql`` is a MariaDB dump of the demo database: its 160 tables and all
their rows (customers with their branches, contacts and notes, suppliers and supplier contacts,
salespeople, system users, employees, sales and purchase orders, stock, GL transactions and the
menu, script and configuration tables the application needs). This repository
(``timschofield/webERP-Medical``) is a fork of webERP kept by its maintainer; the demo dump is
webERP's own.

Loaded into MariaDB as written, without the dump's first two lines (``CREATE DATABASE IF NOT
EXISTS weberpdemo;`` and ``USE weberpdemo;``), so that it fills the set's database.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "timschofield/webERP-Medical"
COMMIT = "cc8c63e3d766c11d254f3c88b5384619dc05097a"
FILES = "sql/mysql/country_sql/demo.sql (the demo company's MariaDB dump, all tables and rows)"
LICENCE = "GPL-2.0 (LICENSE of the repository)"
ENGINE = "mysql"

_HEAD = "CREATE DATABASE IF NOT EXISTS weberpdemo;\nUSE weberpdemo;\n"


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its ``CREATE DATABASE`` and ``USE`` lines."""
    text = text_of(read("sql/mysql/country_sql/demo.sql")).replace("\r\n", "\n")
    if not text.startswith(_HEAD):
        raise SourceError("demo.sql no longer starts by creating and using weberpdemo")
    rest = text[len(_HEAD) :]
    if "CREATE DATABASE" in rest.upper() or "\nUSE " in rest.upper():
        raise SourceError("demo.sql creates or switches to another database")
    return rest
