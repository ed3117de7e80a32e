"""Held-out set spider_movies: the ``movie_1`` database of Spider (text-to-SQL).

Movies with year and director, reviewers by name and their star ratings with dates.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/movie_1/movie_1.sqlite (Spider's movie_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "movie": (
        "Movie",
        (
            "mID integer NOT NULL",
            "title text",
            "year integer",
            "director text",
        ),
        "PRIMARY KEY (mID)",
    ),
    "reviewer": (
        "Reviewer",
        (
            "rID integer NOT NULL",
            "name text",
        ),
        "PRIMARY KEY (rID)",
    ),
    "rating": (
        "Rating",
        (
            "rID integer",
            "mID integer",
            "stars integer",
            "ratingDate date",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of movie_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/movie_1/movie_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
