"""Held-out set spider_restaurant: the ``restaurant_1`` database of Spider (text-to-SQL).

The Spider students table, restaurants with street address and rating, their types, and students'
visits with time and money spent.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/restaurant_1/restaurant_1.sqlite (Spider's restaurant_1, all rows)"
)
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
    "restaurant": (
        "Restaurant",
        (
            "ResID integer NOT NULL",
            "ResName varchar(100)",
            "Address varchar(100)",
            "Rating integer",
        ),
        "PRIMARY KEY (ResID)",
    ),
    "type_of_restaurant": (
        "Type_Of_Restaurant",
        (
            "ResID integer",
            "ResTypeID integer",
        ),
        "",
    ),
    "restaurant_type": (
        "Restaurant_Type",
        (
            "ResTypeID integer NOT NULL",
            "ResTypeName varchar(40)",
            "ResTypeDescription varchar(100)",
        ),
        "PRIMARY KEY (ResTypeID)",
    ),
    "visits_restaurant": (
        "Visits_Restaurant",
        (
            "StuID integer",
            "ResID integer",
            '"Time" timestamp',
            "Spent double precision",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of restaurant_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/restaurant_1/restaurant_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
