"""Held-out set spider_representatives: the ``election_representative`` database of Spider
(text-to-SQL).

US representatives (name, state, party, lifespan as ``1916-2003`` with an en dash) and election
results (votes, share, seats, place).

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/election_representative/election_representative.sqlite "
    "(Spider's election_representative, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "election": (
        "election",
        (
            "Election_ID INT NOT NULL",
            "Representative_ID INT",
            "Date VARCHAR(255)",
            "Votes DOUBLE",
            "Vote_Percent DOUBLE",
            "Seats DOUBLE",
            "Place DOUBLE",
        ),
        "PRIMARY KEY (Election_ID)",
    ),
    "representative": (
        "representative",
        (
            "Representative_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "State VARCHAR(255)",
            "Party VARCHAR(255)",
            "Lifespan VARCHAR(255)",
        ),
        "PRIMARY KEY (Representative_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of election_representative as one MariaDB script."""
    data = read("datasets/spider/database/election_representative/election_representative.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
