"""Held-out set spider_college3: the ``college_3`` database of the Spider text-to-SQL benchmark.

A university's students and faculty (abbreviated PascalCase columns: ``StuID``, ``LName``,
``Fname``, ``Sex``; faculty phone extensions, rooms and buildings), departments with their own
phone extensions, courses, enrolments with grades, minors, faculty appointments and a grade
table, all eight tables and all their rows, loaded into MariaDB from the benchmark's SQLite file
with the DDL translated by hand: the same columns in the same order, ``FLOAT`` as ``DOUBLE``,
``Rank`` quoted; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/college_3/college_3.sqlite (Spider's college_3, all rows)"
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
    "department": (
        "Department",
        (
            "DNO INT NOT NULL",
            "Division VARCHAR(2)",
            "DName VARCHAR(25)",
            "Room VARCHAR(5)",
            "Building VARCHAR(13)",
            "DPhone INT",
        ),
        "PRIMARY KEY (DNO)",
    ),
    "member_of": (
        "Member_of",
        (
            "FacID INT",
            "DNO INT",
            "Appt_Type VARCHAR(15)",
        ),
        "",
    ),
    "course": (
        "Course",
        (
            "CID VARCHAR(7) NOT NULL",
            "CName VARCHAR(40)",
            "Credits INT",
            "Instructor INT",
            "Days VARCHAR(5)",
            "Hours VARCHAR(11)",
            "DNO INT",
        ),
        "PRIMARY KEY (CID)",
    ),
    "minor_in": (
        "Minor_in",
        (
            "StuID INT",
            "DNO INT",
        ),
        "",
    ),
    "enrolled_in": (
        "Enrolled_in",
        (
            "StuID INT",
            "CID VARCHAR(7)",
            "Grade VARCHAR(2)",
        ),
        "",
    ),
    "gradeconversion": (
        "Gradeconversion",
        (
            "lettergrade VARCHAR(2) NOT NULL",
            "gradepoint DOUBLE",
        ),
        "PRIMARY KEY (lettergrade)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of college_3 as one MariaDB script."""
    data = read("datasets/spider/database/college_3/college_3.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
