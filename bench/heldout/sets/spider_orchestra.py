"""Held-out set spider_orchestra: the ``orchestra`` database of Spider (text-to-SQL).

Conductors (full name, age, nationality, years of work), orchestras with record companies,
performances with ratings and shares, and shows (``If_first_show`` holds park names, ``Result``
holds ``T``/``F``). All tables and all their rows, loaded into PostgreSQL from the benchmark's
SQLite file under DDL typed from the file's own declarations and checked against its values:
``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``, ``DECIMAL``/``NUMERIC`` as
``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR``
lengths kept, names unquoted (so lower case) unless they need quotes; primary keys kept where the
file's rows are unique on them, foreign keys left out. Besides: ``show.If_first_show``, declared
``bool``, as ``text``: the file holds park names; ``Official_ratings_(millions)`` quoted.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/orchestra/orchestra.sqlite (Spider's orchestra, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "conductor": (
        "conductor",
        (
            "Conductor_ID integer NOT NULL",
            "Name text",
            "Age integer",
            "Nationality text",
            "Year_of_Work integer",
        ),
        "PRIMARY KEY (Conductor_ID)",
    ),
    "orchestra": (
        "orchestra",
        (
            "Orchestra_ID integer NOT NULL",
            "Orchestra text",
            "Conductor_ID integer",
            "Record_Company text",
            "Year_of_Founded double precision",
            "Major_Record_Format text",
        ),
        "PRIMARY KEY (Orchestra_ID)",
    ),
    "performance": (
        "performance",
        (
            "Performance_ID integer NOT NULL",
            "Orchestra_ID integer",
            "Type text",
            "Date text",
            '"Official_ratings_(millions)" double precision',
            "Weekly_rank text",
            "Share text",
        ),
        "PRIMARY KEY (Performance_ID)",
    ),
    "show": (
        "show",
        (
            "Show_ID integer",
            "Performance_ID integer",
            "If_first_show text",
            "Result text",
            "Attendance double precision",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of orchestra as one PostgreSQL script."""
    data = read("datasets/spider/database/orchestra/orchestra.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
