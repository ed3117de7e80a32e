"""Held-out set spider_college2: the ``college_2`` database of Spider (text-to-SQL).

The university of a database textbook: 50 instructors (a surname as the name, department,
salary), 2,000 students (a surname, department, total credits), their advisors, 30,000 course
enrolments with grades, courses, sections, classrooms, departments with budgets and time slots,
all eleven tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file
with the DDL translated by hand: the types of the file kept (``varchar`` lengths, ``numeric``);
primary keys kept, checks and foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/college_2/college_2.sqlite (Spider's college_2, all rows)"
ENGINE = "postgresql"

_SECTION_KEY = (
    "course_id varchar(8)",
    "sec_id varchar(8)",
    "semester varchar(6)",
    "year numeric(4,0)",
)
_TABLES: sqlitesource.Tables = {
    "classroom": (
        "classroom",
        ("building varchar(15)", "room_number varchar(7)", "capacity numeric(4,0)"),
        "PRIMARY KEY (building, room_number)",
    ),
    "department": (
        "department",
        ("dept_name varchar(20)", "building varchar(15)", "budget numeric(12,2)"),
        "PRIMARY KEY (dept_name)",
    ),
    "course": (
        "course",
        (
            "course_id varchar(8)",
            "title varchar(50)",
            "dept_name varchar(20)",
            "credits numeric(2,0)",
        ),
        "PRIMARY KEY (course_id)",
    ),
    "instructor": (
        "instructor",
        (
            "ID varchar(5)",
            "name varchar(20) NOT NULL",
            "dept_name varchar(20)",
            "salary numeric(8,2)",
        ),
        "PRIMARY KEY (ID)",
    ),
    "section": (
        "section",
        (
            *_SECTION_KEY,
            "building varchar(15)",
            "room_number varchar(7)",
            "time_slot_id varchar(4)",
        ),
        "PRIMARY KEY (course_id, sec_id, semester, year)",
    ),
    "teaches": (
        "teaches",
        ("ID varchar(5)", *_SECTION_KEY),
        "PRIMARY KEY (ID, course_id, sec_id, semester, year)",
    ),
    "student": (
        "student",
        (
            "ID varchar(5)",
            "name varchar(20) NOT NULL",
            "dept_name varchar(20)",
            "tot_cred numeric(3,0)",
        ),
        "PRIMARY KEY (ID)",
    ),
    "takes": (
        "takes",
        ("ID varchar(5)", *_SECTION_KEY, "grade varchar(2)"),
        "PRIMARY KEY (ID, course_id, sec_id, semester, year)",
    ),
    "advisor": ("advisor", ("s_ID varchar(5)", "i_ID varchar(5)"), "PRIMARY KEY (s_ID)"),
    "time_slot": (
        "time_slot",
        (
            "time_slot_id varchar(4)",
            "day varchar(1)",
            "start_hr numeric(2)",
            "start_min numeric(2)",
            "end_hr numeric(2)",
            "end_min numeric(2)",
        ),
        "PRIMARY KEY (time_slot_id, day, start_hr, start_min)",
    ),
    "prereq": (
        "prereq",
        ("course_id varchar(8)", "prereq_id varchar(8)"),
        "PRIMARY KEY (course_id, prereq_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of college_2 as one PostgreSQL script."""
    data = read("datasets/spider/database/college_2/college_2.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
