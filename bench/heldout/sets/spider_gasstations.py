"""Held-out set spider_gasstations: the ``gas_company`` database of Spider (text-to-SQL).

The world's largest companies (rank, headquarters country, industry, sales, profits, assets, market
value), gas stations with location, opening year and the names of their manager, vice-manager and
representative, and which company runs which station.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/gas_company/gas_company.sqlite (Spider's gas_company, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "company": (
        "company",
        (
            "Company_ID INT NOT NULL",
            "Rank INT",
            "Company TEXT",
            "Headquarters TEXT",
            "Main_Industry TEXT",
            "Sales_billion DOUBLE",
            "Profits_billion DOUBLE",
            "Assets_billion DOUBLE",
            "Market_Value DOUBLE",
        ),
        "PRIMARY KEY (Company_ID)",
    ),
    "gas_station": (
        "gas_station",
        (
            "Station_ID INT NOT NULL",
            "Open_Year INT",
            "Location TEXT",
            "Manager_Name TEXT",
            "Vice_Manager_Name TEXT",
            "Representative_Name TEXT",
        ),
        "PRIMARY KEY (Station_ID)",
    ),
    "station_company": (
        "station_company",
        (
            "Station_ID INT NOT NULL",
            "Company_ID INT NOT NULL",
            "Rank_of_the_Year INT",
        ),
        "PRIMARY KEY (Station_ID, Company_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of gas_company as one MariaDB script."""
    data = read("datasets/spider/database/gas_company/gas_company.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
