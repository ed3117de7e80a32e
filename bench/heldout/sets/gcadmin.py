"""Held-out set gcadmin: the common-expenses administration of Chilean condominiums.

GCadmin ("gastos comunes") is a PHP web application (Twig templates, PHPExcel uploads and
downloads, charts) that a team of students of the Universidad de Santiago de Chile wrote for a
software development course from April to July 2014, documented in Spanish (``Informe 3``):
the administrator of apartment buildings and condominiums (``conjunto``) registers the
co-owners and tenants (``copropietario``: RUN, the Chilean national identity number, as the
key; given names, paternal and maternal surnames, phone, address, e-mail, a plain-text
password, owner or tenant, commune) and their properties (unit number, square metres, share of
the common expenses), records the building's common expenses (``gasto``, with pictures of the
bills) and each unit's additional charges (``adicional``: heating, hot water, bookings,
parking), bills each unit's monthly debt (``deuda``) and takes bookings of the common spaces
(``espacio``, ``reserva``). Administrators and co-owners log in with their RUN and a
plain-text password (``login.php``).

The repository keeps its PostgreSQL schema in ``bases.sql`` and its rows in three files, run
in this order by ``create.sh`` of the branch ``final`` (the last work of the team, 15 July
2014): ``bases.sql``, ``comunas.sql`` (the 346 communes of Chile; its first line is a
server-side ``COPY region FROM '/var/www/GCadmin/regiones3.txt' DELIMITER ';' CSV``, which
loads the 15 regions) and ``registros2.sql`` (the team's test rows: two administrators, nine
condominiums, 35 co-owners linked to 27 units, 100 expenses, 14 charges, 16 debts, 19 common
spaces, 12 bookings and two pictures of paid bills). The co-owners look made by a test-data
generator (English-language names, made-up street addresses and e-mail domains, RUNs in one
sequence without check digit, seven-digit phones, passwords of one or two digits).

Translation, in three points. That ``COPY`` reads a file on the database server: the module
reads ``regiones3.txt`` (``id;name`` per line) from the same commit and writes its rows as one
``INSERT INTO region`` in its place; the rest of the three files runs as written (unquoted
upper-case names, which PostgreSQL folds to lower case as the labels name them; the ids of
``DEFAULT`` numbered by the source's own sequences). The rows write every date as
``'dd/mm/yyyy'``, as a server with a Spanish-speaking locale's ``DateStyle``
reads them: the script starts with ``SET DateStyle = 'ISO, DMY'`` for that. ``create.sh`` runs
the files with ``psql -f`` and no ``ON_ERROR_STOP``, so an INSERT that fails is skipped and the
others go on; the module runs each one-line INSERT of ``comunas.sql`` and ``registros2.sql``
the same way (in a ``DO`` block that swallows its error): six of them fail on their foreign
keys, as they did for the team (four of the eight ``gas_deu`` rows and two of the eight
``adi_deu`` rows name a debt or a charge that does not exist), so 660 of the 666 rows load.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, pg_literal

REPO = "dian42/Desarrollo_1"
COMMIT = "968a14dfe365cc79ff717939611ce68336021c0e"
FILES = (
    "bases.sql, regiones3.txt, comunas.sql and registros2.sql of the branch final (the"
    " PostgreSQL schema and rows of GCadmin, a common-expenses administration web application"
    " for Chilean condominiums written by students of the Universidad de Santiago de Chile in"
    " 2014: regions and communes of Chile, administrators, condominiums, co-owners with their"
    " RUN, units, expenses, charges, debts, common spaces and bookings; loaded in the order of"
    " the branch's create.sh; all 22 tables and all their rows)"
)
LICENCE = "none stated (the repository has no licence file; a university course project)"
ENGINE = "postgresql"

_TABLES = 22
_COPY = "COPY region FROM '/var/www/GCadmin/regiones3.txt' DELIMITER ';' CSV;"
_REGION = re.compile(r"(\d+);([^;\n]+)")
_INSERT = re.compile(r"INSERT INTO \w+ VALUES ?\(.*\);")


def _as_psql(text: str, name: str) -> str:
    """One-line INSERTs, each run as ``psql -f`` runs it: a failing one is skipped, the rest go
    on (a block that swallows its error; its sequence values stay used, as in psql)."""
    out = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        if _INSERT.fullmatch(stripped) is None or "$" in stripped:
            raise SourceError(f"{name}: not a one-line INSERT: {stripped[:40]!r}")
        out.append(f"DO $$ BEGIN {stripped} EXCEPTION WHEN others THEN NULL; END $$;")
    return "\n".join(out) + "\n"


def _regions(text: str) -> str:
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _REGION.fullmatch(line.strip())
        if m is None:
            raise SourceError(f"regiones3.txt: unexpected line {line[:40]!r}")
        rows.append(f"({m.group(1)}, {pg_literal(m.group(2))})")
    return "INSERT INTO region (reg_id, reg_nombre) VALUES\n  " + ",\n  ".join(rows) + ";\n"


def script(read: Callable[[str], bytes]) -> str:
    """bases.sql, the regions, comunas.sql without its COPY, registros2.sql."""
    bases = read("bases.sql").decode("utf-8")
    created = len(re.findall(r"^\s*CREATE TABLE", bases, re.I | re.M))  # not the -- one
    if created != _TABLES:
        raise SourceError(f"bases.sql: expected {_TABLES} CREATE TABLE statements, found {created}")
    comunas = read("comunas.sql").decode("utf-8")
    first, _, rest = comunas.partition("\n")
    if first.strip() != _COPY or "COPY" in rest.upper():
        raise SourceError("comunas.sql no longer starts with the one COPY of the regions")
    regions = _regions(read("regiones3.txt").decode("utf-8"))
    registros = read("registros2.sql").decode("utf-8")
    return "\n".join(
        [
            "SET DateStyle = 'ISO, DMY';  -- the rows' dates are dd/mm/yyyy (a Chilean server)",
            "-- bases.sql",
            bases,
            ";",
            "-- regiones3.txt (the COPY of comunas.sql)",
            regions,
            "-- comunas.sql",
            _as_psql(rest, "comunas.sql"),
            "-- registros2.sql",
            _as_psql(registros, "registros2.sql"),
        ]
    )
