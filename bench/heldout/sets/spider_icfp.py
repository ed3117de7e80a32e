"""Held-out set spider_icfp: the ``icfp_1`` database of Spider (text-to-SQL).

ICFP papers: authors (last and first name), institutions with country, papers and authorship order.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/icfp_1/icfp_1.sqlite (Spider's icfp_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "inst": (
        "Inst",
        (
            "instID INT NOT NULL",
            "name VARCHAR(255)",
            "country VARCHAR(255)",
        ),
        "PRIMARY KEY (instID)",
    ),
    "authors": (
        "Authors",
        (
            "authID INT NOT NULL",
            "lname VARCHAR(255)",
            "fname VARCHAR(255)",
        ),
        "PRIMARY KEY (authID)",
    ),
    "papers": (
        "Papers",
        (
            "paperID INT NOT NULL",
            "title VARCHAR(255)",
        ),
        "PRIMARY KEY (paperID)",
    ),
    "authorship": (
        "Authorship",
        (
            "authID INT NOT NULL",
            "instID INT NOT NULL",
            "paperID INT NOT NULL",
            "authOrder INT",
        ),
        "PRIMARY KEY (authID, instID, paperID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of icfp_1 as one MariaDB script."""
    data = read("datasets/spider/database/icfp_1/icfp_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
