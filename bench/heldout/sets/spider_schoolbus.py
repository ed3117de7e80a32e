"""Held-out set spider_schoolbus: the ``school_bus`` database of Spider (text-to-SQL).

School-bus drivers (full name, party as ``Dem``/``Rep``, home city, age), schools (grade range,
name, location, type) and which driver drives for which school (years working, full time as
``T``/``F``). All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite
file under DDL typed from the file's own declarations and checked against its values:
``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``, ``DECIMAL``/``NUMERIC`` as
``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR``
lengths kept, names unquoted (so lower case) unless they need quotes; primary keys kept where the
file's rows are unique on them, foreign keys left out. Besides: ``school_bus.If_full_time``,
declared ``bool``, as ``text``: the file holds ``T`` and ``F``.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/school_bus/school_bus.sqlite (Spider's school_bus, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "driver": (
        "driver",
        (
            "Driver_ID integer NOT NULL",
            "Name text",
            "Party text",
            "Home_city text",
            "Age integer",
        ),
        "PRIMARY KEY (Driver_ID)",
    ),
    "school": (
        "school",
        (
            "School_ID integer NOT NULL",
            "Grade text",
            "School text",
            "Location text",
            "Type text",
        ),
        "PRIMARY KEY (School_ID)",
    ),
    "school_bus": (
        "school_bus",
        (
            "School_ID integer NOT NULL",
            "Driver_ID integer NOT NULL",
            "Years_Working integer",
            "If_full_time text",
        ),
        "PRIMARY KEY (School_ID, Driver_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of school_bus as one PostgreSQL script."""
    data = read("datasets/spider/database/school_bus/school_bus.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
