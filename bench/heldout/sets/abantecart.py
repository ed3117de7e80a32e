"""Held-out set abantecart: an AbanteCart store installed with its sample data (AbanteCart is a
PHP e-commerce platform: catalogue, cart, checkout, orders, customers, coupons, reviews,
downloads, banners, content pages, administrators and their messages).

The installer (``public_html/install/model/install.php``) runs ``abantecart_database.sql`` (the
schema, 136 tables, with languages, countries, zones, order statuses, settings and the
administrator groups), then, when sample data is asked for, ``abantecart_sample_data.sql``: a
catalogue (categories, manufacturers, products with options, discounts, specials, downloads and
images), coupons, banners, settings, customers (name, e-mail, phone, password hash, IP) with their
addresses, their orders (the customer's, payment and shipping name, address, phone, e-mail, IP and
user agent), order history and downloads, and reviews of products signed by customers.

Loaded into MariaDB as the installer does it: each file read line by line, the ``--`` and ``#``
comment lines dropped, a statement ending at a line that ends with ``;``, and the ``ac_`` table
prefix taken off (the installer puts the prefix the user chose). The administrator that the
installer's form creates is not added, and the settings it fills in from the form stay as the
scripts leave them.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "abantecart/abantecart-src"
COMMIT = "05a12d530ce6b0891b8352aedfd2a6aa4835d57a"
FILES = (
    "public_html/install/abantecart_database.sql, abantecart_sample_data.sql (the installer's "
    "schema, reference rows and sample data)"
)
LICENCE = "OSL-3.0"
ENGINE = "mysql"

_PATHS = ("abantecart_database.sql", "abantecart_sample_data.sql")


def script(read: Callable[[str], bytes]) -> str:
    """The installer's two scripts, statement by statement, as one MariaDB script."""
    statements = []
    for path in _PATHS:
        current: list[str] = []
        for line in read(f"public_html/install/{path}").decode("utf-8").splitlines():
            stripped = line.strip()
            if not stripped or stripped.startswith(("--", "#")):
                continue
            current.append(line)
            if line.rstrip().endswith(";"):
                statements.append("\n".join(current).replace("`ac_", "`"))
                current = []
    return "\n".join(statements)
