"""Held-out set spider_gymnast: the ``gymnast`` database of Spider (text-to-SQL).

People (name, age, height in metres, home town) and gymnasts' points per apparatus.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/gymnast/gymnast.sqlite (Spider's gymnast, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "gymnast": (
        "gymnast",
        (
            "Gymnast_ID INT NOT NULL",
            "Floor_Exercise_Points DOUBLE",
            "Pommel_Horse_Points DOUBLE",
            "Rings_Points DOUBLE",
            "Vault_Points DOUBLE",
            "Parallel_Bars_Points DOUBLE",
            "Horizontal_Bar_Points DOUBLE",
            "Total_Points DOUBLE",
        ),
        "PRIMARY KEY (Gymnast_ID)",
    ),
    "people": (
        "people",
        (
            "People_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Age DOUBLE",
            "Height DOUBLE",
            "Hometown VARCHAR(255)",
        ),
        "PRIMARY KEY (People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of gymnast as one MariaDB script."""
    data = read("datasets/spider/database/gymnast/gymnast.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
