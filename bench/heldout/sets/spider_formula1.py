"""Held-out set spider_formula1: the ``formula_1`` database of Spider (text-to-SQL).

Formula One from 1950 to 2017 (the Ergast data): drivers (first name, surname, birth date as a
``dd/mm/yyyy`` string, nationality, a reference built from the surname, a three-letter code, a
car number, a Wikipedia address), constructors, circuits with coordinates, races, seasons,
results, standings and qualifying times, all thirteen tables and all their rows (``pitStops``
and ``lapTimes`` are empty), loaded into PostgreSQL from the benchmark's SQLite file with the
DDL translated by hand: the camel-case names unquoted (so lower case), ``TEXT`` as ``text``,
``REAL`` as ``double precision``, ``results.number`` kept as ``text`` (six rows hold an empty
string); primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = "datasets/spider/database/formula_1/formula_1.sqlite (Spider's formula_1, all rows)"
ENGINE = "postgresql"

_TABLES: sqlitesource.Tables = {
    "circuits": (
        "circuits",
        (
            "circuitId integer NOT NULL",
            "circuitRef text",
            "name text",
            "location text",
            "country text",
            "lat double precision",
            "lng double precision",
            "alt text",
            "url text",
        ),
        "PRIMARY KEY (circuitId)",
    ),
    "races": (
        "races",
        (
            "raceId integer NOT NULL",
            "year integer",
            "round integer",
            "circuitId integer",
            "name text",
            "date text",
            "time text",
            "url text",
        ),
        "PRIMARY KEY (raceId)",
    ),
    "drivers": (
        "drivers",
        (
            "driverId integer NOT NULL",
            "driverRef text",
            "number text",
            "code text",
            "forename text",
            "surname text",
            "dob text",
            "nationality text",
            "url text",
        ),
        "PRIMARY KEY (driverId)",
    ),
    "status": ("status", ("statusId integer NOT NULL", "status text"), "PRIMARY KEY (statusId)"),
    "seasons": ("seasons", ("year integer NOT NULL", "url text"), "PRIMARY KEY (year)"),
    "constructors": (
        "constructors",
        (
            "constructorId integer NOT NULL",
            "constructorRef text",
            "name text",
            "nationality text",
            "url text",
        ),
        "PRIMARY KEY (constructorId)",
    ),
    "constructorstandings": (
        "constructorStandings",
        (
            "constructorStandingsId integer NOT NULL",
            "raceId integer",
            "constructorId integer",
            "points double precision",
            "position integer",
            "positionText text",
            "wins integer",
        ),
        "PRIMARY KEY (constructorStandingsId)",
    ),
    "results": (
        "results",
        (
            "resultId integer NOT NULL",
            "raceId integer",
            "driverId integer",
            "constructorId integer",
            "number text",
            "grid integer",
            "position text",
            "positionText text",
            "positionOrder integer",
            "points double precision",
            "laps text",
            "time text",
            "milliseconds text",
            "fastestLap text",
            "rank text",
            "fastestLapTime text",
            "fastestLapSpeed text",
            "statusId integer",
        ),
        "PRIMARY KEY (resultId)",
    ),
    "driverstandings": (
        "driverStandings",
        (
            "driverStandingsId integer NOT NULL",
            "raceId integer",
            "driverId integer",
            "points double precision",
            "position integer",
            "positionText text",
            "wins integer",
        ),
        "PRIMARY KEY (driverStandingsId)",
    ),
    "constructorresults": (
        "constructorResults",
        (
            "constructorResultsId integer NOT NULL",
            "raceId integer",
            "constructorId integer",
            "points double precision",
            "status text",
        ),
        "PRIMARY KEY (constructorResultsId)",
    ),
    "qualifying": (
        "qualifying",
        (
            "qualifyId integer NOT NULL",
            "raceId integer",
            "driverId integer",
            "constructorId integer",
            "number integer",
            "position integer",
            "q1 text",
            "q2 text",
            "q3 text",
        ),
        "PRIMARY KEY (qualifyId)",
    ),
    "pitstops": (
        "pitStops",
        (
            "raceId integer NOT NULL",
            "driverId integer NOT NULL",
            "stop integer NOT NULL",
            "lap integer",
            "time text",
            "duration text",
            "milliseconds integer",
        ),
        "PRIMARY KEY (raceId, driverId, stop)",
    ),
    "laptimes": (
        "lapTimes",
        (
            "raceId integer NOT NULL",
            "driverId integer NOT NULL",
            "lap integer NOT NULL",
            "position integer",
            "time text",
            "milliseconds integer",
        ),
        "PRIMARY KEY (raceId, driverId, lap)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of formula_1 as one PostgreSQL script."""
    data = read("datasets/spider/database/formula_1/formula_1.sqlite")
    return sqlitesource.script(data, _TABLES, ENGINE)
