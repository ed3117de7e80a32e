"""Held-out set spider_teach: the ``course_teach`` database of Spider (text-to-SQL).

Courses with starting dates, teachers (name, age, home town as a district) and which teacher
teaches which course to which grade.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/course_teach/course_teach.sqlite (Spider's course_teach, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "course": (
        "course",
        (
            "Course_ID INT NOT NULL",
            "Staring_Date VARCHAR(255)",
            "Course VARCHAR(255)",
        ),
        "PRIMARY KEY (Course_ID)",
    ),
    "teacher": (
        "teacher",
        (
            "Teacher_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Age VARCHAR(255)",
            "Hometown VARCHAR(255)",
        ),
        "PRIMARY KEY (Teacher_ID)",
    ),
    "course_arrange": (
        "course_arrange",
        (
            "Course_ID INT NOT NULL",
            "Teacher_ID INT NOT NULL",
            "Grade INT NOT NULL",
        ),
        "PRIMARY KEY (Course_ID, Teacher_ID, Grade)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of course_teach as one MariaDB script."""
    data = read("datasets/spider/database/course_teach/course_teach.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
