"""Held-out set spider_workshop: the ``workshop_paper`` database of Spider (text-to-SQL).

Workshops (date as August 18, 2007, venue, name), paper submissions (score, author, college) and
which workshop accepted or rejected which submission.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/workshop_paper/workshop_paper.sqlite "
    "(Spider's workshop_paper, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "workshop": (
        "workshop",
        (
            "Workshop_ID integer NOT NULL",
            "Date text",
            "Venue text",
            "Name text",
        ),
        "PRIMARY KEY (Workshop_ID)",
    ),
    "submission": (
        "submission",
        (
            "Submission_ID integer NOT NULL",
            "Scores double precision",
            "Author text",
            "College text",
        ),
        "PRIMARY KEY (Submission_ID)",
    ),
    "acceptance": (
        "Acceptance",
        (
            "Submission_ID integer NOT NULL",
            "Workshop_ID integer NOT NULL",
            "Result text",
        ),
        "PRIMARY KEY (Submission_ID, Workshop_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of workshop_paper as one PostgreSQL script."""
    data = read("datasets/spider/database/workshop_paper/workshop_paper.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
