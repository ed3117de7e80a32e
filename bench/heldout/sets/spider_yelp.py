"""Held-out set spider_yelp: the ``yelp`` database of Spider (text-to-SQL).

Yelp businesses (name, full address, city, coordinates, state, rating), categories, neighbourhoods,
check-ins, users (Yelp id, name), reviews and tips with text, rating and date; every table is empty
in the file, so the set tests names and types alone.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/yelp/yelp.sqlite (Spider's yelp, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "business": (
        "business",
        (
            "bid INT NOT NULL",
            "business_id TEXT",
            "name TEXT",
            "full_address TEXT",
            "city TEXT",
            "latitude TEXT",
            "longitude TEXT",
            "review_count INT",
            "is_open INT",
            "rating DOUBLE",
            "state TEXT",
        ),
        "PRIMARY KEY (bid)",
    ),
    "category": (
        "category",
        (
            "id INT NOT NULL",
            "business_id TEXT",
            "category_name TEXT",
        ),
        "PRIMARY KEY (id)",
    ),
    "user": (
        "user",
        (
            "uid INT NOT NULL",
            "user_id TEXT",
            "name TEXT",
        ),
        "PRIMARY KEY (uid)",
    ),
    "checkin": (
        "checkin",
        (
            "cid INT NOT NULL",
            "business_id TEXT",
            "`count` INT",
            "`day` TEXT",
        ),
        "PRIMARY KEY (cid)",
    ),
    "neighbourhood": (
        "neighbourhood",
        (
            "id INT NOT NULL",
            "business_id TEXT",
            "neighbourhood_name TEXT",
        ),
        "PRIMARY KEY (id)",
    ),
    "review": (
        "review",
        (
            "rid INT NOT NULL",
            "business_id TEXT",
            "user_id TEXT",
            "rating DOUBLE",
            "`text` TEXT",
            "`year` INT",
            "`month` TEXT",
        ),
        "PRIMARY KEY (rid)",
    ),
    "tip": (
        "tip",
        (
            "tip_id INT NOT NULL",
            "business_id TEXT",
            "`text` TEXT",
            "user_id TEXT",
            "likes INT",
            "`year` INT",
            "`month` TEXT",
        ),
        "PRIMARY KEY (tip_id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of yelp as one MariaDB script."""
    data = read("datasets/spider/database/yelp/yelp.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
