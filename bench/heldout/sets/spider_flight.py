"""Held-out set spider_flight: the ``flight_1`` database of Spider (text-to-SQL).

Flights (origin, destination, distance, times, price), aircraft, employees (nine-digit employee
numbers as the key, full names, salaries) and their certificates for aircraft, all four tables and
all their rows, loaded into MariaDB from the benchmark's SQLite file with the DDL translated by
hand: the same columns in the same order, ``number(p,s)`` as ``DECIMAL(p,s)``, ``varchar2`` as
``VARCHAR``, and the two ``date`` columns as ``VARCHAR(20)`` because the file holds strings such as
``04/12/2005 09:30`` there; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/flight_1/flight_1.sqlite (Spider's flight_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "flight": (
        "flight",
        (
            "flno DECIMAL(4,0) NOT NULL",
            "origin VARCHAR(20)",
            "destination VARCHAR(20)",
            "distance DECIMAL(6,0)",
            "departure_date VARCHAR(20)",
            "arrival_date VARCHAR(20)",
            "price DECIMAL(7,2)",
            "aid DECIMAL(9,0)",
        ),
        "PRIMARY KEY (flno)",
    ),
    "aircraft": (
        "aircraft",
        (
            "aid DECIMAL(9,0) NOT NULL",
            "name VARCHAR(30)",
            "distance DECIMAL(6,0)",
        ),
        "PRIMARY KEY (aid)",
    ),
    "employee": (
        "employee",
        (
            "eid DECIMAL(9,0) NOT NULL",
            "name VARCHAR(30)",
            "salary DECIMAL(10,2)",
        ),
        "PRIMARY KEY (eid)",
    ),
    "certificate": (
        "certificate",
        (
            "eid DECIMAL(9,0) NOT NULL",
            "aid DECIMAL(9,0) NOT NULL",
        ),
        "PRIMARY KEY (eid, aid)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of flight_1 as one MariaDB script."""
    data = read("datasets/spider/database/flight_1/flight_1.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
