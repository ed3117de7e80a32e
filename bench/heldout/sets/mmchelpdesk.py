"""Held-out set mmchelpdesk: the database of a PHP help desk (a CodeIgniter application whose
tables follow the HESK help desk's: customers open tickets by e-mail or web form, staff reply,
add notes and attachments), with the Ion Auth tables of its staff logins.

``mmc.sql``, a phpMyAdmin dump, creates the eighteen tables and fills nine of them: tickets with the
customer's name, e-mail, IP address, subject, message and the help desk's custom fields; staff
replies, notes and attachments; categories, statuses, canned replies and ticket templates;
staff mail; who is online; e-mail pipe loops; users (staff logins with name, e-mail, phone, IP
address and password hash), their groups and login attempts.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased and without its last three statements, which restore the
client's character set and collation from ``@OLD_...`` variables that the dump (its header cut
short) never saved: MariaDB refuses to set them to ``NULL``.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, single_dump

REPO = "kkanyi/mmc"
COMMIT = "26b87588a7745c207fce5ffd4073d17f8a52cf64"
FILES = "mmc.sql (the application's database dump; all rows)"
LICENCE = "none stated for the dump (license.txt is the MIT licence of CodeIgniter, the framework)"
ENGINE = "mysql"

_RESTORE = (
    "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;\n"
    "/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;\n"
    "/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;\n"
)


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    text = single_dump(read, "mmc.sql")
    if "@OLD_CHARACTER_SET_CLIENT=" in text or text.count(_RESTORE) != 1:
        raise SourceError("mmc.sql no longer ends with the three unsaved restores alone")
    return lower_identifiers(text.replace(_RESTORE, ""))
