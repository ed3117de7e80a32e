"""Held-out set spider_activity: the ``activity_1`` database of Spider (text-to-SQL).

Students (last and first name, age, sex, major, advisor, a three-letter city code), faculty
members (last and first name, rank, sex, a four-digit phone extension, room and building), the
activities they take part in and the two link tables, all five tables and all their rows,
loaded into MariaDB from the benchmark's SQLite file with the DDL translated by hand: the
types of the file kept (``INTEGER`` as ``INT``, ``VARCHAR`` lengths as written), the mixed
``StuID``/``Fname``/``city_code`` names as written; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/activity_1/activity_1.sqlite (Spider's activity_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "activity": (
        "Activity",
        ("actid INT NOT NULL", "activity_name VARCHAR(25)"),
        "PRIMARY KEY (actid)",
    ),
    "participates_in": ("Participates_in", ("stuid INT", "actid INT"), ""),
    "faculty_participates_in": ("Faculty_Participates_in", ("FacID INT", "actid INT"), ""),
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
    "faculty": (
        "Faculty",
        (
            "FacID INT NOT NULL",
            "Lname VARCHAR(15)",
            "Fname VARCHAR(15)",
            "`Rank` VARCHAR(15)",
            "Sex VARCHAR(1)",
            "Phone INT",
            "Room VARCHAR(5)",
            "Building VARCHAR(13)",
        ),
        "PRIMARY KEY (FacID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of activity_1 as one MariaDB script."""
    data = read("datasets/spider/database/activity_1/activity_1.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
