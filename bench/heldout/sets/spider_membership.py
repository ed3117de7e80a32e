"""Held-out set spider_membership: the ``shop_membership`` database of Spider (text-to-SQL).

Shop members (full names of American football players, card numbers such as ``LE99``, home towns as
``City, State``, a level), branches (named after surnames, with road and city), registrations and
yearly purchases in pounds. All tables and all their rows, loaded into MariaDB from the benchmark's
SQLite file under DDL typed from the file's own declarations and checked against its values:
``INTEGER`` as ``INT``, ``REAL`` as ``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``,
``DATE``, ``DECIMAL`` and ``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept
where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/shop_membership/shop_membership.sqlite "
    "(Spider's shop_membership, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "member": (
        "member",
        (
            "Member_ID INT NOT NULL",
            "Card_Number VARCHAR(255)",
            "Name VARCHAR(255)",
            "Hometown VARCHAR(255)",
            "Level INT",
        ),
        "PRIMARY KEY (Member_ID)",
    ),
    "branch": (
        "branch",
        (
            "Branch_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Open_year VARCHAR(255)",
            "Address_road VARCHAR(255)",
            "City VARCHAR(255)",
            "membership_amount VARCHAR(255)",
        ),
        "PRIMARY KEY (Branch_ID)",
    ),
    "membership_register_branch": (
        "membership_register_branch",
        (
            "Member_ID INT NOT NULL",
            "Branch_ID VARCHAR(255)",
            "Register_Year VARCHAR(255)",
        ),
        "PRIMARY KEY (Member_ID)",
    ),
    "purchase": (
        "purchase",
        (
            "Member_ID INT NOT NULL",
            "Branch_ID VARCHAR(255) NOT NULL",
            "Year VARCHAR(255) NOT NULL",
            "Total_pounds DOUBLE",
        ),
        "PRIMARY KEY (Member_ID, Branch_ID, Year)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of shop_membership as one MariaDB script."""
    data = read("datasets/spider/database/shop_membership/shop_membership.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
