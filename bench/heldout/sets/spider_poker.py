"""Held-out set spider_poker: the ``poker_player`` database of Spider (text-to-SQL).

People (nationality, name, birth date as ``August 16, 1982``, height in centimetres) and poker
players' final tables, best finish, money rank and earnings.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/poker_player/poker_player.sqlite (Spider's poker_player, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "poker_player": (
        "poker_player",
        (
            "Poker_Player_ID integer NOT NULL",
            "People_ID integer",
            "Final_Table_Made double precision",
            "Best_Finish double precision",
            "Money_Rank double precision",
            "Earnings double precision",
        ),
        "PRIMARY KEY (Poker_Player_ID)",
    ),
    "people": (
        "people",
        (
            "People_ID integer NOT NULL",
            "Nationality text",
            "Name text",
            "Birth_Date text",
            "Height double precision",
        ),
        "PRIMARY KEY (People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of poker_player as one PostgreSQL script."""
    data = read("datasets/spider/database/poker_player/poker_player.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
