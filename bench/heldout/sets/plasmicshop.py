"""Held-out set plasmicshop: the "wayne_dashboard" tutorial database of Plasmic (a visual web
builder; each tutorial or app-template project gets its own PostgreSQL database seeded with a
schema and rows): the back office of a small web shop, with users (user name, e-mail, password,
country, sign-up date, first and last name), orders with their payment and shipping state and
tracking numbers, order lines, products with brands, SKUs and image URLs, categories and an
inventory log.

``wayne_dashboard_ddl.sql`` (a pg_dump of the schema: an ``order_status`` enum, six tables,
their sequences, keys and foreign keys) and ``wayne_dashboard_data.sql`` (INSERT statements: 20
categories, 67 products, 1000 users, 767 orders with 12501 lines; the inventory log stays
empty) are what Plasmic's ``init.ts`` runs, one after the other, in a new database.

Loaded into PostgreSQL as the two files are, without their own ``begin;`` and ``commit;`` (the
loader runs the whole script in one transaction).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "plasmicapp/plasmic"
COMMIT = "eb7a827875239adef2932ecca74ccc48cb4d20ef"
FILES = (
    "platform/wab/src/wab/server/tutorialdb/wayne_dashboard/wayne_dashboard_ddl.sql and "
    "wayne_dashboard_data.sql (a tutorial database's schema and all its rows)"
)
LICENCE = "AGPL-3.0 (LICENSE.platform.md: the repository's platform/ folder)"
ENGINE = "postgresql"

_FOLDER = "platform/wab/src/wab/server/tutorialdb/wayne_dashboard"
_TRANSACTION = re.compile(r"^(?:begin|commit);\s*$", re.M | re.I)


def script(read: Callable[[str], bytes]) -> str:
    """The schema and the rows, without their transaction statements, as one script."""
    parts = []
    for name in ("wayne_dashboard_ddl", "wayne_dashboard_data"):
        text, found = _TRANSACTION.subn("", text_of(read(f"{_FOLDER}/{name}.sql")))
        if found != 2:
            raise SourceError(f"{name}.sql: expected one begin; and one commit;, found {found}")
        parts.append(text)
    return "\n".join(parts)
