"""Held-out set spider_injury: the ``game_injury`` database of Spider (text-to-SQL).

Stadiums with attendance, football games, and injury accidents naming the player, the injury and
the matches missed.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/game_injury/game_injury.sqlite (Spider's game_injury, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "stadium": (
        "stadium",
        (
            "id INT NOT NULL",
            "name VARCHAR(255)",
            "Home_Games INT",
            "Average_Attendance DOUBLE",
            "Total_Attendance DOUBLE",
            "Capacity_Percentage DOUBLE",
        ),
        "PRIMARY KEY (id)",
    ),
    "game": (
        "game",
        (
            "stadium_id INT",
            "id INT NOT NULL",
            "Season INT",
            "Date VARCHAR(255)",
            "Home_team VARCHAR(255)",
            "Away_team VARCHAR(255)",
            "Score VARCHAR(255)",
            "Competition VARCHAR(255)",
        ),
        "PRIMARY KEY (id)",
    ),
    "injury_accident": (
        "injury_accident",
        (
            "game_id INT",
            "id INT NOT NULL",
            "Player VARCHAR(255)",
            "Injury VARCHAR(255)",
            "Number_of_matches VARCHAR(255)",
            "Source VARCHAR(255)",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of game_injury as one MariaDB script."""
    data = read("datasets/spider/database/game_injury/game_injury.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
