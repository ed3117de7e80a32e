"""Held-out set zencart: a Zen Cart store installed with its demo data (Zen Cart is a PHP
e-commerce platform: catalogue, cart, checkout, orders, customers, coupons, newsletters).

The installer (``zc_install/ajaxLoadMainSql.php``) runs ``sql/install/mysql_zencart.sql`` (111
tables, the administrator, configuration, banners, order statuses, tax classes), then
``sql/install/mysql_utf8.sql`` (countries, zones, languages and configuration texts for a UTF-8
store), then, when demo data is asked for, ``sql/demo/mysql_demo.sql``: a catalogue (categories,
manufacturers, products with attributes, downloads, specials, music products with artists and
record companies, EZ-pages) and a customer (name, gender, date of birth, e-mail, phone, password
hash) with an address-book entry and that customer's product reviews.

Loaded into MariaDB as the installer does it: each file read line by line, the ``#`` comment
lines (among them the installer's ``#PROGRESS_FEEDBACK`` marks) dropped, a statement ending at a
line that ends with ``;``; no table prefix (the installer's default). The administrator and store
settings that the installer's forms ask for are not filled in: the administrator keeps the
script's ``Admin`` row and the store name, owner and e-mail settings stay empty.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "zencart/zencart"
COMMIT = "0306c470b6e10cecc86489226951ff9534a6b773"
FILES = (
    "zc_install/sql/install/mysql_zencart.sql, sql/install/mysql_utf8.sql, "
    "sql/demo/mysql_demo.sql (the installer's schema, reference rows and demo data)"
)
LICENCE = "GPL-2.0"
ENGINE = "mysql"

_PATHS = ("install/mysql_zencart.sql", "install/mysql_utf8.sql", "demo/mysql_demo.sql")


def script(read: Callable[[str], bytes]) -> str:
    """The installer's three scripts, statement by statement, as one MariaDB script."""
    statements = []
    for path in _PATHS:
        current: list[str] = []
        for line in read(f"zc_install/sql/{path}").decode("utf-8").splitlines():
            if line.lstrip().startswith("#") or not line.strip():
                continue
            current.append(line)
            if line.rstrip().endswith(";"):
                statements.append("\n".join(current))
                current = []
    return "\n".join(statements)
