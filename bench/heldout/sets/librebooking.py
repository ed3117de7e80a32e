"""Held-out set librebooking: the sample installation of LibreBooking (formerly Booked
Scheduler, a web application for booking rooms and resources: reservations, participants and
invitees, accessories, quotas, credits and payments, announcements, blackouts, reminders).

LibreBooking's installer runs ``database_schema/create-schema.sql``, then each upgrade's
``schema.sql`` and ``data.sql`` from 2.1 to 2.9, then ``create-data.sql`` (the reference rows:
statuses, roles, the default schedule and its time blocks, written for the upgraded tables), and
offers ``sample-data-utf8.sql`` (two users
with names, e-mail addresses, user names, salted SHA-1 password hashes, time zone, language and
organisation; groups, two conference rooms, accessories, custom attributes). Loaded into MariaDB
in that order, as the files are (their DDL is MySQL's); the upgrades' ``clean.sql`` (a script
that drops obsolete tables after an upgrade, run by hand) is left out.
"""

from __future__ import annotations

from collections.abc import Callable

REPO = "LibreBooking/app"
COMMIT = "7a763d98e52942ea3df7983133342d76b2bebac0"
_UPGRADES = ("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9")
FILES = (
    "database_schema/create-schema.sql, upgrades/<2.1..2.9>/schema.sql and data.sql, "
    "create-data.sql, sample-data-utf8.sql (the installer's schema, reference rows and sample data)"
)
LICENCE = "GPL-3.0"
ENGINE = "mysql"
#: upgrade 2.9 changes the character set of two tables no script creates; the installer, which
#: runs the statements one by one, reports those errors and goes on: here they are left out
_NO_TABLE = (
    "ALTER TABLE `pending_reservations` DEFAULT CHARSET utf8mb4;",
    "ALTER TABLE `users_customers` DEFAULT CHARSET utf8mb4;",
)


def script(read: Callable[[str], bytes]) -> str:
    """The installer's scripts in the order it runs them, as one MariaDB script."""
    paths = ["database_schema/create-schema.sql"]
    for version in _UPGRADES:
        paths += [f"database_schema/upgrades/{version}/schema.sql"]
        paths += [f"database_schema/upgrades/{version}/data.sql"]
    paths += ["database_schema/create-data.sql", "database_schema/sample-data-utf8.sql"]
    text = "\n".join(read(path).decode("utf-8") for path in paths)
    for statement in _NO_TABLE:
        text = text.replace(statement, "")
    return text
