"""Held-out set spider_imdb: the ``imdb`` database of Spider (text-to-SQL).

Actors, directors, producers and writers (gender, name, nationality, birth city, birth year),
movies, TV series, companies, genres, keywords and the tables linking them. Every table is empty in
the file: the set tests names and types alone (``writer.name`` and ``writer.nationality`` are
declared ``INT``).

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/imdb/imdb.sqlite (Spider's imdb, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "actor": (
        "actor",
        (
            "aid integer NOT NULL",
            "gender text",
            "name text",
            "nationality text",
            "birth_city text",
            "birth_year integer",
        ),
        "PRIMARY KEY (aid)",
    ),
    "copyright": (
        "copyright",
        (
            "id integer NOT NULL",
            "msid integer",
            "cid integer",
        ),
        "PRIMARY KEY (id)",
    ),
    '"cast"': (
        "cast",
        (
            "id integer NOT NULL",
            "msid integer",
            "aid integer",
            "role integer",
        ),
        "PRIMARY KEY (id)",
    ),
    "genre": (
        "genre",
        (
            "gid integer NOT NULL",
            "genre text",
        ),
        "PRIMARY KEY (gid)",
    ),
    "classification": (
        "classification",
        (
            "id integer NOT NULL",
            "msid integer",
            "gid integer",
        ),
        "PRIMARY KEY (id)",
    ),
    "company": (
        "company",
        (
            "id integer NOT NULL",
            "name text",
            "country_code text",
        ),
        "PRIMARY KEY (id)",
    ),
    "director": (
        "director",
        (
            "did integer NOT NULL",
            "gender text",
            "name text",
            "nationality text",
            "birth_city text",
            "birth_year integer",
        ),
        "PRIMARY KEY (did)",
    ),
    "producer": (
        "producer",
        (
            "pid integer NOT NULL",
            "gender text",
            "name text",
            "nationality text",
            "birth_city text",
            "birth_year integer",
        ),
        "PRIMARY KEY (pid)",
    ),
    "directed_by": (
        "directed_by",
        (
            "id integer NOT NULL",
            "msid integer",
            "did integer",
        ),
        "PRIMARY KEY (id)",
    ),
    "keyword": (
        "keyword",
        (
            "id integer NOT NULL",
            "keyword text",
        ),
        "PRIMARY KEY (id)",
    ),
    "made_by": (
        "made_by",
        (
            "id integer NOT NULL",
            "msid integer",
            "pid integer",
        ),
        "PRIMARY KEY (id)",
    ),
    "movie": (
        "movie",
        (
            "mid integer NOT NULL",
            "title text",
            "release_year integer",
            "title_aka text",
            "budget text",
        ),
        "PRIMARY KEY (mid)",
    ),
    "tags": (
        "tags",
        (
            "id integer NOT NULL",
            "msid integer",
            "kid integer",
        ),
        "PRIMARY KEY (id)",
    ),
    "tv_series": (
        "tv_series",
        (
            "sid integer NOT NULL",
            "title text",
            "release_year integer",
            "num_of_seasons integer",
            "num_of_episodes integer",
            "title_aka text",
            "budget text",
        ),
        "PRIMARY KEY (sid)",
    ),
    "writer": (
        "writer",
        (
            "wid integer NOT NULL",
            "gender text",
            "name integer",
            "nationality integer",
            "num_of_episodes integer",
            "birth_city text",
            "birth_year integer",
        ),
        "PRIMARY KEY (wid)",
    ),
    "written_by": (
        "written_by",
        (
            "id integer",
            "msid integer",
            "wid integer",
        ),
        "",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of imdb as one PostgreSQL script."""
    data = read("datasets/spider/database/imdb/imdb.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
