"""Held-out set spider_highschool: the ``network_1`` database of Spider (text-to-SQL).

High-school students (first name, grade), who is friends with whom and who likes whom.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/network_1/network_1.sqlite (Spider's network_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "highschooler": (
        "Highschooler",
        (
            "ID INT NOT NULL",
            "name TEXT",
            "grade INT",
        ),
        "PRIMARY KEY (ID)",
    ),
    "friend": (
        "Friend",
        (
            "student_id INT NOT NULL",
            "friend_id INT NOT NULL",
        ),
        "PRIMARY KEY (student_id, friend_id)",
    ),
    "likes": (
        "Likes",
        (
            "student_id INT NOT NULL",
            "liked_id INT NOT NULL",
        ),
        "PRIMARY KEY (student_id, liked_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of network_1 as one MariaDB script."""
    data = read("datasets/spider/database/network_1/network_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
