"""Held-out set tickitz: the database of a cinema ticket booking app's Node.js back end.

Tickitz is a movie reservation app (its uploads show a React Native client); this back end, an
Indonesian developer's project of January to April 2021 (Express 4 with the ``mysql``/``mysql2``
drivers, bcrypt and JSON Web Tokens, run under XAMPP), serves its film list, cinemas, show times,
seat booking, payment details and the signed-in user's profile. Its README says to import
``backend-tickitz.sql`` into a database ``backend-tickitz`` through phpMyAdmin.

``backend-tickitz.sql`` is that phpMyAdmin dump (MariaDB 10.4, 18 April 2021) of the developer's
installation with its rows: 16 tables, all filled. It holds users (e-mail, a bcrypt password
hash, full name, phone number, profile photo file name), a payment's contact details (payment
method, full name, e-mail, phone number, user), a user's ticket history (film name, date, show
time, image, the cinema's address), tickets (cinema, seat, show time, date), seats, show times
and the cinemas' show times, cinemas (name, logo URL, address, weekend and weekday prices),
cities and the cinemas per city, films (title, poster file, release and end dates, duration,
director, synopsis), genres and films' genres, casts (actors' names) and films' casts.

Loaded into MariaDB as written (the dump has no ``CREATE DATABASE`` or ``USE``), with every
backtick-quoted identifier lower-cased (``fullName`` becomes ``fullname``).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import lower_identifiers, single_dump

REPO = "budimanindra/backend-tickitz"
COMMIT = "2c664f725b08e1b49c79c61da8d3e3e99f96393e"
FILES = (
    "backend-tickitz.sql (the phpMyAdmin dump of the Express back end's MySQL database, "
    "April 2021; all 16 tables and rows)"
)
LICENCE = (
    "ISC as package.json's license field (npm's default); no licence file, the README gives none"
)
ENGINE = "mysql"

DUMP = "backend-tickitz.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The dump with its identifiers lower-cased, as one MariaDB script."""
    return lower_identifiers(single_dump(read, DUMP))
