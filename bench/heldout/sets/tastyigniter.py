"""Held-out set tastyigniter: the test database of TastyIgniter, an open-source PHP restaurant
ordering and management web application (CodeIgniter, MySQL): restaurants' locations with their
tables and opening hours, a menu with options and specials, customers with their addresses,
online orders (delivery or collection) and table reservations, reviews, coupons, messages from
staff to customers and staff, the staff and their logins, and logs of activity and of visitors.

``tests/_data/dump.sql`` is the Sequel Pro dump (July 2015, database ``tastyigniter_2_0``) that
the project's Codeception acceptance tests load into MySQL before each run (its Db module's
``dump`` in ``tests/codeception.dist.yml``): 49 tables, all with the ``ti_`` prefix that the
installer asks for, holding the developers' test rows (test customers, orders, reservations,
reviews, messages, a thousand online-visitor rows with IP address and user agent).

Loaded into MariaDB as written, with the ``ti_`` prefix taken off every table name, and with the
sections (``# Dump of table ...``: its DROP, CREATE TABLE and rows) of the 18 tables that hold the
application's reference data and configuration left out (:data:`_LEFT_OUT`: countries,
currencies, languages, extensions, layouts and their modules and routes, mail templates, pages,
banners, permalinks, URI routes, permissions, settings, order and reservation statuses, security
questions and migrations): 31 tables are kept, those of locations, menus, customers, orders,
reservations, reviews, coupons, messages, staff and users, and the activity and visitor logs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, single_dump

REPO = "tastyigniter/TastyIgniter"
COMMIT = "339f5e3f9584c9696d5661fcfb3d6325caa6330c"
FILES = (
    "tests/_data/dump.sql (the database dump the Codeception acceptance tests load: 31 of its 49 "
    "tables, all their rows; the reference and configuration tables left out)"
)
LICENCE = "GPL-3.0 (LICENSE and README.md of the repository at the commit)"
ENGINE = "mysql"

_LEFT_OUT = frozenset(
    {
        "banners",
        "countries",
        "currencies",
        "extensions",
        "languages",
        "layout_modules",
        "layout_routes",
        "layouts",
        "mail_templates",
        "mail_templates_data",
        "migrations",
        "pages",
        "permalinks",
        "permissions",
        "security_questions",
        "settings",
        "statuses",
        "uri_routes",
    }
)
_SECTION = re.compile(r"^(?=# Dump of table )", re.M)
_TABLE = re.compile(r"# Dump of table ti_(\w+)\n")


def script(read: Callable[[str], bytes]) -> str:
    """The dump without the left-out tables' sections, its tables unprefixed."""
    text = single_dump(read, "tests/_data/dump.sql")
    head, *sections = _SECTION.split(text)
    kept, seen = [head], set()
    for section in sections:
        found = _TABLE.match(section)
        if not found:
            raise SourceError(f"dump.sql: unexpected section {section[:40]!r}")
        seen.add(found.group(1))
        if found.group(1) not in _LEFT_OUT:
            kept.append(section)
    if len(seen) != 49 or not _LEFT_OUT.issubset(seen):
        raise SourceError(f"dump.sql no longer has the 49 tables expected ({len(seen)})")
    return "".join(kept).replace("`ti_", "`")
