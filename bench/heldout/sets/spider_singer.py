"""Held-out set spider_singer: the ``singer`` database of Spider (text-to-SQL).

Singers (name, birth year, net worth in millions, citizenship) and their songs with sales and chart
position.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/singer/singer.sqlite (Spider's singer, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "singer": (
        "singer",
        (
            "Singer_ID integer NOT NULL",
            "Name text",
            "Birth_Year double precision",
            "Net_Worth_Millions double precision",
            "Citizenship text",
        ),
        "PRIMARY KEY (Singer_ID)",
    ),
    "song": (
        "song",
        (
            "Song_ID integer NOT NULL",
            "Title text",
            "Singer_ID integer",
            "Sales double precision",
            "Highest_Position double precision",
        ),
        "PRIMARY KEY (Song_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of singer as one PostgreSQL script."""
    data = read("datasets/spider/database/singer/singer.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
