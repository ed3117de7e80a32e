"""Held-out set spider_climbing: the ``climbing`` database of Spider (text-to-SQL).

Mountains with height, prominence, range and country, and climbers (name, country, time, points).

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out. Besides:
``Time`` quoted (a reserved word), so it keeps its capital.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/climbing/climbing.sqlite (Spider's climbing, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "mountain": (
        "mountain",
        (
            "Mountain_ID integer NOT NULL",
            "Name text",
            "Height double precision",
            "Prominence double precision",
            "Range text",
            "Country text",
        ),
        "PRIMARY KEY (Mountain_ID)",
    ),
    "climber": (
        "climber",
        (
            "Climber_ID integer NOT NULL",
            "Name text",
            "Country text",
            '"Time" text',
            "Points double precision",
            "Mountain_ID integer",
        ),
        "PRIMARY KEY (Climber_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of climbing as one PostgreSQL script."""
    data = read("datasets/spider/database/climbing/climbing.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
