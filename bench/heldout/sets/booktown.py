"""Held-out set booktown: the Book Town database (the sample database of the book "Practical
PostgreSQL", O'Reilly, 2002: a bookshop's books, authors, editions, publishers, stock, customers,
shipments and employees, plus the small tables the book's examples use).

``booktown.sql`` in the course repository WDI-SEA/booktown is a PostgreSQL 7 ``pg_dump`` of it
(the form the book's site distributed) with the rows of every table as COPY blocks: 13
publishers with their postal address in one column, 17 authors and 2 "distinguished" authors
(a table inheriting ``authors`` with an award), 15 books and 17 editions, stock, 31 customers
(last and first name), 36 shipments of books to customers, 7 employees, their favourite books
and authors (text arrays), a work schedule, subjects with the street of their shelf, the two
states of the shop, and the example tables (a to-do list, money and numeric values, letters).

Loaded into PostgreSQL as the dump is, but for what a one-statement script cannot run: the
``Create Database`` and ``\\connect`` lines and the comment on the database are left out (the
loader makes the database), and each COPY block becomes an INSERT of the same rows (``\\N`` as
NULL).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import pg_literal

REPO = "WDI-SEA/booktown"
COMMIT = "483cf76ce5e2941ff62f97954a90ff4caeb804fa"
FILES = "booktown.sql (a pg_dump of the Book Town database with its rows)"
LICENCE = "CC BY-NC-SA 4.0 (LICENSE of the repository)"
ENGINE = "postgresql"

_SKIP = ("Create Database", "\\connect", "COMMENT ON DATABASE")


def _field(value: str) -> str:
    """One field of a COPY text block as a PostgreSQL literal."""
    if value == "\\N":
        return "NULL"
    if "\\" in value:
        raise ValueError(f"an escape in a COPY field is not handled: {value[:20]!r}")
    return pg_literal(value)


def script(read: Callable[[str], bytes]) -> str:
    """The dump's DDL and its COPY blocks as INSERTs, one PostgreSQL script."""
    lines = read("booktown.sql").decode("utf-8").splitlines()
    out: list[str] = []
    copying: tuple[str, list[list[str]]] | None = None
    for line in lines:
        if copying is not None:
            if line == "\\.":
                table, rows = copying
                values = ",\n".join(f"  ({', '.join(row)})" for row in rows)
                out.append(f'INSERT INTO "{table}" VALUES\n{values};')
                copying = None
            else:
                copying[1].append([_field(f) for f in line.split("\t")])
            continue
        if line.startswith("COPY "):
            copying = (line.split('"')[1], [])
        elif not line.startswith(_SKIP):
            out.append(line)
    return "\n".join(out) + "\n"
