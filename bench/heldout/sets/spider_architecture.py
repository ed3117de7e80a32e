"""Held-out set spider_architecture: the ``architecture`` database of Spider (text-to-SQL).

Architects (name, nationality, ``male``/``female``), the bridges and mills they built with
location.

All tables and all their rows, loaded into PostgreSQL from the benchmark's SQLite file under DDL
typed from the file's own declarations and checked against its values (see ``spider_perpetrator``);
primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/architecture/architecture.sqlite (Spider's architecture, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "architect": (
        "architect",
        (
            "id text NOT NULL",
            "name text",
            "nationality text",
            "gender text",
        ),
        "PRIMARY KEY (id)",
    ),
    "bridge": (
        "bridge",
        (
            "architect_id integer",
            "id integer NOT NULL",
            "name text",
            "location text",
            "length_meters double precision",
            "length_feet double precision",
        ),
        "PRIMARY KEY (id)",
    ),
    "mill": (
        "mill",
        (
            "architect_id integer",
            "id integer NOT NULL",
            "location text",
            "name text",
            "type text",
            "built_year integer",
            "notes text",
        ),
        "PRIMARY KEY (id)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of architecture as one PostgreSQL script."""
    data = read("datasets/spider/database/architecture/architecture.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
