"""Held-out set spider_partyhost: the ``party_host`` database of Spider (text-to-SQL).

Party hosts (name, nationality, age), parties with theme and location, and who hosted which.

All tables and all their rows, loaded into MariaDB from the benchmark's SQLite file under DDL typed
from the file's own declarations and checked against its values (see ``spider_employment``);
primary keys kept where the file's rows are unique on them, foreign keys left out. Besides:
``party_host.Is_Main_in_Charge`` (declared bool) kept as text: it holds strings.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/party_host/party_host.sqlite (Spider's party_host, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "party": (
        "party",
        (
            "Party_ID INT NOT NULL",
            "Party_Theme VARCHAR(255)",
            "Location VARCHAR(255)",
            "First_year VARCHAR(255)",
            "Last_year VARCHAR(255)",
            "Number_of_hosts INT",
        ),
        "PRIMARY KEY (Party_ID)",
    ),
    "host": (
        "host",
        (
            "Host_ID INT NOT NULL",
            "Name VARCHAR(255)",
            "Nationality VARCHAR(255)",
            "Age VARCHAR(255)",
        ),
        "PRIMARY KEY (Host_ID)",
    ),
    "party_host": (
        "party_host",
        (
            "Party_ID INT NOT NULL",
            "Host_ID INT NOT NULL",
            "Is_Main_in_Charge VARCHAR(255)",
        ),
        "PRIMARY KEY (Party_ID, Host_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of party_host as one MariaDB script."""
    data = read("datasets/spider/database/party_host/party_host.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
