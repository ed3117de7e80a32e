"""Held-out set spider_tryout: the ``soccer_2`` database of Spider (text-to-SQL).

Colleges (abbreviation, state, enrolment), players by first name with a yes/no yellow card and
training hours, and tryouts with position and decision.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/soccer_2/soccer_2.sqlite (Spider's soccer_2, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "college": (
        "College",
        (
            "cName varchar(20) NOT NULL",
            "state varchar(2)",
            "enr numeric(5,0)",
        ),
        "PRIMARY KEY (cName)",
    ),
    "player": (
        "Player",
        (
            "pID numeric(5,0) NOT NULL",
            "pName varchar(20)",
            "yCard varchar(3)",
            "HS numeric(5,0)",
        ),
        "PRIMARY KEY (pID)",
    ),
    "tryout": (
        "Tryout",
        (
            "pID numeric(5,0) NOT NULL",
            "cName varchar(20) NOT NULL",
            "pPos varchar(8)",
            "decision varchar(3)",
        ),
        "PRIMARY KEY (pID, cName)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of soccer_2 as one PostgreSQL script."""
    data = read("datasets/spider/database/soccer_2/soccer_2.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
