"""Held-out set escrime: the database of a fencing-competition application that five students of
the IUT d'Orléans (France) wrote from October 2023 to February 2024 as their "SAE 3.05" project
for the Cercle d'escrime de Blois (a Flask web application on MySQL/MariaDB). Tables and columns
are named in French: fencers (``escrimeur``: surname, first name, licence number, birth date,
user name, password, ranking, club, sex, category, whether the fencer may referee), organisers
(``organisateur``: surname, first name, e-mail, password, user name), clubs (name, address,
password), venues (``lieu``: address, description) and their strips (``piste``), weapons
(``armes``), age categories (``categorie``), competitions (name, date, season, weapon, category,
venue, closing date of entries, coefficient, team flag), entries (``inscrire``), teams
(``equipe``) and their members with a role (``fait_partie``), and the tables a competition fills
while it runs (``phase``, ``poule``, ``phase_finale``, ``matchs``, ``touche``, ``arbitrer``), which
the sample rows leave empty.

Source: ``sql/create.sql`` (the schema, with triggers, procedures, functions and an event) and
``sql/insert.sql`` (the sample rows) at the last commit of the branch ``develop``, where the two
files agree (``main`` later reverted ``create.sql`` to a version without the team tables that
``insert.sql`` fills). All 17 tables and all 144 rows are loaded.

Translation, in this module: the 17 ``CREATE TABLE`` statements are taken from ``create.sql`` as
written, in lower case (the source names tables in upper case and columns in camel case); the
INSERT statements of ``insert.sql`` run as written (MySQL syntax, some strings in double quotes)
with their table names and column lists in lower case. Of the script's code only the three
triggers that store a SHA-1 of the password on insert (``crypte_mdp``, ``crypte_mdp2``,
``crypte_mdp3``: fencers, organisers, clubs) are kept, each written as one statement, so that the
passwords are stored as the application stores them; the other triggers (checks that reject rows,
cascading deletes), the procedures, the functions and the event (which kills sleeping server
connections) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "Yannis-barache/SAE-3.05"
COMMIT = "b429bee27e41066e68921045eeee608188ae74bd"
FILES = (
    "sql/create.sql and sql/insert.sql (the schema and sample rows of a fencing-competition "
    "web application written by five students of the IUT d'Orléans for the Cercle d'escrime "
    "de Blois, 2023-2024, tables and columns in French: fencers, organisers, clubs, venues, "
    "competitions, entries, teams; all 17 tables and all rows)"
)
LICENCE = "none stated (the repository has no licence file; a students' project)"
ENGINE = "mysql"

TABLES = (
    "armes",
    "organisateur",
    "categorie",
    "club",
    "lieu",
    "competition",
    "phase",
    "poule",
    "phase_finale",
    "escrimeur",
    "arbitrer",
    "piste",
    "matchs",
    "touche",
    "inscrire",
    "equipe",
    "fait_partie",
)
#: table -> rows in insert.sql
ROWS = {
    "armes": 6,
    "categorie": 9,
    "club": 14,
    "organisateur": 6,
    "escrimeur": 18,
    "lieu": 13,
    "competition": 2,
    "piste": 52,
    "inscrire": 4,
    "equipe": 4,
    "fait_partie": 16,
}
#: the source's triggers that hash a password on insert: name, table, column
PASSWORD_TRIGGERS = (
    ("crypte_mdp", "escrimeur", "mdpescrimeur"),
    ("crypte_mdp2", "organisateur", "mdporganisateur"),
    ("crypte_mdp3", "club", "mdpclub"),
)

_CREATE = re.compile(r"^CREATE TABLE (\w+)\s*\(.*?^\);", re.M | re.S)
_INSERT_HEAD = re.compile(r"^INSERT INTO (\w+)\s*(\([^)]*\))\s*values\b", re.M | re.I)
_ROW = re.compile(r"^\s*\(.*\)\s*[,;]\s*$")


def tables(create: str) -> str:
    """The ``CREATE TABLE`` statements of ``create.sql``, in lower case."""
    found = _CREATE.findall(create)
    if tuple(t.lower() for t in found) != TABLES:
        raise SourceError(f"create.sql: tables {found}, expected {list(TABLES)}")
    for name, table, column in PASSWORD_TRIGGERS:
        hashing = rf"trigger {name} before insert on {table}\b.*?set new\.{column}=sha1\("
        if not re.search(hashing, create, re.I | re.S):
            raise SourceError(f"create.sql: no trigger {name} hashing {table}.{column}")
    return "\n\n".join(m.group(0).lower() for m in _CREATE.finditer(create))


def rows(insert: str) -> str:
    """``insert.sql`` with its table names and column lists in lower case; one row a line."""
    counts: dict[str, int] = {}
    table = ""
    for line in insert.splitlines():
        if m := _INSERT_HEAD.match(line):
            table = m.group(1).lower()
            counts[table] = 0
        elif _ROW.match(line):
            counts[table] += 1
        elif line.strip():
            raise SourceError(f"insert.sql: unexpected line {line[:40]!r}")
    if counts != ROWS:
        raise SourceError(f"insert.sql: rows {counts}, expected {ROWS}")
    return _INSERT_HEAD.sub(
        lambda m: f"INSERT INTO {m.group(1).lower()} {m.group(2).lower()} VALUES", insert
    )


def script(read: Callable[[str], bytes]) -> str:
    """The tables, the password triggers, then the sample rows, as one MariaDB script."""
    triggers = "\n".join(
        f"CREATE TRIGGER {name} BEFORE INSERT ON {table} FOR EACH ROW "
        f"SET NEW.{column} = SHA1(NEW.{column});"
        for name, table, column in PASSWORD_TRIGGERS
    )
    return "\n\n".join(
        [
            tables(text_of(read("sql/create.sql"))),
            triggers,
            rows(text_of(read("sql/insert.sql"))),
        ]
    )
