"""Held-out set spider_repair: the ``machine_repair`` database of Spider (text-to-SQL).

Technicians (name, team, starting year, age), machines (motorcycles) with team and quality, repairs
with launch date and notes, and assignments.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/machine_repair/machine_repair.sqlite "
    "(Spider's machine_repair, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "repair": (
        "repair",
        (
            "repair_ID INT NOT NULL",
            "name VARCHAR(255)",
            "Launch_Date VARCHAR(255)",
            "Notes VARCHAR(255)",
        ),
        "PRIMARY KEY (repair_ID)",
    ),
    "machine": (
        "machine",
        (
            "Machine_ID INT NOT NULL",
            "Making_Year INT",
            "Class VARCHAR(255)",
            "Team VARCHAR(255)",
            "Machine_series VARCHAR(255)",
            "value_points DOUBLE",
            "quality_rank INT",
        ),
        "PRIMARY KEY (Machine_ID)",
    ),
    "technician": (
        "technician",
        (
            "technician_id DOUBLE NOT NULL",
            "Name VARCHAR(255)",
            "Team VARCHAR(255)",
            "Starting_Year DOUBLE",
            "Age INT",
        ),
        "PRIMARY KEY (technician_id)",
    ),
    "repair_assignment": (
        "repair_assignment",
        (
            "technician_id INT NOT NULL",
            "repair_ID INT NOT NULL",
            "Machine_ID INT NOT NULL",
        ),
        "PRIMARY KEY (technician_id, repair_ID, Machine_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of machine_repair as one MariaDB script."""
    data = read("datasets/spider/database/machine_repair/machine_repair.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
