"""Held-out set spider_voter: the ``voter_2`` database of Spider (text-to-SQL).

The Spider students table (surname, first name, age, sex, major, advisor, a city code) and their
voting records: registration date, election cycle and, for six offices, the student id each student
voted for. All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file
under DDL typed from the file's own declarations and checked against its values: ``INTEGER`` as
``INT``, ``REAL`` as ``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``, ``DECIMAL``
and ``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept where the file's rows
are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/voter_2/voter_2.sqlite (Spider's voter_2, all rows)"
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
    "voting_record": (
        "Voting_record",
        (
            "StuID INT",
            "Registration_Date VARCHAR(12)",
            "Election_Cycle VARCHAR(12)",
            "President_Vote INT",
            "Vice_President_Vote INT",
            "Secretary_Vote INT",
            "Treasurer_Vote INT",
            "Class_President_Vote INT",
            "Class_Senator_Vote INT",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of voter_2 as one MariaDB script."""
    data = read("datasets/spider/database/voter_2/voter_2.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
