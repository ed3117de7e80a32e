"""Held-out set spider_solvency: the ``solvency_ii`` database of Spider (text-to-SQL).

Events (trade shows, press conferences) with their street addresses, locations named after
companies, channels, finances and assets, the products shown, and the parties (European political
parties) taking part, with their roles; agreements. All tables and all their rows, loaded into
PostgreSQL from the benchmark's SQLite file under DDL typed from the file's own declarations and
checked against its values: ``INT``/``INTEGER`` as ``integer``, ``REAL`` as ``double precision``,
``DECIMAL``/``NUMERIC`` as ``numeric``, ``DATETIME`` as ``timestamp``, ``DATE`` as ``date``,
``TEXT`` and ``VARCHAR``/``CHAR`` lengths kept, names unquoted (so lower case) unless they need
quotes; primary keys kept where the file's rows are unique on them, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/solvency_ii/solvency_ii.sqlite (Spider's solvency_ii, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "addresses": (
        "Addresses",
        (
            "Address_ID integer NOT NULL",
            "address_details varchar(255)",
        ),
        "PRIMARY KEY (Address_ID)",
    ),
    "locations": (
        "Locations",
        (
            "Location_ID integer NOT NULL",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Location_ID)",
    ),
    "products": (
        "Products",
        (
            "Product_ID integer NOT NULL",
            "Product_Type_Code char(15)",
            "Product_Name varchar(255)",
            "Product_Price numeric(20,4)",
        ),
        "PRIMARY KEY (Product_ID)",
    ),
    "parties": (
        "Parties",
        (
            "Party_ID integer NOT NULL",
            "Party_Details varchar(255)",
        ),
        "PRIMARY KEY (Party_ID)",
    ),
    "assets": (
        "Assets",
        (
            "Asset_ID integer NOT NULL",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Asset_ID)",
    ),
    "channels": (
        "Channels",
        (
            "Channel_ID integer NOT NULL",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Channel_ID)",
    ),
    "finances": (
        "Finances",
        (
            "Finance_ID integer NOT NULL",
            "Other_Details varchar(255)",
        ),
        "PRIMARY KEY (Finance_ID)",
    ),
    "events": (
        "Events",
        (
            "Event_ID integer NOT NULL",
            "Address_ID integer",
            "Channel_ID integer",
            "Event_Type_Code char(15)",
            "Finance_ID integer",
            "Location_ID integer",
        ),
        "PRIMARY KEY (Event_ID)",
    ),
    "products_in_events": (
        "Products_in_Events",
        (
            "Product_in_Event_ID integer NOT NULL",
            "Event_ID integer",
            "Product_ID integer",
        ),
        "PRIMARY KEY (Product_in_Event_ID)",
    ),
    "parties_in_events": (
        "Parties_in_Events",
        (
            "Party_ID integer NOT NULL",
            "Event_ID integer NOT NULL",
            "Role_Code char(15)",
        ),
        "PRIMARY KEY (Party_ID, Event_ID)",
    ),
    "agreements": (
        "Agreements",
        (
            "Document_ID integer NOT NULL",
            "Event_ID integer",
        ),
        "PRIMARY KEY (Document_ID)",
    ),
    "assets_in_events": (
        "Assets_in_Events",
        (
            "Asset_ID integer NOT NULL",
            "Event_ID integer NOT NULL",
        ),
        "PRIMARY KEY (Asset_ID, Event_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of solvency_ii as one PostgreSQL script."""
    data = read("datasets/spider/database/solvency_ii/solvency_ii.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
