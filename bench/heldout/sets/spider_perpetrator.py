"""Held-out set spider_perpetrator: the ``perpetrator`` database of Spider (text-to-SQL).

TODO
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO = "hyukkyukang/text2SQL"
COMMIT = "999f5e467a3c2a263533f1dfa3d0106a18d343d1"
FILES = "datasets/spider/database/perpetrator/perpetrator.sqlite (Spider's perpetrator, all rows)"
LICENCE = "CC BY-SA 4.0 (the Spider dataset; the repository's code is GPL-3.0)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "perpetrator": (
        "perpetrator",
        (
            'Perpetrator_ID integer NOT NULL',
            'People_ID integer',
            'Date text',
            'Year double precision',
            'Location text',
            'Country text',
            'Killed integer',
            'Injured integer',
        ),
        "PRIMARY KEY (Perpetrator_ID)",
    ),
    "people": (
        "people",
        (
            'People_ID integer NOT NULL',
            'Name text',
            'Height double precision',
            'Weight double precision',
            "\"Home Town\" text",
        ),
        "PRIMARY KEY (People_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of perpetrator as one PostgreSQL script."""
    data = read("datasets/spider/database/perpetrator/perpetrator.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
