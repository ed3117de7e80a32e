"""Held-out set spider_riding: the ``riding_club`` database of Spider (text-to-SQL).

Players (full names of Manitoba election candidates, gender, town of residence, occupation,
votes, a riding as the sponsor's name), coaches (names, gender), clubs, who coached whom and
the clubs' medal tables, all five tables and all their rows, loaded into PostgreSQL from the
benchmark's SQLite file with the DDL translated by hand: ``int`` as ``integer``, ``text`` kept,
the Pascal-snake-case names unquoted (so lower case); primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/riding_club/riding_club.sqlite (Spider's riding_club, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "player": (
        "player",
        (
            "Player_ID integer NOT NULL",
            "Sponsor_name text",
            "Player_name text",
            "Gender text",
            "Residence text",
            "Occupation text",
            "Votes integer",
            "Rank text",
        ),
        "PRIMARY KEY (Player_ID)",
    ),
    "club": (
        "club",
        ("Club_ID integer NOT NULL", "Club_name text", "Region text", "Start_year integer"),
        "PRIMARY KEY (Club_ID)",
    ),
    "coach": (
        "coach",
        (
            "Coach_ID integer NOT NULL",
            "Coach_name text",
            "Gender text",
            "Club_ID integer",
            "Rank integer",
        ),
        "PRIMARY KEY (Coach_ID)",
    ),
    "player_coach": (
        "player_coach",
        ("Player_ID integer NOT NULL", "Coach_ID integer NOT NULL", "Starting_year integer"),
        "PRIMARY KEY (Player_ID, Coach_ID)",
    ),
    "match_result": (
        "match_result",
        (
            "Rank integer NOT NULL",
            "Club_ID integer NOT NULL",
            "Gold integer",
            "Big_Silver integer",
            "Small_Silver integer",
            "Bronze integer",
            "Points integer",
        ),
        "PRIMARY KEY (Rank, Club_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of riding_club as one PostgreSQL script."""
    data = read("datasets/spider/database/riding_club/riding_club.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
