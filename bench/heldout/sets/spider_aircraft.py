"""Held-out set spider_aircraft: the ``aircraft`` database of Spider (text-to-SQL).

Pilots (full names with titles and suffixes such as ``Prof. Zackery Collins``, age), helicopters
with their specifications, air-race rounds (location, country, dates, the name of the fastest
qualifier, the ids of the winning pilot and aircraft), airports with passenger statistics. All
tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values: ``INT``/``INTEGER`` as
``integer``, ``REAL`` as ``double precision``, ``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME``
as ``timestamp``, ``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names
unquoted (so lower case) unless they need quotes; primary keys kept where the file's rows are
unique on them, foreign keys left out. Besides: ``%_Change_2007`` quoted.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/aircraft/aircraft.sqlite (Spider's aircraft, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "pilot": (
        "pilot",
        (
            "Pilot_Id integer NOT NULL",
            "Name varchar(50)",
            "Age integer",
        ),
        "PRIMARY KEY (Pilot_Id)",
    ),
    "aircraft": (
        "aircraft",
        (
            "Aircraft_ID integer NOT NULL",
            "Aircraft varchar(50)",
            "Description varchar(50)",
            "Max_Gross_Weight varchar(50)",
            "Total_disk_area varchar(50)",
            "Max_disk_Loading varchar(50)",
        ),
        "PRIMARY KEY (Aircraft_ID)",
    ),
    "match": (
        "match",
        (
            "Round double precision NOT NULL",
            "Location text",
            "Country text",
            "Date text",
            "Fastest_Qualifying text",
            "Winning_Pilot text",
            "Winning_Aircraft text",
        ),
        "PRIMARY KEY (Round)",
    ),
    "airport": (
        "airport",
        (
            "Airport_ID integer NOT NULL",
            "Airport_Name text",
            "Total_Passengers double precision",
            '"%_Change_2007" text',
            "International_Passengers double precision",
            "Domestic_Passengers double precision",
            "Transit_Passengers double precision",
            "Aircraft_Movements double precision",
            "Freight_Metric_Tonnes double precision",
        ),
        "PRIMARY KEY (Airport_ID)",
    ),
    "airport_aircraft": (
        "airport_aircraft",
        (
            "ID integer",
            "Airport_ID integer NOT NULL",
            "Aircraft_ID integer NOT NULL",
        ),
        "PRIMARY KEY (Airport_ID, Aircraft_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of aircraft as one PostgreSQL script."""
    data = read("datasets/spider/database/aircraft/aircraft.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
