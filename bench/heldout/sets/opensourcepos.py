"""Held-out set opensourcepos: the first database of Open Source Point of Sale (a PHP
point-of-sale web application: items and kits, inventory, customers, suppliers, employees, sales,
receivings, gift cards, giftcard and loyalty payments).

The application's first migration (``app/Database/Migrations/20170501000000_initial_schema.php``)
runs ``app/Database/Migrations/sqlscripts/initial_schema.sql``: the schema of release 3.0.2 (27
tables) with its configuration rows, modules and permissions, and the one person the installer
creates, the administrator (name, phone, e-mail, address) with the employee login ``admin`` and
its bcrypt hash, granted every permission. Later migrations (PHP and SQL, from 3.1.1 on) are not
run: the set is the database as that first migration leaves it.

Loaded into MariaDB as the migration runs it: the ``--`` comment lines dropped, a statement ending
at a line that ends with ``;``, and the ``ospos_`` table prefix (the application's default,
``database.prefix``) taken off.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "opensourcepos/opensourcepos"
COMMIT = "9ee530e454005ff4b6d712b896f40ec23cee9228"
FILES = (
    "app/Database/Migrations/sqlscripts/initial_schema.sql (the first migration: the 3.0.2 "
    "schema, configuration and the administrator)"
)
LICENCE = "MIT"
ENGINE = "mysql"


def script(read: Callable[[str], bytes]) -> str:
    """The first migration's script, statement by statement, as one MariaDB script."""
    path = "app/Database/Migrations/sqlscripts/initial_schema.sql"
    text = read(path).decode("utf-8").replace("`ospos_", "`")
    statements, current = [], []
    for line in text.splitlines():
        if line.lstrip().startswith("--") or not line.strip():
            continue
        current.append(line)
        if line.rstrip().endswith(";"):
            statements.append("\n".join(current))
            current = []
    return "\n".join(statements)
