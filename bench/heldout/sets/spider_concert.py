"""Held-out set spider_concert: the ``concert_singer`` database of Spider (text-to-SQL).

Stadiums, concerts, singers (name, country, song, release year, age, ``T``/``F`` in ``Is_male``)
and who sang at which concert.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out. Besides:
``singer.Is_male`` (declared bool) kept as text: it holds strings.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/concert_singer/concert_singer.sqlite "
    "(Spider's concert_singer, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "stadium": (
        "stadium",
        (
            "Stadium_ID integer NOT NULL",
            "Location text",
            "Name text",
            "Capacity integer",
            "Highest integer",
            "Lowest integer",
            "Average integer",
        ),
        "PRIMARY KEY (Stadium_ID)",
    ),
    "singer": (
        "singer",
        (
            "Singer_ID integer NOT NULL",
            "Name text",
            "Country text",
            "Song_Name text",
            "Song_release_year text",
            "Age integer",
            "Is_male text",
        ),
        "PRIMARY KEY (Singer_ID)",
    ),
    "concert": (
        "concert",
        (
            "concert_ID integer NOT NULL",
            "concert_Name text",
            "Theme text",
            "Stadium_ID text",
            "Year text",
        ),
        "PRIMARY KEY (concert_ID)",
    ),
    "singer_in_concert": (
        "singer_in_concert",
        (
            "concert_ID integer NOT NULL",
            "Singer_ID text NOT NULL",
        ),
        "PRIMARY KEY (concert_ID, Singer_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of concert_singer as one PostgreSQL script."""
    data = read("datasets/spider/database/concert_singer/concert_singer.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
