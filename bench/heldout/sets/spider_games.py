"""Held-out set spider_games: the ``game_1`` database of Spider (text-to-SQL).

The Spider students table, video games, hours each student played, and sports with hours per week,
games played and whether the student is on a scholarship.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/game_1/game_1.sqlite (Spider's game_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "student": (
        "Student",
        (
            "StuID INT NOT NULL",
            "LName VARCHAR(12)",
            "Fname VARCHAR(12)",
            "Age INT",
            "Sex VARCHAR(1)",
            "Major INT",
            "Advisor INT",
            "city_code VARCHAR(3)",
        ),
        "PRIMARY KEY (StuID)",
    ),
    "video_games": (
        "Video_Games",
        (
            "GameID INT NOT NULL",
            "GName VARCHAR(40)",
            "GType VARCHAR(40)",
        ),
        "PRIMARY KEY (GameID)",
    ),
    "plays_games": (
        "Plays_Games",
        (
            "StuID INT",
            "GameID INT",
            "Hours_Played INT",
        ),
        "",
    ),
    "sportsinfo": (
        "SportsInfo",
        (
            "StuID INT",
            "SportName VARCHAR(32)",
            "HoursPerWeek INT",
            "GamesPlayed INT",
            "OnScholarship VARCHAR(1)",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of game_1 as one MariaDB script."""
    data = read("datasets/spider/database/game_1/game_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
