"""Held-out set spider_allergy: the ``allergy_1`` database of Spider (text-to-SQL).

The Spider students table (surname, first name, age, sex, major, advisor, a city code), the
allergies each student has, and the allergy types (food, animal, environmental). All tables and all
their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL typed from the file's
own declarations and checked against its values: ``INT``/``INTEGER`` as ``integer``, ``REAL`` as
``double precision``, ``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME`` as ``timestamp``,
``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names unquoted (so lower
case) unless they need quotes; primary keys kept where the file's rows are unique on them, foreign
keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/allergy_1/allergy_1.sqlite (Spider's allergy_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "allergy_type": (
        "Allergy_Type",
        (
            "Allergy varchar(20) NOT NULL",
            "AllergyType varchar(20)",
        ),
        "PRIMARY KEY (Allergy)",
    ),
    "has_allergy": (
        "Has_Allergy",
        (
            "StuID integer",
            "Allergy varchar(20)",
        ),
        "",
    ),
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
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of allergy_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/allergy_1/allergy_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
