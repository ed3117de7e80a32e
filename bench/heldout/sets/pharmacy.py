"""Held-out set pharmacy: the database of a students' pharmaceutical management project (a chain
of pharmacies: manufacturers and suppliers with their contracts, pharmacies with their manager
and supplier, pharmacy employees, medicines and stock, doctors, patients, prescriptions and
bills), its rows generated with Mockaroo.

The README's order of execution: ``CREATE.sql`` (the twelve tables), ``LOAD.sql`` (the
"production dataset", the same INSERTs as the per-table files of ``Load_Data/sql/``: 5,700 rows)
and ``DELETE.sql`` (removes manufacturers, suppliers, pharmacies, employees and medicines whose
name repeats under another id, and drops the bill's copy of the patient's SSN).

Loaded into PostgreSQL as those three files run, one after the other, unchanged (the unquoted
mixed-case names of ``CREATE.sql`` become lower case, as the INSERTs' ``public.<table>`` expect).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "suryamp97/PHARMACEUTICAL-DATABASE-MANAGEMENT-SYSTEM"
COMMIT = "797ede24c86a228dd2e3ab3ce804680741db0629"
FILES = "CREATE.sql, LOAD.sql and DELETE.sql (the README's order; all rows, Mockaroo data)"
LICENCE = "none stated in the repository"
ENGINE = "postgresql"


def script(read: Callable[[str], bytes]) -> str:
    """The three scripts of the README, in its order, as one PostgreSQL script."""
    parts = [text_of(read(name)) for name in ("CREATE.sql", "LOAD.sql", "DELETE.sql")]
    if "search_path" in "".join(parts):
        raise SourceError("the scripts now set a search path")
    return "\n".join(p.rstrip() for p in parts) + "\n"
