"""Held-out set spider_ships: the ``ship_1`` database of Spider (text-to-SQL).

Ships (name, type, year built, class, flag) and their captains (titled names, age, class, rank).

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/ship_1/ship_1.sqlite (Spider's ship_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "captain": (
        "captain",
        (
            "Captain_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Ship_ID INT",
            "age VARCHAR(255)",
            "Class VARCHAR(255)",
            "`Rank` VARCHAR(255)",
        ),
        "PRIMARY KEY (Captain_ID)",
    ),
    "ship": (
        "Ship",
        (
            "Ship_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Type VARCHAR(255)",
            "Built_Year DOUBLE",
            "Class VARCHAR(255)",
            "Flag VARCHAR(255)",
        ),
        "PRIMARY KEY (Ship_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of ship_1 as one MariaDB script."""
    data = read("datasets/spider/database/ship_1/ship_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
