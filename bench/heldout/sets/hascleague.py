"""Held-out set hascleague: the database of an adult soccer league in Hamilton, Ontario (HASC),
the course database of a college web programming course (SQL Server and ASP.NET; the script is
by the course's instructor, July 2019), republished with the course's examples by a student.

``resources/HASC.sql`` is a T-SQL script that creates the database, six tables and three views,
and fills them: divisions (5: "Female - Under 35" .. "Mixed", teams-made flag), provinces (13,
Canadian), skill levels (5, A to E with a description), teams (20: name, jersey colour,
division), persons (445: the league's members in one table, first and last name, division,
e-mail, gender, birth date, two address lines, city, province, postal code, phone, flags for
player, coach, referee and administrator, skill level, team, jersey number, coaching and refereeing
experience as free text, and a plain-text password) and games (180: date, field, home and away
team and score, referee, game notes). The views ``coaches``, ``players`` and ``referees`` select
the persons with each flag (with ``person_id`` renamed), and the script assigns players to
teams with 412 ``UPDATE players SET team_id = ...`` statements through the view.

Loaded into PostgreSQL: the ``CREATE TABLE`` statements translated by hand (``BIT`` as
``BOOLEAN``, the inline ``FOREIGN KEY ... REFERENCES`` of SQL Server as ``REFERENCES``), the
three views, the ``INSERT`` and ``UPDATE`` statements as written (dates in month/day/year, as
the script's ``SET DATEFORMAT mdy``; a game's date and time go into the ``DATE`` column, which
keeps the day, as in SQL Server). Left out: ``USE``/``CREATE DATABASE``, and the script's final
``verify`` table of row counts, a check of the load, not data.

The file is no longer at the repository's newest commit (the course material was reorganised),
so the set reads the first commit, where it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of, tsql_batches

REPO = "mitulvaghamshi/dotnet-sample"
COMMIT = "83c73558b0830001c3e0d3242d27d43805876415"
FILES = (
    "resources/HASC.sql (the course's T-SQL script of the league database; DDL translated, "
    "views, all rows and team assignments; not the final verify table)"
)
LICENCE = (
    "MIT (LICENSE of the repository, by the republisher; the script's header names the "
    "course instructor as its author)"
)
ENGINE = "postgresql"

_FILE = "resources/HASC.sql"

_DDL = """\
SET datestyle = 'ISO, MDY';
CREATE TABLE divisions (
    division_id INT PRIMARY KEY,
    division_name VARCHAR(50),
    teams_made BOOLEAN);
CREATE TABLE provinces (
    province_id CHAR(2) PRIMARY KEY,
    province_name VARCHAR(50));
CREATE TABLE skills (
    skill_level CHAR(1) PRIMARY KEY,
    skill_description VARCHAR(50));
CREATE TABLE teams (
    team_id INT PRIMARY KEY,
    team_name VARCHAR(50),
    jersey_colour VARCHAR(50),
    division_id INT REFERENCES divisions (division_id));
CREATE TABLE persons (
    person_id INT PRIMARY KEY,
    first_name VARCHAR(50),
    last_name VARCHAR(50),
    division_id INT REFERENCES divisions (division_id),
    email VARCHAR(50),
    gender CHAR(1),
    birth_date DATE,
    address_line_1 VARCHAR(50),
    address_line_2 VARCHAR(50),
    city VARCHAR(50),
    province_id CHAR(2) REFERENCES provinces (province_id),
    postal_code CHAR(7),
    phone VARCHAR(20),
    player BOOLEAN,
    skill_level CHAR(1) REFERENCES skills (skill_level),
    team_id INT REFERENCES teams (team_id),
    jersey_number INT,
    coach BOOLEAN,
    coaching_experience VARCHAR(500),
    referee BOOLEAN,
    referee_experience VARCHAR(500),
    administrator BOOLEAN,
    user_password VARCHAR(20));
CREATE TABLE games (
    game_id INT PRIMARY KEY,
    game_date DATE,
    field VARCHAR(50),
    home_team_id INT REFERENCES teams (team_id),
    home_team_score INT,
    away_team_id INT REFERENCES teams (team_id),
    away_team_score INT,
    referee_id INT REFERENCES persons (person_id),
    game_notes VARCHAR(1000));"""

_EXPECTED = {
    "divisions": 5,
    "provinces": 13,
    "skills": 5,
    "teams": 20,
    "persons": 445,
    "games": 180,
}
_VIEW = re.compile(r"^CREATE VIEW (coaches|players|referees)\b", re.M)
_ROW = re.compile(
    r"^(INSERT INTO (\w+) VALUES\(.*\);"
    r"|UPDATE players SET team_id=\d+ WHERE player_id=\d+;)\s*$"
)


def script(read: Callable[[str], bytes]) -> str:
    """The league's tables (translated DDL), views, rows and team assignments for PostgreSQL."""
    text = text_of(read(_FILE)).lstrip("\ufeff")
    text = text.split("-- Verify inserts", 1)[0]
    views, rows, counts = [], [], dict.fromkeys(_EXPECTED, 0)
    for batch in tsql_batches(text):
        m = _VIEW.search(batch)
        if m:
            views.append(batch[m.start() :].strip().rstrip(";") + ";")
            continue
        for line in batch.splitlines():
            if not line.startswith(("INSERT", "UPDATE")):
                continue
            row = _ROW.match(line)
            if row is None:
                raise SourceError(f"an unexpected statement: {line[:60]!r}")
            if row.group(2):
                if row.group(2) not in counts:
                    raise SourceError(f"rows for a table this set does not create: {row.group(2)}")
                counts[row.group(2)] += 1
            rows.append(row.group(1))
    if counts != _EXPECTED or len(views) != 3:
        raise SourceError(f"HASC.sql changed: {counts}, {len(views)} views")
    return "\n".join([_DDL, *views, *rows]) + "\n"
