"""Held-out set frontaccounting: the demo company of FrontAccounting (a web ERP for small
businesses: sales orders and invoices, purchasing, inventory, manufacturing, general ledger, CRM
contacts), "Training Co.".

The installer offers ``sql/en_US-demo.sql``, a MySQL dump of the demo company: customers
(``debtors_master``, with their address, tax id and credit limit) and their branches (delivery
address), CRM persons (names, phone numbers, e-mail, address, notes) and the contacts linking
them to customers and suppliers, a salesman, suppliers with their bank account and tax id, sales
orders with their delivery address, contact phone and e-mail, invoices, deliveries, payments,
purchase orders and goods received, the chart of accounts and its journal, items, prices,
locations, the administrator's user row (login, password hash, e-mail, preferences) and the audit
trail. All 80 tables and all their rows.

Loaded into MariaDB as the dump is (its DDL is MySQL's), with two changes: the company prefix
``0_`` is taken off the table names, and the file is read as UTF-8 without its ``SET NAMES
latin1`` (its only non-ASCII bytes, the euro and pound signs of ``currencies``, are UTF-8).
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "FrontAccountingERP/FA"
COMMIT = "9464a3ffef03c139d9396e697bce9a0a9f131a72"
FILES = "sql/en_US-demo.sql (the demo company's MySQL dump, all 80 tables and rows)"
LICENCE = "GPL-3.0"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with the ``0_`` table prefix taken off, as one MariaDB script."""
    text = read("sql/en_US-demo.sql").decode("utf-8")
    text = text.replace("SET NAMES latin1;", "")
    return text.replace("`0_", "`")
