"""Held-out set spider_entrepreneur: the ``entrepreneur`` database of Spider (text-to-SQL).

People (name, height, weight, date of birth) and entrepreneurs' companies, money requested and the
investor (a person's name).

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/entrepreneur/entrepreneur.sqlite (Spider's entrepreneur, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "entrepreneur": (
        "entrepreneur",
        (
            "Entrepreneur_ID INT NOT NULL",
            "People_ID INT",
            "Company VARCHAR(255)",
            "Money_Requested DOUBLE",
            "Investor VARCHAR(255)",
        ),
        "PRIMARY KEY (Entrepreneur_ID)",
    ),
    "people": (
        "people",
        (
            "People_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Height DOUBLE",
            "Weight DOUBLE",
            "Date_of_Birth VARCHAR(255)",
        ),
        "PRIMARY KEY (People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of entrepreneur as one MariaDB script."""
    data = read("datasets/spider/database/entrepreneur/entrepreneur.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
