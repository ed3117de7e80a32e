"""Held-out set spider_epinions: the ``epinions_1`` database of Spider (text-to-SQL).

Items, user accounts (first names), reviews with rating and rank, and how much users trust each
other.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/epinions_1/epinions_1.sqlite (Spider's epinions_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "item": (
        "item",
        (
            "i_id integer NOT NULL",
            "title varchar(20)",
        ),
        "PRIMARY KEY (i_id)",
    ),
    "review": (
        "review",
        (
            "a_id integer NOT NULL",
            "u_id integer",
            "i_id integer",
            "rating integer",
            "rank integer",
        ),
        "PRIMARY KEY (a_id)",
    ),
    "useracct": (
        "useracct",
        (
            "u_id integer NOT NULL",
            "name varchar(128)",
        ),
        "PRIMARY KEY (u_id)",
    ),
    "trust": (
        "trust",
        (
            "source_u_id integer",
            "target_u_id integer",
            "trust integer",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of epinions_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/epinions_1/epinions_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
