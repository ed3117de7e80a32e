"""Held-out set spider_musical: the ``musical`` database of Spider (text-to-SQL).

Musicals with awards, categories and nominees (people's names), and actors with the character they
play (a fictional person's name), years in the role and age.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/musical/musical.sqlite (Spider's musical, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "musical": (
        "musical",
        (
            "Musical_ID integer NOT NULL",
            "Name text",
            "Year integer",
            "Award text",
            "Category text",
            "Nominee text",
            "Result text",
        ),
        "PRIMARY KEY (Musical_ID)",
    ),
    "actor": (
        "actor",
        (
            "Actor_ID integer NOT NULL",
            "Name text",
            "Musical_ID integer",
            "Character text",
            "Duration text",
            "age integer",
        ),
        "PRIMARY KEY (Actor_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of musical as one PostgreSQL script."""
    data = read("datasets/spider/database/musical/musical.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
