"""Held-out set spider_railway: the ``railway`` database of Spider (text-to-SQL).

Railways (locomotives with builder and location), trains with number, name, origin and arrival,
managers (name, country, first working year, age, level) and which manager runs which railway since
when.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/railway/railway.sqlite (Spider's railway, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "railway": (
        "railway",
        (
            "Railway_ID INT NOT NULL",
            "Railway VARCHAR(255)",
            "Builder VARCHAR(255)",
            "Built VARCHAR(255)",
            "Wheels VARCHAR(255)",
            "Location VARCHAR(255)",
            "ObjectNumber VARCHAR(255)",
        ),
        "PRIMARY KEY (Railway_ID)",
    ),
    "train": (
        "train",
        (
            "Train_ID INT NOT NULL",
            "Train_Num VARCHAR(255)",
            "Name VARCHAR(255)",
            "`From` VARCHAR(255)",
            "Arrival VARCHAR(255)",
            "Railway_ID INT",
        ),
        "PRIMARY KEY (Train_ID)",
    ),
    "manager": (
        "manager",
        (
            "Manager_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Country VARCHAR(255)",
            "Working_year_starts VARCHAR(255)",
            "Age INT",
            "Level INT",
        ),
        "PRIMARY KEY (Manager_ID)",
    ),
    "railway_manage": (
        "railway_manage",
        (
            "Railway_ID INT NOT NULL",
            "Manager_ID INT NOT NULL",
            "From_Year VARCHAR(255)",
        ),
        "PRIMARY KEY (Railway_ID, Manager_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of railway as one MariaDB script."""
    data = read("datasets/spider/database/railway/railway.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
