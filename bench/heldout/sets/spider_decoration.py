"""Held-out set spider_decoration: the ``decoration_competition`` database of Spider (text-to-SQL).

Colleges (name, leader's name, location), members (name, country, college) and decoration rounds
with theme and rank.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/decoration_competition/decoration_competition.sqlite "
    "(Spider's decoration_competition, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "college": (
        "college",
        (
            "College_ID integer NOT NULL",
            "Name text",
            "Leader_Name text",
            "College_Location text",
        ),
        "PRIMARY KEY (College_ID)",
    ),
    "member": (
        "member",
        (
            "Member_ID integer NOT NULL",
            "Name text",
            "Country text",
            "College_ID integer",
        ),
        "PRIMARY KEY (Member_ID)",
    ),
    "round": (
        "round",
        (
            "Round_ID integer NOT NULL",
            "Member_ID integer NOT NULL",
            "Decoration_Theme text",
            "Rank_in_Round integer",
        ),
        "PRIMARY KEY (Member_ID, Round_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of decoration_competition as one PostgreSQL script."""
    data = read("datasets/spider/database/decoration_competition/decoration_competition.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
