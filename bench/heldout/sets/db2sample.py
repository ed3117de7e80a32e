"""Held-out set db2sample: IBM Db2's SAMPLE database, as the Python driver's tests create it.

Employees (first name, middle initial, last name, a four-digit phone extension, hire date, job,
education level, sex, birth date, salary, bonus, commission), departments with their managers'
employee numbers, employees' project activities, projects, the sales of three sales people by
region (last names only), the ``staff`` table (last names, jobs, years of service, salaries,
commissions), the organisation's divisions and the test's ``animals`` (named pets with no
owner): the eight tables of ``test_000_PrepareDb.py`` whose rows are in the file, loaded into
PostgreSQL. The file is read as Python without running it: each table's ``CREATE TABLE``
string (Db2 SQL that PostgreSQL takes as it is) and the tuple of rows that its ``INSERT``
string is run with, taking the ``else`` branch where the rows differ on z/OS. Left out:
``animal_pics`` and ``emp_photo`` (their pictures are image files that the repository does not
hold), the procedures and the empty ``t_string``.

    >>> tables("create = 'CREATE TABLE t (a INT)'\\nt = ((1,), (None,))\\n"
    ...        "insert = 'INSERT INTO t (a) VALUES (?)'\\n")
    {'t': ('CREATE TABLE t (a INT)', ('a',), [(1,), (None,)])}
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import Any

from sqlsource import SourceError, pg_insert, pg_literal, text_of

REPO = "ibmdb/python-ibmdb"
COMMIT = "14dec321505a9e4079b7b74032d66f187c1031fe"
_FILE = "ibm_db_tests/test_000_PrepareDb.py"
FILES = f"{_FILE} (the SAMPLE tables' DDL and rows, read as Python literals)"
LICENCE = "Apache-2.0 (LICENSE of the repository)"
ENGINE = "postgresql"
_TABLES = ("animals", "department", "emp_act", "employee", "org", "project", "sales", "staff")

Row = tuple[object, ...]


def _statements(body: list[ast.stmt]) -> list[ast.stmt]:
    """Statements in order, an ``if`` on z/OS replaced by its ``else`` branch, other ``if``,
    ``try`` and ``for`` bodies searched too (they hold no table rows but the DDL strings)."""
    out: list[ast.stmt] = []
    for node in body:
        if isinstance(node, ast.If):
            zos = "zos" in ast.unparse(node.test)
            out.extend(_statements(node.orelse if zos else node.body))
        elif isinstance(node, ast.Try | ast.For | ast.With | ast.FunctionDef | ast.ClassDef):
            out.extend(_statements(node.body))
        else:
            out.append(node)
    return out


def tables(source: str) -> dict[str, tuple[str, tuple[str, ...], list[Row]]]:
    """table -> (its CREATE TABLE statement, the INSERT's columns, its rows), from the file."""
    values: dict[str, Any] = {}
    create = ""
    out: dict[str, tuple[str, tuple[str, ...], list[Row]]] = {}
    for node in _statements(ast.parse(source).body):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        if not isinstance(target, ast.Name):
            continue
        if target.id == "project" and isinstance(node.value, ast.BinOp):  # (first,) + project
            values["project"] = (*ast.literal_eval(node.value.left), *values["project"])
            continue
        try:
            value = ast.literal_eval(node.value)
        except ValueError:
            continue
        if target.id == "create" and isinstance(value, str):
            create = value
        elif target.id == "insert" and isinstance(value, str):
            m = re.fullmatch(r"INSERT INTO (\w+) \(([\w, ]+)\) VALUES \([?, ]+\)", value)
            if m is None:
                raise SourceError(f"an INSERT string of another form: {value[:60]!r}")
            table, columns = m.group(1), tuple(c.strip() for c in m.group(2).split(","))
            if not create.startswith(f"CREATE TABLE {table} "):
                raise SourceError(f"the INSERT into {table} does not follow its CREATE TABLE")
            rows = next((v for v in reversed(list(values.values())) if _rows_of(v, columns)), None)
            if rows is None:
                raise SourceError(f"no rows for {table}")
            out[table] = (create, columns, list(rows))
            values.clear()
        else:
            values[target.id] = value
    return out


def _rows_of(value: object, columns: tuple[str, ...]) -> bool:
    return (
        isinstance(value, tuple)
        and bool(value)
        and all(isinstance(r, tuple) and len(r) == len(columns) for r in value)
    )


def _literal(value: object) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return pg_literal(value if not isinstance(value, bool) else str(value).lower())
    if isinstance(value, int | float):
        return repr(value)
    raise SourceError(f"a value of type {type(value).__name__}")


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of the SAMPLE tables as one PostgreSQL script."""
    found = tables(text_of(read(_FILE)))
    missing = [t for t in _TABLES if t not in found]
    if missing:
        raise SourceError(f"tables not found in {_FILE}: {', '.join(missing)}")
    out = []
    for table in _TABLES:
        create, columns, rows = found[table]
        out.append(create + ";")
        out.extend(pg_insert(table, columns, [[_literal(v) for v in row] for row in rows]))
    return "\n".join(out) + "\n"
