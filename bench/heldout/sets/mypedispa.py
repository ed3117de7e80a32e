"""Held-out set mypedispa: the database of a nail salon and spa's booking site ("My Pedi Nails
and Spa", Las Vegas), a PHP application whose tables follow a common PHP beauty-parlour
template, where customers book appointments for nail, lash and waxing services, subscribe to
text messages, and the salon's administrator manages the services, staff, gallery and pages.

``db.sql``, a phpMyAdmin dump of MariaDB 10.3 (March 2022, of the database
``westmin4_mypedispadb``), creates the ten tables and fills them with the site's rows:
appointments (customer's name, e-mail, phone, service, date and time, notes), customers (empty),
staff and their hours, the services and their prices, gallery images, social-media links, the
site's pages (about, contact with the salon's address), the number text messages are sent from,
text-message subscribers (name, phone) and the administrator's log-in.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``AptNumber`` becomes ``aptnumber``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "r0n1n777/goetu-mypedispa"
COMMIT = "282afb35a44c625b7eaf2f08d1313053c1520a67"
FILES = "db.sql (the application's database dump, March 2022; all tables and rows)"
LICENCE = "none stated (the repository has no licence file of its own)"
ENGINE = "mysql"

DUMP = "db.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
