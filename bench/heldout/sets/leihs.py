"""Held-out set leihs: the test "personas" database of leihs, an open-source system for lending
equipment (cameras, tripods, laptops, software licences) from the inventory pools of a university
(written at the Zurich University of the Arts), with its procurement module: borrowers, their
orders, reservations and hand-over contracts, the pools' inventory of models, items, options and
accessories in buildings and rooms, suppliers, access rights and entitlement groups, e-mail
templates, settings and audit tables.

``db/structure.sql`` is the PostgreSQL schema (pg_dump of the current migration: 74 tables, views,
functions and triggers); ``db/personas.sql`` is a data-only pg_dump of the personas database that
leihs' own tests start from (the rows were made with Faker: Latin words, invented names and
places). It holds 37 users (login for most, first and last name, phone, e-mail, an organisation
id and a badge id, street address for a few, city, postal code, country, a searchable text made
of their names and ids, language, flags; five rows are delegations acting for groups of users),
orders, customer orders and contracts with a purpose written by the borrower, 345 reservations
(borrower, delegated user, dates, item, model), 252 items (inventory code, serial number, price,
shelf, room, a JSON of properties naming who procured a few of them), 232 models, 220
accessories, 239 suppliers, 146 buildings and 292 rooms, inventory pools (name, description,
contact e-mail), access rights, entitlements, holidays, workdays, 468 mail templates, settings
(SMTP, Microsoft 365, system and security) and about 30 empty tables (e-mails sent, sessions, API
tokens, password resets, suspensions, audit records, procurement requests and uploads).

Loaded into PostgreSQL as written: the schema, then the rows with ``session_replication_role``
set to ``replica`` (as ``pg_restore --disable-triggers`` would do), so that the application's
audit and consistency triggers do not run while the rows go in; ``search_path`` is reset at the
end (the dumps set it empty). Names are already in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "leihs/leihs_database"
COMMIT = "e59dfa037546f30dc99b58a01a027593fd2de307"
FILES = (
    "db/structure.sql and db/personas.sql (the schema and the rows of the test personas"
    " database; all tables and rows)"
)
LICENCE = (
    "none stated in the repository; GPL-3.0 is the licence (LICENSE.md) of leihs/leihs,"
    " which includes it as its database submodule"
)
ENGINE = "postgresql"

_SCHEMA = "db/structure.sql"
_ROWS = "db/personas.sql"


def script(read: Callable[[str], bytes]) -> str:
    """The schema, then the rows with triggers off, as one PostgreSQL script."""
    schema = text_of(read(_SCHEMA))
    rows = text_of(read(_ROWS))
    if "CREATE TABLE public.users" not in schema or "INSERT INTO public.users" not in rows:
        raise SourceError("leihs scripts no longer define and fill public.users")
    if re.search(r"^\s*(CREATE DATABASE|\\c|\\connect)", schema + rows, re.M | re.I):
        raise SourceError("leihs scripts now create or connect to their own database")
    return "\n".join(
        (
            schema,
            # the rows are a data-only dump: load them as pg_restore --disable-triggers
            # would, so that no audit row or consistency check of the application runs
            "SET session_replication_role = replica;",
            rows,
            "SET session_replication_role = DEFAULT;",
            "RESET search_path;",
        )
    )
