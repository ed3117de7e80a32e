"""Held-out set mathesarcon: the "Mathesar Con" conference programme, a demo dataset of Mathesar.

Mathesar (mathesar-foundation/mathesar, GPL-3.0) is an open-source web application, on Django
and Svelte, that shows a PostgreSQL database as spreadsheet-like tables to people who do not
write SQL. Its live demo (``demo/install/datasets.py``) loaded three datasets into every new demo
database; this is the third, ``demo/install/resources/devcon_dataset.sql``, loaded into a schema
named "Mathesar Con": the programme of an invented three-day developer conference about Mathesar
and its stack, written by the Mathesar team in January 2023 (a pg_dump of their demo schema,
then edited: presenters renamed, bios anonymised, e-mail domains set to example domains). It
holds the conference days, job titles, organisations, rooms, speakers (first and last name,
e-mail, a bio, job title and organisation), topics, talks (title, day, room, speaker, abstract,
time slot, track), talks' topics, time slots and tracks. The dataset was removed from the
repository in April 2024 (29c394c, "move still-needed demo code to new location"); COMMIT is the
last commit that has it.

Translation: the ten ``CREATE TABLE`` statements are written here by hand with the dump's column
types, primary keys, unique keys and foreign keys; names are lower-cased and their spaces made
underscores (``"First Name"``: ``first_name``, ``"Talk Topic Map"``: ``talk_topic_map``,
``"Time Slot"``: ``time_slot``). The speakers' e-mail keeps the dump's type, Mathesar's
``mathesar_types.email`` domain, created here over ``text`` (without Mathesar's format check).
The rows are the dump's own INSERT statements, one row each, with their table and column names
rewritten so; their values are PostgreSQL literals already and are kept as written. The module
refuses to load when a statement of the dump is not one it knows or the row counts change. Not
used: the dump's sequences and their ``setval`` (the ids are given in every row).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "mathesar-foundation/mathesar"
COMMIT = "a76ed536504ff0603eb405ccad93a55783b79927"
FILES = (
    'demo/install/resources/devcon_dataset.sql (the "Mathesar Con" dataset of Mathesar\'s live '
    "demo: the pg_dump of an invented conference programme with speakers, talks, rooms, days, "
    "time slots, tracks, topics, organisations and job titles; all ten tables and all rows)"
)
LICENCE = "GPL-3.0 (LICENSE of the repository, GNU General Public License version 3)"
ENGINE = "postgresql"

DUMP = "demo/install/resources/devcon_dataset.sql"

DDL = """
CREATE SCHEMA mathesar_types;
CREATE DOMAIN mathesar_types.email AS text;

CREATE TABLE days (
  id integer PRIMARY KEY,
  name text,
  date date
);
CREATE TABLE job_titles (
  id integer PRIMARY KEY,
  titles text
);
CREATE TABLE organizations (
  id integer PRIMARY KEY,
  organization text
);
CREATE TABLE rooms (
  id integer PRIMARY KEY,
  name text NOT NULL UNIQUE,
  capacity numeric
);
CREATE TABLE speakers (
  id integer PRIMARY KEY,
  first_name text,
  last_name text,
  email mathesar_types.email NOT NULL UNIQUE,
  bio text,
  job_title integer REFERENCES job_titles (id),
  organization integer REFERENCES organizations (id)
);
CREATE TABLE topics (
  id integer PRIMARY KEY,
  name text
);
CREATE TABLE time_slots (
  id integer PRIMARY KEY,
  slot text NOT NULL UNIQUE
);
CREATE TABLE tracks (
  id integer PRIMARY KEY,
  name text
);
CREATE TABLE talks (
  id integer PRIMARY KEY,
  title text,
  day integer REFERENCES days (id),
  room integer REFERENCES rooms (id),
  speaker integer REFERENCES speakers (id),
  abstract text,
  time_slot integer REFERENCES time_slots (id),
  track integer REFERENCES tracks (id)
);
CREATE TABLE talk_topic_map (
  id integer PRIMARY KEY,
  talk integer REFERENCES talks (id),
  topic integer REFERENCES topics (id),
  UNIQUE (talk, topic)
);
"""

#: rows per table in the dump at COMMIT; in the order the tables are filled (foreign keys)
ROWS = {
    "days": 3,
    "job_titles": 13,
    "organizations": 12,
    "rooms": 5,
    "speakers": 22,
    "topics": 9,
    "time_slots": 4,
    "tracks": 5,
    "talks": 41,
    "talk_topic_map": 75,
}

#: the statements of the dump other than INSERTs, by their first words
_SKIPPED = re.compile(r"(CREATE (TABLE|SEQUENCE)|ALTER (TABLE|SEQUENCE)|SELECT pg_catalog\.setval)")
_STATEMENT = re.compile(r"(?:[^';]|'(?:[^']|'')*')*;")
_HEAD = re.compile(r'INSERT INTO ("[^"]+") \(([^)]*)\) VALUES \(', re.S)


def _name(quoted: str) -> str:
    """``"Time Slot"`` or ``id`` as this set names it: ``time_slot``, ``id``."""
    return quoted.strip().strip('"').lower().replace(" ", "_")


def _statements(text: str) -> list[str]:
    """The dump's statements without its comment lines (no string starts a line with ``--``)."""
    body = "\n".join(line for line in text.splitlines() if not line.startswith("--"))
    out = [m.group(0).strip() for m in _STATEMENT.finditer(body)]
    rest = _STATEMENT.sub("", body).strip()
    if rest:
        raise SourceError(f"text after the last statement of {DUMP}: {rest[:40]!r}")
    return out


def script(read: Callable[[str], bytes]) -> str:
    """The hand-written DDL and the dump's rows, renamed, as one PostgreSQL script."""
    inserts: dict[str, list[str]] = {t: [] for t in ROWS}
    for stmt in _statements(text_of(read(DUMP))):
        head = _HEAD.match(stmt)
        if head is None:
            if not _SKIPPED.match(stmt):
                raise SourceError(f"a statement this set does not know: {stmt[:50]!r}")
            continue
        table = _name(head.group(1))
        if table not in inserts:
            raise SourceError(f"rows for a table this set does not create: {table}")
        columns = ", ".join(_name(c) for c in head.group(2).split(","))
        values = stmt[head.end() - 1 :]
        inserts[table].append(f"INSERT INTO {table} ({columns}) VALUES {values}")
    counts = {t: len(v) for t, v in inserts.items()}
    if counts != ROWS:
        raise SourceError(f"{DUMP}: rows per table changed: {counts}")
    rows = "\n".join(s for t in ROWS for s in inserts[t])
    return "SET standard_conforming_strings = on;\n" + DDL + "\n" + rows + "\n"
