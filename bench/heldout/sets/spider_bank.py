"""Held-out set spider_bank: the ``small_bank_1`` database of Spider (text-to-SQL).

A small bank's customers (surnames only), checking and savings balances by customer id.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/small_bank_1/small_bank_1.sqlite (Spider's small_bank_1, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "accounts": (
        "ACCOUNTS",
        (
            "custid INT NOT NULL",
            "name VARCHAR(64)",
        ),
        "PRIMARY KEY (custid)",
    ),
    "savings": (
        "SAVINGS",
        (
            "custid INT NOT NULL",
            "balance DOUBLE",
        ),
        "PRIMARY KEY (custid)",
    ),
    "checking": (
        "CHECKING",
        (
            "custid INT NOT NULL",
            "balance DOUBLE",
        ),
        "PRIMARY KEY (custid)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of small_bank_1 as one MariaDB script."""
    data = read("datasets/spider/database/small_bank_1/small_bank_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
