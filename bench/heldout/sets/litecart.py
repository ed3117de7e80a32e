"""Held-out set litecart: a LiteCart store installed with its demo data (LiteCart is a PHP
e-commerce platform: catalogue, cart, checkout, orders, customers, newsletter).

The installer (``public_html/install/install.php``) runs ``structure.sql`` (53 tables), then
``data.sql`` (countries, currencies, languages, order and delivery statuses, settings, slides),
then, when demo data is asked for, ``data/demo/data.sql``: a catalogue (categories, manufacturers,
products with options, prices, campaigns and images), pages, a customer (name, company, e-mail,
tax id, address, phone), an order of that customer (the customer's and shipping address, phone,
e-mail, tax id, payment transaction id, client IP) with its items, totals and comments.

Loaded into MariaDB as the installer does it: each file split at its ``-- -----`` lines, the
``-- `` comment lines dropped, the ``lc_`` table prefix taken off (the installer puts the prefix
the user chose), ``{DB_DATABASE_CHARSET}``/``{DB_DATABASE_COLLATION}`` as ``utf8mb4`` /
``utf8mb4_unicode_ci``, and the store's settings that the installer asks for as fixed values
(:data:`_STORE`). The administrator the installer creates from the form (``lc_users``) is not
added: that table stays empty, as do the other tables the files give no rows.
"""

from __future__ import annotations

import re
from collections.abc import Callable

REPO = "litecart/litecart"
COMMIT = "10a9989782160f3da2ae560d3cd957a52f589040"
FILES = (
    "public_html/install/structure.sql, data.sql, data/demo/data.sql (the installer's schema, "
    "reference rows and demo data)"
)
LICENCE = "CC-BY-ND-4.0"
ENGINE = "mysql"

_STORE = {
    "{DB_DATABASE_CHARSET}": "utf8mb4",
    "{DB_DATABASE_COLLATION}": "utf8mb4_unicode_ci",
    "{STORE_NAME}": "Demo Store",
    "{STORE_EMAIL}": "store@example.com",
    "{STORE_TIME_ZONE}": "Europe/London",
    "{STORE_COUNTRY_CODE}": "US",
}
_SPLIT = re.compile(r"^-- -----+\s*$", re.M)
_COMMENT = re.compile(r"^-- .*?(\r\n|\r|\n)+", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The installer's three scripts, statement by statement, as one MariaDB script."""
    statements = []
    for path in ("structure.sql", "data.sql", "data/demo/data.sql"):
        text = read(f"public_html/install/{path}").decode("utf-8").replace("`lc_", "`")
        for placeholder, value in _STORE.items():
            text = text.replace(placeholder, value)
        for query in _SPLIT.split(text):
            query = _COMMENT.sub("", query).strip().rstrip(";")
            if query:
                statements.append(query + ";")
    return "\n".join(statements)
