"""Held-out set spider_classlist: the ``student_1`` database of Spider (text-to-SQL).

An elementary school's class list (upper-case last and first names, grade, classroom) and teachers
by classroom.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/student_1/student_1.sqlite (Spider's student_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "list": (
        "list",
        (
            "LastName text NOT NULL",
            "FirstName text NOT NULL",
            "Grade integer",
            "Classroom integer",
        ),
        "PRIMARY KEY (LastName, FirstName)",
    ),
    "teachers": (
        "teachers",
        (
            "LastName text NOT NULL",
            "FirstName text NOT NULL",
            "Classroom integer",
        ),
        "PRIMARY KEY (LastName, FirstName)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of student_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/student_1/student_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
