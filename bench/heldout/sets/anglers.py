"""Held-out set anglers: "Angler registry", the registry of a Hungarian angling association, a
student's project of a server-side Java (Java EE) course at Óbuda University, autumn 2016.

The course's repository for the 2016-2017/1 semester (``project.json`` lists each student's
project) holds one student's project ``anglerregistry``, "Management registry for angler
associations" (GitHub name petergyigor; a JBoss, JPA and JSF application on PostgreSQL, with a REST
and a web interface planned): the association's anglers (``horgasz``: name, mother's name, birth
date and place, postcode, town and street address, an amount of community work (its unit not
stated), the date of a fishing ban, whether a member and whether on the secretariat), their fishing
permits (``engedely``: the number of the state fishing card, the kind of permit, annual or a day
ticket), the fishing ponds (``horgaszto``: water-area code, area, kind of pond, greatest depth,
owner, whether it has an anglers' lodge), the fish species (``hal``: name, minimum size, daily
catch limit, close season, mortality), the stocking of ponds with fish (``telepites``: date, age,
quantity, days of ban) and the catch log (``fogasinaplo``: permit, pond, time, species, quantity).
Tables and columns are named in Hungarian without accents or separators (``anyjaneve``,
``szuletesiido``, ``irsz``, ``tarsadalmimunka``, ``eltiltas``, ``allamijegyid``). The rows look
invented (20 anglers, most of them in Abony, Pest county, at ordinary street names; the owners of
the ponds are the town and its angling club).

Loaded into PostgreSQL from the project's own scripts, in the order of its ``database/create.sh``:
``create-table.sql`` (6 tables with ``bigserial`` keys, check and foreign keys, and a restart of
their sequences) and ``initial-data.sql`` (one INSERT a row), each as written but for two
translations: the schema ``anglerregistry`` the scripts name every table in (``create-schema.sql``
creates it) is left out, so the tables are created in ``public``; and the fish's close seasons,
written as a month and day without a year (``to_date('0502', 'MM-DD')``, which the local
PostgreSQL 15 refuses and which would fall in the year 1 BC, out of reach of Python's ``date``),
are read as that month and day of the year 1 (``to_date('0001' || '0502', 'YYYYMMDD')``). The
scripts that create the database, role, user and schema and grant access are not run. Every other
value is kept as written; the fractional mortalities and catch quantity (``0.5``, ``3.5``,
``1.5``) are rounded by PostgreSQL's assignment cast into their integer columns, as in the
project's own database.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "K987/oejee2016autumn"
COMMIT = "603946bfe081440c3a597186cbce479677a91410"
_DIR = "projects/anglerregistry/database"
_SCRIPTS = ("create-table.sql", "initial-data.sql")
FILES = (
    f"{_DIR}/create-table.sql and {_DIR}/initial-data.sql (the PostgreSQL schema and rows of "
    "Angler registry, a student's Java EE project of 2016 at Óbuda University for a Hungarian "
    "angling association: anglers with mother's name, birth date and place and address, their "
    "fishing permits, ponds, fish species, stocking and the catch log; all 6 tables and all rows)"
)
LICENCE = "none stated (the course repository has no licence file; a student's course project)"
ENGINE = "postgresql"

_TABLES = ["engedely", "fogasinaplo", "hal", "horgasz", "horgaszto", "telepites"]
#: the tables initial-data.sql fills, in the order of its INSERTs
_FILLED = ["hal", "horgaszto", "horgasz", "engedely", "telepites", "fogasinaplo"]
#: the close seasons, ``to_date('0502', 'MM-DD')``: four digits without a year, which the local
#: PostgreSQL 15 refuses under that format (the ``-`` has no separator to match) and would put in
#: the year 1 BC (no year given), out of reach of Python's ``date``; read as month and day of the
#: year 1 AD
_MONTH_DAY = re.compile(r"to_date\(\s*('\d{4}')\s*,\s*'MM-DD'\s*\)")
_MONTH_DAYS = 20


def script(read: Callable[[str], bytes]) -> str:
    """The schema and rows as written, without the ``anglerregistry.`` schema of every name."""
    ddl, rows = (text_of(read(f"{_DIR}/{name}")) for name in _SCRIPTS)
    created = re.findall(r"(?im)^CREATE TABLE anglerregistry\.(\w+)\s*$", ddl)
    if sorted(created) != _TABLES or re.search(r"(?i)\binsert\b", ddl):
        raise SourceError(f"create-table.sql changed: tables {created}")
    statements = [s.strip() for s in rows.split(";") if s.strip()]
    heads = [re.match(r"(?i)insert into anglerregistry\.(\w+)\s", s) for s in statements]
    if not all(heads):
        raise SourceError("initial-data.sql: a statement that is not an INSERT into the schema")
    order = [h.group(1).lower() for h in heads if h]
    if [t for i, t in enumerate(order) if i == 0 or order[i - 1] != t] != _FILLED:
        raise SourceError(f"initial-data.sql changed: INSERTs into {sorted(set(order))}")
    parts = []
    for name, text in zip(_SCRIPTS, (ddl, rows), strict=True):
        if re.search(r"(?m)^\s*\\", text):
            raise SourceError(f"{name}: a psql meta-command")
        text = re.sub(r"\banglerregistry\.", "", text)
        if name == "initial-data.sql":
            text, n = _MONTH_DAY.subn(r"to_date('0001' || \1, 'YYYYMMDD')", text)
            if n != _MONTH_DAYS:
                raise SourceError(f"{name} changed: {n} month-day dates, not {_MONTH_DAYS}")
        parts.append(text)
    return "\n".join(parts) + "\n"
