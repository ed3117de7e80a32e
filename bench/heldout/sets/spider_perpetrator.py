"""Held-out set spider_perpetrator: the ``perpetrator`` database of Spider (text-to-SQL).

People (full name, height in feet, weight in pounds, home town as ``City, ST`` in a column named
``Home Town``) and the perpetrators among them: date, year, location and country of the crime, the
numbers killed and injured. All tables and all their rows, loaded into PostgreSQL from the
benchmark's SQLite file under DDL typed from the file's own declarations and checked against its
values: ``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``,
``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``,
``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names unquoted (so lower case) unless they need
quotes; primary keys kept where the file's rows are unique on them, foreign keys left out. Besides:
``Home Town`` quoted (a name with a space).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/perpetrator/perpetrator.sqlite (Spider's perpetrator, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "perpetrator": (
        "perpetrator",
        (
            "Perpetrator_ID integer NOT NULL",
            "People_ID integer",
            "Date text",
            "Year double precision",
            "Location text",
            "Country text",
            "Killed integer",
            "Injured integer",
        ),
        "PRIMARY KEY (Perpetrator_ID)",
    ),
    "people": (
        "people",
        (
            "People_ID integer NOT NULL",
            "Name text",
            "Height double precision",
            "Weight double precision",
            '"Home Town" text',
        ),
        "PRIMARY KEY (People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of perpetrator as one PostgreSQL script."""
    data = read("datasets/spider/database/perpetrator/perpetrator.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
