"""Held-out set spider_coffee: the ``coffee_shop`` database of Spider (text-to-SQL).

Members (``Last, First`` names, age, a card colour, membership level, purchases, home town),
coffee shops (street addresses, staff numbers, scores), happy hours and the members' amounts
spent in them, all four tables and all their rows, loaded into PostgreSQL from the benchmark's
SQLite file with the DDL translated by hand: ``int`` as ``integer``, ``real`` as ``double
precision``, ``text`` kept, names unquoted (so lower case); primary keys kept, foreign keys left
out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/coffee_shop/coffee_shop.sqlite (Spider's coffee_shop, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "shop": (
        "shop",
        (
            "Shop_ID integer NOT NULL",
            "Address text",
            "Num_of_staff text",
            "Score double precision",
            "Open_Year text",
        ),
        "PRIMARY KEY (Shop_ID)",
    ),
    "member": (
        "member",
        (
            "Member_ID integer NOT NULL",
            "Name text",
            "Membership_card text",
            "Age integer",
            "Time_of_purchase integer",
            "Level_of_membership integer",
            "Address text",
        ),
        "PRIMARY KEY (Member_ID)",
    ),
    "happy_hour": (
        "happy_hour",
        (
            "HH_ID integer NOT NULL",
            "Shop_ID integer NOT NULL",
            "Month text NOT NULL",
            "Num_of_shaff_in_charge integer",
        ),
        "PRIMARY KEY (HH_ID, Shop_ID, Month)",
    ),
    "happy_hour_member": (
        "happy_hour_member",
        ("HH_ID integer NOT NULL", "Member_ID integer NOT NULL", "Total_amount double precision"),
        "PRIMARY KEY (HH_ID, Member_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of coffee_shop as one PostgreSQL script."""
    data = read("datasets/spider/database/coffee_shop/coffee_shop.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
