"""Held-out set spider_clubs: the ``club_1`` database of Spider (text-to-SQL).

The Spider students table, university clubs with description and location, and which student holds
which position in which club.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/club_1/club_1.sqlite (Spider's club_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "student": (
        "Student",
        (
            "StuID integer NOT NULL",
            "LName varchar(12)",
            "Fname varchar(12)",
            "Age integer",
            "Sex varchar(1)",
            "Major integer",
            "Advisor integer",
            "city_code varchar(3)",
        ),
        "PRIMARY KEY (StuID)",
    ),
    "club": (
        "Club",
        (
            "ClubID integer NOT NULL",
            "ClubName varchar(40)",
            "ClubDesc varchar(1024)",
            "ClubLocation varchar(40)",
        ),
        "PRIMARY KEY (ClubID)",
    ),
    "member_of_club": (
        "Member_of_club",
        (
            "StuID integer",
            "ClubID integer",
            '"Position" varchar(40)',
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of club_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/club_1/club_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
