"""Held-out set spider_bodybuilder: the ``body_builder`` database of Spider (text-to-SQL).

People (full name, height, weight, birth date as ``January 1, 1992``, birth place as ``City,
State``) and the body builders among them with their snatch, clean-and-jerk and total. All tables
and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed from the
file's own declarations and checked against its values: ``INTEGER`` as ``INT``, ``REAL`` as
``DOUBLE``, ``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``, ``DECIMAL`` and
``VARCHAR``/``CHAR`` lengths kept, names as written; primary keys kept where the file's rows are
unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/body_builder/body_builder.sqlite (Spider's body_builder, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "body_builder": (
        "body_builder",
        (
            "Body_Builder_ID INT NOT NULL",
            "People_ID INT",
            "Snatch DOUBLE",
            "Clean_Jerk DOUBLE",
            "Total DOUBLE",
        ),
        "PRIMARY KEY (Body_Builder_ID)",
    ),
    "people": (
        "people",
        (
            "People_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Height DOUBLE",
            "Weight DOUBLE",
            "Birth_Date VARCHAR(255)",
            "Birth_Place VARCHAR(255)",
        ),
        "PRIMARY KEY (People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of body_builder as one MariaDB script."""
    data = read("datasets/spider/database/body_builder/body_builder.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
