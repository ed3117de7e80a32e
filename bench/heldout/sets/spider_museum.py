"""Held-out set spider_museum: the ``museum_visit`` database of Spider (text-to-SQL).

Museums with staff and opening year, visitors (name, membership level, age) and visits with tickets
and money spent.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/museum_visit/museum_visit.sqlite (Spider's museum_visit, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "museum": (
        "museum",
        (
            "Museum_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Num_of_Staff INT",
            "Open_Year VARCHAR(255)",
        ),
        "PRIMARY KEY (Museum_ID)",
    ),
    "visitor": (
        "visitor",
        (
            "ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Level_of_membership INT",
            "Age INT",
        ),
        "PRIMARY KEY (ID)",
    ),
    "visit": (
        "visit",
        (
            "Museum_ID INT NOT NULL",
            "visitor_ID VARCHAR(255) NOT NULL",
            "Num_of_Ticket INT",
            "Total_spent DOUBLE",
        ),
        "PRIMARY KEY (Museum_ID, visitor_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of museum_visit as one MariaDB script."""
    data = read("datasets/spider/database/museum_visit/museum_visit.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
