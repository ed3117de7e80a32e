"""Held-out set morgue: the database of Morgue_Management_System, a mortuary's records of the
bodies it receives and releases, the deceased's relatives, rooms and beds, and the bills and
invoices of its services (a PHP project generated with AppGini, from Kenya, 2022).

``INSTALL/mogue_db.sql``, a phpMyAdmin dump of MariaDB 10.4 (of the database ``mogue_db``, July
2022), creates 12 tables and fills 11 of them (not ``membership_userpermissions``): incoming
deceased (full name, gender, tag number, serial number, the relative and the relative's phone as
lookups into the relatives table, room, bed, state, date), outgoing deceased (every person column
a lookup into the incoming table by id, the date and the number of the car that took the body
out), relatives (full name, home address, home town, occupation and phone of a first and a
second relative), invoices (deceased, room, relative, services such as a post mortem, days,
totals), bills, rooms and beds, and AppGini's membership tables: users (user name, MD5 of the
password, e-mail, sign-up date, the custom fields full name, address, city and state, comments,
password reset key), groups, group and user permissions and the records' owners.

Loaded into MariaDB as written, except that every backtick-quoted identifier is lower-cased
(``passMD5``: ``passmd5``, ``memberID``: ``memberid``), as the labels name them; the dump names
no database of its own. The older dump beside it, ``INSTALL/mogue_db1.sql`` (May 2018), is not
used.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "OlalaTheExpert/Morgue_Management_System"
COMMIT = "856500e01bfca76995dbc01c11d0f26361945417"
FILES = "INSTALL/mogue_db.sql (the application's database dump, July 2022; all tables and rows)"
LICENCE = "none stated (no licence file of its own, only bundled libraries' ones)"
ENGINE = "mysql"

DUMP = "INSTALL/mogue_db.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
