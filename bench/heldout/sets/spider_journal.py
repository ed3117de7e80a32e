"""Held-out set spider_journal: the ``journal_committee`` database of Spider (text-to-SQL).

Journals (issues by date, theme, sales), editors (name, age) and which editor did which kind of
work on which issue.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/journal_committee/journal_committee.sqlite "
    "(Spider's journal_committee, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "journal": (
        "journal",
        (
            "Journal_ID integer NOT NULL",
            "Date text",
            "Theme text",
            "Sales integer",
        ),
        "PRIMARY KEY (Journal_ID)",
    ),
    "editor": (
        "editor",
        (
            "Editor_ID integer NOT NULL",
            "Name text",
            "Age double precision",
        ),
        "PRIMARY KEY (Editor_ID)",
    ),
    "journal_committee": (
        "journal_committee",
        (
            "Editor_ID integer NOT NULL",
            "Journal_ID integer NOT NULL",
            "Work_Type text",
        ),
        "PRIMARY KEY (Editor_ID, Journal_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of journal_committee as one PostgreSQL script."""
    data = read("datasets/spider/database/journal_committee/journal_committee.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
