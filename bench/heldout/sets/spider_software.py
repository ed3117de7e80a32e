"""Held-out set spider_software: Spider's ``tracking_software_problems`` database (text-to-SQL).

Software problems reported on products, the staff (first and last names, a one-letter
``other_staff_details``) who reported, closed or were assigned them, and a problem log; category
and status codes. All tables and all their rows, loaded into MariaDB from the benchmark's SQLite
file under DDL typed from the file's own declarations and checked against its values: ``INTEGER``
as ``INT``, ``REAL`` as ``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``,
``DECIMAL`` and ``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept where the
file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/tracking_software_problems/tracking_software_problems.sqlite "
    "(Spider's tracking_software_problems, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "problem_category_codes": (
        "Problem_Category_Codes",
        (
            "problem_category_code VARCHAR(20) NOT NULL",
            "problem_category_description VARCHAR(80)",
        ),
        "PRIMARY KEY (problem_category_code)",
    ),
    "problem_log": (
        "Problem_Log",
        (
            "problem_log_id INT NOT NULL",
            "assigned_to_staff_id INT",
            "problem_id INT",
            "problem_category_code VARCHAR(20)",
            "problem_status_code VARCHAR(20)",
            "log_entry_date DATETIME",
            "log_entry_description VARCHAR(255)",
            "log_entry_fix VARCHAR(255)",
            "other_log_details VARCHAR(255)",
        ),
        "PRIMARY KEY (problem_log_id)",
    ),
    "problem_status_codes": (
        "Problem_Status_Codes",
        (
            "problem_status_code VARCHAR(20) NOT NULL",
            "problem_status_description VARCHAR(80)",
        ),
        "PRIMARY KEY (problem_status_code)",
    ),
    "product": (
        "Product",
        (
            "product_id INT NOT NULL",
            "product_name VARCHAR(80)",
            "product_details VARCHAR(255)",
        ),
        "PRIMARY KEY (product_id)",
    ),
    "staff": (
        "Staff",
        (
            "staff_id INT NOT NULL",
            "staff_first_name VARCHAR(80)",
            "staff_last_name VARCHAR(80)",
            "other_staff_details VARCHAR(255)",
        ),
        "PRIMARY KEY (staff_id)",
    ),
    "problems": (
        "Problems",
        (
            "problem_id INT NOT NULL",
            "product_id INT",
            "closure_authorised_by_staff_id INT",
            "reported_by_staff_id INT",
            "date_problem_reported DATETIME",
            "date_problem_closed DATETIME",
            "problem_description VARCHAR(255)",
            "other_problem_details VARCHAR(255)",
        ),
        "PRIMARY KEY (problem_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of tracking_software_problems as one MariaDB script."""
    data = read(
        "datasets/spider/database/tracking_software_problems/tracking_software_problems.sqlite"
    )
    return sqlitesource.script(data, _TABLES, ENGINE)
