"""Held-out set theatre: the database of a community theatre company, from theatre-db-demo, the
final project of a university Advanced Databases course (Mount Royal University, COMP 4225,
April 2025): a Flask page over a MySQL database of plays, productions, the company's members and
their dues, sponsors, patrons, seats, tickets, meetings and the theatre's financial transactions.

``theatre.sql`` creates the 15 tables and, around them, the triggers, stored procedures,
functions and views of the application; ``import_data_local.sql`` (generated sample data:
names, e-mails, phones and addresses made up by a fake-data generator) fills every table.
Loaded into MariaDB: the 15 ``CREATE TABLE`` statements of ``theatre.sql`` as written, with
their comments dropped and their unquoted identifiers lower-cased (``NumberOfActs``:
``numberofacts``; string literals kept), and every ``INSERT`` of ``import_data_local.sql`` with
its backtick-quoted identifiers lower-cased, between ``SET FOREIGN_KEY_CHECKS = 0`` and ``1`` as
the data file inserts the tables in alphabetical order. The triggers (which add financial
transactions for each ticket, dues payment and sponsorship), procedures, functions and views
are not loaded, so the rows are exactly those of the data file.

The tables: plays (title, author, genre, number of acts, cost), productions (date, total cost)
and the plays of each production; members of the company (name, e-mail, phone, address, role
such as director, actor or crew), their parts in productions (role) and the meetings they
attended (type fall or spring, date); dues owed by members per year and the payments of them;
sponsors (name, type company or individual) and their contributions to productions; patrons
(name, e-mail, address); seats (row, number); tickets (production, patron, seat, price, status,
reservation deadline); and financial transactions (type income or expense, amount, date,
description, and the dues payment, ticket, sponsor, production or play it concerns).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, lower_identifiers, text_of

REPO = "SpencerEpp/theatre-db-demo"
COMMIT = "f0d9f4a50bc7f10d8c52e6d5e3e64159f04c5780"
FILES = (
    "theatre.sql (the 15 CREATE TABLE statements only, not its triggers, procedures, functions "
    "or views) and import_data_local.sql (all rows), a university database course's final "
    "project, April 2025"
)
LICENCE = "none stated (the repository has no licence file; README.md describes the project)"
ENGINE = "mysql"

SCHEMA = "theatre.sql"
DATA = "import_data_local.sql"
TABLES = 15

_CREATE = re.compile(r"^CREATE TABLE\b.*?^\);", re.S | re.M)
_COMMENT = re.compile(r"--[^\n]*")
_WORD_OR_STRING = re.compile(r"'(?:[^']|'')*'|[A-Za-z_]\w*")


def _lower_outside_strings(ddl: str) -> str:
    """``ddl`` with its unquoted identifiers lower-cased and its string literals as written."""
    return _WORD_OR_STRING.sub(lambda m: m.group(0) if m[0][0] == "'" else m.group(0).lower(), ddl)


def script(read: Callable[[str], bytes]) -> str:
    """The tables of ``theatre.sql`` and the rows of ``import_data_local.sql``, for MariaDB."""
    creates = _CREATE.findall(text_of(read(SCHEMA)))
    if len(creates) != TABLES:
        raise SourceError(f"{SCHEMA} now creates {len(creates)} tables, not {TABLES}")
    ddl = "\n".join(_lower_outside_strings(_COMMENT.sub("", c)) for c in creates)
    data = text_of(read(DATA))
    if re.search(r"^\s*(CREATE|DROP|USE)\b", data, re.M | re.I):
        raise SourceError(f"{DATA} now does more than insert rows")
    rows = lower_identifiers(data)
    return f"{ddl}\nSET FOREIGN_KEY_CHECKS = 0;\n{rows}\nSET FOREIGN_KEY_CHECKS = 1;\n"
