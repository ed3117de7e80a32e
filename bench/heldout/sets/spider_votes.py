"""Held-out set spider_votes: the ``voter_1`` database of Spider (text-to-SQL).

A TV talent contest: contestants by name, US area codes with their state, and votes with the
voter's phone number, state and time.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out. Besides:
``VOTES.phone_number`` (declared INTEGER) as a 64-bit integer: its values need it; ``VOTES.state``
widened from 2 to 4 characters.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/voter_1/voter_1.sqlite (Spider's voter_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "area_code_state": (
        "AREA_CODE_STATE",
        (
            "area_code INT NOT NULL",
            "state VARCHAR(2)",
        ),
        "PRIMARY KEY (area_code)",
    ),
    "contestants": (
        "CONTESTANTS",
        (
            "contestant_number INT NOT NULL",
            "contestant_name VARCHAR(50)",
        ),
        "PRIMARY KEY (contestant_number)",
    ),
    "votes": (
        "VOTES",
        (
            "vote_id INT NOT NULL",
            "phone_number BIGINT",
            "state VARCHAR(4)",
            "contestant_number INT",
            "created DATETIME",
        ),
        "PRIMARY KEY (vote_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of voter_1 as one MariaDB script."""
    data = read("datasets/spider/database/voter_1/voter_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
