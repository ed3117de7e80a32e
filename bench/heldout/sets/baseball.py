"""Held-out set baseball: the Baseball Databank (the Lahman baseball database's open successor).

Fourteen of the CSV files of ``core/``, all their rows, loaded into MariaDB with hand-written
DDL: players (birth and death data, names, body measures, external ids), their salaries, colleges,
awards, Hall of Fame ballots, All-Star games and managing records, and the reference tables of
schools, parks, franchises, teams and home games. The large per-season statistics files
(Batting, Pitching, Fielding, Appearances) are left out; they are not in the stored mirror.
A header such as ``park.key`` becomes the column ``park_key``; table names are lower case.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

REPO = "chadwickbureau/baseballdatabank"
COMMIT = "ef68908c2d0e12dfbab0480e5562894fd823b5f8"
FILES = (
    "core/People.csv, Salaries.csv, CollegePlaying.csv, Schools.csv, Parks.csv, HallOfFame.csv, "
    "AwardsPlayers.csv, AwardsManagers.csv, AwardsSharePlayers.csv, Managers.csv, "
    "TeamsFranchises.csv, HomeGames.csv, AllstarFull.csv, Teams.csv (all rows)"
)
LICENCE = "CC BY-SA 3.0 (README.txt of the repository)"
ENGINE = "mysql"

# table -> (CSV file, columns in file order as "name TYPE", extra table clauses)
_TABLES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "people": (
        "People",
        (
            "playerID VARCHAR(10) NOT NULL",
            "birthYear SMALLINT",
            "birthMonth TINYINT",
            "birthDay TINYINT",
            "birthCountry VARCHAR(50)",
            "birthState VARCHAR(50)",
            "birthCity VARCHAR(50)",
            "deathYear SMALLINT",
            "deathMonth TINYINT",
            "deathDay TINYINT",
            "deathCountry VARCHAR(50)",
            "deathState VARCHAR(50)",
            "deathCity VARCHAR(50)",
            "nameFirst VARCHAR(50)",
            "nameLast VARCHAR(50)",
            "nameGiven VARCHAR(255)",
            "weight SMALLINT",
            "height SMALLINT",
            "bats CHAR(1)",
            "throws CHAR(1)",
            "debut DATE",
            "finalGame DATE",
            "retroID VARCHAR(9)",
            "bbrefID VARCHAR(9)",
        ),
        "PRIMARY KEY (playerID)",
    ),
    "salaries": (
        "Salaries",
        (
            "yearID SMALLINT NOT NULL",
            "teamID CHAR(3) NOT NULL",
            "lgID CHAR(2) NOT NULL",
            "playerID VARCHAR(10) NOT NULL",
            "salary INT",
        ),
        "KEY (playerID)",
    ),
    "collegeplaying": (
        "CollegePlaying",
        ("playerID VARCHAR(10) NOT NULL", "schoolID VARCHAR(15)", "yearID SMALLINT"),
        "KEY (playerID)",
    ),
    "schools": (
        "Schools",
        (
            "schoolID VARCHAR(15) NOT NULL",
            "name_full VARCHAR(255)",
            "city VARCHAR(55)",
            "state VARCHAR(55)",
            "country VARCHAR(55)",
        ),
        "PRIMARY KEY (schoolID)",
    ),
    "parks": (
        "Parks",
        (
            "park_key VARCHAR(5) NOT NULL",
            "park_name VARCHAR(255)",
            "park_alias VARCHAR(255)",
            "city VARCHAR(55)",
            "state VARCHAR(55)",
            "country VARCHAR(55)",
        ),
        "PRIMARY KEY (park_key)",
    ),
    "halloffame": (
        "HallOfFame",
        (
            "playerID VARCHAR(10) NOT NULL",
            "yearID SMALLINT NOT NULL",
            "votedBy VARCHAR(64)",
            "ballots SMALLINT",
            "needed SMALLINT",
            "votes SMALLINT",
            "inducted CHAR(1)",
            "category VARCHAR(20)",
            "needed_note VARCHAR(25)",
        ),
        "KEY (playerID)",
    ),
    "awardsplayers": (
        "AwardsPlayers",
        (
            "playerID VARCHAR(10) NOT NULL",
            "awardID VARCHAR(255) NOT NULL",
            "yearID SMALLINT NOT NULL",
            "lgID CHAR(2)",
            "tie VARCHAR(1)",
            "notes VARCHAR(100)",
        ),
        "KEY (playerID)",
    ),
    "awardsmanagers": (
        "AwardsManagers",
        (
            "playerID VARCHAR(10) NOT NULL",
            "awardID VARCHAR(75) NOT NULL",
            "yearID SMALLINT NOT NULL",
            "lgID CHAR(2)",
            "tie VARCHAR(1)",
            "notes VARCHAR(100)",
        ),
        "KEY (playerID)",
    ),
    "awardsshareplayers": (
        "AwardsSharePlayers",
        (
            "awardID VARCHAR(25) NOT NULL",
            "yearID SMALLINT NOT NULL",
            "lgID CHAR(2) NOT NULL",
            "playerID VARCHAR(10) NOT NULL",
            "pointsWon DOUBLE",
            "pointsMax SMALLINT",
            "votesFirst DOUBLE",
        ),
        "KEY (playerID)",
    ),
    "managers": (
        "Managers",
        (
            "playerID VARCHAR(10) NOT NULL",
            "yearID SMALLINT NOT NULL",
            "teamID CHAR(3) NOT NULL",
            "lgID CHAR(2)",
            "inseason SMALLINT",
            "G SMALLINT",
            "W SMALLINT",
            "L SMALLINT",
            "`rank` SMALLINT",
            "plyrMgr VARCHAR(1)",
        ),
        "KEY (playerID)",
    ),
    "teamsfranchises": (
        "TeamsFranchises",
        (
            "franchID VARCHAR(3) NOT NULL",
            "franchName VARCHAR(50)",
            "active CHAR(2)",
            "NAassoc VARCHAR(3)",
        ),
        "PRIMARY KEY (franchID)",
    ),
    "homegames": (
        "HomeGames",
        (
            "year_key SMALLINT NOT NULL",
            "league_key CHAR(2)",
            "team_key CHAR(3) NOT NULL",
            "park_key VARCHAR(5) NOT NULL",
            "span_first DATE",
            "span_last DATE",
            "games INT",
            "openings INT",
            "attendance INT",
        ),
        "",
    ),
    "allstarfull": (
        "AllstarFull",
        (
            "playerID VARCHAR(10) NOT NULL",
            "yearID SMALLINT",
            "gameNum SMALLINT",
            "gameID VARCHAR(12)",
            "teamID CHAR(3)",
            "lgID CHAR(2)",
            "GP SMALLINT",
            "startingPos SMALLINT",
        ),
        "KEY (playerID)",
    ),
    "teams": (
        "Teams",
        (
            "yearID SMALLINT NOT NULL",
            "lgID CHAR(2) NOT NULL",
            "teamID CHAR(3) NOT NULL",
            "franchID VARCHAR(3)",
            "divID CHAR(1)",
            "`Rank` SMALLINT",
            "G SMALLINT",
            "Ghome SMALLINT",
            "W SMALLINT",
            "L SMALLINT",
            "DivWin VARCHAR(1)",
            "WCWin VARCHAR(1)",
            "LgWin VARCHAR(1)",
            "WSWin VARCHAR(1)",
            "R SMALLINT",
            "AB SMALLINT",
            "H SMALLINT",
            "`2B` SMALLINT",
            "`3B` SMALLINT",
            "HR SMALLINT",
            "BB SMALLINT",
            "SO SMALLINT",
            "SB SMALLINT",
            "CS SMALLINT",
            "HBP SMALLINT",
            "SF SMALLINT",
            "RA SMALLINT",
            "ER SMALLINT",
            "ERA DOUBLE",
            "CG SMALLINT",
            "SHO SMALLINT",
            "SV SMALLINT",
            "IPouts INT",
            "HA SMALLINT",
            "HRA SMALLINT",
            "BBA SMALLINT",
            "SOA SMALLINT",
            "E INT",
            "DP INT",
            "FP DOUBLE",
            "name VARCHAR(50)",
            "park VARCHAR(255)",
            "attendance INT",
            "BPF INT",
            "PPF INT",
            "teamIDBR VARCHAR(3)",
            "teamIDlahman45 VARCHAR(3)",
            "teamIDretro VARCHAR(3)",
        ),
        "PRIMARY KEY (yearID, lgID, teamID)",
    ),
}


def _literal(value: str) -> str:
    """One CSV field as a MariaDB literal (empty field = NULL)."""
    if value == "":
        return "NULL"
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'"


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the baseball set as one MariaDB script."""
    out = ["SET NAMES utf8mb4;"]
    for table, (csv_name, columns, clauses) in _TABLES.items():
        body = ",\n    ".join(columns + ((clauses,) if clauses else ()))
        out.append(f"CREATE TABLE {table} (\n    {body}\n) DEFAULT CHARSET=utf8mb4;")
        text = read(f"core/{csv_name}.csv").decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text)))
        header, data = rows[0], [row for row in rows[1:] if row]
        names = [column.split()[0].strip("`") for column in columns]
        if [name.replace(".", "_") for name in header] != names:
            raise ValueError(f"{csv_name}.csv has columns {header}, expected {names}")
        values = ["(" + ", ".join(_literal(field) for field in row) + ")" for row in data]
        for start in range(0, len(values), 1000):
            chunk = ",\n".join(values[start : start + 1000])
            out.append(f"INSERT INTO {table} VALUES\n{chunk};")
    return "\n".join(out) + "\n"
