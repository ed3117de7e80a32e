"""Held-out set spider_election: the ``election`` database of Spider (text-to-SQL).

Counties (name, population, a district code in ``Zip_code``), party tickets by year (the names of
the candidates for governor, lieutenant governor, comptroller, attorney general and the US Senate)
and delegates (names written twice, ``Bates, Gail H. Gail H. Bates``, with district, party, first
election and committee). All tables and all their rows, loaded into PostgreSQL from the benchmark's
SQLite file under DDL typed from the file's own declarations and checked against its values:
``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``, ``DECIMAL``/``NUMERIC`` as
``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``, ``TEXT`` and ``VARCHAR``/``CHAR``
lengths kept, names unquoted (so lower case) unless they need quotes; primary keys kept where the
file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/election/election.sqlite (Spider's election, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "county": (
        "county",
        (
            "County_Id integer NOT NULL",
            "County_name text",
            "Population double precision",
            "Zip_code text",
        ),
        "PRIMARY KEY (County_Id)",
    ),
    "party": (
        "party",
        (
            "Party_ID integer NOT NULL",
            "Year double precision",
            "Party text",
            "Governor text",
            "Lieutenant_Governor text",
            "Comptroller text",
            "Attorney_General text",
            "US_Senate text",
        ),
        "PRIMARY KEY (Party_ID)",
    ),
    "election": (
        "election",
        (
            "Election_ID integer NOT NULL",
            "Counties_Represented text",
            "District integer",
            "Delegate text",
            "Party integer",
            "First_Elected double precision",
            "Committee text",
        ),
        "PRIMARY KEY (Election_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of election as one PostgreSQL script."""
    data = read("datasets/spider/database/election/election.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
