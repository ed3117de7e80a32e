"""Held-out set spider_festival: the ``music_4`` database of Spider (text-to-SQL).

Music artists (stage or band name, age, famous title and its release date), chart volumes with issue
dates, weeks on top and song, and music festivals with category and result.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/music_4/music_4.sqlite (Spider's music_4, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "artist": (
        "artist",
        (
            "Artist_ID INT NOT NULL",
            "Artist TEXT",
            "Age INT",
            "Famous_Title TEXT",
            "Famous_Release_date TEXT",
        ),
        "PRIMARY KEY (Artist_ID)",
    ),
    "volume": (
        "volume",
        (
            "Volume_ID INT NOT NULL",
            "Volume_Issue TEXT",
            "Issue_Date TEXT",
            "Weeks_on_Top DOUBLE",
            "Song TEXT",
            "Artist_ID INT",
        ),
        "PRIMARY KEY (Volume_ID)",
    ),
    "music_festival": (
        "music_festival",
        (
            "ID INT NOT NULL",
            "Music_Festival TEXT",
            "Date_of_ceremony TEXT",
            "Category TEXT",
            "Volume INT",
            "Result TEXT",
        ),
        "PRIMARY KEY (ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of music_4 as one MariaDB script."""
    data = read("datasets/spider/database/music_4/music_4.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
