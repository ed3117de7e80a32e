"""Held-out set spider_deptmgmt: the ``department_management`` database of Spider (text-to-SQL).

US government departments with budget and staff, department heads (name, state of birth, age), and
which head manages which department, acting or not.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/department_management/department_management.sqlite "
    "(Spider's department_management, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "department": (
        "department",
        (
            "Department_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Creation VARCHAR(255)",
            "Ranking INT",
            "Budget_in_Billions DOUBLE",
            "Num_Employees DOUBLE",
        ),
        "PRIMARY KEY (Department_ID)",
    ),
    "head": (
        "head",
        (
            "head_ID INT NOT NULL",
            "name VARCHAR(255)",
            "born_state VARCHAR(255)",
            "age DOUBLE",
        ),
        "PRIMARY KEY (head_ID)",
    ),
    "management": (
        "management",
        (
            "department_ID INT NOT NULL",
            "head_ID INT NOT NULL",
            "temporary_acting VARCHAR(255)",
        ),
        "PRIMARY KEY (department_ID, head_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of department_management as one MariaDB script."""
    data = read("datasets/spider/database/department_management/department_management.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
