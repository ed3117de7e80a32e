"""Held-out set spider_hiring: the ``employee_hire_evaluation`` database of Spider (text-to-SQL).

Employees (full names of rugby players, age, city), shops (named after football clubs, with
town, stadium and the manager's full name), hirings (start year, full time as ``T``/``F``) and
yearly evaluations with bonuses, all four tables and all their rows, loaded into MariaDB from
the benchmark's SQLite file with the DDL translated by hand: ``int`` as ``INT``, ``real`` as
``DOUBLE``, ``text`` as ``VARCHAR(255)``, ``bool`` as ``CHAR(1)`` (the file holds ``T`` and
``F``), names as written; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/employee_hire_evaluation/employee_hire_evaluation.sqlite "
    "(Spider's employee_hire_evaluation, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "employee": (
        "employee",
        ("Employee_ID INT NOT NULL", "Name VARCHAR(255)", "Age INT", "City VARCHAR(255)"),
        "PRIMARY KEY (Employee_ID)",
    ),
    "shop": (
        "shop",
        (
            "Shop_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Location VARCHAR(255)",
            "District VARCHAR(255)",
            "Number_products INT",
            "Manager_name VARCHAR(255)",
        ),
        "PRIMARY KEY (Shop_ID)",
    ),
    "hiring": (
        "hiring",
        (
            "Shop_ID INT",
            "Employee_ID INT NOT NULL",
            "Start_from VARCHAR(255)",
            "Is_full_time CHAR(1)",
        ),
        "PRIMARY KEY (Employee_ID)",
    ),
    "evaluation": (
        "evaluation",
        ("Employee_ID VARCHAR(255) NOT NULL", "Year_awarded VARCHAR(255) NOT NULL", "Bonus DOUBLE"),
        "PRIMARY KEY (Employee_ID, Year_awarded)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of employee_hire_evaluation as one MariaDB script."""
    data = read("datasets/spider/database/employee_hire_evaluation/employee_hire_evaluation.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
