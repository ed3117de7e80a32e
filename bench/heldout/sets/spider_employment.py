"""Held-out set spider_employment: the ``company_employee`` database of Spider (text-to-SQL).

People (age, full name, nationality, the college they graduated from), companies (headquarters
country, industry, sales, profits, assets, market value) and who worked where for how many years.
All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values: ``INTEGER`` as ``INT``, ``REAL``
as ``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``, ``DECIMAL`` and
``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept where the file's rows are
unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/company_employee/company_employee.sqlite "
    "(Spider's company_employee, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "people": (
        "people",
        (
            "People_ID INT NOT NULL",
            "Age INT",
            "Name VARCHAR(255)",
            "Nationality VARCHAR(255)",
            "Graduation_College VARCHAR(255)",
        ),
        "PRIMARY KEY (People_ID)",
    ),
    "company": (
        "company",
        (
            "Company_ID DOUBLE NOT NULL",
            "Name VARCHAR(255)",
            "Headquarters VARCHAR(255)",
            "Industry VARCHAR(255)",
            "Sales_in_Billion DOUBLE",
            "Profits_in_Billion DOUBLE",
            "Assets_in_Billion DOUBLE",
            "Market_Value_in_Billion DOUBLE",
        ),
        "PRIMARY KEY (Company_ID)",
    ),
    "employment": (
        "employment",
        (
            "Company_ID INT NOT NULL",
            "People_ID INT NOT NULL",
            "Year_working INT",
        ),
        "PRIMARY KEY (Company_ID, People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of company_employee as one MariaDB script."""
    data = read("datasets/spider/database/company_employee/company_employee.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
