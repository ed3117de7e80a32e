"""Held-out set jpetstore: the database of MyBatis JPetStore 6, a Java web shop for pets (the
classic Java EE "Pet Store" demo rewritten on MyBatis, Spring and Stripes: customers sign on, keep
an account and a profile, browse categories, products and items, and place orders).

``src/main/resources/database/jpetstore-hsqldb-schema.sql`` creates the thirteen tables and
``jpetstore-hsqldb-dataload.sql`` fills them as the application does on start (its Spring context
runs both into an in-memory HSQLDB): two customers' sign-ons (user name and plain-text password),
accounts (e-mail, first and last name, status, two address lines, city, state, zip, country and
phone) and profiles (language preference, favourite category, list and banner options); two
suppliers with their business address and phone; categories, products and items with HTML
descriptions and prices; inventory, banners and the order number sequence. The order tables
(ship-to and bill-to names and addresses, credit card number, expiry date and card type, line
items, order status) are created empty.

Loaded into MariaDB as written: both scripts are plain SQL that MariaDB runs unchanged, with
lower-case identifiers already.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import text_of

REPO = "mybatis/jpetstore-6"
COMMIT = "bbcb423e3eba748843d61c70ac5d3c5e89ccfed6"
FILES = (
    "src/main/resources/database/jpetstore-hsqldb-schema.sql and "
    "jpetstore-hsqldb-dataload.sql (the application's schema and start-up rows; all of them)"
)
LICENCE = "Apache-2.0 (LICENSE of the repository and the files' headers)"
ENGINE = "mysql"

_FOLDER = "src/main/resources/database/"


def script(read: Callable[[str], bytes]) -> str:
    """The schema script, then the data script, as one MariaDB script."""
    return "\n".join(
        text_of(read(_FOLDER + name))
        for name in ("jpetstore-hsqldb-schema.sql", "jpetstore-hsqldb-dataload.sql")
    )
