"""Held-out set spider_attendance: the ``performance_attendance`` database of Spider (text-to-SQL).

Orchestra members (name, nationality, instrument), performances (date, hosting team, arena,
attendance) and attendance with pieces played.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/performance_attendance/performance_attendance.sqlite "
    "(Spider's performance_attendance, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "member": (
        "member",
        (
            "Member_ID VARCHAR(255) NOT NULL",
            "Name VARCHAR(255)",
            "Nationality VARCHAR(255)",
            "Role VARCHAR(255)",
        ),
        "PRIMARY KEY (Member_ID)",
    ),
    "performance": (
        "performance",
        (
            "Performance_ID DOUBLE NOT NULL",
            "Date VARCHAR(255)",
            "Host VARCHAR(255)",
            "Location VARCHAR(255)",
            "Attendance INT",
        ),
        "PRIMARY KEY (Performance_ID)",
    ),
    "member_attendance": (
        "member_attendance",
        (
            "Member_ID INT NOT NULL",
            "Performance_ID INT NOT NULL",
            "Num_of_Pieces INT",
        ),
        "PRIMARY KEY (Member_ID, Performance_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of performance_attendance as one MariaDB script."""
    data = read("datasets/spider/database/performance_attendance/performance_attendance.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
