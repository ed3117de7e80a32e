"""Reading a sample database shipped as a SQLite file (the Spider text-to-SQL databases), so that
a set module (``sets/<set>.py``) can load its original rows into PostgreSQL or MariaDB under DDL
written by hand in the module.

A set module describes each table as ``(source table, columns as "name TYPE", extra clauses)``;
:func:`script` checks that the source table has exactly those columns, in that order, and writes
the CREATE TABLE and INSERT statements::

    >>> import sqlite3
    >>> db = sqlite3.connect(":memory:")
    >>> _ = db.executescript("CREATE TABLE T (a INT, b TEXT); INSERT INTO T VALUES (1, 'O''Hara')")
    >>> print(script(db.serialize(), {"t": ("T", ("a INT", "b TEXT"), "")}, "postgresql"))
    CREATE TABLE t (
        a INT,
        b TEXT
    );
    INSERT INTO t VALUES
    (1, 'O''Hara');
    <BLANKLINE>
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence

#: table -> (table in the SQLite file, columns in file order as "name TYPE", extra clauses)
Tables = Mapping[str, tuple[str, Sequence[str], str]]

#: Where every Spider set comes from: (repository, commit, licence), for a set module's
#: ``REPO, COMMIT, LICENCE``.
SPIDER = (
    "hyukkyukang/text2SQL",
    "999f5e467a3c2a263533f1dfa3d0106a18d343d1",
    "CC BY-SA 4.0 (the Spider dataset; the repository's code is GPL-3.0)",
)


def column_name(definition: str) -> str:
    """The column name of ``"name TYPE ..."``, without quotes.

    >>> column_name('"End" TIMESTAMP'), column_name("`rank` SMALLINT")
    ('End', 'rank')
    >>> column_name('"Home Town" text')  # a quoted name may hold spaces
    'Home Town'
    """
    if definition[:1] in ('"', "`"):
        return definition[1 : definition.index(definition[0], 1)]
    return definition.split()[0]


def literal(value: object, engine: str) -> str:
    """One SQLite value as a literal of ``engine`` ("postgresql" or "mysql").

    >>> literal("a\\\\b'c", "mysql"), literal("a\\\\b'c", "postgresql"), literal(None, "mysql")
    ("'a\\\\\\\\b''c'", "'a\\\\b''c'", 'NULL')
    """
    if value is None:
        return "NULL"
    if isinstance(value, bool | int | float):
        return repr(int(value) if isinstance(value, bool) else value)
    if isinstance(value, bytes):
        return f"'\\x{value.hex()}'::bytea" if engine == "postgresql" else f"X'{value.hex()}'"
    text = str(value)
    if "\x00" in text:
        raise ValueError("a NUL character in a text value")
    if engine == "mysql":
        text = text.replace("\\", "\\\\")
    return "'" + text.replace("'", "''") + "'"


def script(data: bytes, tables: Tables, engine: str) -> str:
    """DDL and rows of ``tables`` from the SQLite database file ``data``, as one script."""
    db = sqlite3.connect(":memory:")
    try:
        db.deserialize(data)
        out: list[str] = []
        suffix = " DEFAULT CHARSET=utf8mb4" if engine == "mysql" else ""
        for table, (source, columns, clauses) in tables.items():
            found = [row[1] for row in db.execute(f'PRAGMA table_info("{source}")')]
            expected = [column_name(c) for c in columns]
            if found != expected:
                raise ValueError(f"table {source} has columns {found}, expected {expected}")
            body = ",\n    ".join([*columns, *([clauses] if clauses else [])])
            out.append(f"CREATE TABLE {table} (\n    {body}\n){suffix};")
            quoted = ", ".join(f'"{name}"' for name in found)
            rows = db.execute(f'SELECT {quoted} FROM "{source}" ORDER BY rowid').fetchall()
            values = ["(" + ", ".join(literal(v, engine) for v in row) + ")" for row in rows]
            for start in range(0, len(values), 1000):
                chunk = ",\n".join(values[start : start + 1000])
                out.append(f"INSERT INTO {table} VALUES\n{chunk};")
    finally:
        db.close()
    return "\n".join(out) + "\n"
