"""Held-out set spider_network: the ``network_2`` database of Spider (text-to-SQL).

Four people keyed by first name (age, home city, gender, job) and their friendships with how many
years they have lasted.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/network_2/network_2.sqlite (Spider's network_2, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "person": (
        "Person",
        (
            "name varchar(20) NOT NULL",
            "age integer",
            "city text",
            "gender text",
            "job text",
        ),
        "PRIMARY KEY (name)",
    ),
    "personfriend": (
        "PersonFriend",
        (
            "name varchar(20)",
            "friend varchar(20)",
            "year integer",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of network_2 as one PostgreSQL script."""
    data = read("datasets/spider/database/network_2/network_2.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
