"""Held-out set spider_matchseason: the ``match_season`` database of Spider (text-to-SQL).

Countries with capitals and languages, teams (some named like people), MLS draft picks by season
(player name, position, college) and tennis players with years played and win-loss records.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/match_season/match_season.sqlite (Spider's match_season, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "country": (
        "country",
        (
            "Country_id integer NOT NULL",
            "Country_name text",
            "Capital text",
            "Official_native_language text",
        ),
        "PRIMARY KEY (Country_id)",
    ),
    "team": (
        "team",
        (
            "Team_id integer NOT NULL",
            "Name text",
        ),
        "PRIMARY KEY (Team_id)",
    ),
    "match_season": (
        "match_season",
        (
            "Season double precision NOT NULL",
            "Player text",
            "Position text",
            "Country integer",
            "Team integer",
            "Draft_Pick_Number integer",
            "Draft_Class text",
            "College text",
        ),
        "PRIMARY KEY (Season)",
    ),
    "player": (
        "player",
        (
            "Player_ID integer NOT NULL",
            "Player text",
            "Years_Played text",
            "Total_WL text",
            "Singles_WL text",
            "Doubles_WL text",
            "Team integer",
        ),
        "PRIMARY KEY (Player_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of match_season as one PostgreSQL script."""
    data = read("datasets/spider/database/match_season/match_season.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
