"""Held-out set spider_world: the ``world_1`` database of Spider (text-to-SQL).

The MySQL ``world`` sample: cities with district and population, countries with their figures,
government form and head of state, languages spoken.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/world_1/world_1.sqlite (Spider's world_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "city": (
        "city",
        (
            "ID integer NOT NULL",
            "Name char(35)",
            "CountryCode char(3)",
            "District char(20)",
            "Population integer",
        ),
        "PRIMARY KEY (ID)",
    ),
    "country": (
        "country",
        (
            "Code char(3) NOT NULL",
            "Name char(52)",
            "Continent text",
            "Region char(26)",
            "SurfaceArea double precision",
            "IndepYear integer",
            "Population integer",
            "LifeExpectancy double precision",
            "GNP double precision",
            "GNPOld double precision",
            "LocalName char(45)",
            "GovernmentForm char(45)",
            "HeadOfState char(60)",
            "Capital integer",
            "Code2 char(2)",
        ),
        "PRIMARY KEY (Code)",
    ),
    "countrylanguage": (
        "countrylanguage",
        (
            "CountryCode char(3) NOT NULL",
            "Language char(30) NOT NULL",
            "IsOfficial text",
            "Percentage double precision",
        ),
        "PRIMARY KEY (CountryCode, Language)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of world_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/world_1/world_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
