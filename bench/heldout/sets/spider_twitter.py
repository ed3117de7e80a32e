"""Held-out set spider_twitter: the ``twitter_1`` database of Spider (text-to-SQL).

User profiles (display names such as a film character's or a singer's, e-mail addresses, follower
counts), tweets (short first-person texts about the writer's life) and who follows whom, all three
tables and all their rows, loaded into MariaDB from the benchmark's SQLite file with the DDL
translated by hand: the types of the file's MySQL-style DDL kept (``int(11)`` as ``INT``,
``bigint(20)`` as ``BIGINT``, ``char(140)``); primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/twitter_1/twitter_1.sqlite (Spider's twitter_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "follows": (
        "follows",
        (
            "f1 INT NOT NULL",
            "f2 INT NOT NULL",
        ),
        "PRIMARY KEY (f1, f2)",
    ),
    "tweets": (
        "tweets",
        (
            "id BIGINT NOT NULL",
            "uid INT NOT NULL",
            "text CHAR(140) NOT NULL",
            "createdate DATETIME",
        ),
        "PRIMARY KEY (id)",
    ),
    "user_profiles": (
        "user_profiles",
        (
            "uid INT NOT NULL",
            "name VARCHAR(255)",
            "email VARCHAR(255)",
            "partitionid INT",
            "followers INT",
        ),
        "PRIMARY KEY (uid)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of twitter_1 as one MariaDB script."""
    data = read("datasets/spider/database/twitter_1/twitter_1.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
