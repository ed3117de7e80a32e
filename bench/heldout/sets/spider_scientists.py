"""Held-out set spider_scientists: the ``scientist_1`` database of Spider (text-to-SQL).

Scientists keyed by a nine-digit social security number with their names, projects with hours, and
which scientist works on which project (by SSN).

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/scientist_1/scientist_1.sqlite (Spider's scientist_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "scientists": (
        "Scientists",
        (
            "SSN integer NOT NULL",
            "Name char(30)",
        ),
        "PRIMARY KEY (SSN)",
    ),
    "projects": (
        "Projects",
        (
            "Code char(4) NOT NULL",
            "Name char(50)",
            "Hours integer",
        ),
        "PRIMARY KEY (Code)",
    ),
    "assignedto": (
        "AssignedTo",
        (
            "Scientist integer NOT NULL",
            "Project char(4) NOT NULL",
        ),
        "PRIMARY KEY (Scientist, Project)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of scientist_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/scientist_1/scientist_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
