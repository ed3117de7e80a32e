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

from sqlsource import SourceError, copy_as_inserts, text_of

REPO = "neondatabase/postgres-sample-dbs"
COMMIT = "f6c2e24910e9a1eb9c11c69628544d4d60d42e47"
FILES = "titanic.sql (the Titanic passenger data; all rows)"
LICENCE = "MIT (LICENSE of the repository)"
ENGINE = "postgresql"

_SEARCH_PATH = re.compile(r"^SELECT pg_catalog\.set_config\('search_path', '', false\);$", re.M)


def script(read: Callable[[str], bytes]) -> str:
    """The dump without its search path, its COPY block as INSERTs, as one PostgreSQL script."""
    text, found = _SEARCH_PATH.subn("", text_of(read("titanic.sql")))
    if found != 1:
        raise SourceError("expected one set_config of the search path in titanic.sql")

    text, copies = copy_as_inserts(text)
    if copies != 1:
        raise SourceError(f"expected one COPY block in titanic.sql, found {copies}")
    return text
