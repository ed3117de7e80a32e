"""Held-out set spider_dorm: the ``dorm_1`` database of Spider (text-to-SQL).

The Spider students table (name, age, sex, major, advisor, city code), dorms with capacity and
gender, amenities, and who lives in which dorm and room.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/dorm_1/dorm_1.sqlite (Spider's dorm_1, all rows)"
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
    "dorm": (
        "Dorm",
        (
            "dormid integer",
            "dorm_name varchar(20)",
            "student_capacity integer",
            "gender varchar(1)",
        ),
        "",
    ),
    "dorm_amenity": (
        "Dorm_amenity",
        (
            "amenid integer",
            "amenity_name varchar(25)",
        ),
        "",
    ),
    "has_amenity": (
        "Has_amenity",
        (
            "dormid integer",
            "amenid integer",
        ),
        "",
    ),
    "lives_in": (
        "Lives_in",
        (
            "stuid integer",
            "dormid integer",
            "room_number integer",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of dorm_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/dorm_1/dorm_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
