"""Held-out set spider_swimming: the ``swimming`` database of Spider (text-to-SQL).

Swimmers (name, nationality, split times from 100 to 800 metres), stadiums with city and country,
events and results.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/swimming/swimming.sqlite (Spider's swimming, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "swimmer": (
        "swimmer",
        (
            "ID INT NOT NULL",
            "name VARCHAR(255)",
            "Nationality VARCHAR(255)",
            "meter_100 DOUBLE",
            "meter_200 VARCHAR(255)",
            "meter_300 VARCHAR(255)",
            "meter_400 VARCHAR(255)",
            "meter_500 VARCHAR(255)",
            "meter_600 VARCHAR(255)",
            "meter_700 VARCHAR(255)",
            "Time VARCHAR(255)",
        ),
        "PRIMARY KEY (ID)",
    ),
    "stadium": (
        "stadium",
        (
            "ID INT NOT NULL",
            "name VARCHAR(255)",
            "Capacity INT",
            "City VARCHAR(255)",
            "Country VARCHAR(255)",
            "Opening_year INT",
        ),
        "PRIMARY KEY (ID)",
    ),
    "event": (
        "event",
        (
            "ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Stadium_ID INT",
            "Year VARCHAR(255)",
        ),
        "PRIMARY KEY (ID)",
    ),
    "record": (
        "record",
        (
            "ID INT",
            "Result VARCHAR(255)",
            "Swimmer_ID INT NOT NULL",
            "Event_ID INT NOT NULL",
        ),
        "PRIMARY KEY (Swimmer_ID, Event_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of swimming as one MariaDB script."""
    data = read("datasets/spider/database/swimming/swimming.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
