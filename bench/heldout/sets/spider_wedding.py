"""Held-out set spider_wedding: the ``wedding`` database of Spider (text-to-SQL).

People (name, country, ``T``/``F`` in ``Is_Male``, age), churches with the person who organised
them, and weddings by male and female person id.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/wedding/wedding.sqlite (Spider's wedding, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "people": (
        "people",
        (
            "People_ID integer NOT NULL",
            "Name text",
            "Country text",
            "Is_Male text",
            "Age integer",
        ),
        "PRIMARY KEY (People_ID)",
    ),
    "church": (
        "church",
        (
            "Church_ID integer NOT NULL",
            "Name text",
            "Organized_by text",
            "Open_Date integer",
            "Continuation_of text",
        ),
        "PRIMARY KEY (Church_ID)",
    ),
    "wedding": (
        "wedding",
        (
            "Church_ID integer NOT NULL",
            "Male_ID integer NOT NULL",
            "Female_ID integer NOT NULL",
            "Year integer",
        ),
        "PRIMARY KEY (Church_ID, Male_ID, Female_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of wedding as one PostgreSQL script."""
    data = read("datasets/spider/database/wedding/wedding.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
