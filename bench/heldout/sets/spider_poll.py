"""Held-out set spider_poll: the ``candidate_poll`` database of Spider (text-to-SQL).

People (sex as ``M``/``F``, names of sportsmen, birth dates as ``dd.mm.yyyy`` strings, height,
weight) and the poll results of the candidates among them, both tables and all their rows, loaded
into PostgreSQL from the benchmark's SQLite file with the DDL translated by hand: the same Pascal-
snake-case columns in the same order, ``TEXT`` kept (the dates are strings), ``REAL`` as ``double
precision``; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/candidate_poll/candidate_poll.sqlite "
    "(Spider's candidate_poll, all rows)"
)
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "candidate": (
        "candidate",
        (
            "Candidate_ID integer NOT NULL",
            "People_ID integer",
            "Poll_Source text",
            "Date text",
            "Support_rate double precision",
            "Consider_rate double precision",
            "Oppose_rate double precision",
            "Unsure_rate double precision",
        ),
        "PRIMARY KEY (Candidate_ID)",
    ),
    "people": (
        "people",
        (
            "People_ID integer NOT NULL",
            "Sex text",
            "Name text",
            "Date_of_Birth text",
            "Height double precision",
            "Weight double precision",
        ),
        "PRIMARY KEY (People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of candidate_poll as one PostgreSQL script."""
    data = read("datasets/spider/database/candidate_poll/candidate_poll.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
