"""Held-out set spider_wrestler: the ``wrestler`` database of Spider (text-to-SQL).

Wrestlers (ring names, reign, days held, location, event) and eliminations naming who eliminated
whom, the move and the time.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/wrestler/wrestler.sqlite (Spider's wrestler, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "wrestler": (
        "wrestler",
        (
            "Wrestler_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Reign VARCHAR(255)",
            "Days_held VARCHAR(255)",
            "Location VARCHAR(255)",
            "Event VARCHAR(255)",
        ),
        "PRIMARY KEY (Wrestler_ID)",
    ),
    "elimination": (
        "Elimination",
        (
            "Elimination_ID VARCHAR(255) NOT NULL",
            "Wrestler_ID VARCHAR(255)",
            "Team VARCHAR(255)",
            "Eliminated_By VARCHAR(255)",
            "Elimination_Move VARCHAR(255)",
            "Time VARCHAR(255)",
        ),
        "PRIMARY KEY (Elimination_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of wrestler as one MariaDB script."""
    data = read("datasets/spider/database/wrestler/wrestler.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
