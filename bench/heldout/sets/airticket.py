"""Held-out set airticket: the database of an air ticket reservation system written as a
university database course project in 2022 (a Flask application, ``init1.py``, over MySQL),
where customers search flights, buy tickets with a card and rate the flights they took, and an
airline's staff add airplanes, airports and flights and look at reports.

``createTables.sql`` creates the ten tables and two views: customers (e-mail as the key, name,
an MD5 password hash, building number, street, city, state, phone, passport number, country and
expiry, birth date), airports, airlines, airplanes, flights, tickets (the buyer's e-mail, price,
card type, number, name on the card and expiry, purchase time), ratings of flights (level and a
comment), the airline's staff (user name, MD5 password hash, first and last name, birth date)
and their phone numbers and e-mail addresses. ``demoInserts.sql``, the rows of the project's
demonstration, fills them: one airline, eight airports, four customers, three airplanes, nine
flights, eighteen tickets (sold through UPDATE statements), five ratings and one staff member.

Loaded into MariaDB as written, the two files one after the other, after a session ``sql_mode``
without strict mode: the rows hold two malformed dates (a birth date and a purchase time) that a
strict server refuses and that load as zero dates, as MySQL stores them without strict mode;
likewise the customers' phone numbers, one character longer than their ``varchar(12)``, load
cut to twelve characters. ``testInserts.sql`` is left out: it is written for an older table
(its customers lack the passport number) and does not load.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import text_of

REPO = "SunJames568/Airline-Database-Project"
COMMIT = "06ffe43644d14a7af876eaa141cf3f8b27deb249"
FILES = (
    "createTables.sql and demoInserts.sql (the schema and the demonstration rows of the course "
    "project; all tables and rows)"
)
LICENCE = "none stated (the repository has no licence file and no README)"
ENGINE = "mysql"

SCHEMA = "createTables.sql"
ROWS = "demoInserts.sql"

# Not strict: the two malformed dates of the rows load as zero dates instead of failing.
SESSION = "SET SESSION sql_mode = 'NO_ENGINE_SUBSTITUTION';\n"


def script(read: Callable[[str], bytes]) -> str:
    """The schema and the demonstration rows as one MariaDB script."""
    return SESSION + text_of(read(SCHEMA)) + "\n" + text_of(read(ROWS))
