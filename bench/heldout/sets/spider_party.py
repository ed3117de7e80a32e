"""Held-out set spider_party: the ``party_people`` database of Spider (text-to-SQL).

Record releases per region (dates, labels, formats, catalogue numbers), political parties with a
minister's full name and years in office, members (full names with ``Hon`` titles, years in office
from a year to ``present``) and party events with the member in charge. All tables and all their
rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed from the file's own
declarations and checked against its values: ``INTEGER`` as ``INT``, ``REAL`` as ``DOUBLE``,
``TEXT`` as ``VARCHAR(255)``, ``DATETIME``, ``DATE``, ``DECIMAL`` and ``VARCHAR``/``CHAR`` lengths
kept, names as written; primary keys kept where the file's rows are unique on them, foreign keys
left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/party_people/party_people.sqlite (Spider's party_people, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "region": (
        "region",
        (
            "Region_ID INT NOT NULL",
            "Region_name VARCHAR(255)",
            "Date VARCHAR(255)",
            "Label VARCHAR(255)",
            "Format VARCHAR(255)",
            "Catalogue VARCHAR(255)",
        ),
        "PRIMARY KEY (Region_ID)",
    ),
    "party": (
        "party",
        (
            "Party_ID INT NOT NULL",
            "Minister VARCHAR(255)",
            "Took_office VARCHAR(255)",
            "Left_office VARCHAR(255)",
            "Region_ID INT",
            "Party_name VARCHAR(255)",
        ),
        "PRIMARY KEY (Party_ID)",
    ),
    "member": (
        "member",
        (
            "Member_ID INT NOT NULL",
            "Member_Name VARCHAR(255)",
            "Party_ID VARCHAR(255)",
            "In_office VARCHAR(255)",
        ),
        "PRIMARY KEY (Member_ID)",
    ),
    "party_events": (
        "party_events",
        (
            "Event_ID INT NOT NULL",
            "Event_Name VARCHAR(255)",
            "Party_ID INT",
            "Member_in_charge_ID INT",
        ),
        "PRIMARY KEY (Event_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of party_people as one MariaDB script."""
    data = read("datasets/spider/database/party_people/party_people.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
