"""Held-out set spider_pets: the ``pets_1`` database of Spider (text-to-SQL).

The Spider students table (name, age, sex, major, advisor, city code), their pets (type, age,
weight) and who owns which.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/pets_1/pets_1.sqlite (Spider's pets_1, all rows)"
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
    "has_pet": (
        "Has_Pet",
        (
            "StuID INT",
            "PetID INT",
        ),
        "",
    ),
    "pets": (
        "Pets",
        (
            "PetID INT NOT NULL",
            "PetType VARCHAR(20)",
            "pet_age INT",
            "weight DOUBLE",
        ),
        "PRIMARY KEY (PetID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of pets_1 as one MariaDB script."""
    data = read("datasets/spider/database/pets_1/pets_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
