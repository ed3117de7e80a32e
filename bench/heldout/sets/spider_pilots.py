"""Held-out set spider_pilots: the ``pilot_record`` database of Spider (text-to-SQL).

Pilots (name, rank, age, nationality, position, join year, team), aircraft (buses) with
manufacturer and powertrain, and flight records.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/pilot_record/pilot_record.sqlite (Spider's pilot_record, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "aircraft": (
        "aircraft",
        (
            "Aircraft_ID integer NOT NULL",
            "Order_Year integer",
            "Manufacturer text",
            "Model text",
            "Fleet_Series text",
            "Powertrain text",
            "Fuel_Propulsion text",
        ),
        "PRIMARY KEY (Aircraft_ID)",
    ),
    "pilot": (
        "pilot",
        (
            "Pilot_ID integer NOT NULL",
            "Pilot_name text",
            "Rank integer",
            "Age integer",
            "Nationality text",
            "Position text",
            "Join_Year integer",
            "Team text",
        ),
        "PRIMARY KEY (Pilot_ID)",
    ),
    "pilot_record": (
        "pilot_record",
        (
            "Record_ID integer",
            "Pilot_ID integer NOT NULL",
            "Aircraft_ID integer NOT NULL",
            "Date text NOT NULL",
        ),
        "PRIMARY KEY (Pilot_ID, Aircraft_ID, Date)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of pilot_record as one PostgreSQL script."""
    data = read("datasets/spider/database/pilot_record/pilot_record.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
