"""Held-out set clothesmarket: "Marketplace", a second-hand clothing marketplace, the semestral
work of one student of the BI-DBS (database systems) course at the Faculty of Information
Technology of the Czech Technical University in Prague (summer semester B242, 2025; a
PostgreSQL schema with create and insert scripts and an HTML report of the conceptual and
relational schema and the queries). Every table and column is named in Czech.

The platform lets its users sell and buy clothes (and other things) through classified ads.
Each user registers either as a seller or as a buyer: user accounts (``uzivatelsky_ucet``:
first name, surname, phone number, date of birth) and the two roles (``prodejce``,
``kupujici``: the account's key only); sellers' ads (``inzerat``: the seller, price, date
posted, title, an optional description) and the pieces of clothing among them
(``kus_obleceni``: category, type of clothing, size, condition from 1 to 10) with the category
and clothing-type catalogues (``kategorie``: men's, women's...; ``typ_obleceni``: trousers,
shirt, coat...); buyers' favourites with an optional note (``oblibene``); buyers' reservations
of ads (``rezervace``: from and to dates) and their states (``stav_rezervace``: a state of the
``stav`` catalogue, running, completed or cancelled, with a description); and paid promotions
of ads ("topování", ``topovani``: the seller who paid, the ad, from and to dates; a seller may
promote another seller's ad as a gift). The rows are the student's invented users (Czech first
names and surnames, phone numbers with and without a +420 prefix, birth dates), their ads with
Czech titles and descriptions, reservations, favourites and promotions.

Loaded into PostgreSQL as written: ``create.sql`` (it drops the 12 tables if they exist,
creates them with ``SERIAL`` keys, primary, unique, foreign keys and check constraints) and
then ``insert.sql`` (it defines and calls two PL/pgSQL functions that truncate every table of
the ``public`` schema and restart the sequences, then inserts the rows with multi-row INSERTs
and sets the sequences with ``SETVAL``). No translation is needed; the module only checks that
the DDL creates the expected 12 tables and holds no INSERT, that the row file inserts into the
expected tables in the expected order, and that neither file has a psql meta-command. The two
functions stay in the database (they are not tables).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "tichyy/bi-dbs-semestral-work"
COMMIT = "78a888b6da9af7427fd5f9257a8b6bfa80e6e133"
FILES = (
    'create.sql and insert.sql (the PostgreSQL schema and rows of "Marketplace", a Czech '
    "student's BI-DBS semestral work at FIT CTU in Prague, 2025: a second-hand clothing "
    "marketplace with user accounts (name, phone, birth date), seller and buyer roles, ads, "
    "pieces of clothing with category, type, size and condition, favourites with notes, "
    "reservations and their states, paid promotions of ads; all 12 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a student's course work)"
ENGINE = "postgresql"

_CREATE = "create.sql"
_INSERT = "insert.sql"
_TABLES = sorted(
    [
        "inzerat",
        "kategorie",
        "kupujici",
        "kus_obleceni",
        "oblibene",
        "prodejce",
        "rezervace",
        "stav",
        "stav_rezervace",
        "topovani",
        "typ_obleceni",
        "uzivatelsky_ucet",
    ]
)
#: the tables insert.sql fills, in its order
_FILLED = [
    "uzivatelsky_ucet",
    "prodejce",
    "kupujici",
    "kategorie",
    "typ_obleceni",
    "inzerat",
    "kus_obleceni",
    "oblibene",
    "rezervace",
    "stav",
    "stav_rezervace",
    "stav_rezervace",
    "topovani",
]


def script(read: Callable[[str], bytes]) -> str:
    """create.sql then insert.sql, as written, once checked."""
    create = text_of(read(_CREATE))
    insert = text_of(read(_INSERT))
    for name, text in ((_CREATE, create), (_INSERT, insert)):
        if re.search(r"(?m)^\s*\\", text):
            raise SourceError(f"{name}: a psql meta-command")
    created = re.findall(r"(?im)^\s*CREATE TABLE (\w+)\s*\(", create)
    if sorted(t.lower() for t in created) != _TABLES:
        raise SourceError(f"{_CREATE} changed: tables {created}")
    if re.search(r"(?i)\binsert\b", create):
        raise SourceError(f"{_CREATE}: rows in the DDL")
    filled = [t.lower() for t in re.findall(r"(?im)^\s*INSERT INTO (\w+)", insert)]
    if filled != _FILLED:
        raise SourceError(f"{_INSERT} changed: INSERTs into {filled}")
    if re.search(r"(?i)\b(create|alter|drop)\s+table\b", insert):
        raise SourceError(f"{_INSERT}: DDL among the rows")
    return create + "\n" + insert
