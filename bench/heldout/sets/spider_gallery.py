"""Held-out set spider_gallery: the ``theme_gallery`` database of Spider (text-to-SQL).

Artists (name, country, year joined, age), exhibitions with theme and ticket price, and attendance
records.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/theme_gallery/theme_gallery.sqlite (Spider's theme_gallery, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "artist": (
        "artist",
        (
            "Artist_ID integer NOT NULL",
            "Name text",
            "Country text",
            "Year_Join integer",
            "Age integer",
        ),
        "PRIMARY KEY (Artist_ID)",
    ),
    "exhibition": (
        "exhibition",
        (
            "Exhibition_ID integer NOT NULL",
            "Year integer",
            "Theme text",
            "Artist_ID integer",
            "Ticket_Price double precision",
        ),
        "PRIMARY KEY (Exhibition_ID)",
    ),
    "exhibition_record": (
        "exhibition_record",
        (
            "Exhibition_ID integer NOT NULL",
            "Date text NOT NULL",
            "Attendance integer",
        ),
        "PRIMARY KEY (Exhibition_ID, Date)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of theme_gallery as one PostgreSQL script."""
    data = read("datasets/spider/database/theme_gallery/theme_gallery.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
