"""Held-out set entagency: an entertainment booking agency, a database course's group project.

The database of "Group 2" of a university database course (Fall 2024, five students named in
the scripts' headers; SQL Server), rebuilt from the Entertainment Agency sample database of the
textbook "SQL Queries for Mere Mortals" (John L. Viescas): an agency whose agents book musical
groups for customers' events. ``00_Group2_Ent_Struc.sql`` creates the database and nine tables
(T-SQL, with check constraints on keys, states, ZIP codes, phones, gender and salaries) and
``01_Group2_Ent_Values.sql`` fills them: agents (9: first and last name, street address, city,
state, ZIP, phone, hire date, salary, commission rate), groups (13: the entertainers, a stage
name, an SSN-formatted tax number, address, city, state, ZIP, phone, web page and e-mail, some
empty, date entered), musical styles (25), customers (15: first and last name, street address,
city, state, ZIP, phone), performers (25: the groups' members, first and last name, a suffix,
phone, gender), groups' performers (40), engagements (111: start and end date, start and stop
time, contract price, customer, agent, group), groups' styles (32, with a strength) and
customers' musical preferences (36, with a strength).

Loaded into PostgreSQL: the nine ``CREATE TABLE`` statements translated by hand, names in lower
case as written (``AgentsFirstName`` as ``agentsfirstname``), primary and foreign keys and the
simple checks kept, the checks with T-SQL ``LIKE`` patterns left out; the rows are the values
script's nine INSERTs, read with ``sqlsource`` after the T-SQL brackets around names are
removed outside string literals, written back as PostgreSQL literals (dates in month/day/year,
read with ``datestyle`` MDY; the numeric engagement keys as text, the column being a
``varchar``). Left out: ``USE``/``CREATE DATABASE`` and ``02_Group2_Ent_Query_Check.sql``
(queries, no data).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import (
    Number,
    SourceError,
    Tables,
    Value,
    columns_of,
    create_tables,
    first_word,
    parse_inserts,
    pg_literal,
    rows_by_table,
    table_inserts,
    text_of,
    tsql_batches,
)

REPO = "hildaswin/Group2Fall2024"
COMMIT = "9037b01783fafbc2757fa50caf5abe5ea15ec5fa"
FILES = (
    "00_Group2_Ent_Struc.sql (T-SQL DDL, translated by hand) and 01_Group2_Ent_Values.sql "
    "(all rows of the nine tables); not 02_Group2_Ent_Query_Check.sql (queries)"
)
LICENCE = (
    "none stated (no licence file or README; course work by five named students, its data "
    "adapted from the Entertainment Agency sample database of Viescas's SQL Queries for Mere "
    "Mortals)"
)
ENGINE = "postgresql"

_VALUES = "01_Group2_Ent_Values.sql"

_STATES = "CHAR(2) NOT NULL DEFAULT 'WA'"

_TABLES: Tables = {
    "agents": [
        "agentskey VARCHAR(8) PRIMARY KEY CHECK (agentskey LIKE 'A%')",
        "agentsfirstname VARCHAR(50) NOT NULL",
        "agentslastname VARCHAR(50) NOT NULL",
        "agentsaddress VARCHAR(50) NOT NULL",
        "agentscity VARCHAR(50) NOT NULL",
        f"agentsstate {_STATES}",
        "agentszip CHAR(5) NOT NULL",
        "agentsphone VARCHAR(15) NOT NULL",
        "agentsdatehired DATE NOT NULL",
        "agentssalary DECIMAL(10, 2) NOT NULL CHECK (agentssalary >= 0)",
        "agentscommissionrate DECIMAL(4, 3) NOT NULL "
        "CHECK (agentscommissionrate >= 0 AND agentscommissionrate <= 1)",
    ],
    "groups": [
        "groupskey VARCHAR(8) PRIMARY KEY CHECK (groupskey LIKE 'G%')",
        "groupsname VARCHAR(50) NOT NULL",
        "groupsssn CHAR(11) UNIQUE NOT NULL",
        "groupsaddress VARCHAR(50) NOT NULL",
        "groupscity VARCHAR(50) NOT NULL",
        f"groupsstate {_STATES}",
        "groupszip CHAR(5) NOT NULL",
        "groupsphone VARCHAR(15) NOT NULL",
        "groupspage VARCHAR(50) NULL",
        "groupsemail VARCHAR(50) NULL",
        "groupsdateentered DATE NOT NULL",
    ],
    "musical_styles": [
        "musicalstyleskey VARCHAR(8) PRIMARY KEY CHECK (musicalstyleskey LIKE 'S%')",
        "musicalstylesname VARCHAR(50) UNIQUE NOT NULL",
    ],
    "customers": [
        "custkey VARCHAR(8) PRIMARY KEY CHECK (custkey LIKE 'C%')",
        "custfirstname VARCHAR(50) NOT NULL",
        "custlastname VARCHAR(50) NOT NULL",
        "custaddress VARCHAR(50) NOT NULL",
        "custcity VARCHAR(50) NOT NULL",
        f"custstate {_STATES}",
        "custzip CHAR(5) NOT NULL",
        "custphone VARCHAR(15) NOT NULL",
    ],
    "performers": [
        "performerskey VARCHAR(8) PRIMARY KEY CHECK (performerskey LIKE 'M%')",
        "performersfirstname VARCHAR(50) NOT NULL",
        "performerslastname VARCHAR(50) NOT NULL",
        "performerssuffix VARCHAR(10) NULL",
        "performersphone VARCHAR(15) NOT NULL",
        "performersgender CHAR(3) NOT NULL CHECK (performersgender IN ('M', 'F'))",
    ],
    "groups_performers": [
        "groupskey VARCHAR(8) NOT NULL REFERENCES groups (groupskey)",
        "performerskey VARCHAR(8) NOT NULL REFERENCES performers (performerskey)",
    ],
    "engagements": [
        "engagementkey VARCHAR(8) PRIMARY KEY",
        "engagementstartdate DATE NOT NULL",
        "engagementenddate DATE NOT NULL",
        "engagementstarttime TIME(0) NOT NULL",
        "engagementstoptime TIME(0) NOT NULL",
        "engagementcontractprice DECIMAL(10, 2) NOT NULL CHECK (engagementcontractprice >= 0)",
        "custkey VARCHAR(8) NOT NULL REFERENCES customers (custkey)",
        "agentskey VARCHAR(8) NOT NULL REFERENCES agents (agentskey)",
        "groupskey VARCHAR(8) NOT NULL REFERENCES groups (groupskey)",
    ],
    "groups_styles": [
        "groupskey VARCHAR(8) REFERENCES groups (groupskey)",
        "musicalstyleskey VARCHAR(8) REFERENCES musical_styles (musicalstyleskey)",
        "groupsstylestrength SMALLINT NOT NULL CHECK (groupsstylestrength BETWEEN 0 AND 6)",
    ],
    "musical_preferences": [
        "custkey VARCHAR(8) REFERENCES customers (custkey)",
        "musicalstyleskey VARCHAR(8) REFERENCES musical_styles (musicalstyleskey)",
        "custstylestrength SMALLINT NOT NULL CHECK (custstylestrength BETWEEN 0 AND 6)",
    ],
}

_EXPECTED = {
    "agents": 9,
    "groups": 13,
    "musical_styles": 25,
    "customers": 15,
    "performers": 25,
    "groups_performers": 40,
    "engagements": 111,
    "groups_styles": 32,
    "musical_preferences": 36,
}

_STRING = re.compile(r"('(?:[^']|'')*')")
_BRACKETED = re.compile(r"\[(\w+)\]")
_COMMENT = re.compile(r"(?m)^\s*--[^\n]*$")


def _unbracketed(text: str) -> str:
    """The script with ``[Name]`` as ``Name`` outside string literals."""
    parts = _STRING.split(text)
    return "".join(p if i % 2 else _BRACKETED.sub(r"\1", p) for i, p in enumerate(parts))


def _literal(table: str, column: str, value: Value) -> str:
    if table == "engagements" and column == "engagementkey" and isinstance(value, Number):
        return pg_literal(value.text)
    return pg_literal(value)


def script(read: Callable[[str], bytes]) -> str:
    """The agency's nine tables (translated DDL) and all their rows, for PostgreSQL."""
    text = _unbracketed(text_of(read(_VALUES)).lstrip("\ufeff"))
    inserts = []
    for batch in tsql_batches(text):
        batch = _COMMENT.sub("", batch)
        word = first_word(batch)
        if word == "use":
            continue
        if word != "insert":
            raise SourceError(f"{_VALUES}: an unexpected batch starting with {word!r}")
        inserts.extend(parse_inserts(batch))
    rows = rows_by_table(inserts, _TABLES)
    counts = {t: len(r) for t, r in rows.items()}
    if counts != _EXPECTED:
        raise SourceError(f"{_VALUES} changed: {counts}")
    for table in _TABLES:
        if any(set(r) != set(columns_of(_TABLES, table)) for r in rows[table]):
            raise SourceError(f"{_VALUES}: a row of {table} does not give every column")
    return "\n".join(
        [
            "SET datestyle = 'ISO, MDY';",
            create_tables(_TABLES),
            *table_inserts(_TABLES, rows, _literal),
        ]
    )
