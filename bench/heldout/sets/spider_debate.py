"""Held-out set spider_debate: the ``debate`` database of Spider (text-to-SQL).

People (congressional district, name, party, age), debates with venue and audience, and who argued
for and against.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out. Besides:
``debate_people.If_Affirmative_Win`` (declared bool) kept as text: it holds strings.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/debate/debate.sqlite (Spider's debate, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "people": (
        "people",
        (
            "People_ID INT NOT NULL",
            "District VARCHAR(255)",
            "Name VARCHAR(255)",
            "Party VARCHAR(255)",
            "Age INT",
        ),
        "PRIMARY KEY (People_ID)",
    ),
    "debate": (
        "debate",
        (
            "Debate_ID INT NOT NULL",
            "Date VARCHAR(255)",
            "Venue VARCHAR(255)",
            "Num_of_Audience INT",
        ),
        "PRIMARY KEY (Debate_ID)",
    ),
    "debate_people": (
        "debate_people",
        (
            "Debate_ID INT NOT NULL",
            "Affirmative INT NOT NULL",
            "Negative INT NOT NULL",
            "If_Affirmative_Win VARCHAR(255)",
        ),
        "PRIMARY KEY (Debate_ID, Affirmative, Negative)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of debate as one MariaDB script."""
    data = read("datasets/spider/database/debate/debate.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
