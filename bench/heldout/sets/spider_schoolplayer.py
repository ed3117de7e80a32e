"""Held-out set spider_schoolplayer: the ``school_player`` database of Spider (text-to-SQL).

Schools (name, suburb, enrolment, denomination, colours), their nicknames, leagues and divisions,
yearly performance (``Class_A``/``Class_AA`` hold place names) and the players drafted from them
(full name, team, age, position). All tables and all their rows, loaded into MariaDB from the
benchmark's SQLite file under DDL typed from the file's own declarations and checked against its
values: ``INTEGER`` as ``INT``, ``REAL`` as ``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``,
``DATE``, ``DECIMAL`` and ``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept
where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/school_player/school_player.sqlite (Spider's school_player, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "school": (
        "school",
        (
            "School_ID INT NOT NULL",
            "School VARCHAR(255)",
            "Location VARCHAR(255)",
            "Enrollment DOUBLE",
            "Founded DOUBLE",
            "Denomination VARCHAR(255)",
            "Boys_or_Girls VARCHAR(255)",
            "Day_or_Boarding VARCHAR(255)",
            "Year_Entered_Competition DOUBLE",
            "School_Colors VARCHAR(255)",
        ),
        "PRIMARY KEY (School_ID)",
    ),
    "school_details": (
        "school_details",
        (
            "School_ID INT NOT NULL",
            "Nickname VARCHAR(255)",
            "Colors VARCHAR(255)",
            "League VARCHAR(255)",
            "Class VARCHAR(255)",
            "Division VARCHAR(255)",
        ),
        "PRIMARY KEY (School_ID)",
    ),
    "school_performance": (
        "school_performance",
        (
            "School_Id INT NOT NULL",
            "School_Year VARCHAR(255) NOT NULL",
            "Class_A VARCHAR(255)",
            "Class_AA VARCHAR(255)",
        ),
        "PRIMARY KEY (School_Id, School_Year)",
    ),
    "player": (
        "player",
        (
            "Player_ID INT NOT NULL",
            "Player VARCHAR(255)",
            "Team VARCHAR(255)",
            "Age INT",
            "Position VARCHAR(255)",
            "School_ID INT",
        ),
        "PRIMARY KEY (Player_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of school_player as one MariaDB script."""
    data = read("datasets/spider/database/school_player/school_player.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
