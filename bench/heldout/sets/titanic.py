"""Held-out set titanic: the passengers of the RMS Titanic (1912), one table of 1309 rows, as
Neon's collection of PostgreSQL sample databases keeps it: the Kaggle columns (name with title,
sex, age, ticket number, fare, cabin, port of embarkation, survival, relatives aboard) and the
Encyclopedia Titanica columns joined to them (the name as recorded there, age, home town, where
the passenger boarded and was going, lifeboat, the number of a recovered body).

``titanic.sql`` is a pg_dump: ``CREATE TABLE public.passenger``, one ``COPY ... FROM stdin``
block and the primary key. Loaded into PostgreSQL as written except that its
``set_config('search_path', '', false)`` goes (the rows load into the public schema of the
held-out database) and the COPY block becomes INSERTs (``\\N`` as NULL, COPY's backslash escapes
undone).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, pg_insert, pg_literal, text_of

REPO = "neondatabase/postgres-sample-dbs"
COMMIT = "f6c2e24910e9a1eb9c11c69628544d4d60d42e47"
FILES = "titanic.sql (the Titanic passenger data; all rows)"
LICENCE = "MIT (LICENSE of the repository)"
ENGINE = "postgresql"

_SEARCH_PATH = re.compile(r"^SELECT pg_catalog\.set_config\('search_path', '', false\);$", re.M)
_COPY = re.compile(r"^COPY public\.(\w+) \(([^)]*)\) FROM stdin;\n(.*?)^\\\.$", re.M | re.S)
_ESCAPES = {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}


def _field(text: str) -> str:
    r"""One field of a COPY text row as a PostgreSQL literal (``\N`` = NULL)."""
    if text == "\\N":
        return pg_literal(None)
    value = re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)
    return pg_literal(value)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its search path, its COPY block as INSERTs, as one PostgreSQL script."""
    text, found = _SEARCH_PATH.subn("", text_of(read("titanic.sql")))
    if found != 1:
        raise SourceError("expected one set_config of the search path in titanic.sql")

    def inserts(copy: re.Match[str]) -> str:
        columns = [c.strip() for c in copy.group(2).split(",")]
        rows = [[_field(f) for f in line.split("\t")] for line in copy.group(3).splitlines()]
        if any(len(r) != len(columns) for r in rows):
            raise SourceError(f"a row of {copy.group(1)} without {len(columns)} fields")
        return "\n".join(pg_insert(f"public.{copy.group(1)}", columns, rows))

    text, copies = _COPY.subn(inserts, text)
    if copies != 1:
        raise SourceError(f"expected one COPY block in titanic.sql, found {copies}")
    return text
