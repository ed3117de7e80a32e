"""Held-out set spider_inn: the ``inn_1`` database of the Spider text-to-SQL benchmark.

A bed-and-breakfast's rooms and its 600 reservations (guest name, dates, rate, party size),
both tables and all their rows, loaded into MariaDB from the benchmark's SQLite file with the DDL
translated by hand: the same camel-case column names, ``TEXT`` kept (the dates are strings such
as ``23-OCT-10``), ``REAL`` as ``DOUBLE``; primary keys kept, the foreign key left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/inn_1/inn_1.sqlite (Spider's inn_1, all rows)"
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "rooms": (
        "Rooms",
        (
            "RoomId VARCHAR(10) NOT NULL",
            "roomName TEXT",
            "beds INT",
            "bedType TEXT",
            "maxOccupancy INT",
            "basePrice INT",
            "decor TEXT",
        ),
        "PRIMARY KEY (RoomId)",
    ),
    "reservations": (
        "Reservations",
        (
            "Code INT NOT NULL",
            "Room VARCHAR(10)",
            "CheckIn TEXT",
            "CheckOut TEXT",
            "Rate DOUBLE",
            "LastName TEXT",
            "FirstName TEXT",
            "Adults INT",
            "Kids INT",
        ),
        "PRIMARY KEY (Code)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of inn_1 as one MariaDB script."""
    data = read("datasets/spider/database/inn_1/inn_1.sqlite")
    return "SET NAMES utf8mb4;\n" + sqlitesource.script(data, _TABLES, ENGINE)
