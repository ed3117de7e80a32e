"""Held-out set spider_college: the ``college_1`` database of the Spider text-to-SQL benchmark.

The "TinyCollege" of a database textbook (employees, professors, students, departments, courses,
classes, enrolments), all seven tables and all their rows, loaded into MariaDB from the
benchmark's SQLite file with the DDL translated by hand: the same upper-case column names in the
same order, ``float(8)`` as ``DOUBLE``, ``numeric`` as ``DECIMAL(10,0)``; primary keys kept,
foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/college_1/college_1.sqlite (Spider's college_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "class": (
        "CLASS",
        (
            "CLASS_CODE VARCHAR(5) NOT NULL",
            "CRS_CODE VARCHAR(10)",
            "CLASS_SECTION VARCHAR(2)",
            "CLASS_TIME VARCHAR(20)",
            "CLASS_ROOM VARCHAR(8)",
            "PROF_NUM INT",
        ),
        "PRIMARY KEY (CLASS_CODE)",
    ),
    "course": (
        "COURSE",
        (
            "CRS_CODE VARCHAR(10) NOT NULL",
            "DEPT_CODE VARCHAR(10)",
            "CRS_DESCRIPTION VARCHAR(35)",
            "CRS_CREDIT DOUBLE",
        ),
        "PRIMARY KEY (CRS_CODE)",
    ),
    "department": (
        "DEPARTMENT",
        (
            "DEPT_CODE VARCHAR(10) NOT NULL",
            "DEPT_NAME VARCHAR(30)",
            "SCHOOL_CODE VARCHAR(8)",
            "EMP_NUM INT",
            "DEPT_ADDRESS VARCHAR(20)",
            "DEPT_EXTENSION VARCHAR(4)",
        ),
        "PRIMARY KEY (DEPT_CODE)",
    ),
    "employee": (
        "EMPLOYEE",
        (
            "EMP_NUM INT NOT NULL",
            "EMP_LNAME VARCHAR(15)",
            "EMP_FNAME VARCHAR(12)",
            "EMP_INITIAL VARCHAR(1)",
            "EMP_JOBCODE VARCHAR(5)",
            "EMP_HIREDATE DATETIME",
            "EMP_DOB DATETIME",
        ),
        "PRIMARY KEY (EMP_NUM)",
    ),
    "enroll": (
        "ENROLL",
        ("CLASS_CODE VARCHAR(5)", "STU_NUM INT", "ENROLL_GRADE VARCHAR(50)"),
        "",
    ),
    "professor": (
        "PROFESSOR",
        (
            "EMP_NUM INT",
            "DEPT_CODE VARCHAR(10)",
            "PROF_OFFICE VARCHAR(50)",
            "PROF_EXTENSION VARCHAR(4)",
            "PROF_HIGH_DEGREE VARCHAR(5)",
        ),
        "",
    ),
    "student": (
        "STUDENT",
        (
            "STU_NUM INT NOT NULL",
            "STU_LNAME VARCHAR(15)",
            "STU_FNAME VARCHAR(15)",
            "STU_INIT VARCHAR(1)",
            "STU_DOB DATETIME",
            "STU_HRS INT",
            "STU_CLASS VARCHAR(2)",
            "STU_GPA DOUBLE",
            "STU_TRANSFER DECIMAL(10,0)",
            "DEPT_CODE VARCHAR(18)",
            "STU_PHONE VARCHAR(4)",
            "PROF_NUM INT",
        ),
        "PRIMARY KEY (STU_NUM)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of college_1 as one MariaDB script."""
    data = read("datasets/spider/database/college_1/college_1.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
